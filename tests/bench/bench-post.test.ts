import { expect, test } from 'vitest';
import { findContest } from '../../lib/contests';
import { buildChecklist } from '../../lib/rules';
import { BENCH_TARGET, benchPost } from './bench-post';

test('the benchmark post is exactly 10,000 字 of mixed content and passes the checklist', () => {
  const text = benchPost();
  const checklist = buildChecklist({ text, images: [] }, findContest('wxtm-2025')!, Date.parse('2025-08-10T12:00:00+08:00'));
  expect(checklist.facts.count).toBe(BENCH_TARGET);
  expect(checklist.pass).toBe(true);
  const length = checklist.items[0];
  if (length.rule !== 'length') throw new Error('length first');
  // Mixed: Han, kana, Hangul, words, emoji, links and tags are all in it.
  for (const k of ['han', 'kana', 'hangul', 'words', 'emoji', 'excludedLinks', 'excludedTags'] as const) {
    expect(length.details[k], k).toBeGreaterThan(0);
  }
});
