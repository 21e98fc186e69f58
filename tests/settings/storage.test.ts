import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTEST_LIMITS, findContest, utf8Bytes, type Contest } from '../../lib/contests';
import { LANGS } from '../../lib/contests/schema';
import { registerMessages, t } from '../../lib/i18n';
import { OPTIONS_MESSAGES } from '../../lib/i18n/messages/options';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings/schema';
import {
  addCustomContest,
  loadContestList,
  loadCustomContests,
  loadSettings,
  removeCustomContest,
  resetAll,
  sameContest,
  saveSettings,
  settingsItem,
  writeProblemMsg,
  type WriteProblem,
} from '../../lib/settings/storage';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});
registerMessages(OPTIONS_MESSAGES);

test('a fresh install reads the defaults, without a problem', async () => {
  expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  expect((await loadContestList(Date.now())).entries.map((e) => [e.contest.id, e.builtin])).toEqual([['wxtm-2025', true]]);
});

test('version 1 settings migrate: OCR model lists become the screenshot language', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, ocrLanguages: 'chi_tra+eng' }, settings$: { v: 1 } });
  await settingsItem.migrate();
  expect((await loadSettings()).settings.ocrLanguages).toBe('zh-Hant');
  expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
});

test.each([
  ['a string', 'garbage'],
  ['an array', [1, 2]],
  ['a wrong field type', { publishGuard: 'yes' }],
  ['a foreign host list', { extraHosts: ['not a host'] }],
])('corrupt settings (%s) fall back to the defaults and say so', async (_name, stored) => {
  await fakeBrowser.storage.sync.set({ settings: stored });
  expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: 'corrupt' });
});

test('missing fields take their defaults (settings written by an older version)', () => {
  expect(parseSettings({ publishGuard: false })).toEqual({ settings: { ...DEFAULT_SETTINGS, publishGuard: false }, problem: null });
});

test('saving merges into what is stored, and gives back the settings as stored', async () => {
  await saveSettings({ notifications: true });
  const saved = await saveSettings({ disabledHosts: ['www.gate.io'] });
  expect(saved).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, notifications: true, disabledHosts: ['www.gate.io'] } });
  expect((await loadSettings()).settings).toMatchObject({ notifications: true, disabledHosts: ['www.gate.io'] });
});

test('a tracked contest is listed beside the example; invalid stored contests are skipped and counted; reset restores all', async () => {
  const wxtm = findContest('wxtm-2025')!;
  expect(await addCustomContest({ ...wxtm, id: 'copy', name: { ...wxtm.name, en: 'Copy' } })).toEqual({ ok: true, value: 'copy' });
  expect((await loadContestList(Date.now())).entries.map((e) => e.contest.id).sort()).toEqual(['copy', 'wxtm-2025']);
  await fakeBrowser.storage.local.set({ draftChoice: { contestId: 'copy' } }); // the browser-wide pick of earlier versions
  await fakeBrowser.storage.local.set({ customContests: [...(await loadCustomContests()).contests, { id: 'broken' }] });
  expect(await loadCustomContests()).toMatchObject({ dropped: 1 });
  await fakeBrowser.storage.sync.set({ activeContestId: 'copy' }); // what versions before several contests stored
  await resetAll();
  expect((await loadCustomContests()).contests).toEqual([]);
  expect(await fakeBrowser.storage.local.get('draftChoice')).toEqual({});
  expect(await fakeBrowser.storage.sync.get('activeContestId')).toEqual({});
});

