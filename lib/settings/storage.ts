/**
 * The storage adapter: every stored item is defined here once, with its type, its parser and its
 * version (lib/settings/item.ts). Reads go through zod (lib/settings/schema.ts, lib/contests); a
 * corrupt value never reaches the UI, and a read deep-equal to the last keeps its objects. A change
 * is read and written inside the item's queue, so two saves at once both land. Writes the
 * options page makes return a {@link WriteResult} instead of throwing: a full storage area is a
 * message for the writer, and the form keeps what they typed.
 */
import { storage } from 'wxt/utils/storage';
import { migrateContestsV2, withoutHostWords } from '../contests/migrations';
import { BUILTIN_CONTESTS, CONTEST_LIMITS, formatBytes, parseContest, utf8Bytes, type Contest } from '../contests';
import { listContests, type TrackedEntry } from '../contests/tracked';
import type { ContestInput } from '../contests/schema';
import type { ElementLocator } from '../host/locator';
import type { Msg } from '../i18n';
import { formatTag } from '../text/hashtags';
import * as z from 'zod/mini';
import { defineStoredItem, type Change } from './item';
import { DEFAULT_SETTINGS, migrateSettingsV2, parseSettings, type Settings, type SettingsRead } from './schema';

export const settingsItem = defineStoredItem<SettingsRead, Settings>('sync:settings', {
  parse: parseSettings,
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV2 },
});

const LocatorSchema = z.object({
  v: z.literal(1),
  tag: z.string().check(z.maxLength(40)),
  role: z.optional(z.string().check(z.maxLength(80))),
  editable: z.optional(z.string().check(z.maxLength(40))),
  attrs: z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(80))),
  path: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(8)),
  index: z.int().check(z.nonnegative()),
});

type ComposerPicks = Record<string, ElementLocator>;

/** Each host's pick that passes the schema; a pick that does not is as good as none. */
function parseComposerPicks(stored: unknown): ComposerPicks {
  const all = z.record(z.string(), z.unknown()).safeParse(stored);
  if (!all.success) return {};
  const picks: ComposerPicks = {};
  for (const [host, entry] of Object.entries(all.data)) {
    const parsed = LocatorSchema.safeParse(entry);
    if (parsed.success) picks[host] = parsed.data;
  }
  return picks;
}

/**
 * The composer the writer pointed at, per host (lib/host/locator.ts): a locator of roles,
 * attributes and landmarks, never class names.
 */
export const composerPicksItem = defineStoredItem<ComposerPicks, ComposerPicks>('local:composerPicks', {
  parse: parseComposerPicks,
  fallback: {},
  version: 1,
});

export async function loadComposerPick(host: string): Promise<ElementLocator | undefined> {
  return (await composerPicksItem.getValue())[host];
}

export async function saveComposerPick(host: string, locator: ElementLocator | null): Promise<WriteResult> {
  return attempt(() =>
    composerPicksItem.update((_picks, stored) => {
      // What is stored, not only what parses: a pick of a newer version stays for that version.
      const next = { ...(typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as ComposerPicks) : {}) };
      if (locator) next[host] = locator;
      else delete next[host];
      return { write: next, result: undefined };
    }),
  );
}

const PendingMirrorSchema = z.object({ host: z.string().check(z.maxLength(253)), at: z.number() });
export type PendingMirrorState = z.infer<typeof PendingMirrorSchema>;

/**
 * A mirror host the popup asked the browser for, written before the prompt (lib/host/mirrors.ts,
 * PendingMirror): the background adds the host when the grant arrives after the popup closed.
 */
export const pendingMirrorItem = defineStoredItem<PendingMirrorState | null, PendingMirrorState>('local:pendingMirror', {
  parse: (stored) => {
    const parsed = PendingMirrorSchema.safeParse(stored);
    return parsed.success ? parsed.data : null;
  },
  version: 1,
});

export async function loadPendingMirror(): Promise<PendingMirrorState | null> {
  return pendingMirrorItem.getValue();
}

export interface CustomContests {
  contests: Contest[];
  /** How many stored entries failed the schema and were left out. */
  dropped: number;
}

/** The stored list, each entry through the contest schema; what fails is left out and counted. */
function parseCustomContests(stored: unknown): CustomContests {
  if (stored == null) return { contests: [], dropped: 0 };
  if (!Array.isArray(stored)) return { contests: [], dropped: 1 };
  const contests: Contest[] = [];
  for (const entry of stored) {
    const parsed = parseContest(entry);
    if (parsed.ok) contests.push(parsed.contest);
  }
  return { contests, dropped: stored.length - contests.length };
}

/**
 * Contests the writer added (validated again on every read: storage is a boundary). Written as
 * a list of unknown entries: an entry this version cannot read (a newer version's) is kept.
 */
