import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findContest, type Contest } from '../../lib/contests';
import { ARCHIVE_AFTER_DAYS } from '../../lib/entries/archive';
import type { Entry } from '../../lib/entries/schema';
import { registerMessages, tm } from '../../lib/i18n';
import { ENTRIES_UI_MESSAGES } from '../../lib/i18n/messages/entries';
import {
  ENTRIES_LIMITS,
  addEntry,
  clearEntriesOfArchivedContests,
  dropEntryTexts,
  entryWriteProblemMsg,
  forgetAllEntries,
  linkEntry,
  loadEntries,
  removeEntry,
} from '../../lib/settings/entries';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings/schema';
import { saveSettings } from '../../lib/settings/storage';

registerMessages(ENTRIES_UI_MESSAGES);
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const DAY = 86_400_000;
const H = (c: string) => c.repeat(64);
function entry(id: string, publishedAt: number, extra: Partial<Entry> = {}): Entry {
  return {
    schemaVersion: 1,
    id,
    contestId: 'wxtm-2025',
    publishedAt,
    window: { displayOffset: '+08:00', inside: true },
    checklist: {
      status: 'pass',
      length: { count: 120, min: 100, unit: 'zi', met: true },
      tags: [{ expected: '#WXTM创作大赛#', met: true }],
      screenshot: { requirement: 'preferred', status: 'pass' },
      pictures: [],
    },
    hash: { algorithm: 'sha256', normalisation: 1, text: H('a'), prose: H('b') },
    ...extra,
  };
}
const AT = Date.parse('2025-08-10T04:00:00Z');
const ids = async () => (await loadEntries()).entries.map((e) => e.id);

describe('recording entries', () => {
  test('nothing stored reads as no entries', async () => {
    expect(await loadEntries()).toEqual({ entries: [], dropped: 0 });
  });

  test('two entries recorded at once both land', async () => {
    const results = await Promise.all([addEntry(entry('e1', AT)), addEntry(entry('e2', AT + 1000))]);
    expect(results).toEqual([
      { ok: true, value: 'e1' },
      { ok: true, value: 'e2' },
    ]);
    expect((await ids()).sort()).toEqual(['e1', 'e2']);
  });

  test('the same entry recorded again replaces itself', async () => {
    await addEntry(entry('e1', AT));
    await addEntry(entry('e1', AT, { checklist: { ...entry('e1', AT).checklist, status: 'fail' } }));
    const { entries } = await loadEntries();
    expect(entries.map((e) => [e.id, e.checklist.status])).toEqual([['e1', 'fail']]);
  });

  test('the text is kept only while the writer keeps texts; turning it off deletes the texts kept', async () => {
    await addEntry(entry('off', AT, { text: 'my post' }));
    expect((await loadEntries()).entries[0].text).toBeUndefined();
    await saveSettings({ keepEntryText: true });
    await addEntry(entry('on', AT, { text: 'my post' }));
    expect((await loadEntries()).entries.find((e) => e.id === 'on')?.text).toBe('my post');
    expect(await dropEntryTexts()).toEqual({ ok: true, value: 1 });
    expect((await loadEntries()).entries.map((e) => e.text)).toEqual([undefined, undefined]);
  });

  test('an unreadable stored entry is counted, kept through every change, and not listed', async () => {
    await fakeBrowser.storage.local.set({ entries: [{ schemaVersion: 2, id: 'future' }, 'garbage'] });
    await addEntry(entry('e1', AT));
    expect(await loadEntries()).toMatchObject({ dropped: 2 });
    expect(await ids()).toEqual(['e1']);
    await removeEntry('e1');
    await clearEntriesOfArchivedContests([], AT + 365 * DAY);
    expect((await fakeBrowser.storage.local.get('entries')).entries).toEqual([{ schemaVersion: 2, id: 'future' }, 'garbage']);
  });

  test('a full storage area is a typed problem with a sentence in the writer’s language, and nothing is lost', async () => {
    await addEntry(entry('e1', AT));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await addEntry(entry('e2', AT));
    expect(result).toEqual({ ok: false, problem: { kind: 'quota', detail: 'QUOTA_BYTES quota exceeded' } });
    if (result.ok) return;
    expect(tm('zh-Hant', entryWriteProblemMsg(result.problem))).toContain('儲存空間已滿');
    expect(tm('en', entryWriteProblemMsg(result.problem))).toContain('this entry was not recorded');
    expect(await ids()).toEqual(['e1']);
  });

  test('entries past their own limit are refused before writing', async () => {
    await saveSettings({ keepEntryText: true });
    const big = 'x'.repeat(50_000);
    const many = Array.from({ length: Math.ceil(ENTRIES_LIMITS.allEntriesBytes / 50_000) }, (_, i) => ({ ...entry(`e${i}`, AT), text: big }));
    await fakeBrowser.storage.local.set({ entries: many });
    const result = await addEntry(entry('last', AT, { text: big }));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'too-large', limit: ENTRIES_LIMITS.allEntriesBytes } });
    if (!result.ok) expect(tm('zh-Hans', entryWriteProblemMsg(result.problem))).toContain('超过上限 5 MB');
    expect((await ids()).includes('last')).toBe(false);
  });
});

