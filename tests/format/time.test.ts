import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS } from '../../lib/contests';
import { describeCountdown, formatCountdown, formatInOffset, formatLocal } from '../../lib/format/time';

const wxtm = BUILTIN_CONTESTS.find((c) => c.id === 'wxtm-2025')!;
const END = Date.parse('2025-08-13T00:00:00+08:00');

describe('formatInOffset', () => {
  test.each([
    ['zh-Hant', END, '+08:00', '2025年8月12日週二 24:00 (UTC+8)'],
    ['zh-Hans', END, '+08:00', '2025年8月12日周二 24:00 (UTC+8)'],
    ['en', END, '+08:00', 'Tue, Aug 12, 2025 24:00 (UTC+8)'],
    ['en', Date.parse('2025-08-07T17:00:00+08:00'), '+08:00', 'Thu, Aug 7, 2025 17:00 (UTC+8)'],
    ['en', Date.parse('2025-08-07T09:00:00Z'), 'Z', 'Thu, Aug 7, 2025 09:00 (UTC)'],
    ['en', Date.parse('2025-08-07T09:00:00Z'), '+05:30', 'Thu, Aug 7, 2025 14:30 (UTC+5:30)'],
  ] as const)('in %s, %s at %s reads as the announcement wrote it', (lang, ms, offset, expected) => {
    expect(formatInOffset(lang, ms, offset).replace(/\s+/g, ' ')).toBe(expected.replace(/\s+/g, ' '));
  });
});

test('formatLocal shows the instant in the given zone with its name', () => {
  expect(formatLocal('en', END, 'UTC')).toContain('16:00');
  expect(formatLocal('en', END, 'UTC')).toContain('UTC');
  expect(formatLocal('en', END, 'Asia/Taipei')).toContain('Aug 13');
});

test.each([
  ['en', 0, '00h 00m 00s'],
  ['en', 59_999, '00h 00m 59s'],
  ['en', ((3 * 24 + 4) * 3600 + 5 * 60 + 6) * 1000, '3d 04h 05m 06s'],
  ['zh-Hant', ((1 * 24 + 2) * 3600 + 3 * 60 + 4) * 1000, '1天 02時 03分 04秒'],
] as const)('formatCountdown(%s, %i) is "%s"', (lang, ms, expected) => {
  expect(formatCountdown(lang, ms)).toBe(expected);
});

describe('describeCountdown', () => {
  test('after the deadline it says the contest ended, and when', () => {
    const view = describeCountdown(wxtm, Date.parse('2026-11-25T00:00:00Z'), 'zh-Hant', 'UTC');
    expect(view.phase).toBe('closed');
    expect(view.phaseLabel).toBe('已結束');
    expect(view.countdown).toBe('');
    expect(view.endedNotice).toContain('24:00 (UTC+8)');
    expect(view.deadlineLocal).toContain('16:00');
  });
  test('one hour before the deadline it is in its last 24 hours and counts down', () => {
    const view = describeCountdown(wxtm, END - 3_600_000, 'en', 'UTC');
    expect(view.phase).toBe('closing');
    expect(view.countdownLabel).toBe('Time left');
    expect(view.countdown).toBe('01h 00m 00s');
  });
  test('before the start it counts down to the start', () => {
    const view = describeCountdown(wxtm, Date.parse('2025-08-06T17:00:00+08:00'), 'zh-Hans', 'UTC');
    expect(view.phase).toBe('upcoming');
    expect(view.countdownLabel).toBe('距开始');
    expect(view.countdown).toBe('1天 00时 00分 00秒');
  });
});
