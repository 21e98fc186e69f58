import { expect, test } from 'vitest';
import { verdictState } from '../../lib/ocr/verdict-state';

const ALL = ['deposit', 'trade', 'candydrop'] as const;
const v = (kind: 'deposit' | 'trade' | 'candydrop' | 'none', token: boolean, reason: string, extra: { confidence?: number; otherTokens?: string[] } = {}) => ({
  kind,
  token,
  reason: reason as never,
  confidence: extra.confidence ?? 0.8,
  otherTokens: extra.otherTokens ?? [],
});

test.each([
  ['a WXTM deposit record, sure enough, is confirmed', v('deposit', true, 'token-activity'), ALL, 'confirmed'],
  [
    'a WXTM deposit record read with little confidence is cant-tell, never a green tick',
    v('deposit', true, 'token-activity', { confidence: 0.4 }),
    ALL,
    'cant-tell',
  ],
  ['a deposit page whose coin could not be read is cant-tell', v('deposit', false, 'token-not-seen'), ALL, 'cant-tell'],
  ['a BTC deposit page is not proof', v('deposit', false, 'other-coin', { otherTokens: ['BTC'] }), ALL, 'not-proof'],
  ['a kind the contest does not accept is not proof', v('candydrop', true, 'token-activity'), ['deposit', 'trade'], 'not-proof'],
  ['a withdraw page is not proof', v('none', true, 'withdraw-page'), ALL, 'not-proof'],
  ['a post that mentions WXTM is not proof', v('none', true, 'mentions-token-only'), ALL, 'not-proof'],
  ['WXTM on a page that could not be told is cant-tell', v('none', true, 'token-unplaced'), ALL, 'cant-tell'],
  ['a page with no activity words is cant-tell, never "not an activity page" on thin evidence', v('none', false, 'not-activity'), ALL, 'cant-tell'],
  ['a picture without text is cant-tell', v('none', false, 'no-text'), ALL, 'cant-tell'],
  ['with no kinds listed, every activity kind is accepted', v('candydrop', true, 'token-activity'), [], 'confirmed'],
] as const)('%s', (_name, verdict, kinds, state) => {
  expect(verdictState(verdict, kinds)).toBe(state);
});
