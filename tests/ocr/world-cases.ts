/**
 * The world renders (tests/ocr/world-renders.ts) as labelled cases: every template in three
 * languages, with the contest's coin and another, each case with its own mix of what phones and
 * writers do to pictures (drawn from a seeded generator, so the set is the same on every run).
 * Besides, the phone templates at 1× (a phone screenshot saved at CSS size, 360–430 px wide) in both
 * themes. Split by a hash of the name into a development half (what tuning may look at) and a test
 * half (what it must not); scripts/bench-renders.ts reports both.
 *
 * The renders' words come from tests/ocr/gate-ui-strings.ts (each with its public source), not from
 * the classifier's tables. worldFixtures() names a few renders written as e2e fixture images.
 */
import { createHash } from 'node:crypto';
import type { VerdictState } from '../../lib/ocr/verdict-state';
import * as R from './world-renders';
import type { Look, RenderLang } from './world-renders';

export interface WorldCase {
  name: string;
  half: 'dev' | 'test';
  kind: 'deposit' | 'trade' | 'candydrop' | 'none';
  /** The right verdict state, or the states a careful reader could give (an asset list: can't tell or not proof). */
  state: VerdictState | VerdictState[];
  look: Look;
  make: () => Promise<Buffer>;
}

interface Template {
  id: string;
  render: (look: Look) => Promise<Buffer>;
  kind: WorldCase['kind'];
  /** The other coin (not proof for WXTM); none when the template has one coin only. */
  other?: string;
  /** The state when the coin is WXTM. */
  wxtm: VerdictState | VerdictState[];
  desktop?: boolean;
  /** Also rendered at 1× on phones 360–430 px wide, light and dark (phoneOneX). */
  oneX?: boolean;
}

const TEMPLATES: Template[] = [
  { id: 'gate-deposit', render: R.gateDeposit, kind: 'deposit', other: 'USDT', wxtm: 'confirmed', oneX: true },
  { id: 'gate-deposit-hotlist', render: R.gateDepositHotList, kind: 'deposit', wxtm: 'not-proof' },
  { id: 'gate-records', render: R.gateRecords, kind: 'deposit', other: 'BTC', wxtm: 'confirmed', oneX: true },
  { id: 'gate-withdraw', render: R.gateWithdraw, kind: 'none', other: 'USDT', wxtm: 'not-proof', oneX: true },
  { id: 'gate-spot', render: R.gateSpot, kind: 'trade', other: 'ETH', wxtm: 'confirmed', oneX: true },
  { id: 'gate-orders', render: R.gateOrders, kind: 'trade', other: 'SOL', wxtm: 'confirmed', oneX: true },
  { id: 'gate-candydrop', render: R.gateCandyDrop, kind: 'candydrop', other: 'SAHARA', wxtm: 'confirmed', oneX: true },
  { id: 'gate-assets', render: R.gateAssets, kind: 'none', wxtm: ['cant-tell', 'not-proof'] },
  { id: 'square-post', render: R.squarePost, kind: 'none', other: 'SOL', wxtm: 'not-proof' },
  // "Deposit WXTM" after coin and network are picked: Ethereum (ERC20), the coin-only notice, 10 WXTM minimum.
  { id: 'gate-deposit-coin', render: R.gateDepositCoin, kind: 'deposit', other: 'USDT', wxtm: 'confirmed', oneX: true },
  // Deposit records of all coins: WXTM rows among others (confirmed), or other coins only (not proof).
  { id: 'gate-records-mixed', render: R.gateRecordsMixed, kind: 'deposit', other: 'BTC', wxtm: 'confirmed', oneX: true },
  // Evidence of something else: having an account, API keys, a settings menu.
  { id: 'gate-login', render: R.gateLogin, kind: 'none', wxtm: 'not-proof' },
  { id: 'gate-account-menu', render: R.gateAccountMenu, kind: 'none', wxtm: 'not-proof' },
  { id: 'gate-web-api-keys', render: R.gateApiKeys, kind: 'none', wxtm: 'not-proof', desktop: true },
  { id: 'okx-deposit', render: R.okxDeposit, kind: 'deposit', other: 'USDT', wxtm: 'confirmed' },
  { id: 'binance-deposit', render: R.binanceDeposit, kind: 'deposit', other: 'USDT', wxtm: 'confirmed' },
  { id: 'okx-withdraw', render: R.okxWithdraw, kind: 'none', other: 'ETH', wxtm: 'not-proof' },
  { id: 'gate-web-deposit', render: R.gateWebDeposit, kind: 'deposit', other: 'BTC', wxtm: 'confirmed', desktop: true },
  { id: 'gate-web-orders', render: R.gateWebOrders, kind: 'trade', other: 'ETH', wxtm: 'confirmed', desktop: true },
];

