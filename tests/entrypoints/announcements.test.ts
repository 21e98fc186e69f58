/**
 * The background's answer to the track offer (entrypoints/background/announcements.ts): the panel
 * sends the text of every post page it sees, and only an announcement is read into a draft; an
 * ordinary post (even one carrying a contest's tag) and a malformed request are answered with a reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { answerReadAnnouncement } from '../../entrypoints/background/announcements';
import { READ_ANNOUNCEMENT } from '../../lib/contests/reader-messages';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/announcements', name), 'utf8');
const NOW = Date.parse('2025-09-01T00:00:00Z');

test('an announcement is read into a draft', () => {
  const reply = answerReadAnnouncement({ type: READ_ANNOUNCEMENT, text: fixture('wxtm-2025-seed.txt') }, NOW);
  expect(reply.ok).toBe(true);
  expect(reply.ok && reply.draft.contest.tags?.length).toBeGreaterThan(0);
});

test.each(['post-content-mining-zh-hant.txt', 'post-april-challenge-window-en.txt', 'post-april-challenge-deepdive-en.txt'])(
  'an ordinary post (%s) is not read: no announcement',
  (name) => {
    expect(answerReadAnnouncement({ type: READ_ANNOUNCEMENT, text: fixture(`real/${name}`) }, NOW)).toEqual({ ok: false, reason: 'not-announcement' });
  },
);

test('a request that is not one is refused as malformed', () => {
  expect(answerReadAnnouncement({ type: READ_ANNOUNCEMENT, text: 42 }, NOW)).toEqual({ ok: false, reason: 'malformed' });
});
