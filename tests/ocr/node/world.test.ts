/**
 * A sample of the world renders (tests/ocr/world-renders.ts; the whole set is scripts/bench-renders.ts):
 * other exchanges' deposit and withdraw pages, a deposit page listing WXTM among popular coins, a
 * Square post about WXTM, Gate's web deposit page and app order history, with what writers do to
 * pictures (red boxes, mosaics, crops, downscales), read by the real tesseract.js and ZXing in Node.
 */
import { afterAll, test } from 'vitest';
import { findContest } from '../../../lib/contests';
import { createNodeOcrEngine } from '../../../lib/ocr/node/engine';
import { expectVerdict } from './expect-verdict';
import * as R from '../world-renders';

const rule = findContest('wxtm-2025')!.screenshot;
const engine = createNodeOcrEngine();
afterAll(() => engine.terminate());

test.each([
  [
    'a USDT deposit page listing WXTM among popular coins is not WXTM proof',
    () => R.gateDepositHotList({ lang: 'en', coin: 'USDT', dpr: 3, quality: 80 }),
    'deposit',
    'not-proof',
  ],
  [
    'an OKX-like deposit page for WXTM (zh-Hant, mosaic over the address) is a WXTM deposit',
    () => R.okxDeposit({ lang: 'zh-Hant', coin: 'WXTM', dpr: 3, quality: 70, mosaic: 'address' }),
    'deposit',
    'confirmed',
  ],
  [
    'a Binance-like deposit page for WXTM (en, DPR 2) is a WXTM deposit',
    () => R.binanceDeposit({ lang: 'en', coin: 'WXTM', dpr: 2, quality: 80 }),
    'deposit',
    'confirmed',
  ],
  ['an OKX-like withdraw form for WXTM is not proof', () => R.okxWithdraw({ lang: 'en', coin: 'WXTM', dpr: 3, quality: 80 }), 'none', 'not-proof'],
  [
    'a Square post that talks about depositing WXTM is not proof',
    () => R.squarePost({ lang: 'zh-Hans', coin: 'WXTM', dpr: 3, quality: 90 }),
    'none',
    'not-proof',
  ],
  [
    'Gate web deposit page, en, dark, with a red box',
    () => R.gateWebDeposit({ lang: 'en', coin: 'WXTM', dark: true, dpr: 1, redBox: true }),
    'deposit',
    'confirmed',
  ],
  [
    'Gate app order history, zh-Hant, downscaled to 540 px',
    () => R.gateOrders({ lang: 'zh-Hant', coin: 'WXTM', dpr: 3, quality: 70, downscaleTo: 540 }),
    'trade',
    'confirmed',
  ],
  [
    'Gate app deposit page with the address and QR code masked, zh-Hans, gray labels at DPR 1.5',
    () => R.gateDeposit({ lang: 'zh-Hans', coin: 'WXTM', dpr: 1.5, quality: 60, mosaic: 'address+qr' }),
    'deposit',
    'confirmed',
  ],
] as const)(
  '%s',
  async (_name, make, kind, state) => {
    await expectVerdict(engine, await make(), rule, kind, state, 'auto');
  },
  60_000,
);