describe('two contests that come out with one id are both kept; the same contest saved again is updated', () => {
  const wxtm = findContest('wxtm-2025')!;
  const DAY = 86_400_000;
  /** A contest with the id a tag without Latin letters gives, moved by `days`. */
  const edition = (days: number, id = 'contest-2026'): Contest => ({
    ...wxtm,
    id,
    window: {
      ...wxtm.window,
      start: new Date(Date.parse(wxtm.window.start) + days * DAY).toISOString(),
      end: new Date(Date.parse(wxtm.window.end) + days * DAY).toISOString(),
    },
  });
  const stored = async () => (await loadCustomContests()).contests.map((c) => [c.id, c.window.end]);

  test('another window under a taken id is stored under the first free suffix, the first contest stays', async () => {
    const january = edition(0);
    const february = edition(31);
    const march = edition(59);
    expect(await addCustomContest(january)).toEqual({ ok: true, value: 'contest-2026' });
    expect(await addCustomContest(february)).toEqual({ ok: true, value: 'contest-2026-2' });
    expect(await addCustomContest(march)).toEqual({ ok: true, value: 'contest-2026-3' });
    expect(await stored()).toEqual([
      ['contest-2026', january.window.end],
      ['contest-2026-2', february.window.end],
      ['contest-2026-3', march.window.end],
    ]);
  });

  test('other tags in the same window under a taken id are another contest too', async () => {
    await addCustomContest(edition(0));
    const other = { ...edition(0), tags: [{ text: 'PUBLIC创作大赛', style: 'weibo' as const, alternatives: [] }] };
    expect(await addCustomContest(other)).toEqual({ ok: true, value: 'contest-2026-2' });
  });

  test('the same window and tags saved again replace the stored contest, under its suffixed id too', async () => {
    await addCustomContest(edition(0));
    await addCustomContest(edition(31));
    const renamed = { ...edition(31), name: { ...wxtm.name, en: 'February' } };
    expect(await addCustomContest(renamed)).toEqual({ ok: true, value: 'contest-2026-2' });
    const first = { ...edition(0), name: { ...wxtm.name, en: 'January' } };
    expect(await addCustomContest(first)).toEqual({ ok: true, value: 'contest-2026' });
    const { contests } = await loadCustomContests();
    expect(contests.map((c) => [c.id, c.name.en]).sort()).toEqual([
      ['contest-2026', 'January'],
      ['contest-2026-2', 'February'],
    ]);
  });

  test('what the review decided is done: the confirmed replacement under the tracked id, a new contest beside it', async () => {
    await addCustomContest(edition(0));
    // Another id, the same contest (the review showed what changes and the writer confirmed).
    const imported = { ...edition(0, 'wxtm-import'), length: { min: 1, unit: 'zi' as const } };
    expect(await addCustomContest(imported, { replace: 'contest-2026' })).toEqual({ ok: true, value: 'contest-2026' });
    expect((await loadCustomContests()).contests.map((c) => [c.id, c.length.min])).toEqual([['contest-2026', 1]]);
    // The review found nothing it replaces: never a silent replacement, even of the same window and tags.
    const again = { ...edition(0), name: { ...wxtm.name, en: 'Again' } };
    expect(await addCustomContest(again, { replace: null })).toEqual({ ok: true, value: 'contest-2026-2' });
    expect((await loadCustomContests()).contests.map((c) => c.id)).toEqual(['contest-2026', 'contest-2026-2']);
  });

  test('a suffix keeps a 64-character id within the schema', async () => {
    const long = 'a'.repeat(64);
    await addCustomContest(edition(0, long));
    const saved = await addCustomContest(edition(31, long));
    expect(saved).toEqual({ ok: true, value: `${'a'.repeat(62)}-2` });
    expect((await loadCustomContests()).contests).toHaveLength(2);
  });

  test.each([
    ['the same window written in another offset, the same tags', { window: { ...wxtm.window, start: '2025-08-07T09:00:00Z' } }, true],
    [
      'a tag form in common (an English alternative added in the review)',
      { tags: [{ ...wxtm.tags[0], alternatives: [{ text: 'WXTM Contest', style: 'weibo' }] }] },
      true,
    ],
    ['no tags on either', 'no tags', true],
    ['another end', { window: { ...wxtm.window, end: '2025-08-14T00:00:00+08:00' } }, false],
    ['no tag in common', { tags: [{ text: 'PUBLIC创作大赛', style: 'weibo', alternatives: [] }] }, false],
  ] as [string, Partial<Contest> | 'no tags', boolean][])('same contest? %s', (_name, change, same) => {
    const [a, b] =
      change === 'no tags'
        ? [
            { ...wxtm, tags: [] },
            { ...wxtm, tags: [] },
          ]
        : [wxtm, { ...wxtm, ...change }];
    expect(sameContest(a, b)).toBe(same);
    expect(sameContest(b, a)).toBe(same);
  });
});

