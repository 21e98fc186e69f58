import { expect, test } from 'vitest';
import {
  checkMirrorHost,
  httpsHost,
  isGateOwnHost,
  isKnownMirror,
  KNOWN_MIRRORS,
  mirrorGrants,
  mirrorOffer,
  needsProbe,
  pendingMirrorGranted,
  PENDING_MIRROR_MS,
  type MirrorContext,
  type MirrorOffer,
} from '../../lib/host/mirrors';
import { isSquarePostUrl } from '../../lib/host/url';
import { isHostname } from '../../lib/settings/schema';

test('every known mirror is a host name the settings accept, and none is Gate itself', () => {
  expect(KNOWN_MIRRORS.length).toBe(8);
  for (const host of KNOWN_MIRRORS) {
    expect(isHostname(host), host).toBe(true);
    expect(isGateOwnHost(host), host).toBe(false);
    expect(host, 'stored lower-case').toBe(host.toLowerCase());
  }
});

test.each([
  ['a known mirror', 'web.gate.it', true],
  ['a known mirror written in capitals', 'BI.LIVE', true],
  ['another known mirror', 'm.bxjddjt.com', true],
  ['Gate itself', 'www.gate.com', false],
  ['a lookalike of a mirror', 'web.gate.it.evil.example', false],
  ['the bare domain of a listed subdomain', 'gate.it', false],
])('%s (%s) is a known mirror: %s', (_name, host, expected) => {
  expect(isKnownMirror(host)).toBe(expected);
});

const base: MirrorContext = { url: null, extraHosts: [], granted: false, probe: 'absent' };
const SQUARE = 'https://web.gate.it/zh-tw/post';
test.each<[string, Partial<MirrorContext>, MirrorOffer]>([
  ['no tab URL offers nothing', { url: null }, { kind: 'none' }],
  ['an extension page offers nothing', { url: 'chrome-extension://abc/popup.html' }, { kind: 'none' }],
  ['a plain-http mirror offers nothing (only https origins are asked for)', { url: 'http://web.gate.it/zh-tw/post' }, { kind: 'none' }],
  ['Gate itself never gets the offer', { url: 'https://www.gate.com/zh-tw/post', probe: 'found' }, { kind: 'none' }],
  ['the older gate.io never gets the offer', { url: 'https://WWW.GATE.IO/post' }, { kind: 'none' }],
  [
    'a known mirror is offered without looking into the page',
    { url: SQUARE, probe: 'unavailable' },
    { kind: 'offer', host: 'web.gate.it', why: 'known-mirror' },
  ],
  ['a known mirror is offered on any of its pages', { url: 'https://bi.live/' }, { kind: 'offer', host: 'bi.live', why: 'known-mirror' }],
  ['a listed and granted mirror is enabled', { url: SQUARE, extraHosts: ['web.gate.it'], granted: true }, { kind: 'enabled', host: 'web.gate.it' }],
  [
    'a listed host whose permission was taken away is offered again',
    { url: SQUARE, extraHosts: ['web.gate.it'], granted: false },
    { kind: 'offer', host: 'web.gate.it', why: 'listed-not-granted' },
  ],
  [
    'a granted host the writer never listed is offered (the grant alone runs nothing)',
    { url: SQUARE, granted: true },
    { kind: 'offer', host: 'web.gate.it', why: 'known-mirror' },
  ],
  [
    'an unknown host whose page has the composer is offered',
    { url: 'https://gate.new-mirror.example/post', probe: 'found' },
    { kind: 'offer', host: 'gate.new-mirror.example', why: 'composer-found' },
  ],
  [
    'an unknown host the popup may not look into asks to be checked',
    { url: 'https://gate.new-mirror.example/post', probe: 'unavailable' },
    { kind: 'check', host: 'gate.new-mirror.example' },
  ],
  [
    'an unknown host being checked says so',
    { url: 'https://gate.new-mirror.example/post', probe: 'pending' },
    { kind: 'checking', host: 'gate.new-mirror.example' },
  ],
  [
    'an unknown host the browser would not let us read says so',
    { url: 'https://gate.new-mirror.example/post', probe: 'failed' },
    { kind: 'unreadable', host: 'gate.new-mirror.example' },
  ],
  ['an unknown host without the composer, looked at unasked, offers nothing', { url: 'https://news.example/', probe: 'absent' }, { kind: 'none' }],
  [
    'an unknown host without the composer, checked on request, says so',
    { url: 'https://news.example/', probe: 'absent', asked: true },
    { kind: 'absent', host: 'news.example' },
  ],
  [
    'a listed unknown host is enabled whatever the probe says',
    { url: 'https://gate.new-mirror.example/post', extraHosts: ['gate.new-mirror.example'], granted: true, probe: 'absent' },
    { kind: 'enabled', host: 'gate.new-mirror.example' },
  ],
  ['a URL that is not a URL offers nothing', { url: 'not a url' }, { kind: 'none' }],
])('%s', (_name, context, expected) => {
  expect(mirrorOffer({ ...base, ...context })).toEqual(expected);
});

