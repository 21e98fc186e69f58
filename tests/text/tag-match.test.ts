import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeText, bodyReasons, matchTags, showHidden, type RequiredTagSpec } from '../../lib/text';

const SEED: RequiredTagSpec[] = [
  { text: 'WXTM创作大赛', style: 'weibo' },
  { text: 'WXTM', style: 'weibo' },
];

describe('matchTags', () => {
  test('a found tag reports where it is and no near misses', () => {
    const [a, b] = matchTags('寫好了 #WXTM创作大赛# #WXTM#', SEED);
    expect(a.found).toEqual([{ form: '#WXTM创作大赛#', source: 'text', start: 4, end: 14 }]);
    expect(b.found).toEqual([{ form: '#WXTM#', source: 'text', start: 15, end: 21 }]);
    expect([...a.nearMisses, ...b.nearMisses]).toEqual([]);
  });

  test('a tag written twice is found twice', () => {
    expect(matchTags('#WXTM# 和 #WXTM#', SEED)[1].found).toHaveLength(2);
  });

  test('near misses are not reported once the exact tag is there', () => {
    expect(matchTags('#WXTM創作大賽# #WXTM创作大赛#', SEED)[0].nearMisses).toEqual([]);
  });

  test('a near miss gives the text found, its range, the reason and the fix', () => {
    const text = '我的貼文 #WXTM創作大賽# 完';
    const [miss] = matchTags(text, SEED)[0].nearMisses;
    expect(miss).toMatchObject({
      expected: '#WXTM创作大赛#',
      found: '#WXTM創作大賽#',
      reason: 'traditional',
      fix: '#WXTM创作大赛#',
      source: 'text',
      start: 5,
      end: 15,
    });
  });

  test('an invisible character is shown by name', () => {
    const [miss] = matchTags('#WXTM\u200b#', SEED)[1].nearMisses;
    expect(miss.shown).toBe('#WXTM⟨ZWSP⟩#');
    expect(showHidden('a\u00a0b\ufeff\u2063')).toBe('a⟨NBSP⟩b⟨BOM⟩⟨U+2063⟩');
  });

  test('chips count with or without signs, and a wrong chip is a near miss without a range', () => {
    const [a, b] = matchTags('', SEED, { chips: [' #WXTM创作大赛# ', 'ＷＸＴＭ'] });
    expect(a.found).toEqual([{ form: '#WXTM创作大赛#', source: 'chip', chip: 0 }]);
    expect(b.nearMisses).toMatchObject([{ source: 'chip', chip: 1, reason: 'fullwidth', fix: '#WXTM#' }]);
    expect(b.nearMisses[0].start).toBeUndefined();
  });

  test.each([
    ['a full-width letter', 'ＷXTM', 'WXTM', ['fullwidth']],
    ['a lower-case letter', 'wXTM', 'WXTM', ['case']],
    ['a traditional character', '創', '创', ['traditional']],
    ['a simplified character where the tag is traditional', '场', '場', ['simplified']],
    ['a missing space', 'ab', 'a b', ['spaces']],
    ['an ideographic space for a space', 'a\u3000b', 'a b', ['fullwidth']],
    ['a zero-width space', 'a\u200bb', 'ab', ['invisible']],
  ])('bodyReasons names %s', (_name, found, expected, reasons) => {
    expect([...bodyReasons(found, expected)]).toEqual(reasons);
  });

  test('applying every fix makes every tag found (property)', () => {
    const slips = fc.constantFrom(
      '#WXTM創作大賽#',
      '＃WXTM创作大赛＃',
      '#WXTM创作大赛',
      '#wxtm创作大赛#',
      '#WXTM 创作大赛#',
      '#WXTM创作大赛\u200b#',
      '#ＷＸＴＭ#',
      '＃WXTM＃',
      '#WXTM',
      '#wxtm#',
      '# WXTM#',
      '#WX\u00a0TM#',
      'WXTM#',
    );
    const filler = fc.constantFrom('', ' ', '。', '\n', '好文 ', '參加');
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, slips), { minLength: 1, maxLength: 4 }), (parts) => {
        // Slips stand in separate sentences; two half-tags on one line ("#WXTM WXTM#") are one
        // Weibo tag by the grammar, and no fix could know what was meant.
        let text = parts.map(([f, s]) => f + s).join(' 。') + ' 結尾';
        for (let round = 0; round < 4; round++) {
          const misses = analyzeText(text, { tags: SEED })
            .tags.flatMap((t) => t.nearMisses)
            .sort((a, b) => a.start! - b.start!);
          if (misses.length === 0) break;
          const m = misses[misses.length - 1]; // the last one, so earlier ranges stay valid
          text = text.slice(0, m.start) + m.fix + text.slice(m.end);
        }
        const result = analyzeText(text, { tags: SEED });
        // Every slip was one of the two tags, so fixing them leaves at least the ones written.
        for (const t of result.tags) {
          const wanted = parts.some(([, s]) => (t.expected === '#WXTM#' ? !/创|創/.test(s) : /创|創/.test(s)));
          if (wanted) expect(t.found.length, text).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('analyzeText', () => {
  test('tags, near misses and links are left out of the count, and say how many', () => {
    const a = analyzeText('好文 #BTC# ＃WXTM＃ https://gate.com 一二三', { tags: SEED });
    expect(a.count.count).toBe(5);
    expect(a.excludedTags).toBe(2);
    expect(a.excludedLinks).toBe(1);
  });

  test('fixing a near miss does not change the count', () => {
    const before = analyzeText('中文內容 #WXTM創作大賽# ＃WXTM＃', { tags: SEED });
    const after = analyzeText('中文內容 #WXTM创作大赛# #WXTM#', { tags: SEED });
    expect(before.count.count).toBe(4);
    expect(after.count.count).toBe(4);
  });
});

test('a near-miss fix right after a link (its fragment swallowed the "#") holds: the fixed tag stands apart', () => {
  const tags = [
    { text: 'WXTM创作大赛', style: 'weibo' as const },
    { text: 'WXTM', style: 'weibo' as const },
  ];
  let text = '活动页 https://www.gate.com/campaigns/123#WXTM创作大赛# #WXTM#';
  const miss = analyzeText(text, { tags }).tags[0].nearMisses[0];
  expect(miss.fix).toBe(' #WXTM创作大赛#');
  text = text.slice(0, miss.start) + miss.fix + text.slice(miss.end);
  const after = analyzeText(text, { tags });
  expect(after.tags[0].found).toHaveLength(1);
  expect(after.tags[0].nearMisses).toHaveLength(0);
});

test('a required tag that looks like a domain (#Gate.io#) is a tag, not a link', () => {
  for (const tag of ['Gate.io', 'Fetch.ai', 'Gate.io创作大赛', 'Ondo.finance']) {
    const found = analyzeText(`今天分享 #${tag}# 很好`, { tags: [{ text: tag, style: 'weibo' }] }).tags[0].found;
    expect(found, tag).toHaveLength(1);
  }
  // A real domain in the text is still a link.
  expect(analyzeText('詳情見 gate.io 或 www.gate.com', { tags: [] }).links).toHaveLength(2);
});