describe('a write the browser refuses is a result, and nothing stored changes', () => {
  const firefoxQuota = Object.assign(new Error('storage.local API call exceeded its quota limitations.'), { name: 'QuotaExceededError' });
  /** What the browsers throw, and what the options page is told. */
  const REFUSALS: [sentence: string, error: Error, kind: WriteProblem['kind']][] = [
    ["Chrome's per-item quota (sync: 8 KB an item)", new Error('QUOTA_BYTES_PER_ITEM quota exceeded'), 'quota'],
    ["Chrome's area quota", new Error('QUOTA_BYTES quota exceeded'), 'quota'],
    ["Chrome's write-rate quota", new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'), 'quota'],
    ["Firefox's QuotaExceededError", firefoxQuota, 'quota'],
    ['any other failure', new Error('Extension context invalidated.'), 'failed'],
  ];
  const wxtm = findContest('wxtm-2025')!;
  const copy = (id: string): Contest => ({ ...wxtm, id, name: { ...wxtm.name, en: id } });

  test.each(REFUSALS)('settings: %s', async (_sentence, error, kind) => {
    await saveSettings({ publishGuard: false });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(error);
    const saved = await saveSettings({ notifications: true });
    expect(saved).toEqual({ ok: false, problem: { kind, detail: error.message } });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, publishGuard: false });
  });

  test.each(REFUSALS)('an added contest: %s', async (_sentence, error, kind) => {
    await addCustomContest(copy('first'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(error);
    expect(await addCustomContest(copy('second'))).toEqual({ ok: false, problem: { kind, detail: error.message } });
    expect((await loadCustomContests()).contests.map((c) => c.id)).toEqual(['first']);
  });

  test('removing a contest and resetting say so too', async () => {
    await addCustomContest(copy('first'));
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quota);
    expect(await removeCustomContest('first')).toMatchObject({ ok: false, problem: { kind: 'quota' } });
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error('gone'));
    expect(await resetAll()).toEqual({ ok: false, problem: { kind: 'failed', detail: 'gone' } });
    vi.restoreAllMocks();
    expect((await loadCustomContests()).contests.map((c) => c.id)).toEqual(['first']);
  });

  test('added contests past 1 MB together are refused before any write, with their size', async () => {
    // Contests of about 57 KB each, within their own 64 KB: as many as fit in 1 MB are stored.
    const rule = { 'zh-Hant': '規'.repeat(200), 'zh-Hans': '规'.repeat(200), en: '規'.repeat(200) };
    const big = (id: string): Contest => ({ ...copy(id), rules: Array.from({ length: 30 }, () => rule) });
    const each = utf8Bytes(JSON.stringify(big('big-00')));
    expect(each).toBeLessThanOrEqual(CONTEST_LIMITS.contestBytes);
    const fit = Math.floor(CONTEST_LIMITS.allContestsBytes / (each + 1));
    await fakeBrowser.storage.local.set({ customContests: Array.from({ length: fit }, (_, i) => big(`big-${String(i).padStart(2, '0')}`)) });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const added = await addCustomContest(big('one-more'));
    expect(added).toMatchObject({ ok: false, problem: { kind: 'too-large', limit: CONTEST_LIMITS.allContestsBytes } });
    if (!added.ok && added.problem.kind === 'too-large') expect(added.problem.bytes).toBeGreaterThan(CONTEST_LIMITS.allContestsBytes);
    expect(set).not.toHaveBeenCalled();
    // Replacing one of them by id does not grow the list: it goes through.
    expect(await addCustomContest(big('big-03'))).toEqual({ ok: true, value: 'big-03' });
  });

  test.each([
    ['quota', { kind: 'quota', detail: 'QUOTA_BYTES quota exceeded' }, /storage is full/],
    ['too-large', { kind: 'too-large', bytes: 1_100_000, limit: 1_048_576 }, /would take 1\.1 MB, over the 1 MB limit/],
    ['failed', { kind: 'failed', detail: 'Extension context invalidated.' }, /Saving failed \(Extension context invalidated\.\)/],
  ] as [string, WriteProblem, RegExp][])('a %s problem has a sentence in each UI language, with its numbers', (_kind, problem, english) => {
    const msg = writeProblemMsg(problem);
    expect(OPTIONS_MESSAGES[msg.key]).toBeDefined();
    for (const lang of LANGS) expect(t(lang, msg.key, msg.params)).not.toMatch(/\{\w+\}/);
    expect(t('en', msg.key, msg.params)).toMatch(english);
  });
});

