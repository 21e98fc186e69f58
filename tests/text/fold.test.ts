import { describe, expect, test } from 'vitest';
import { foldChar, foldForMatch, isTraditional, toSimplified } from '../../lib/text';
import { SIMPLIFIED_TO_TRADITIONAL, TRADITIONAL_TO_SIMPLIFIED } from '../../lib/text/han-variants';

describe('the Traditional → Simplified table', () => {
  test('holds the characters of the seed tag and the ones writers slip on', () => {
    expect([...'創作大賽'].map((c) => String.fromCodePoint(toSimplified(c.codePointAt(0)!))).join('')).toBe('创作大赛');
    for (const [t, s] of [
      ['獎', '奖'],
      ['幣', '币'],
      ['廣', '广'],
      ['場', '场'],
      ['爲', '为'],
      ['衆', '众'],
    ]) {
      expect(TRADITIONAL_TO_SIMPLIFIED.get(t.codePointAt(0)!)).toBe(s.codePointAt(0));
    }
  });

  test('maps Han to different Han only, and folding twice changes nothing', () => {
    for (const [t, s] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(t).not.toBe(s);
      expect(/\p{Script=Han}/u.test(String.fromCodePoint(t))).toBe(true);
      expect(/\p{Script=Han}/u.test(String.fromCodePoint(s))).toBe(true);
      expect(TRADITIONAL_TO_SIMPLIFIED.has(s)).toBe(false);
    }
  });

  test('the reverse map lists every traditional form of a simplified character', () => {
    expect(
      SIMPLIFIED_TO_TRADITIONAL.get('发'.codePointAt(0)!)!
        .map((c) => String.fromCodePoint(c))
        .sort(),
    ).toEqual(['發', '髮'].sort());
    expect(isTraditional('賽'.codePointAt(0)!)).toBe(true);
    expect(isTraditional('赛'.codePointAt(0)!)).toBe(false);
  });
});

describe('folding', () => {
  test.each([
    ['full-width letters fold to ASCII', 'ＷＸＴＭ', 'wxtm'],
    ['the full-width sign folds to #', '＃', '#'],
    ['upper case folds to lower case', 'WXTM', 'wxtm'],
    ['traditional folds to simplified', '創作大賽', '创作大赛'],
    ['whitespace and invisible characters are dropped', 'W X\u200bT\u00a0M\ufeff', 'wxtm'],
    ['a character outside the table stays itself', '作', '作'],
  ])('%s', (_name, text, folded) => {
    expect(foldForMatch(text).text).toBe(folded);
  });

  test('every folded character remembers where it came from', () => {
    const f = foldForMatch('Ａ 創𠀀', 10);
    expect(f.text).toBe('a创𠀀');
    expect(f.source).toEqual([10, 12, 13, 13]);
    expect(f.gaps).toEqual([{ at: 1, length: 1 }]);
  });

  test('runs of whitespace are measured', () => {
    expect(foldForMatch('a  b c').gaps).toEqual([
      { at: 1, length: 2 },
      { at: 2, length: 1 },
    ]);
  });

  test('one character folds like the whole-string fold', () => {
    expect(foldChar('Ｗ')).toBe('w');
    expect(foldChar('賽')).toBe('赛');
  });
});
