import { describe, expect, test } from 'vitest';
import { findContest } from '../../../lib/contests';
import { classifyScreenshot } from '../../../lib/ocr/classify';
import { tokenRows } from '../../../lib/ocr/classify/records';
import { segments } from '../../../lib/ocr/classify/segments';
import { verdictState } from '../../../lib/ocr/verdict-state';

const rule = findContest('wxtm-2025')!.screenshot;
const state = (text: string) => {
  const v = classifyScreenshot(text, rule);
  return { v, state: verdictState(v, rule.kinds) };
};

/** Deposit records with the coin filter on "All": the token's row among other coins' rows. */
const EN_TABLE = [
  'Deposit Records',
  'All Coins   Last 30 days',
  'Time  Coin  Network  Amount  Status',
  '2025-08-06 09:12:44  BTC  Bitcoin  0.0150  Completed',
  '2025-08-05 14:02:11  WXTM  Ethereum (ERC20)  120  Completed',
  '2025-08-03 18:40:02  USDT  Tron (TRC20)  500  Completed',
].join('\n');

/** The same on a phone: one card per row (coin, amount, time, status). */
const HANS_CARDS = [
  '充值记录',
  '全部币种',
  'BTC',
  '数量 0.0150',
  '时间 2025-08-06 09:12',
  '已完成',
  'WXTM',
  '数量 120',
  '时间 2025-08-05 14:02',
  '已完成',
  'USDT',
  '数量 500',
  '时间 2025-08-03 18:40',
  '已完成',
].join('\n');

describe('records are proof by their rows', () => {
  test('a desktop table: the WXTM row confirms, whatever other coins stand beside it, and is named', () => {
    const { v, state: s } = state(EN_TABLE);
    expect(s).toBe('confirmed');
    expect(v).toMatchObject({ kind: 'deposit', token: true, reason: 'token-activity', otherTokens: [] });
    expect(v.rowEvidence).toEqual(['2025-08-05 14:02:11 · 120 WXTM · Completed']);
  });

  test('phone cards: the WXTM card confirms, named by its time, amount and status', () => {
    const { v, state: s } = state(HANS_CARDS);
    expect(s).toBe('confirmed');
    expect(v.rowEvidence).toEqual(['2025-08-05 14:02 · 120 WXTM · 已完成']);
  });

  test('zh-Hant cards read by chi_sim (mixed scripts) still confirm', () => {
    const text = HANS_CARDS.replace('充值记录', '充值記錄').replace('全部币种', '全部幣種');
    expect(state(text).state).toBe('confirmed');
  });

  test('records of other coins only are not proof, and say whose they are', () => {
    const text = EN_TABLE.split('\n')
      .filter((l) => !l.includes('WXTM'))
      .join('\n');
    const { v, state: s } = state(text);
    expect(s).toBe('not-proof');
    expect(v.reason).toBe('other-coin');
    expect(v.otherTokens).toEqual(['BTC', 'USDT']);
    expect(v.rowEvidence).toEqual([]);
  });

  test('a WXTM row still confirming is no proof yet, and no other coin’s page either: can’t tell', () => {
    const text = HANS_CARDS.replace(/WXTM\n数量 120\n时间 2025-08-05 14:02\n已完成/, 'WXTM\n数量 120\n时间 2025-08-05 14:02\n确认中');
    const { v, state: s } = state(text);
    expect(s).toBe('cant-tell');
    expect(v.rowEvidence).toEqual(['2025-08-05 14:02 · 120 WXTM · 确认中']);
  });

  test('order history: a filled WXTM/USDT order confirms a trade; a price and an amount on one line name no amount', () => {
    const text = [
      'Order History',
      'Pair  Side  Price  Amount  Status',
      'BTC/USDT  Buy  64,000  0.01  Filled',
      '2025-08-05 14:02:11  WXTM/USDT  Buy  0.0125  8,000  Filled',
    ].join('\n');
    const { v, state: s } = state(text);
    expect(s).toBe('confirmed');
    expect(v.kind).toBe('trade');
    expect(v.rowEvidence).toEqual(['2025-08-05 14:02:11 · WXTM · Filled']);
  });

  test('rows are read only where a row ends: the next coin starts another row', () => {
    const rows = tokenRows(rule, segments(['充值记录', 'WXTM', '数量 120', 'BTC', '已完成'].join('\n')));
    expect(rows).toEqual({ done: [], unfinished: [], others: ['BTC'], unread: 0 });
  });

  /** Gate's app card as OCR reads it: the coin cell (its icon garbled) and status above, the amount with its coin, then time and network. */
  const card = (coin: string, amount: string, time: string) => ['@', '已完成', '數量', `${amount}${coin}`, '時間', time, '網絡', 'Ethereum(ERC20)'];
  const TABLE = [
    '充值記錄',
    '全部',
    ...card('UsDT', '250.00', '2025-08-11 10:00:30'),
    ...card('WxrM', '1200.00', '2025-08-10 11:01:31'),
    ...card('BTC', '0.0150', '2025-08-09 12:02:32'),
  ];

  test('status above the amount: the layout is read from the table, and the row named with its own time', () => {
    const v = classifyScreenshot(TABLE.join('\n'), rule);
    expect(verdictState(v, rule.kinds)).toBe('confirmed');
    // "WxrM" glued to its amount is WXTM misread (r for T).
    expect(v.rowEvidence).toEqual(['2025-08-10 11:01:31 · 1200.00 WXTM · 已完成']);
  });

  test('a row whose coin could not be read beside other coins’ rows: maybe the token’s, so can’t tell, not "another coin"', () => {
    const text = TABLE.join('\n').replace('1200.00WxrM', '1200.00 ~');
    const v = classifyScreenshot(text, rule);
    expect(v.reason).toBe('token-not-seen');
    expect(verdictState(v, rule.kinds)).toBe('cant-tell');
  });

  test('a records table is known by its rows, whatever it is titled (Gate’s app calls deposit records "Recent Trades")', () => {
    const text = [
      'Recent Trades',
      'Deposit',
      'Withdraw',
      'usDT',
      'Completed',
      'Amount',
      '250.00 USDT',
      'Time',
      '2025-08-11 10:00:30',
      'Network',
      'Tron (TRC20)',
      'wxTM',
      'Completed',
      'Amount',
      '1,200.00 WXTM',
      'Time',
      '2025-08-10 11:01:31',
      'Network',
      'Ethereum (ERC20)',
    ].join('\n');
    const v = classifyScreenshot(text, rule);
    expect(verdictState(v, rule.kinds)).toBe('confirmed');
    expect(v.rowEvidence).toEqual(['2025-08-10 11:01:31 · 1,200.00 WXTM · Completed']);
  });
});