describe('two saves at once both land', () => {
  const wxtm = findContest('wxtm-2025')!;
  const copy = (id: string): Contest => ({ ...wxtm, id, name: { ...wxtm.name, en: id } });

  test('two contests added at once are both tracked, under their own ids', async () => {
    const saved = await Promise.all([addCustomContest(copy('first')), addCustomContest(copy('second'))]);
    expect(saved).toEqual([
      { ok: true, value: 'first' },
      { ok: true, value: 'second' },
    ]);
    expect((await loadCustomContests()).contests.map((c) => c.id)).toEqual(['first', 'second']);
  });

  test('two editions under one id added at once: the second takes the first free suffix', async () => {
    const DAY = 86_400_000;
    const later = { ...copy('contest-2026'), window: { ...wxtm.window, end: new Date(Date.parse(wxtm.window.end) + DAY).toISOString() } };
    expect(await Promise.all([addCustomContest(copy('contest-2026')), addCustomContest(later)])).toEqual([
      { ok: true, value: 'contest-2026' },
      { ok: true, value: 'contest-2026-2' },
    ]);
  });

  test('an addition and a removal at once: each sees the other', async () => {
    await addCustomContest(copy('old'));
    await Promise.all([removeCustomContest('old'), addCustomContest(copy('new'))]);
    expect((await loadCustomContests()).contests.map((c) => c.id)).toEqual(['new']);
  });

  test('two settings changes at once (different fields, and one list changed twice) are all stored', async () => {
    const saved = await Promise.all([
      saveSettings({ notifications: true }),
      saveSettings({ publishGuard: false }),
      saveSettings((stored) => ({ disabledHosts: [...stored.disabledHosts, 'www.gate.io'] })),
      saveSettings((stored) => ({ disabledHosts: [...stored.disabledHosts, 'www.gate.com'] })),
    ]);
    expect(saved.every((s) => s.ok)).toBe(true);
    expect((await loadSettings()).settings).toEqual({
      ...DEFAULT_SETTINGS,
      notifications: true,
      publishGuard: false,
      disabledHosts: ['www.gate.io', 'www.gate.com'],
    });
  });
});

describe('a read that is deep-equal to the last keeps its objects', () => {
  const wxtm = findContest('wxtm-2025')!;

  test('settings read again, or after another item changed, are the same object', async () => {
    await saveSettings({ notifications: true });
    const first = await loadSettings();
    await addCustomContest({ ...wxtm, id: 'copy' });
    expect(await loadSettings()).toBe(first);
  });

  test('a contest added keeps the contests tracked before it as they were', async () => {
    await addCustomContest({ ...wxtm, id: 'first' });
    const before = await loadCustomContests();
    expect(await loadCustomContests()).toBe(before);
    await addCustomContest({ ...wxtm, id: 'second', window: { ...wxtm.window, end: '2025-08-14T00:00:00+08:00' } });
    const after = await loadCustomContests();
    expect(after.contests[0]).toBe(before.contests[0]);
    expect(after.contests[1].id).toBe('second');
  });
});
