/**
 * The world renders (tests/ocr/world-renders.ts) as labelled cases: every template in three
 * languages, with the contest's coin and another, each case with its own mix of what phones and
 * writers do to pictures (drawn from a seeded generator, so the set is the same on every run).
 * Split by a hash of the name into a development half (what tuning may look at) and a test half
 * (what it must not); scripts/bench-renders.ts reports both.
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
}

const TEMPLATES: Template[] = [
  { id: 'gate-deposit', render: R.gateDeposit, kind: 'deposit', other: 'USDT', wxtm: 'confirmed' },
  { id: 'gate-deposit-hotlist', render: R.gateDepositHotList, kind: 'deposit', wxtm: 'not-proof' },
  { id: 'gate-records', render: R.gateRecords, kind: 'deposit', other: 'BTC', wxtm: 'confirmed' },
  { id: 'gate-withdraw', render: R.gateWithdraw, kind: 'none', other: 'USDT', wxtm: 'not-proof' },
  { id: 'gate-spot', render: R.gateSpot, kind: 'trade', other: 'ETH', wxtm: 'confirmed' },
  { id: 'gate-orders', render: R.gateOrders, kind: 'trade', other: 'SOL', wxtm: 'confirmed' },
  { id: 'gate-candydrop', render: R.gateCandyDrop, kind: 'candydrop', other: 'SAHARA', wxtm: 'confirmed' },
  { id: 'gate-assets', render: R.gateAssets, kind: 'none', wxtm: ['cant-tell', 'not-proof'] },
  { id: 'square-post', render: R.squarePost, kind: 'none', wxtm: 'not-proof' },
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
  const label = [look.dark ? 'dark' : 'light', `dpr${look.dpr}`, look.quality ? `q${look.quality}` : 'png', effect === 'plain' ? '' : effect, look.rotate ? `${look.rotate}deg` : '', look.downscaleTo ? `${look.downscaleTo}w` : '']
    .filter(Boolean)
    .join('-');
  return { label, look };
}

export function worldCases(rounds = 2): WorldCase[] {
  const cases: WorldCase[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const t of TEMPLATES) {
      for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
        for (const coin of t.other ? ['WXTM', t.other] : ['WXTM']) {
          const r = rng(createHash('sha256').update(`${round}|${t.id}|${lang}|${coin}`).digest().readUInt32LE(0));
          const { label, look } = looks(t, lang, coin, r);
          const name = `${t.id}-${coin}-${lang}-${label}-r${round}`;
          const half = createHash('sha256').update(name).digest()[0] % 2 === 0 ? 'dev' : 'test';
          const state = coin === 'WXTM' ? t.wxtm : 'not-proof';
          cases.push({ name, half, kind: t.kind, state, look, make: () => t.render(look) });
        }
      }
    }
  }
  return cases;
}
