/**
 * The writer's entries (issue 20): what they published for each contest, kept locally as a
 * receipt. One stored item, a list; each entry is read through the entry schema
 * (lib/entries/schema.ts) on every read, and one this version cannot read (a newer version's, or
 * damaged) is left out of what the UI sees but kept in storage, as tracked contests are.
 *
 * Every change is a read and a write inside the item's queue (lib/settings/item.ts), so two
 * publishes recorded at once both land. A write the browser refuses, or one that would pass
 * {@link ENTRIES_LIMITS}, comes back as a {@link WriteProblem} with its sentence in the writer's
 * language ({@link entryWriteProblemMsg}), never as an exception.
 *
 * Nothing here leaves the browser.
 */
import type { Contest } from '../contests/schema';
import { formatBytes, utf8Bytes } from '../contests';
import { isArchivedEntry } from '../entries/archive';
import { EntryPost, parseEntry, type Entry } from '../entries/schema';
import type { Msg } from '../i18n';
import { defineStoredItem, type Change } from './item';
import { settingsItem, writeProblemOf, type WriteProblem, type WriteResult } from './storage';

export const ENTRIES_LIMITS = {
  /**
   * Every entry together, as stored: half of storage.local's 10 MB (tracked contests may take a
   * tenth), so recording an entry never fills the area the rest of the extension needs. A
   * thousand entries without their text take about 1.5 MB.
   */
  allEntriesBytes: 5 * 1024 * 1024,
} as const;

export interface StoredEntries {
  entries: Entry[];
  /** How many stored entries this version cannot read (kept in storage, left out here). */
  dropped: number;
}

function parseEntries(stored: unknown): StoredEntries {
  if (stored == null) return { entries: [], dropped: 0 };
  if (!Array.isArray(stored)) return { entries: [], dropped: 1 };
  const entries: Entry[] = [];
  for (const item of stored) {
    const entry = parseEntry(item);
    if (entry) entries.push(entry);
  }
  return { entries, dropped: stored.length - entries.length };
}

/** Written as a list of unknown values: an entry this version cannot read stays as it is. */
export const entriesItem = defineStoredItem<StoredEntries, readonly unknown[]>('local:entries', {
  parse: parseEntries,
  fallback: [],
  version: 1,
});

export async function loadEntries(): Promise<StoredEntries> {
  return entriesItem.getValue();
}

const listOf = (stored: unknown): readonly unknown[] => (Array.isArray(stored) ? stored : []);
const idOf = (item: unknown) => (item as { id?: unknown } | null)?.id;

/** A new list, unless it would pass the limit. */
function written<T>(list: readonly unknown[], value: T): Change<readonly unknown[], WriteResult<T>> {
  const bytes = utf8Bytes(JSON.stringify(list));
  if (bytes > ENTRIES_LIMITS.allEntriesBytes) return { result: { ok: false, problem: { kind: 'too-large', bytes, limit: ENTRIES_LIMITS.allEntriesBytes } } };
  return { write: list, result: { ok: true, value } };
}

async function attempt<T>(change: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    return await change();
  } catch (error) {
    return { ok: false, problem: writeProblemOf(error) };
  }
}

/**
 * Record an entry (an entry with the same id is replaced: the same publish recorded twice). Its
 * text is kept only while the writer's `keepEntryText` setting is on, whatever the caller passed:
 * the promise the options page makes is kept here, once.
 */
export async function addEntry(entry: Entry): Promise<WriteResult<string>> {
  return attempt(async () => {
    const { settings } = await settingsItem.getValue();
    const { text: _text, ...withoutText } = entry;
    const kept = settings.keepEntryText ? entry : withoutText;
    return entriesItem.update((_read, stored) => written([...listOf(stored).filter((item) => idOf(item) !== entry.id), kept], entry.id));
  });
}

/**
 * The published post found for an entry (lib/entries/match.ts) and its check: the entry now points
 * at it. `ok: true, value: false` when there is no such entry (forgotten meanwhile).
 */
export async function linkEntry(id: string, post: EntryPost): Promise<WriteResult<boolean>> {
  return attempt(() =>
    entriesItem.update((_read, stored) => {
      const list = listOf(stored);
      const index = list.findIndex((item) => idOf(item) === id);
      const entry = index < 0 ? null : parseEntry(list[index]);
      if (!entry) return { result: { ok: true, value: false } };
      const parsedPost = EntryPost.safeParse(post);
      if (!parsedPost.success)
        return { result: { ok: false, problem: { kind: 'failed', detail: `not a post: ${parsedPost.error.issues[0]?.message ?? ''}` } } };
      const next = [...list];
      next[index] = { ...entry, post: parsedPost.data };
      return written(next, true);
    }),
  );
}

export async function removeEntry(id: string): Promise<WriteResult> {
  return attempt(() =>
    entriesItem.update((_read, stored) => ({ write: listOf(stored).filter((item) => idOf(item) !== id), result: { ok: true, value: undefined } })),
  );
}

/** Every entry, readable or not. */
export async function forgetAllEntries(): Promise<WriteResult> {
  return attempt(async () => {
    await entriesItem.removeValue();
    return { ok: true, value: undefined };
  });
}

/**
 * Remove the entries of contests that ended long ago (lib/entries/archive.ts says which); the
 * number removed. Entries this version cannot read are left alone.
 */
export async function clearEntriesOfArchivedContests(contests: readonly Pick<Contest, 'id' | 'window'>[], now: number): Promise<WriteResult<number>> {
  return attempt(() =>
    entriesItem.update((_read, stored): Change<readonly unknown[], WriteResult<number>> => {
      const list = listOf(stored);
      const kept = list.filter((item) => {
        const entry = parseEntry(item);
        return !entry || !isArchivedEntry(entry, contests, now);
      });
      if (kept.length === list.length) return { result: { ok: true, value: 0 } };
      return { write: kept, result: { ok: true, value: list.length - kept.length } };
    }),
  );
}

/** The texts kept so far, dropped (the writer turned keeping them off); how many there were. */
export async function dropEntryTexts(): Promise<WriteResult<number>> {
  return attempt(() =>
    entriesItem.update((_read, stored): Change<readonly unknown[], WriteResult<number>> => {
      let dropped = 0;
      const next = listOf(stored).map((item) => {
        if (typeof item !== 'object' || item === null || !('text' in item)) return item;
        dropped++;
        const { text: _text, ...rest } = item as Record<string, unknown>;
        return rest;
      });
      return dropped ? { write: next, result: { ok: true, value: dropped } } : { result: { ok: true, value: 0 } };
    }),
  );
}

/** The sentence for a problem with the entries (lib/i18n/messages/entries.ts). */
export function entryWriteProblemMsg(problem: WriteProblem): Msg {
  switch (problem.kind) {
    case 'quota':
      return { key: 'entries.write.quota' };
    case 'too-large':
      return { key: 'entries.write.tooLarge', params: { size: formatBytes(problem.bytes), max: formatBytes(problem.limit) } };
    default:
      return { key: 'entries.write.failed', params: { detail: problem.detail } };
  }
}
