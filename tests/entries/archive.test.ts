import { describe, expect, test } from 'vitest';
import { isArchivedEntry } from '../../lib/entries/archive';

const DAY = 86_400_000;

describe('entries of a contest ended over 30 days ago are archived', () => {
  const contest = { id: 'c', window: { start: '2025-08-01T00:00:00Z', end: '2025-08-31T00:00:00Z', displayOffset: 'Z' } };
  const end = Date.parse(contest.window.end);
  test.each([
    ['ended exactly 30 days ago: kept', end + 30 * DAY, false],
    ['ended 30 days and a minute ago: cleared', end + 30 * DAY + 60_000, true],
    ['still open: kept', end - DAY, false],
  ])('%s', (_name, now, archived) => {
    expect(isArchivedEntry({ contestId: 'c', publishedAt: end - 5 * DAY }, [contest], now)).toBe(archived);
  });
});

test('an entry of a contest no longer tracked goes by its own publish time', () => {
  const now = Date.parse('2025-10-01T00:00:00Z');
  expect(isArchivedEntry({ contestId: 'gone', publishedAt: now - 31 * DAY }, [], now)).toBe(true);
  expect(isArchivedEntry({ contestId: 'gone', publishedAt: now - 29 * DAY }, [], now)).toBe(false);
});
