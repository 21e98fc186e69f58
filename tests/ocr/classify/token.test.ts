import { describe, expect, test } from 'vitest';
import { findContest } from '../../../lib/contests';
import { classifyScreenshot } from '../../../lib/ocr/classify';
import { withoutNetworks } from '../../../lib/ocr/classify/token';
import { verdictState } from '../../../lib/ocr/verdict-state';

const rule = findContest('wxtm-2025')!.screenshot;

describe("a page's subject comes from its title and subject lines, never from a network or a contract line", () => {
  test.each([
    ['Ethereum (ERC20)', ''],
    ['BNB Smart Chain (BEP20)', ''],
    ['USDT Tron (TRC20) 500', 'USDT 500'],
    ['Contract address ending in 95b0', ''],
    ['合约地址 0x3f5C…f0bE', ''],
  ])('%s', (line, bare) => {
    expect(withoutNetworks(line).replace(/\s+/g, ' ').trim()).toBe(bare);
  });

  test('a dark 1× "Deposit WXTM" page on BNB Smart Chain, its minimum and contract line: a WXTM deposit', () => {
    const text = [
      '9:41',
      'Deposit WXTM',
      'Network',
      'BNB Smart Chain (BEP20)',
      'Send only WXTM to this address',
      '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE',
      'Save QR Code',
      'Minimum deposit 10 WXTM',
      'Contract address ending in 0bE',
      'Deposit Notes',
    ].join('\n');
    const v = classifyScreenshot(text, rule);
    expect(v).toMatchObject({ kind: 'deposit', token: true, otherTokens: [] });
    expect(verdictState(v, rule.kinds)).toBe('confirmed');
  });

  test('the same page for USDT is another coin’s deposit: not proof, named USDT', () => {
    const text = [
      'Deposit USDT',
      'Network',
      'Ethereum (ERC20)',
      'Send only USDT to this address',
      '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE',
      'Save QR Code',
      'Minimum deposit 10 USDT',
    ].join('\n');
    const v = classifyScreenshot(text, rule);
    expect(v).toMatchObject({ kind: 'deposit', token: false, reason: 'other-coin', otherTokens: ['USDT'] });
    expect(verdictState(v, rule.kinds)).toBe('not-proof');
  });
});
