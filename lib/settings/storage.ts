/**
 * The storage adapter: every stored item is defined here once, with its version. Reads go through
 * zod (lib/settings/schema.ts, lib/contests); a corrupt value never reaches the UI.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_CONTEST_ID, findContest, parseContest, type Contest } from '../contests';
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

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...patch };
  await settingsItem.setValue(next);
  return next;
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

/** Add (or replace, by id) a contest that passed the schema, and make it the active one. */
export async function addCustomContest(contest: Contest): Promise<void> {
  const stored = await customContestsItem.getValue();
  const list = (Array.isArray(stored) ? stored : []).filter((c) => (c as { id?: unknown })?.id !== contest.id);
  await customContestsItem.setValue([...list, contest]);
  await activeContestItem.setValue(contest.id);
}

export async function removeCustomContest(id: string): Promise<void> {
  const stored = await customContestsItem.getValue();
  await customContestsItem.setValue((Array.isArray(stored) ? stored : []).filter((c) => (c as { id?: unknown })?.id !== id));
  if ((await activeContestItem.getValue()) === id) await activeContestItem.removeValue();
}

/** Back to a fresh install: settings, chosen contest, added contests and the last draft's facts. */
export async function resetAll(): Promise<void> {
  await Promise.all([settingsItem.removeValue(), activeContestItem.removeValue(), customContestsItem.removeValue(), draftItem.removeValue()]);
}
