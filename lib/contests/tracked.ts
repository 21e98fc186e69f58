/**
 * Several contests at once: their states, and which one a draft is for. Pure: `now` comes in,
 * contests and the draft's tags come in; nothing is read from storage here.
 *
 * - A tracked contest is upcoming, open, closing (its last 24 h), ended, or archived (ended more
 *   than {@link ARCHIVE_AFTER_MS} ago: kept in the options' list, out of the popup and switcher).
 * - The draft is checked against the open contest whose required tag it carries. With none or
 *   several, the switcher offers the candidates and the writer's choice sticks to the draft.
 * - Built-in contests (the seed WXTM contest) stay available as examples, whatever their state.
 */
import { contestPhase } from './phase';
import type { Contest } from './schema';
import { formatTag } from '../text/hashtags';

export const ARCHIVE_AFTER_MS = 14 * 24 * 60 * 60 * 1000;

export type ContestState = 'upcoming' | 'open' | 'closing' | 'ended' | 'archived';

export function contestState(contest: Pick<Contest, 'window'>, now: number): ContestState {
  const p = contestPhase(contest, now);
  if (p.phase !== 'closed') return p.phase;
  return -p.msToEnd > ARCHIVE_AFTER_MS ? 'archived' : 'ended';
}

/** Open or closing: a post published now counts. */
export function isLive(state: ContestState): boolean {
  return state === 'open' || state === 'closing';
}

export interface TrackedEntry {
  contest: Contest;
  state: ContestState;
  /** Shipped with the extension (an example), not tracked by the writer. */
  builtin: boolean;
}

/** Every contest with its state: live ones first by nearest deadline, then upcoming by start, then the rest. */
export function listContests(tracked: readonly Contest[], builtin: readonly Contest[], now: number): TrackedEntry[] {
  const ids = new Set(tracked.map((c) => c.id));
  const entries: TrackedEntry[] = [
    ...tracked.map((contest) => ({ contest, state: contestState(contest, now), builtin: false })),
    ...builtin.filter((c) => !ids.has(c.id)).map((contest) => ({ contest, state: contestState(contest, now), builtin: true })),
  ];
  const rank = (e: TrackedEntry) => (isLive(e.state) ? 0 : e.state === 'upcoming' ? 1 : e.builtin ? 3 : e.state === 'ended' ? 2 : 4);
  const when = (e: TrackedEntry) => (e.state === 'upcoming' ? Date.parse(e.contest.window.start) : Date.parse(e.contest.window.end));
  return entries.sort((a, b) => rank(a) - rank(b) || (rank(a) >= 2 ? when(b) - when(a) : when(a) - when(b)));
}

/** Every way a contest's required tags may be written ("#WXTM创作大赛#", "#WXTM Creative Contest#"). */
export function tagForms(contest: Contest): string[] {
  return contest.tags.flatMap((tag) => [tag, ...tag.alternatives].map((form) => formatTag(form)));
}

export type ChoiceReason =
  /** The writer picked it for this draft. */
  | 'chosen'
  /** The one live (or upcoming) contest whose tag the draft carries. */
  | 'tag'
  /** The draft carries the tags of several: the nearest deadline, until the writer picks. */
  | 'several'
  /** No tag in the draft yet, one live contest. */
  | 'only-live'
  /** No tag, several live contests (or none live but some upcoming): the nearest, until the writer picks. */
  | 'nearest'
  /** Nothing live or upcoming: the built-in example. */
  | 'example';

export interface ContestChoice {
  contest: Contest;
  reason: ChoiceReason;
  /** What the switcher offers: live and upcoming contests, then the built-in examples. */
  candidates: TrackedEntry[];
  /** The writer should pick (several matched, or several live and no tag yet). */
  ambiguous: boolean;
}

export interface ChooseInput {
  tracked: readonly Contest[];
  builtin: readonly Contest[];
  /** The hashtags the draft carries, as written ("#PUBLIC创作大赛#"). */
  draftTags: readonly string[];
  /** The writer's pick for this draft, if any. */
  chosenId?: string;
  now: number;
}

/** Which contest the draft is checked against, and what the switcher offers. Never throws. */
export function chooseContest({ tracked, builtin, draftTags, chosenId, now }: ChooseInput): ContestChoice {
  const all = listContests(tracked, builtin, now);
  const candidates = all.filter((e) => isLive(e.state) || e.state === 'upcoming' || e.builtin);
  const fallback = candidates[0] ?? all[0];
  const chosen = chosenId ? candidates.find((e) => e.contest.id === chosenId) : undefined;
  if (chosen) return { contest: chosen.contest, reason: 'chosen', candidates, ambiguous: false };
  const carried = new Set(draftTags.map((t) => t.normalize('NFC')));
  const current = candidates.filter((e) => !e.builtin || isLive(e.state));
  const matching = current.filter((e) => tagForms(e.contest).some((form) => carried.has(form.normalize('NFC'))));
  if (matching.length === 1) return { contest: matching[0].contest, reason: 'tag', candidates, ambiguous: false };
  if (matching.length > 1) return { contest: matching[0].contest, reason: 'several', candidates, ambiguous: true };
  const live = current.filter((e) => isLive(e.state));
  if (live.length === 1) return { contest: live[0].contest, reason: 'only-live', candidates, ambiguous: false };
  if (live.length > 1) return { contest: live[0].contest, reason: 'nearest', candidates, ambiguous: true };
  const upcoming = current.filter((e) => e.state === 'upcoming');
  if (upcoming.length) return { contest: upcoming[0].contest, reason: 'nearest', candidates, ambiguous: upcoming.length > 1 };
  return { contest: fallback.contest, reason: 'example', candidates, ambiguous: false };
}

/** The nearest deadline among live contests (for the badge), preferring the contests drafts are for. */
export function nearestDeadline(entries: readonly TrackedEntry[], draftContestIds: readonly string[] = []): TrackedEntry | undefined {
  const live = entries.filter((e) => isLive(e.state));
  const drafted = live.filter((e) => draftContestIds.includes(e.contest.id));
  const pool = drafted.length ? drafted : live;
  return [...pool].sort((a, b) => Date.parse(a.contest.window.end) - Date.parse(b.contest.window.end))[0];
}
