/**
 * Which tracked contest a reviewed one would replace. Pure: the contest and the tracked list in.
 *
 * A contest is the same contest as a tracked one when their windows overlap and they share a
 * required tag form ("#WXTM创作大赛#" in common, whatever else was added or removed), or, with no
 * tags on either, when they have the same id. The id alone is not enough: two editions of a monthly
 * contest can be read into one id ("contest-2026"), and the second is another contest, stored beside
 * the first (lib/settings/storage.ts gives it a suffix). A shared tag alone is not enough either: a
 * daily topic's tag comes back every day, each day its own window. Overlapping windows and a shared
 * tag, whatever the ids, are two readings of one contest (the same announcement pasted again, a JSON
 * export edited and imported, the announcement read in another language): tracking both would make
 * every draft with that tag ambiguous, so the second replaces the first, once the writer has seen
 * what changes and confirmed.
 */
import { withoutHostWords } from './migrations';
import type { Contest } from './schema';
import { tagForms } from './tracked';

export type ReplaceReason =
  /** The same id (and, with no tags on either, overlapping windows). */
  | 'id'
  /** Another id, a required tag in common and overlapping windows. */
  | 'tag-window';

export interface Replacement {
  /** The tracked contest that saving would replace. */
  target: Contest;
  reason: ReplaceReason;
  /** The contest as it would be stored: under the target's id, without Gate's UI words (the vocabulary's). */
  stored: Contest;
}

/** Whether two windows share an instant (ends are exclusive: one ending as the next starts do not). */
export function windowsOverlap(a: Pick<Contest, 'window'>, b: Pick<Contest, 'window'>): boolean {
  return Date.parse(a.window.start) < Date.parse(b.window.end) && Date.parse(b.window.start) < Date.parse(a.window.end);
}

function sharesTag(a: Contest, b: Contest): boolean {
  const mine = new Set(tagForms(a).map((f) => f.normalize('NFC')));
  return tagForms(b).some((f) => mine.has(f.normalize('NFC')));
}

function isSame(candidate: Contest, tracked: Contest): ReplaceReason | undefined {
  if (!windowsOverlap(candidate, tracked)) return undefined;
  const untagged = candidate.tags.length === 0 && tracked.tags.length === 0;
  if (candidate.id === tracked.id && (untagged || sharesTag(candidate, tracked))) return 'id';
  if (sharesTag(candidate, tracked)) return 'tag-window';
  return undefined;
}

/**
 * The tracked contest `candidate` would replace, or undefined when it is a new contest. With several
 * (a duplicate tracked before this check existed), the one with the same id, else the first listed.
 */
export function replacementOf(candidate: Contest, tracked: readonly Contest[]): Replacement | undefined {
  const matches = tracked.flatMap((target) => {
    const reason = isSame(candidate, target);
    return reason ? [{ target, reason }] : [];
  });
  const match = matches.find((m) => m.reason === 'id') ?? matches[0];
  if (!match) return undefined;
  // Storage keeps only a contest's own words (the migration's rule); so does the comparison, or an
  // older export's copied words would show as a change that saving then drops.
  const stored = withoutHostWords({ ...candidate, id: match.target.id }) as Contest;
  return { ...match, stored };
}
