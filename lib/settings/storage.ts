/**
 * The storage adapter: every stored item is defined here once, with its version. Reads go through
 * zod (lib/settings/schema.ts, lib/contests); a corrupt value never reaches the UI.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_CONTEST_ID, findContest, parseContest, type Contest } from '../contests';
import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsRead } from './schema';

export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
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
