import { describe, expect, test } from 'vitest';
import { foldChar, foldForMatch, isTraditional, toSimplified } from '../../lib/text';
import { foldProse } from '../../lib/text/fold';
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

describe('folding prose (foldProse)', () => {
  test('a Korean date’s units after a number fold to the Chinese ones, one unit for one', () => {
    const text = '접수기간: 2017년 9월 13일(월) 10시 30분 ~ 10월 31일(일)';
    const folded = foldProse(text);
    expect(folded).toBe('접수기간: 2017年 9月 13日(월) 10时 30分 ~ 10月 31日(일)');
    expect(folded.length).toBe(text.length);
  });

  test('Arabic-Indic and Persian digits fold to ASCII ones', () => {
    expect(foldProse('حداقل ۱۵۰۰ و ١٢ أبريل')).toBe('حداقل 1500 و 12 أبريل');
  });

  test('Greek capitals, with or without an accent, fold to small letters, one for one ("Λήξη: 02 Απριλίου" → "λήξη: 02 απριλίου")', () => {
    const text = 'Λήξη: 02 Απριλίου 2024. Έναρξη ΌΛΩΝ';
    expect(foldProse(text)).toBe('λήξη: 02 απριλίου 2024. έναρξη όλων');
    expect(foldProse(text).length).toBe(text.length);
  });

  test('the same syllables away from a number stay Korean ("월요일", "일기", "분야")', () => {
    expect(foldProse('월요일 일기 분야 시간')).toBe('월요일 일기 분야 시간');
  });
});
