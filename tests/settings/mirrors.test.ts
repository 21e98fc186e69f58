/**
 * Turning a mirror host on and off (lib/settings/mirrors.ts), with the browser's storage faked and
 * its permissions API recorded: what is asked, in which order, what is saved, and what is given back.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MirrorGrants } from '../../lib/host/mirrors';
import { disableMirror, enableMirror, finishPendingMirror, type MirrorPermissionsApi } from '../../lib/settings/mirrors';
import { loadPendingMirror, loadSettings, saveSettings } from '../../lib/settings/storage';

/** A permissions API that answers `answer` and records each call. */
function permissions(answer: boolean | Promise<boolean>) {
  const calls: string[] = [];
  const api: MirrorPermissionsApi = {
    request: vi.fn((grants: MirrorGrants) => {
      calls.push(`request ${[...grants.origins, ...(grants.permissions ?? [])].join(' ')}`);
      return Promise.resolve(answer);
    }),
    remove: vi.fn(async (grants: { origins: string[] }) => {
      calls.push(`remove ${grants.origins.join(' ')}`);
      return true;
    }),
  };
  return { api, calls };
}

const NOW = 1_800_000_000_000;
const quota = new Error('QUOTA_BYTES quota exceeded');

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

test('enabling a mirror on Chrome asks for its origin and scripting, then lists it', async () => {
  const { api, calls } = permissions(true);
  const result = await enableMirror(api, 'web.gate.it', { browser: 'chrome' });
  expect(result).toMatchObject({ ok: true, host: 'web.gate.it' });
  expect(calls).toEqual(['request https://web.gate.it/* scripting']);
  expect((await loadSettings()).settings.extraHosts).toEqual(['web.gate.it']);
});

test('enabling on Firefox asks for the origin only, and a host listed twice stays once', async () => {
  const { api, calls } = permissions(true);
  await saveSettings({ extraHosts: ['bi.live'] });
  await enableMirror(api, 'BI.LIVE', { browser: 'firefox' });
  expect(calls).toEqual(['request https://bi.live/*']);
  expect((await loadSettings()).settings.extraHosts).toEqual(['bi.live']);
});

test('the request leaves before anything is awaited (Firefox grants only inside the click handler)', () => {
  const { api } = permissions(new Promise<boolean>(() => {}));
  void enableMirror(api, 'web.gate.it', { browser: 'firefox', remember: { now: NOW } });
  expect(api.request).toHaveBeenCalledTimes(1);
});

test.each([
  ['Gate itself', 'www.gate.com', 'builtin'],
  ['a URL instead of a host', 'https://web.gate.it/', 'bad'],
])('%s is refused without asking the browser', async (_name, input, problem) => {
  const { api } = permissions(true);
  expect(await enableMirror(api, input, { browser: 'chrome' })).toMatchObject({ ok: false, problem });
  expect(api.request).not.toHaveBeenCalled();
  expect((await loadSettings()).settings.extraHosts).toEqual([]);
});

test('a refused prompt lists nothing and forgets the request', async () => {
  const { api } = permissions(false);
  expect(await enableMirror(api, 'web.gate.it', { browser: 'chrome', remember: { now: NOW } })).toEqual({ ok: false, host: 'web.gate.it', problem: 'denied' });
  expect((await loadSettings()).settings.extraHosts).toEqual([]);
  expect(await loadPendingMirror()).toBeNull();
});

test('a grant whose listing the browser refuses to save is given back', async () => {
  const { api, calls } = permissions(true);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quota);
  expect(await enableMirror(api, 'web.gate.it', { browser: 'chrome' })).toMatchObject({ ok: false, problem: 'write', write: { kind: 'quota' } });
  expect(calls).toEqual(['request https://web.gate.it/* scripting', 'remove https://web.gate.it/*']);
});

test('the popup closed under the prompt: the background lists the host when the grant arrives', async () => {
  const { api } = permissions(new Promise<boolean>(() => {})); // the popup never hears back
  void enableMirror(api, 'web.gate.it', { browser: 'chrome', remember: { now: NOW } });
  await vi.waitFor(async () => expect(await loadPendingMirror()).toEqual({ host: 'web.gate.it', at: NOW }));
  // Another grant first (a different host): nothing is listed.
  expect(await finishPendingMirror(['https://bi.live/*'], NOW + 1_000)).toBeNull();
  expect((await loadSettings()).settings.extraHosts).toEqual([]);
  expect(await finishPendingMirror(['https://web.gate.it/*'], NOW + 4_000)).toBe('web.gate.it');
  expect((await loadSettings()).settings.extraHosts).toEqual(['web.gate.it']);
  expect(await loadPendingMirror()).toBeNull();
});

test('without a request from the popup, a grant lists nothing', async () => {
  expect(await finishPendingMirror(['https://web.gate.it/*'], NOW)).toBeNull();
  expect((await loadSettings()).settings.extraHosts).toEqual([]);
});

test('turning a mirror off unlists it first, then gives its origin back', async () => {
  const { api, calls } = permissions(true);
  await saveSettings({ extraHosts: ['web.gate.it', 'bi.live'] });
  expect(await disableMirror(api, 'web.gate.it')).toMatchObject({ ok: true, revoked: true });
  expect((await loadSettings()).settings.extraHosts).toEqual(['bi.live']);
  expect(calls).toEqual(['remove https://web.gate.it/*']);
});

test('when the browser refuses to save the change, the host and its permission both stay', async () => {
  const { api } = permissions(true);
  await saveSettings({ extraHosts: ['web.gate.it'] });
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quota);
  expect(await disableMirror(api, 'web.gate.it')).toMatchObject({ ok: false, problem: { kind: 'quota' } });
  expect(api.remove).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  expect((await loadSettings()).settings.extraHosts).toEqual(['web.gate.it']);
});
