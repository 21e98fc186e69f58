/**
 * Gate's app pages as phones save them (made here: DPR 1.5 to 3, JPEG 70-82, light and dark, a
 * status bar, a real QR code): deposit, deposit records, spot trade, and the withdraw look-alike,
 * read by the real tesseract.js and ZXing in Node. WXTM activity is confirmed; another coin's is not
 * proof for WXTM; the withdraw page is not proof.
 */
import { afterAll, test } from 'vitest';
import { findContest } from '../../../lib/contests';
import { createNodeOcrEngine } from '../../../lib/ocr/node/engine';
import { expectVerdict } from './expect-verdict';
import { phoneCandyDropJpeg, phoneDepositJpeg, phoneDepositRecordsJpeg, phoneSpotJpeg, phoneWithdrawJpeg } from '../phone-deposit';

const rule = findContest('wxtm-2025')!.screenshot;
const engine = createNodeOcrEngine();
afterAll(() => engine.terminate());

test.each([
  ['a WXTM deposit page at DPR 3, JPEG 82', () => phoneDepositJpeg(), 'confirmed', 'deposit'],
  ['a WXTM deposit page at DPR 1.5, JPEG 70 (a 585 px wide shot)', () => phoneDepositJpeg({ dpr: 1.5, quality: 70 }), 'confirmed', 'deposit'],
  ['a WXTM deposit page at DPR 2.625, JPEG 70', () => phoneDepositJpeg({ dpr: 2.625, quality: 70 }), 'confirmed', 'deposit'],
  ['a USDT deposit page is not proof for WXTM', () => phoneDepositJpeg({ coin: 'USDT' }), 'not-proof', 'deposit'],
  ['the WXTM withdraw page is not proof', () => phoneWithdrawJpeg(), 'not-proof', 'none'],
  ['the WXTM withdraw page at DPR 2, JPEG 70, is not proof', () => phoneWithdrawJpeg({ dpr: 2, quality: 70 }), 'not-proof', 'none'],
  ['WXTM deposit records (the coin in 13 px cells), light, DPR 3', () => phoneDepositRecordsJpeg(), 'confirmed', 'deposit'],
  ['WXTM deposit records, dark, DPR 2, JPEG 70', () => phoneDepositRecordsJpeg({ dark: true, dpr: 2, quality: 70 }), 'confirmed', 'deposit'],
  ['BTC deposit records are not proof for WXTM', () => phoneDepositRecordsJpeg({ coin: 'BTC' }), 'not-proof', 'deposit'],
  ['the WXTM/USDT spot page with an open order, light, DPR 3', () => phoneSpotJpeg(), 'confirmed', 'trade'],
  ['the WXTM/USDT spot page, dark, DPR 1.5, JPEG 70', () => phoneSpotJpeg({ dark: true, dpr: 1.5, quality: 70 }), 'confirmed', 'trade'],
  ['the ETH/USDT spot page is not proof for WXTM', () => phoneSpotJpeg({ coin: 'ETH' }), 'not-proof', 'trade'],
  ['the WXTM CandyDrop after registering (its own deposit and trade tasks listed) is a CandyDrop proof', () => phoneCandyDropJpeg(), 'confirmed', 'candydrop'],
  ["another project's CandyDrop is not proof for WXTM", () => phoneCandyDropJpeg({ coin: 'SAHARA' }), 'not-proof', 'candydrop'],
] as const)(
  '%s',
  async (_name, make, state, kind) => {
    await expectVerdict(engine, await make(), rule, kind, state, 'zh-Hans');
  },
  60_000,
);
