import { describe, expect, test } from 'vitest';
import { findContest } from '../../lib/contests';
import type { ScreenshotRule } from '../../lib/contests/schema';
import { classifyScreenshot } from '../../lib/ocr/classify';
import { verdictState } from '../../lib/ocr/verdict-state';

const wx = findContest('wxtm-2025')!.screenshot;
const mk = (sym: string, names: string[] = []): ScreenshotRule => ({ ...wx, token: { symbols: [sym], names } });
const state = (text: string, rule: ScreenshotRule) => verdictState(classifyScreenshot(text, rule), rule.kinds);

/**
 * Pictures a reviewer found confirmed (or called no proof) wrongly, as OCR would read them: each
 * must not be confirmed (or, the genuine deposit page cropped tight, must not be called no proof).
 */
describe('false confirmations', () => {
  test('1. a WXTM *withdrawal* history is not a deposit proof', () => {
    expect(state('Withdrawal Records\nTime Coin Network Amount TxID Status\n2025-08-08 14:22:05 WXTM ETH/ERC20 12,500 0x0091…95b0 Completed', wx)).not.toBe(
      'confirmed',
    );
    expect(state('充值 提现 划转\n提现记录\n时间 币种 网络 数量 交易哈希 状态\n2025-08-08 14:22:05 WXTM ETH/ERC20 12,500 0x0091…95b0 已完成', wx)).not.toBe(
      'confirmed',
    );
  });
  test('2. a USDT deposit record is not proof for a USDE contest (one-letter tolerance makes another coin)', () => {
    expect(state('充值记录\n时间 币种 网络 数量 交易哈希 状态\n2025-08-08 14:22 USDT TRC20 500 0x0091…95b0 已完成', mk('USDE'))).not.toBe('confirmed');
    expect(state('Deposit DOGS\nNetwork TON\nDeposit Address\nCompleted', mk('DOGE'))).not.toBe('confirmed');
    expect(state('充值 LUNC\n网络 LUNC\n充值地址\n已完成', mk('LUNA'))).not.toBe('confirmed');
  });
  test('3. ordinary words in any case are not the token (Type→HYPE, Open→OPEN)', () => {
    expect(state('Deposit History\nTime Type Coin Amount Status\n2025-08-08 Deposit BTC 0.1 Completed\nNetwork BTC', mk('HYPE'))).not.toBe('confirmed');
    expect(state('Spot Trading\nOpen Orders Order History\nBTC/USDT Limit Buy 65,000 0.01\nETH/USDT Limit Sell 3,200 1', mk('OPEN'))).not.toBe('confirmed');
  });
  test('4. a BTC trade page whose market list shows WXTM/USDT is not WXTM proof', () => {
    expect(state('Spot Trading\nBTC/USDT\n65,000.1\nBuy\nSell\nOrder Book\nWXTM/USDT\n0.0123\nETH/USDT\n3,200', wx)).not.toBe('confirmed');
  });
  test('5. a USDT deposit page with a popular-coins row is not WXTM proof', () => {
    expect(state('Deposit Crypto\nSelect Coin\nUSDT\nBTC ETH GT WXTM\nSelect Network\nTRC20\nDeposit Address', wx)).not.toBe('confirmed');
    expect(state('充值数字货币\n选择币种\nUSDT\n热门 BTC ETH WXTM\n选择网络\nTRC20\n充值地址', wx)).not.toBe('confirmed');
  });
  test('6. a token name used as a network name (USDT on Solana) is not SOL proof', () => {
    expect(state('充值记录\n时间 币种 网络 数量 状态\n2025-08-08 USDT Solana 100 已完成', mk('SOL', ['Solana']))).not.toBe('confirmed');
  });
});

describe('not-proof on thin evidence', () => {
  test('7. a cropped genuine WXTM deposit page (coin, address, notes) is not "not-proof"', () => {
    expect(
      state(
        'WXTM\n0x7a3F9c2e1b4d5a6f7e8d9c0b1a2f3e4d5c6b7a8f\n请勿向上述地址充值任何非 WXTM 资产，否则资产将不可找回。\n最小充值金额 0.0001 WXTM，小于最小金额的充值将不会上账且无法退回。',
        wx,
      ),
    ).not.toBe('not-proof');
    expect(
      state(
        'WXTM\nERC20\n0x7a3F9c2e1b4d5a6f7e8d9c0b1a2f3e4d5c6b7a8f\nDo not deposit any assets other than WXTM to this address.\nDeposits below the minimum amount will not be credited and cannot be returned.',
        wx,
      ),
    ).not.toBe('not-proof');
  });
});
