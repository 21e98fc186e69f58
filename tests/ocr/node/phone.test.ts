/**
 * Gate's app deposit and withdraw pages as phones save them (made here: DPR 1.5 to 3, JPEG 70-82,
 * a status bar, a real QR code), read by the real tesseract.js and ZXing in Node: a WXTM deposit is
 * confirmed, a USDT deposit is not proof for WXTM, the withdraw look-alike is not proof.
 */
import { afterAll, expect, test } from 'vitest';
import { findContest } from '../../../lib/contests';
import { createNodeOcrEngine } from '../../../lib/ocr/node/engine';
import { verdictState } from '../../../lib/ocr/verdict-state';
import { phoneDepositJpeg, phoneWithdrawJpeg } from '../phone-deposit';

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
] as const)('%s', async (_name, make, state, kind) => {
  const outcome = await engine.read(new Uint8Array(await make()), { rule, langHint: 'zh-Hans' });
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(outcome.verdict.kind).toBe(kind);
  expect(verdictState(outcome.verdict, rule.kinds)).toBe(state);
}, 60_000);
