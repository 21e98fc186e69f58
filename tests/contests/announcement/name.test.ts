import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAnnouncement } from '../../../lib/contests/announcement';
import { slugId } from '../../../lib/contests/announcement/name';

/** The schema's id rule (lib/contests/schema.ts). */
const CONTEST_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

describe('a contest id from its main tag and start', () => {
  test.each([
    ['a Latin brand keeps its year-only id', 'WXTM创作大赛', '', '2025-08-07T17:00:00+08:00', 'wxtm-2025'],
    ['a camel-case tag is split', 'CreatorLeaderboard', '', '2025-09-01T10:00:00+08:00', 'creator-leaderboard-2025'],
    ['a brand with generic words keeps its year-only id', 'Gate Blue Challenge', '', '2025-08-11T00:00:00+08:00', 'gate-blue-challenge-2025'],
    ['a tag ending in a year gets no second one', 'WXTM2025', '', '2025-08-07T17:00:00+08:00', 'wxtm2025'],
    ['a Chinese-only tag takes the start date', '我在广场发首帖', '', '2026-04-20T00:00:00+08:00', 'contest-20260420'],
    ['no tag takes the start date', '', '', '2026-01-08T16:00:00+08:00', 'contest-20260108'],
    ['"Gate" alone names no contest: the start date', 'Gate品牌蓝创作挑战', '', '2025-08-11T00:00:00+08:00', 'gate-20250811'],
    ['two letters are too short: the start date', 'GateAI创作', '', '2025-12-17T18:00:00+08:00', 'gate-ai-20251217'],
    ['digits alone are no name', '我的2026第一条帖', '', '2025-12-31T18:00:00+08:00', 'contest-20251231'],
    ['the token names a tagless contest', '', 'SOL', '2025-07-01T00:00:00Z', 'sol-2025'],
    ['the date is the one the window is written in, not UTC', '', '', '2026-01-01T00:30:00+08:00', 'contest-20260101'],
  ])('%s', (_name, tag, symbol, start, id) => {
    expect(slugId(tag, symbol, start)).toBe(id);
    expect(CONTEST_ID.test(id)).toBe(true);
  });

  test('a very long tag still makes an id the schema takes', () => {
    const id = slugId('Gate '.repeat(30), '', '2025-08-11T00:00:00+08:00');
    expect(id).toMatch(CONTEST_ID);
    expect(id.endsWith('-20250811')).toBe(true);
  });

  test('real announcements of different contests (no tag, or a Chinese one) get different ids', () => {
    const real = (name: string, now: string) =>
      readAnnouncement(readFileSync(new URL(`../../fixtures/announcements/real/${name}.txt`, import.meta.url), 'utf8'), { now: Date.parse(now) }).contest;
    const drafts = [
      real('creator-leaderboard-en', '2026-03-20T00:00:00Z'),
      real('new-year-incentive-zh-hans', '2026-01-10T00:00:00Z'),
      real('year-end-summary-en', '2026-01-12T00:00:00Z'),
    ];
    expect(new Set(drafts.map((d) => d.window.start)).size).toBe(3);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(3);
    // The two editions of one announcement still meet on one id.
    expect(real('new-year-incentive-zh-hant', '2026-01-10T00:00:00Z').id).toBe(drafts[1].id);
  });
});