export const customContestsItem = defineStoredItem<CustomContests, readonly unknown[]>('local:customContests', {
  parse: parseCustomContests,
  fallback: [],
  version: 2,
  // v2: Gate's UI words live once in lib/ocr/vocabulary; stored contests keep only their own.
  migrations: { 2: migrateContestsV2 },
});

export async function loadSettings(): Promise<SettingsRead> {
  return settingsItem.getValue();
}

/**
 * The draft as the checklist last saw it, written by the content script (debounced) so the badge's
 * notifications can say what it still lacks. Text is never stored: only the checklist's facts.
 */
export const DraftState = z.object({
  contestId: z.string(),
  url: z.string(),
  updatedAt: z.number(),
  done: z.int(),
  total: z.int(),
  pass: z.boolean(),
  /** Each failing or pending required item, as a message the UI renders. */
  missing: z.array(z.object({ key: z.string(), params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))) })),
});
export type DraftState = z.infer<typeof DraftState>;

/** What the content script writes: the checklist's messages as they are (their lists read-only). */
type DraftWrite = Omit<DraftState, 'missing'> & { missing: readonly Msg[] };

export const draftItem = defineStoredItem<DraftState | null, DraftWrite>('local:lastDraft', {
  parse: (stored) => {
    const parsed = DraftState.safeParse(stored);
    return parsed.success ? parsed.data : null;
  },
  version: 1,
});

export async function loadDraft(): Promise<DraftState | null> {
  return draftItem.getValue();
}

/** Why a write did not happen, for the options page to say in the writer's language. */
export type WriteProblem =
  /** The browser refused: the area is full (sync: 8 KB per item, 100 KB; local: 10 MB) or was written too often. */
  | { kind: 'quota'; detail: string }
  /** Refused before writing: added contests together would pass CONTEST_LIMITS.allContestsBytes. */
  | { kind: 'too-large'; bytes: number; limit: number }
  /** Any other failure (the extension was reloaded, the profile is read-only…). */
  | { kind: 'failed'; detail: string };

export type WriteResult<T = void> = { ok: true; value: T } | { ok: false; problem: WriteProblem };

/**
 * A rejected storage write as a problem. Chrome says "QUOTA_BYTES quota exceeded",
 * "QUOTA_BYTES_PER_ITEM quota exceeded" or "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded";
 * Firefox throws a QuotaExceededError.
 */
export function writeProblemOf(error: unknown): WriteProblem {
  const detail = String((error as Error)?.message ?? error);
  const name = String((error as Error)?.name ?? '');
  return /quota/i.test(detail) || /quota/i.test(name) ? { kind: 'quota', detail } : { kind: 'failed', detail };
}

/** The sentence the options page shows for a problem (lib/i18n/messages/options.ts). */
export function writeProblemMsg(problem: WriteProblem): Msg {
  switch (problem.kind) {
    case 'quota':
      return { key: 'options.write.quota' };
    case 'too-large':
      return { key: 'options.write.tooLarge', params: { size: formatBytes(problem.bytes), max: formatBytes(problem.limit) } };
    default:
      return { key: 'options.write.failed', params: { detail: problem.detail } };
  }
}

async function attempt<T>(write: () => Promise<T>): Promise<WriteResult<T>> {
  return attemptResult(async () => ({ ok: true, value: await write() }));
}

/** A write that decides its own result (a refusal before writing), or the browser's refusal as one. */
async function attemptResult<T>(write: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    return await write();
  } catch (error) {
    return { ok: false, problem: writeProblemOf(error) };
  }
}

/**
 * Merge `patch` into the stored settings; the settings as stored, or why nothing was written. A
 * function patch is given the settings as stored at the moment of writing (not a copy the caller
 * read earlier), so two changes of one list both land.
 */
export async function saveSettings(patch: Partial<Settings> | ((stored: Settings) => Partial<Settings>)): Promise<WriteResult<Settings>> {
  return attempt(() =>
    settingsItem.update(({ settings }) => {
      const next = { ...settings, ...(typeof patch === 'function' ? patch(settings) : patch) };
      return { write: next, result: next };
    }),
  );
}

export async function loadCustomContests(): Promise<CustomContests> {
  return customContestsItem.getValue();
}

/** Every contest the writer tracks, with its state, and the built-in examples. */
export async function loadContestList(now: number): Promise<{ entries: TrackedEntry[]; dropped: number }> {
  const { contests, dropped } = await loadCustomContests();
  return { entries: listContests(contests, BUILTIN_CONTESTS, now), dropped };
}

/** What {@link sameContest} compares; a reader's draft (ContestInput) has it too. */
type SameContestFields = Pick<ContestInput, 'tags' | 'window'>;

/**
 * The same contest, saved again: the same window (as instants) and the same required tags (a form
 * in common, or none on either). The panel's "already tracked" asks this too: two announcements
 * may come out with one id (a tag without Latin letters, a monthly tag), never with one window.
 */