test.each([
  ['an unknown https page is probed', 'https://gate.new-mirror.example/post', [], true],
  ['a known mirror is not (the list decides)', 'https://web.gate.it/post', [], false],
  ['a listed host is not (the settings decide)', 'https://gate.new-mirror.example/post', ['gate.new-mirror.example'], false],
  ['Gate itself is not', 'https://www.gate.com/post', [], false],
  ['a plain-http page is not', 'http://gate.new-mirror.example/post', [], false],
  ['an extension page is not', 'chrome://extensions', [], false],
])('%s (%s)', (_name, url, hosts, expected) => {
  expect(needsProbe(url, hosts)).toBe(expected);
});

test.each([
  ['a typed mirror, trimmed and lower-cased', '  Web.Gate.IT ', { ok: true, host: 'web.gate.it' }],
  ['Gate itself, refused (two panels)', 'WWW.GATE.COM', { ok: false, problem: 'builtin', host: 'www.gate.com' }],
  ['the older Gate host, refused', 'www.gate.io', { ok: false, problem: 'builtin', host: 'www.gate.io' }],
  ['a URL instead of a host, refused', 'https://web.gate.it/post', { ok: false, problem: 'bad', host: 'https://web.gate.it/post' }],
  ['an empty box, refused', '', { ok: false, problem: 'bad', host: '' }],
])('checking %s', (_name, input, expected) => {
  expect(checkMirrorHost(input, isHostname)).toEqual(expected);
});

test('Chrome asks for the origin and scripting (to register the content script); Firefox for the origin only', () => {
  expect(mirrorGrants('web.gate.it', 'chrome')).toEqual({ origins: ['https://web.gate.it/*'], permissions: ['scripting'] });
  expect(mirrorGrants('web.gate.it', 'firefox')).toEqual({ origins: ['https://web.gate.it/*'] });
});

const NOW = 1_800_000_000_000;
test.each([
  ['the grant of the host the popup asked for', { host: 'bi.live', at: NOW - 5_000 }, ['https://bi.live/*'], 'bi.live'],
  ['the grant among others', { host: 'bi.live', at: NOW - 5_000 }, ['https://web.gate.it/*', 'https://bi.live/*'], 'bi.live'],
  ['another host granted', { host: 'bi.live', at: NOW - 5_000 }, ['https://web.gate.it/*'], null],
  ['a request older than the prompt can last', { host: 'bi.live', at: NOW - PENDING_MIRROR_MS - 1 }, ['https://bi.live/*'], null],
  ['a request dated in the future (a clock moved back)', { host: 'bi.live', at: NOW + 60_000 }, ['https://bi.live/*'], null],
  ['Gate itself (never listed as a mirror)', { host: 'www.gate.com', at: NOW }, ['https://www.gate.com/*'], null],
  ['no request at all', null, ['https://bi.live/*'], null],
])('after %s, the host listed is %s', (_name, pending, added, expected) => {
  expect(pendingMirrorGranted(pending, added, NOW)).toBe(expected);
});

test('an offered known mirror is a Gate Square page once listed, with the same paths', () => {
  expect(isSquarePostUrl(SQUARE)).toBe(false);
  expect(isSquarePostUrl(SQUARE, ['web.gate.it'])).toBe(true);
  expect(httpsHost(SQUARE)).toBe('web.gate.it');
});
