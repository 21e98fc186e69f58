import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeText, textAnalyzer, type AnalyzeOptions, type RequiredTagSpec } from '../../lib/text';

/** The seed's two tags, and a single-# tag with an accepted other form. */
const TAGS: RequiredTagSpec[] = [
  { text: 'WXTM创作大赛', style: 'weibo' },
  { text: 'WXTM', style: 'weibo' },
  { text: 'GateSquare', style: 'single', alternatives: [{ text: 'Gate广场', style: 'single' }] },
];

/**
 * Pieces a post is typed from, chosen for where lines and readings meet: tags and their near
 * misses (traditional, full-width, one sign, a space or an invisible inside), signs alone, links
 * with a fragment, emoji and marks, CJK, Hangul, words that join across punctuation, line ends.
 */
const PIECES = [
  '#WXTM创作大赛#',
  '#WXTM#',
  '#WXTM創作大賽#',
  '＃WXTM＃',
  '#WXTM创作大赛',
  'WXTM创作大赛#',
  '#WXTM 创作大赛#',
  '#WXTM\u200b#',
  '#wxtm#',
  '#GateSquare',
  '#Gate广场',
  '#gatesquare ',
  '#GateSquare#',
  '#',
  '＃',
  '#BTC',
  ' #ETH# ',
  'https://www.gate.com/post/123#WXTM#',
  'gate.io',
  'www.gate.com/zh',
  'e.g.',
  '好',
  '字數',
  'WXTM',
  'don’t',
  '70,000',
  '17:00',
  'U.S.',
  'snake_case',
  'a',
  ' ',
  '  ',
  '。',
  ',',
  '&',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\u2028',
  '👩🏽‍💻',
  '🇭🇰',
  '1️⃣',
  'e\u0301',
  '\u0301',
  '타리',
  '\u1100\u1161',
  'カナ',
  'ＷＸＴＭ',
  '\u00ad',
  '\ufeff',
];

const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(6), insert: pieces });

describe("textAnalyzer (reads a keystroke's line again, keeps the others)", () => {
  test('gives exactly what analyzeText gives, at every step of random typing and cutting (unit, chips and tags varied)', () => {
    fc.assert(
      fc.property(
        pieces,
        fc.array(edit, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<AnalyzeOptions['unit']>('zi', 'words', undefined),
        fc.array(fc.constantFrom('WXTM', '#WXTM创作大赛#', 'WXTM創作大賽', '＃GateSquare', 'BTC'), { maxLength: 2 }),
        (start, edits, unit, chips) => {
          const analyse = textAnalyzer();
          const options = { unit, tags: TAGS, chips };
          let text = start;
          expect(analyse(text, options)).toEqual(analyzeText(text, options));
          for (const e of edits) {
            const at = Math.floor(e.at * text.length);
            text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
            expect(analyse(text, options)).toEqual(analyzeText(text, options));
          }
        },
      ),
      { numRuns: 300, seed: 2026 },
    );
  });

  test('a change of chips, tags or unit between two calls is taken into account', () => {
    const analyse = textAnalyzer();
    const text = '正文 #WXTM創作大賽#\n#WXTM#\nWXTM創作大賽 words here';
    for (const options of [
      { tags: TAGS },
      { tags: TAGS, chips: ['WXTM创作大赛'] },
      { tags: TAGS, chips: ['WXTM创作大赛'], unit: 'words' as const },
      { tags: TAGS.slice(1), chips: ['WXTM创作大赛'], unit: 'words' as const },
      { tags: TAGS },
    ])
      expect(analyse(text, options)).toEqual(analyzeText(text, options));
  });

  test('a line the keystroke left alone keeps its reading: the same link and tag objects come back', () => {
    const analyse = textAnalyzer();
    const first = analyse('見 https://gate.com #WXTM#\n正文', { tags: TAGS });
    const second = analyse('見 https://gate.com #WXTM#\n正文a', { tags: TAGS });
    expect(second.links[0]).toBe(first.links[0]);
    expect(second.hashtags[0]).toBe(first.hashtags[0]);
    expect(second.count.count).toBe(first.count.count + 1);
  });
});
