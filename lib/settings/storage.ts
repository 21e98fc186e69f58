/**
 * The storage adapter: every stored item is defined here once, with its version. Reads go through
 * zod (lib/settings/schema.ts, lib/contests); a corrupt value never reaches the UI. Writes the
 * options page makes return a {@link WriteResult} instead of throwing: a full storage area is a
 * message for the writer, and the form keeps what they typed.
 */
import { storage } from 'wxt/utils/storage';
import { CONTEST_LIMITS, DEFAULT_CONTEST_ID, findContest, formatBytes, parseContest, utf8Bytes, type Contest } from '../contests';
import type { Msg } from '../i18n';
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, migrateSettingsV2, parseSettings, type Settings, type SettingsRead } from './schema';

export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV2 },
});

export const activeContestItem = storage.defineItem<string>('sync:activeContestId', {
  fallback: DEFAULT_CONTEST_ID,
  version: 1,
});

/** Contests the writer added (validated again on every read: storage is a boundary). */
export const customContestsItem = storage.defineItem<unknown[]>('local:customContests', {
  fallback: [],
  version: 1,
});

export async function loadSettings(): Promise<SettingsRead> {
  return parseSettings(await settingsItem.getValue());
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
  missing: z.array(z.object({ key: z.string(), params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) })),
});
export type DraftState = z.infer<typeof DraftState>;

export const draftItem = storage.defineItem<unknown>('local:lastDraft', { fallback: null, version: 1 });

export async function loadDraft(): Promise<DraftState | null> {
  const parsed = DraftState.safeParse(await draftItem.getValue());
  return parsed.success ? parsed.data : null;
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
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    return { ok: false, problem: writeProblemOf(error) };
  }
}

/** Merge `patch` into the stored settings; the settings as stored, or why nothing was written. */
export async function saveSettings(patch: Partial<Settings>): Promise<WriteResult<Settings>> {
  return attempt(async () => {
    const { settings } = await loadSettings();
    const next = { ...settings, ...patch };
    await settingsItem.setValue(next);
    return next;
  });
}

/** Make a contest (built in or added) the one the checklist follows. */
export async function saveActiveContest(id: string): Promise<WriteResult> {
  return attempt(() => activeContestItem.setValue(id));
}

export interface CustomContests {
  contests: Contest[];
  /** How many stored entries failed the schema and were left out. */
  dropped: number;
}

export async function loadCustomContests(): Promise<CustomContests> {
  const stored = await customContestsItem.getValue();
  const list = Array.isArray(stored) ? stored : [];
  const contests: Contest[] = [];
  for (const entry of list) {
    const parsed = parseContest(entry);
    if (parsed.ok) contests.push(parsed.contest);
  }
  return { contests, dropped: (Array.isArray(stored) ? list.length : 1) - contests.length };
}

/** The contest the writer chose (a built-in or an added one); the default if it is gone. */
export async function loadActiveContest(): Promise<Contest> {
  const [id, custom] = await Promise.all([activeContestItem.getValue(), loadCustomContests()]);
  return findContest(id, custom.contests) ?? findContest(DEFAULT_CONTEST_ID)!;
}

/**
 * Add (or replace, by id) a contest that passed the schema, and make it the active one. Refused
 * when the added contests together would pass CONTEST_LIMITS.allContestsBytes (a tenth of the
 * local area), so the storage quota is never what stops a writer.
 */
export async function addCustomContest(contest: Contest): Promise<WriteResult> {
  const read = await attempt(() => customContestsItem.getValue());
  if (!read.ok) return read;
  const list = [...(Array.isArray(read.value) ? read.value : []).filter((c) => (c as { id?: unknown })?.id !== contest.id), contest];
  const bytes = utf8Bytes(JSON.stringify(list));
  if (bytes > CONTEST_LIMITS.allContestsBytes) {
    return { ok: false, problem: { kind: 'too-large', bytes, limit: CONTEST_LIMITS.allContestsBytes } };
  }
  return attempt(async () => {
    await customContestsItem.setValue(list);
    await activeContestItem.setValue(contest.id);
  });
}

export async function removeCustomContest(id: string): Promise<WriteResult> {
  return attempt(async () => {
    const stored = await customContestsItem.getValue();
    await customContestsItem.setValue((Array.isArray(stored) ? stored : []).filter((c) => (c as { id?: unknown })?.id !== id));
    if ((await activeContestItem.getValue()) === id) await activeContestItem.removeValue();
  });
}

/**
 * Back to a fresh install: settings, chosen contest, added contests and the last draft's facts.
 * (The optional permissions the options granted are given back by lib/settings/permissions.ts.)
 */
export async function resetAll(): Promise<WriteResult> {
  return attempt(async () => {
    await Promise.all([settingsItem.removeValue(), activeContestItem.removeValue(), customContestsItem.removeValue(), draftItem.removeValue()]);
  });
}