describe('changing and forgetting entries', () => {
  const post = { url: 'https://www.gate.com/post/status/123', linkedAt: AT + 60_000, matchedBy: 'hash' as const };

  test('an entry is linked to its published post; a forgotten one is not', async () => {
    await addEntry(entry('e1', AT));
    expect(await linkEntry('e1', post)).toEqual({ ok: true, value: true });
    expect((await loadEntries()).entries[0].post).toEqual(post);
    expect(await linkEntry('gone', post)).toEqual({ ok: true, value: false });
  });

  test('a post that is not one is refused, and the entry stays as it was', async () => {
    await addEntry(entry('e1', AT));
    const result = await linkEntry('e1', { ...post, url: 'http://www.gate.com/post/status/1' });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'failed' } });
    expect((await loadEntries()).entries[0].post).toBeUndefined();
  });

  test('delete removes one; forget all removes every one', async () => {
    await addEntry(entry('e1', AT));
    await addEntry(entry('e2', AT));
    await removeEntry('e1');
    expect(await ids()).toEqual(['e2']);
    const { entries: stored } = (await fakeBrowser.storage.local.get('entries')) as { entries: unknown[] };
    await fakeBrowser.storage.local.set({ entries: [...stored, { unreadable: true }] });
    expect(await forgetAllEntries()).toEqual({ ok: true, value: undefined });
    expect(await loadEntries()).toEqual({ entries: [], dropped: 0 });
  });

  test(`entries of contests that ended over ${ARCHIVE_AFTER_DAYS} days ago are cleared; the others stay`, async () => {
    const wxtm = findContest('wxtm-2025')!; // ended 2025-08-19
    const end = Date.parse(wxtm.window.end);
    const live: Pick<Contest, 'id' | 'window'> = { id: 'live', window: { ...wxtm.window, end: new Date(end + 400 * DAY).toISOString() } };
    const now = end + (ARCHIVE_AFTER_DAYS + 1) * DAY;
    await addEntry(entry('old', AT));
    await addEntry(entry('current', AT, { contestId: 'live' }));
    await addEntry(entry('untracked-recent', now - DAY, { contestId: 'gone' }));
    await addEntry(entry('untracked-old', AT, { contestId: 'gone' }));
    expect(await clearEntriesOfArchivedContests([wxtm, live], now)).toEqual({ ok: true, value: 2 });
    expect((await ids()).sort()).toEqual(['current', 'untracked-recent']);
    expect(await clearEntriesOfArchivedContests([wxtm, live], now)).toEqual({ ok: true, value: 0 });
  });
});

describe('settings', () => {
  test('keeping the text is off by default, and settings stored before it existed read it as off', () => {
    expect(DEFAULT_SETTINGS.keepEntryText).toBe(false);
    expect(parseSettings({ publishGuard: false }).settings.keepEntryText).toBe(false);
  });
});

test('every entries UI message has the same placeholders in each language', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, langs] of Object.entries(ENTRIES_UI_MESSAGES)) {
    expect(names(langs['zh-Hans']), key).toEqual(names(langs.en));
    expect(names(langs['zh-Hant']), key).toEqual(names(langs.en));
  }
});