/** mulberry32: a small seeded generator, so the set never changes between runs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

type Effect = 'plain' | 'red-box' | 'mosaic' | 'mosaic-qr' | 'crop' | 'rotate' | 'downscale';
const EFFECTS: Effect[] = ['plain', 'red-box', 'mosaic', 'mosaic-qr', 'crop', 'rotate', 'downscale'];

function looks(t: Template, lang: RenderLang, coin: string, r: () => number): { label: string; look: Look } {
  const effect = pick(r, EFFECTS);
  const dark = r() < 0.4;
  const look: Look = t.desktop
    ? { lang, coin, dark, dpr: pick(r, [1, 1, 1.5, 2]), quality: pick(r, [undefined, undefined, 70, 85]) }
    : { lang, coin, dark, dpr: pick(r, [1.5, 2, 2.625, 3]), quality: pick(r, [60, 70, 80, 90]), statusBar: pick(r, ['ios', 'android'] as const) };
  if (effect === 'red-box') look.redBox = true;
  if (effect === 'mosaic') look.mosaic = 'address';
  if (effect === 'mosaic-qr') look.mosaic = 'address+qr';
  if (effect === 'crop') look.crop = t.desktop ? { top: 0.07, bottom: 0.75 } : { top: 0.035, bottom: 0.72 };
  if (effect === 'rotate') look.rotate = pick(r, [-2, -1, 1, 2]);
  if (effect === 'downscale') look.downscaleTo = t.desktop ? 960 : pick(r, [540, 720]);
  const label = [
    look.dark ? 'dark' : 'light',
    `dpr${look.dpr}`,
    look.quality ? `q${look.quality}` : 'png',
    effect === 'plain' ? '' : effect,
    look.rotate ? `${look.rotate}deg` : '',
    look.downscaleTo ? `${look.downscaleTo}w` : '',
  ]
    .filter(Boolean)
    .join('-');
  return { label, look };
}

const halfOf = (name: string): WorldCase['half'] => (createHash('sha256').update(name).digest()[0] % 2 === 0 ? 'dev' : 'test');
const seedOf = (key: string): number => createHash('sha256').update(key).digest().readUInt32LE(0);

/** A phone template at 1×: CSS width 360–430, both themes, JPEG 70–90 (what a 1× phone or a desktop phone emulator saves). */
function oneXCases(): WorldCase[] {
  const cases: WorldCase[] = [];
  for (const t of TEMPLATES.filter((x) => x.oneX)) {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      for (const coin of t.other ? ['WXTM', t.other] : ['WXTM']) {
        for (const dark of [false, true]) {
          const r = rng(seedOf(`1x|${t.id}|${lang}|${coin}|${dark}`));
          const look: Look = {
            lang,
            coin,
            dark,
            dpr: 1,
            width: pick(r, [360, 375, 390, 393, 412, 428, 430]),
            quality: pick(r, [70, 80, 90]),
            statusBar: pick(r, ['ios', 'android'] as const),
          };
          const name = `${t.id}-${coin}-${lang}-${dark ? 'dark' : 'light'}-dpr1-w${look.width}-q${look.quality}-1x`;
          cases.push({ name, half: halfOf(name), kind: t.kind, state: coin === 'WXTM' ? t.wxtm : 'not-proof', look, make: () => t.render(look) });
        }
      }
    }
  }
  return cases;
}

