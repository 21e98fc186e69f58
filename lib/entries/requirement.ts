/**
 * The entry-count requirement a tracked contest carries ("发帖 3 篇以上": `entries` in the contest
 * schema, when the reader found it), in the shape {@link summariseContestEntries} takes. Read
 * loosely: a contest stored before the field existed has none, and so no progress.
 */
import type { EntryCountRequirement } from '../contests/announcement/entry-count';

const PERS = ['contest', 'day', 'week', 'month'] as const;

export function contestEntryRequirement(contest: object | undefined): EntryCountRequirement | null {
  const entries = (contest as { entries?: { count?: unknown; per?: unknown } } | undefined)?.entries;
  const count = entries?.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return null;
  const per = PERS.find((p) => p === entries?.per) ?? 'contest';
  return { count, per, line: '' };
}
