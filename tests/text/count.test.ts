import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countText, countTextReference } from '../../lib/text';
import { F_COMPLEX, flagsOf } from '../../lib/text/unicode';

describe('countText', () => {
  test.each([
    ['a run of Latin letters is one word whatever its length', 'Supercalifragilistic', 1],
    ['Han characters count one each', '區塊鏈', 3],
    ['digits glued to Han form their own word', '第59期', 3],
    ['punctuation alone counts nothing', '!?。,、……——', 0],
    ['whitespace alone counts nothing', ' \t\n\u3000\u00a0', 0],
    ['a hyphenated compound is one word', 'state-of-the-art', 1],
    ['an underscore joins a word', 'snake_case', 1],
    ['two joiners in a row split the word', "a''b", 2],
    ['a joiner at the end of a word is dropped', "rock' roll", 2],
    ['a comma after a word and before a number splits them', 'a,1', 2],
    ['a colon between digits keeps a time whole', '17:00', 1],
    ['a colon between letters splits', 'AI:DeAI', 2],
  ])('%s', (_name, text, count) => {
    expect(countText(text).count).toBe(count);
  });

  test.each([
    ['an excluded range is left out', '中文#tag#中文', [{ start: 2, end: 7 }], 4],
    ['an excluded range splits a word in two', 'abcdef', [{ start: 3, end: 4 }], 2],
    [
      'overlapping excluded ranges are merged',
      '一二三四五',
      [
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ],
      2,
    ],
    [
      'ranges outside the text are ignored',
      '一二',
      [
        { start: 5, end: 9 },
        { start: -3, end: 0 },
      ],
      2,
    ],
  ])('%s', (_name, text, exclude, count) => {
    expect(countText(text, { exclude }).count).toBe(count);
    expect(countTextReference(text, { exclude }).count).toBe(count);
  });

  test('the breakdown adds up to the count', () => {
    const b = countText('AI 區塊鏈 こんにちは 한국 🚀');
    expect(b).toEqual({ unit: 'zi', count: 11, han: 3, kana: 5, hangul: 2, words: 1, emoji: 1 });
    expect(b.han + b.kana + b.hangul + b.words).toBe(b.count);
  });

  test('a text with conjoining jamo or spacing marks goes through the Intl.Segmenter path and agrees', () => {
    for (const text of ['\u1100\u1161\u11a8\u1100\u1161', 'नमस्ते 中文', 'กำ中']) {
      expect(countText(text)).toEqual(countTextReference(text));
    }
    expect(countText('\u1100\u1161\u11a8\u1100\u1161').hangul).toBe(2);
  });

  test('odd input never throws', () => {
    expect(countText(undefined as unknown as string).count).toBe(0);
    expect(countText('x', { unit: 'bogus' as never }).unit).toBe('zi');
  });
});

/** Characters that exercise every grapheme and counting rule the fast path models. */
const SIMPLE = [
  'a',
  'Z',
  '7',
  'é',
  'e',
  '\u0301',
  '\u0336',
  '中',
  '創',
  '𠀀',
  '々',
  '〇',
  'カ',
  'ー',
  'ｶ',
  'ﾞ',
  '안',
  'ㅋ',
  'न',
  'ก',
  'क',
  '😀',
  '👍',
  '🏽',
  '\u200d',
  '\u200c',
  '\u200b',
  '\ufeff',
  '\u00ad',
  '\ufe0f',
  '\ufe0e',
  '\u20e3',
  '🇨',
  '🇳',
  '#',
  '＃',
  ' ',
  '\u00a0',
  '\u3000',
  '\n',
  "'",
  '’',
  '-',
  '.',
  ',',
  ':',
  '_',
  '/',
  '，',
  '。',
  '©',
  'ℹ',
  '²',
  '\u0600',
  '\u{e0100}',
  '\u{e0061}',
  '\ud800',
];
/** …and those it hands to Intl.Segmenter (conjoining jamo, spacing marks, prepended letters, Indic viramas). */
const COMPLEX = ['\u1100', '\u1161', '\u11a8', 'ि', '\u0e33', '\u0d4e', '\u094d'];
const TRICKY = [...SIMPLE, ...COMPLEX];
const simpleText = fc.array(fc.constantFrom(...SIMPLE), { maxLength: 40 }).map((a) => a.join(''));
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((a) => a.join(''));

describe('countText properties', () => {
  test('the simple alphabet really stays on the fast path, the complex one does not', () => {
    expect(SIMPLE.filter((c) => flagsOf(c.codePointAt(0)!) & F_COMPLEX)).toEqual([]);
    expect(COMPLEX.filter((c) => !(flagsOf(c.codePointAt(0)!) & F_COMPLEX))).toEqual([]);
  });

  test('the fast counter (no fallback) and the Intl.Segmenter reference always agree', () => {
    fc.assert(
      fc.property(simpleText, fc.constantFrom('zi' as const, 'words' as const), (text, unit) => {
        expect(countText(text, { unit })).toEqual(countTextReference(text, { unit }));
      }),
      { numRuns: 3000 },
    );
  });

  test('they agree when the text also holds what the fast path hands over', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(countText(text)).toEqual(countTextReference(text));
      }),
      { numRuns: 1000 },
    );
  });

  test('they agree on arbitrary Unicode too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countText(text)).toEqual(countTextReference(text));
      }),
      { numRuns: 1000 },
    );
  });

  test('a line break splits the count: count(a + "\\n" + b) = count(a) + count(b)', () => {
    fc.assert(
      fc.property(trickyText, trickyText, (a, b) => {
        expect(countText(`${a}\n${b}`).count).toBe(countText(a).count + countText(b).count);
      }),
      { numRuns: 1000 },
    );
  });

  test('the count never exceeds the number of code points and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const b = countText(text);
        expect(b.count).toBeLessThanOrEqual([...text].length);
        expect(b.count).toBe(b.han + b.kana + b.hangul + b.words);
      }),
    );
  });
});

describe('countText on long texts', () => {
  test('a line the fast path cannot take does not slow down or change the other lines', () => {
    const lines = Array.from({ length: 50 }, (_, i) => (i === 25 ? 'ภาษาไทยกำลังดี 中文' : '區塊鏈 WXTM 🚀 don\u2019t'));
    const text = lines.join('\n');
    expect(countText(text)).toEqual(countTextReference(text));
    expect(countText(text).count).toBe(49 * 5 + 1 + 2);
  });
});

test('a Devanagari conjunct with an emoji modifier is one cluster, as Intl.Segmenter says (found by the property test, seed 1208038216)', () => {
  expect(countText('न्न🏽')).toEqual(countTextReference('न्न🏽'));
});

test('a pictograph, two ZWJs and a pictograph are two clusters, as Intl.Segmenter says (found by the property test, seed 1523647522)', () => {
  // GB11 joins across one ZWJ only: the second ZWJ is no Extend character.
  for (const text of ['©\u200d\u200d👍', '👍\u200d\u200d👍', '👍\u200d👍\u200d\u200d👍', '👍🏽\u200d👍']) {
    expect(countText(text)).toEqual(countTextReference(text));
  }
});
