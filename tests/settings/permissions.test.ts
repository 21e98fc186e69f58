import { describe, expect, test } from 'vitest';
import { grantsToRevoke, revokeOptionalGrants, type Grants, type ManifestGrants, type PermissionsApi } from '../../lib/settings/permissions';

/** The built manifests' permission keys (wxt.config.ts). */
const CHROME: ManifestGrants = {
  permissions: ['storage', 'alarms', 'offscreen'],
  optional_permissions: ['notifications', 'scripting'],
  host_permissions: ['https://www.gate.com/*', 'https://www.gate.io/*'],
  content_scripts: [{ matches: ['https://www.gate.com/*', 'https://www.gate.io/*'] }],
};
const FIREFOX: ManifestGrants = {
  permissions: ['storage', 'alarms', 'https://www.gate.com/*', 'https://www.gate.io/*'],
  optional_permissions: ['notifications', 'https://*/*'],
  content_scripts: [{ matches: ['https://www.gate.com/*', 'https://www.gate.io/*'] }],
};
const REQUIRED_ORIGINS = ['https://www.gate.com/*', 'https://www.gate.io/*'];

describe('what a reset gives back', () => {
  test.each([
    [
      'Chrome: the mirror hosts and notifications go; storage, alarms, offscreen and the Gate hosts stay; scripting stays for the background to unregister with',
      CHROME,
      {
        permissions: ['storage', 'alarms', 'offscreen', 'notifications', 'scripting'],
        origins: [...REQUIRED_ORIGINS, 'https://www.gate.example/*', 'https://gate.mirror.test/*'],
      },
      { permissions: ['notifications'], origins: ['https://www.gate.example/*', 'https://gate.mirror.test/*'] },
    ],
    [
      'Firefox: the same, with the Gate hosts required through `permissions`',
      FIREFOX,
      { permissions: ['storage', 'alarms', 'notifications'], origins: [...REQUIRED_ORIGINS, 'https://www.gate.example/*'] },
      { permissions: ['notifications'], origins: ['https://www.gate.example/*'] },
    ],
    [
      'a fresh install gives back nothing',
      CHROME,
      { permissions: ['storage', 'alarms', 'offscreen'], origins: REQUIRED_ORIGINS },
      { permissions: [], origins: [] },
    ],
    ['a browser that reports no lists gives back nothing', CHROME, {}, { permissions: [], origins: [] }],
  ] as [string, ManifestGrants, Grants, Required<Grants>][])('%s', (_sentence, manifest, granted, revoke) => {
    expect(grantsToRevoke(granted, manifest)).toEqual(revoke);
  });
});

/** A permissions API that records its calls and refuses what it is told to. */
function fakeApi(granted: Grants, refuse: (grants: Grants) => boolean = () => false) {
  const calls: Grants[] = [];
  const api: PermissionsApi = {
    getAll: async () => granted,
    remove: async (grants) => {
      calls.push(grants);
      if (refuse(grants)) throw new Error('You cannot remove required permissions.');
      return true;
    },
  };
  return { api, calls };
}

describe('revokeOptionalGrants', () => {
  const granted = { permissions: ['storage', 'notifications', 'scripting'], origins: [...REQUIRED_ORIGINS, 'https://a.gate.test/*', 'https://b.gate.test/*'] };

  test('gives everything back in one call when the browser agrees', async () => {
    const { api, calls } = fakeApi(granted);
    expect(await revokeOptionalGrants(api, CHROME)).toEqual({
      revoked: { permissions: ['notifications'], origins: ['https://a.gate.test/*', 'https://b.gate.test/*'] },
      failed: [],
    });
    expect(calls).toEqual([{ permissions: ['notifications'], origins: ['https://a.gate.test/*', 'https://b.gate.test/*'] }]);
  });

  test('one refused origin does not keep the others: each is then given back alone, and the refusal is named', async () => {
    const { api, calls } = fakeApi(granted, (g) => (g.origins ?? []).includes('https://a.gate.test/*'));
    expect(await revokeOptionalGrants(api, CHROME)).toEqual({
      revoked: { permissions: ['notifications'], origins: ['https://b.gate.test/*'] },
      failed: ['https://a.gate.test/*'],
    });
    expect(calls).toHaveLength(4);
  });

  test('nothing to give back makes no call', async () => {
    const { api, calls } = fakeApi({ permissions: ['storage'], origins: REQUIRED_ORIGINS });
    expect(await revokeOptionalGrants(api, CHROME)).toEqual({ revoked: { permissions: [], origins: [] }, failed: [] });
    expect(calls).toEqual([]);
  });
});
