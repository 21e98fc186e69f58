import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findContest } from '../../lib/contests';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings/schema';
import {
  addCustomContest,
  loadActiveContest,
  loadCustomContests,
  loadSettings,
  resetAll,
  saveSettings,
  settingsItem,
} from '../../lib/settings/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

test('a fresh install reads the defaults, without a problem', async () => {
  expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  expect((await loadActiveContest()).id).toBe('wxtm-2025');
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

test('saving merges into what is stored', async () => {
  await saveSettings({ notifications: true });
  await saveSettings({ disabledHosts: ['www.gate.io'] });
  expect((await loadSettings()).settings).toMatchObject({ notifications: true, disabledHosts: ['www.gate.io'] });
});

test('an added contest becomes active; invalid stored contests are skipped and counted; reset restores all', async () => {
  const wxtm = findContest('wxtm-2025')!;
  await addCustomContest({ ...wxtm, id: 'copy', name: { ...wxtm.name, en: 'Copy' } });
  expect((await loadActiveContest()).id).toBe('copy');
  await fakeBrowser.storage.local.set({ customContests: [...(await loadCustomContests()).contests, { id: 'broken' }] });
  expect(await loadCustomContests()).toMatchObject({ dropped: 1 });
  await resetAll();
  expect((await loadActiveContest()).id).toBe('wxtm-2025');
  expect((await loadCustomContests()).contests).toEqual([]);
});
