/**
 * Which entries "clear entries of contests ended long ago" removes (issue 20, point 4): those of a
 * contest that ended more than {@link ARCHIVE_AFTER_DAYS} days ago. A contest no longer tracked
 * has no end to go by: its entries go once they were published that long ago. Prize lists come
 * out within weeks of the end, so a month keeps the receipt while it can still matter.
 *
 * Pure: the contests and `now` come in.
 */
import type { Contest } from '../contests/schema';
import type { Entry } from './schema';

export const ARCHIVE_AFTER_DAYS = 30;
const DAY = 86_400_000;

export function isArchivedEntry(entry: Pick<Entry, 'contestId' | 'publishedAt'>, contests: readonly Pick<Contest, 'id' | 'window'>[], now: number): boolean {
  const cutoff = now - ARCHIVE_AFTER_DAYS * DAY;
  const contest = contests.find((c) => c.id === entry.contestId);
  const end = contest ? Date.parse(contest.window.end) : entry.publishedAt;
  return Number.isFinite(end) && end < cutoff;
}