export function sameContest(a: SameContestFields, b: SameContestFields): boolean {
  const instant = (iso: string) => Date.parse(iso);
  if (instant(a.window.start) !== instant(b.window.start) || instant(a.window.end) !== instant(b.window.end)) return false;
  const forms = (c: SameContestFields) => (c.tags ?? []).flatMap((tag) => [tag, ...(tag.alternatives ?? [])].map((form) => formatTag(form).normalize('NFC')));
  const mine = new Set(forms(a));
  const theirs = forms(b);
  return mine.size === 0 && theirs.length === 0 ? true : theirs.some((f) => mine.has(f));
}

export interface AddHow {
  /**
   * What the writer decided in a review that compared this contest with the tracked ones
   * (lib/contests/replace.ts): the id of the tracked contest it replaces (stored under that id),
   * or null for a new contest that replaces nothing (stored under its id, or the first free
   * suffix). Left out, the same contest saved again replaces itself ({@link sameContest}).
   */
  replace?: string | null;
}

/** "contest-20260108" → "contest-20260108-2": the schema's id (at most 64 characters) with a suffix. */
function suffixed(id: string, n: number): string {
  const suffix = `-${n}`;
  return `${id.slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/**
 * Track a contest that passed the schema, and give back the id it is stored under. Saving the same
 * contest again ({@link sameContest}: its id or one of its suffixed ids, same window and tags)
 * replaces it, so a corrected name or prize is an update. A different contest is never replaced
 * silently, whichever way it arrives (the panel's Track, the popup's first run, the options'
 * review or JSON import): when its id is taken it is stored under the first free "-2", "-3"…
 * The options' review decides for itself, once the writer has seen what changes and confirmed
 * ({@link AddHow}).
 * Refused when the added contests together would pass CONTEST_LIMITS.allContestsBytes (a tenth of
 * the local area), so the storage quota is never what stops a writer.
 */
export async function addCustomContest(contest: Contest, how: AddHow = {}): Promise<WriteResult<string>> {
  // Inside the item's queue: a contest added meanwhile (another tab's Track, the options' import)
  // is in `stored` here, and stays.
  return attemptResult(() =>
    customContestsItem.update((_read, raw): Change<readonly unknown[], WriteResult<string>> => {
      const stored: readonly unknown[] = Array.isArray(raw) ? raw : [];
      const idOf = (entry: unknown) => (entry as { id?: unknown })?.id;
      const taken = new Set(stored.map(idOf));
      const ids = [contest.id, ...Array.from({ length: 98 }, (_, i) => suffixed(contest.id, i + 2))];
      const same =
        how.replace !== undefined
          ? (how.replace ?? undefined)
          : ids.find((id) =>
              stored.some((entry) => {
                if (idOf(entry) !== id) return false;
                const parsed = parseContest(entry);
                return parsed.ok && sameContest(parsed.contest, contest);
              }),
            );
      const id = same ?? ids.find((candidate) => !taken.has(candidate));
      if (id === undefined) return { result: { ok: false, problem: { kind: 'failed', detail: `ids ${contest.id} to ${ids[ids.length - 1]} are all taken` } } };
      // Gate's UI words a contest JSON may still carry (an export from an older version) are the
      // vocabulary's: the stored contest keeps only its own.
      const list = [...stored.filter((entry) => idOf(entry) !== id), withoutHostWords({ ...contest, id })];
      const bytes = utf8Bytes(JSON.stringify(list));
      if (bytes > CONTEST_LIMITS.allContestsBytes) {
        return { result: { ok: false, problem: { kind: 'too-large', bytes, limit: CONTEST_LIMITS.allContestsBytes } } };
      }
      return { write: list, result: { ok: true, value: id } };
    }),
  );
}

export async function removeCustomContest(id: string): Promise<WriteResult> {
  return attempt(() =>
    customContestsItem.update((_read, stored) => ({
      write: (Array.isArray(stored) ? stored : []).filter((c) => (c as { id?: unknown })?.id !== id),
      result: undefined,
    })),
  );
}

/**
 * Back to a fresh install: settings, the composer picks, tracked contests and the last draft's facts.
 * (The optional permissions the options granted are given back by lib/settings/permissions.ts.)
 */
export async function resetAll(): Promise<WriteResult> {
  return attempt(async () => {
    // (sync:activeContestId is what versions before several contests stored; local:draftChoice is
    // the browser-wide contest pick of versions before the pick belonged to its draft, in memory.)
    await Promise.all([
      settingsItem.removeValue(),
      storage.removeItem('sync:activeContestId'),
      storage.removeItem('local:draftChoice'),
      composerPicksItem.removeValue(),
      customContestsItem.removeValue(),
      draftItem.removeValue(),
    ]);
  });
}
