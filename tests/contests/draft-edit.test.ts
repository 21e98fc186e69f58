import { expect, test } from 'vitest';
import { findContest, parseContest } from '../../lib/contests';
import { aboutField, blankPrize, editLocalized, fromLocalInput, positiveInput, toLocalInput, withoutEmptyPool } from '../../lib/contests/draft-edit';

test('the window as wall-clock inputs in the announcement zone, and back', () => {
  expect(toLocalInput('2025-08-12T16:00:00Z', '+08:00')).toBe('2025-08-13T00:00');
  expect(toLocalInput('2025-08-12T16:00:00Z', 'Z')).toBe('2025-08-12T16:00');
  expect(toLocalInput('not a time', '+08:00')).toBe('');
  expect(fromLocalInput('2025-08-13T00:00', '+08:00')).toBe('2025-08-13T00:00:00+08:00');
  expect(fromLocalInput('2025-08-13T00:00', 'Z')).toBe('2025-08-13T00:00:00Z');
  expect(fromLocalInput('2025-02-30T10:00', '+08:00')).toBeNull();
  expect(fromLocalInput('', '+08:00')).toBeNull();
});

test('a rank edited in one language: copies follow, a translation is kept', () => {
  const copied = { 'zh-Hant': '一等獎', 'zh-Hans': '一等獎', en: '一等獎' };
  expect(editLocalized(copied, 'zh-Hant', '特等獎')).toEqual({ 'zh-Hant': '特等獎', 'zh-Hans': '特等獎', en: '特等獎' });
  const translated = { 'zh-Hant': '一等獎', 'zh-Hans': '一等奖', en: '1st Prize' };
  expect(editLocalized(translated, 'en', 'First Prize')).toEqual({ 'zh-Hant': '一等獎', 'zh-Hans': '一等奖', en: 'First Prize' });
  // A row just added is blank in every language: the first language typed fills them all.
  expect(editLocalized(blankPrize('USDT').rank, 'zh-Hans', '幸运奖')).toEqual({ 'zh-Hant': '幸运奖', 'zh-Hans': '幸运奖', en: '幸运奖' });
});

test('amounts typed into the review: positive numbers, thousands separators allowed', () => {
  expect(positiveInput('4,000')).toBe(4000);
  expect(positiveInput('12.5')).toBe(12.5);
  expect(positiveInput('')).toBeUndefined();
  expect(positiveInput('0')).toBeUndefined();
  expect(positiveInput('-3')).toBeUndefined();
  expect(positiveInput('abc')).toBeUndefined();
});

test('a blank prize row keeps the contest from saving until it is filled in', () => {
  const base = findContest('wxtm-2025')!;
  const withBlank = { ...base, prizes: [...base.prizes, blankPrize('WXTM')] };
  const refused = parseContest(withBlank);
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.issues.map((i) => i.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^prizes\.\d+\.(rank|amount)/)]));
  const filled = { ...withBlank, prizes: [...base.prizes, { ...blankPrize('WXTM'), rank: editLocalized(blankPrize().rank, 'en', 'Lucky draw'), amount: 50 }] };
  expect(parseContest(filled).ok).toBe(true);
});

test('doubts about a field include its sub-fields', () => {
  const list = [{ field: 'window' }, { field: 'window.end' }, { field: 'windowish' }, { field: 'tags' }];
  expect(aboutField(list, 'window')).toEqual([{ field: 'window' }, { field: 'window.end' }]);
});

test('a pool left without an amount is saved as no pool; a pool with one is kept', () => {
  const base = findContest('wxtm-2025')!;
  const cleared = withoutEmptyPool({ ...base, pool: { amount: 0, unit: 'WXTM' } });
  expect('pool' in cleared).toBe(false);
  expect(parseContest(cleared).ok).toBe(true);
  expect(withoutEmptyPool({ ...base, pool: { amount: 5, unit: 'WXTM' } }).pool).toEqual({ amount: 5, unit: 'WXTM' });
  const none = { ...base };
  delete (none as { pool?: unknown }).pool;
  expect(withoutEmptyPool(none)).toBe(none);
});
