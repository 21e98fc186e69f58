import { expect, test } from 'vitest';
import { badgeFor, BADGE_COLORS } from '../lib/badge';
import { findContest } from '../lib/contests';

const contest = findContest('wxtm-2025')!;
const END = Date.parse('2025-08-13T00:00:00+08:00');
const START = Date.parse('2025-08-07T17:00:00+08:00');
const H = 3_600_000;

test.each([
  ['a day before the start counts to the start', START - 24 * H, '1d', 'upcoming'],
  ['three days and 23 hours before shows 3d (never more than is left)', END - 3 * 24 * H - 23 * H, '3d', 'open'],
  ['exactly three days before shows 3d', END - 3 * 24 * H, '3d', 'open'],
  ['a second under three days shows 2d', END - 3 * 24 * H + 1000, '2d', 'open'],
  ['five hours before shows 5h, in the last 24 hours', END - 5 * H, '5h', 'closing'],
  ['five and a half hours before still shows 5h', END - 5.5 * H, '5h', 'closing'],
  ['42 minutes before shows 42m', END - 42 * 60_000, '42m', 'closing'],
  ['a few seconds before still shows 1m', END - 5_000, '1m', 'closing'],
  ['at the deadline it has ended', END, 'END', 'closed'],
])('%s', (_name, now, text, phase) => {
  const badge = badgeFor(contest, now, 'en');
  expect(badge.text).toBe(text);
  expect(badge.phase).toBe(phase);
  expect(badge.color).toBe(BADGE_COLORS[phase as keyof typeof BADGE_COLORS]);
});

test('the ended mark speaks the browser language', () => {
  expect(badgeFor(contest, END + 1, 'zh-Hant').text).toBe('結束');
  expect(badgeFor(contest, END + 1, 'zh-Hans').text).toBe('结束');
});

test('the next refresh is when the text changes', () => {
  const now = END - 5.5 * H; // "5h" until just under 5h left
  const badge = badgeFor(contest, now, 'en');
  expect(badge.text).toBe('5h');
  expect(badgeFor(contest, badge.nextChange - 1, 'en').text).toBe('5h');
  expect(badgeFor(contest, badge.nextChange, 'en').text).toBe('4h');
  const minutes = badgeFor(contest, END - 42 * 60_000 - 30_000, 'en');
  expect(minutes.text).toBe('43m');
  expect(badgeFor(contest, minutes.nextChange, 'en').text).toBe('42m');
});
