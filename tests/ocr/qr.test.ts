import { expect, test } from 'vitest';
import { nodeQrReader } from '../../lib/ocr/node/engine';
import { addressOf } from '../../lib/ocr/qr-address';
import { classifyScreenshot } from '../../lib/ocr/classify';
import { findContest } from '../../lib/contests';
import { qrGray } from './qr-code';

const ADDRESS = '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE';
const rule = findContest('wxtm-2025')!.screenshot;

test.each([
  ['dark on light', {}],
  ['inverted (a dark theme after our inversion)', { invert: true }],
  ['small: 3 px per module, as on a phone shot shrunk to 1 px per CSS px', { scale: 3 }],
])('a QR code of a deposit address is read: %s', async (_name, opts) => {
  const image = await qrGray(`ethereum:${ADDRESS}`, opts);
  expect(await nodeQrReader(image)).toEqual([`ethereum:${ADDRESS}`]);
});

test('a picture without a QR code gives none', async () => {
  const blank = { width: 200, height: 120, data: new Uint8Array(200 * 120).fill(255) };
  expect(await nodeQrReader(blank)).toEqual([]);
});

test.each([
  ['an EVM address with its scheme', `ethereum:${ADDRESS}?value=0`, ADDRESS],
  ['a TRON address', 'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7', 'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7'],
  ['a referral link is no address', 'https://www.gate.com/signup/ABC123', null],
  ['a short word is no address', 'hello', null],
])('addressOf: %s', (_name, text, address) => {
  expect(addressOf(text)).toBe(address);
});

const DEPOSIT_WORDS = `充值\n选择币种\nWXTM\n链名称\n以太坊ERC20\n请将WXTM汇入如下地址\n${ADDRESS.slice(0, 21)}\n${ADDRESS.slice(21)}\n保存二维码\n复制`;

test('a deposit page whose QR code decodes to the address written beside it is a deposit, with that as evidence', () => {
  const v = classifyScreenshot(DEPOSIT_WORDS, rule, { qr: [`ethereum:${ADDRESS}`] });
  expect(v).toMatchObject({ kind: 'deposit', token: true, reason: 'token-activity' });
  expect(v.evidence[0]).toBe('QR ⇔ 0x3f5C…f0bE');
});

test('the same words without the QR code weigh less (the address alone counts a little)', () => {
  const withQr = classifyScreenshot(DEPOSIT_WORDS, rule, { qr: [`ethereum:${ADDRESS}`] });
  const without = classifyScreenshot(DEPOSIT_WORDS, rule);
  expect(without.scores.deposit).toBeLessThan(withQr.scores.deposit);
});

test('a QR code alone (a referral poster) proves no deposit', () => {
  const v = classifyScreenshot('邀请好友\n扫码注册\n领取奖励', rule, { qr: ['https://www.gate.com/signup/ABC123'] });
  expect(v.kind).toBe('none');
});

test("Gate's app deposit page, by its own words (the real case in issue 10): a deposit page, and of USDT, not WXTM", () => {
  const text = `地址充值\n站内转账\n选择币种\nUSDT\n充值没到账?\n链名称\n以太坊ERC20\n波场TRC20\n请将USDT汇入如下地址\n${ADDRESS}\n保存二维码\n复制\n充值须知`;
  const v = classifyScreenshot(text, rule, { qr: [ADDRESS] });
  expect(v).toMatchObject({ kind: 'deposit', token: false, reason: 'other-coin', otherTokens: ['USDT'] });
  expect(v.evidence).toEqual(expect.arrayContaining(['选择币种', '保存二维码', 'QR ⇔ 0x3f5C…f0bE']));
});