export function worldCases(rounds = 2): WorldCase[] {
  const cases: WorldCase[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const t of TEMPLATES) {
      for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
        for (const coin of t.other ? ['WXTM', t.other] : ['WXTM']) {
          const r = rng(seedOf(`${round}|${t.id}|${lang}|${coin}`));
          const { label, look } = looks(t, lang, coin, r);
          const name = `${t.id}-${coin}-${lang}-${label}-r${round}`;
          const state = coin === 'WXTM' ? t.wxtm : 'not-proof';
          cases.push({ name, half: halfOf(name), kind: t.kind, state, look, make: () => t.render(look) });
        }
      }
    }
  }
  return [...cases, ...oneXCases()];
}

/** Labels as tests/fixtures/ocr/labels.json writes them (scripts/render-ocr-corpus.ts). */
export interface WorldFixtureLabel {
  file: string;
  kind: WorldCase['kind'];
  token: boolean;
  lang: RenderLang;
  theme: 'dark' | 'light';
  size: 'phone-1x' | 'phone-3x' | 'desktop';
  page: 'deposit' | 'deposit-records' | 'login' | 'api-keys';
  coin: string;
}

/** A few world renders written as image fixtures for the browser e2e (scripts/render-ocr-corpus.ts --world). */
export function worldFixtures(): Array<{ label: WorldFixtureLabel; make: () => Promise<Buffer> }> {
  const f = (label: WorldFixtureLabel, render: (look: Look) => Promise<Buffer>, look: Look) => ({ label, make: () => render(look) });
  return [
    f(
      { file: 'deposit-wxtm-en-dark-phone-1x.jpg', kind: 'deposit', token: true, lang: 'en', theme: 'dark', size: 'phone-1x', page: 'deposit', coin: 'WXTM' },
      R.gateDepositCoin,
      { lang: 'en', coin: 'WXTM', dark: true, dpr: 1, width: 390, quality: 85 },
    ),
    f(
      {
        file: 'deposit-wxtm-zh-hans-light-phone-1x.jpg',
        kind: 'deposit',
        token: true,
        lang: 'zh-Hans',
        theme: 'light',
        size: 'phone-1x',
        page: 'deposit',
        coin: 'WXTM',
      },
      R.gateDepositCoin,
      { lang: 'zh-Hans', coin: 'WXTM', dpr: 1, width: 390, quality: 85, statusBar: 'android' },
    ),
    f(
      {
        file: 'deposit-records-mixed-wxtm-en-light-phone-1x.jpg',
        kind: 'deposit',
        token: true,
        lang: 'en',
        theme: 'light',
        size: 'phone-1x',
        page: 'deposit-records',
        coin: 'WXTM',
      },
      R.gateRecordsMixed,
      { lang: 'en', coin: 'WXTM', dpr: 1, width: 390, quality: 85 },
    ),
    f(
      {
        file: 'deposit-records-mixed-wxtm-zh-hant-dark-phone-3x.jpg',
        kind: 'deposit',
        token: true,
        lang: 'zh-Hant',
        theme: 'dark',
        size: 'phone-3x',
        page: 'deposit-records',
        coin: 'WXTM',
      },
      R.gateRecordsMixed,
      { lang: 'zh-Hant', coin: 'WXTM', dark: true, dpr: 3, width: 390, quality: 80 },
    ),
    f({ file: 'login-en-light-phone-1x.jpg', kind: 'none', token: false, lang: 'en', theme: 'light', size: 'phone-1x', page: 'login', coin: '' }, R.gateLogin, {
      lang: 'en',
      coin: '',
      dpr: 1,
      width: 390,
      quality: 85,
    }),
    f(
      { file: 'api-keys-zh-hans-light-desktop.png', kind: 'none', token: false, lang: 'zh-Hans', theme: 'light', size: 'desktop', page: 'api-keys', coin: '' },
      R.gateApiKeys,
      { lang: 'zh-Hans', coin: '', dpr: 1 },
    ),
  ];
}
