import { describe, expect, test } from 'vitest';
import { lengthRule } from '../../lib/rules/length';
import type { LengthItem } from '../../lib/rules';
import { contestWith, run, TAGS } from './helpers';

const WORDS = contestWith((c) => {
  c.length = { min: 80, unit: 'words' };
});

describe('length rule (內容不少於 100 字)', () => {
  test.each([
    ['a post of exactly 100 Han characters passes', '字'.repeat(100), 'pass', 100],
    ['a post of 99 Han characters fails by one', '字'.repeat(99), 'fail', 99],
    ['the tags do not count toward the 100', '字'.repeat(99) + TAGS, 'fail', 99],
    ['a link does not count toward the 100', `${'字'.repeat(99)} https://www.gate.com/post/123`, 'fail', 99],
    ['emoji do not count toward the 100', '字'.repeat(99) + '🚀👍🏽👨‍👩‍👧', 'fail', 99],
    ['an English word counts one', `${'字'.repeat(99)} MinoTari`, 'pass', 100],
    ['a near-miss tag does not count either', `${'字'.repeat(99)} ＃WXTM创作大赛＃`, 'fail', 99],
    ['an empty post fails with 0', '', 'fail', 0],
  ])('%s', (_name, text, status, count) => {
    const [item] = run<LengthItem>(lengthRule, { text });
    expect(item.status).toBe(status);
    expect(item.details.count).toBe(count);
    expect(item.details.missing).toBe(Math.max(0, 100 - count));
    expect(item.message).toEqual({ key: `rules.length.${status}.zi`, params: { count, min: 100, missing: Math.max(0, 100 - count) } });
  });

  test.each([
    ['a Han-only post shows Han and words', '字'.repeat(3) + ' AI', 'rules.length.breakdown.zi', { count: 4, han: 3, words: 1 }],
    ['a post with kana shows all CJK together', 'カナ 字', 'rules.length.breakdown.cjk', { count: 3, cjk: 3, words: 0 }],
  ])('the breakdown: %s', (_name, text, key, params) => {
    const [item] = run<LengthItem>(lengthRule, { text });
    expect(item.details.breakdown).toEqual({ key, params });
  });

  test('the details say how many tags and links were left out', () => {
    const [item] = run<LengthItem>(lengthRule, { text: `好 ${TAGS} https://gate.com #BTC` });
    expect(item.details).toMatchObject({ count: 1, excludedTags: 3, excludedLinks: 1 });
  });

  test.each([
    ['80 English words pass a "Minimum 80 words" contest', 'word '.repeat(80), 'pass', 80],
    ['79 English words fail it', 'word '.repeat(79), 'fail', 79],
    ['Chinese counts one word per character there', '字'.repeat(40) + ' word'.repeat(40), 'pass', 80],
  ])('%s', (_name, text, status, count) => {
    const [item] = run<LengthItem>(lengthRule, { text }, WORDS);
    expect(item.status).toBe(status);
    expect(item.details.count).toBe(count);
    expect(item.message.key).toBe(`rules.length.${status}.words`);
    expect(item.details.breakdown.key).toBe('rules.length.breakdown.words');
  });
});
