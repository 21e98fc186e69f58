import { describe, expect, test } from 'vitest';
import { CLOSING_WINDOW_MS, contestPhase, offsetLabel, offsetMinutes, splitDuration, wallClockLabel, wallClockToIso } from '../../lib/contests/phase';

const window = { start: '2025-08-07T17:00:00+08:00', end: '2025-08-13T00:00:00+08:00', displayOffset: '+08:00' };
const at = (iso: string) => Date.parse(iso);
const END = at(window.end);
const START = at(window.start);

describe('contestPhase', () => {
  test.each([
    ['one millisecond before the start is upcoming', START - 1, 'upcoming', 1],
    ['the start itself is open', START, 'open', END - START],
    ['one millisecond more than 24 hours before the end is open', END - CLOSING_WINDOW_MS - 1, 'open', CLOSING_WINDOW_MS + 1],
    ['exactly 24 hours before the end is closing', END - CLOSING_WINDOW_MS, 'closing', CLOSING_WINDOW_MS],
    ['one millisecond before the end is closing', END - 1, 'closing', 1],
    ['the end itself ("24:00") is closed', END, 'closed', 0],
    ['after the end is closed with nothing left', END + 5000, 'closed', 0],
  ])('%s', (_name, now, phase, msLeft) => {
    const state = contestPhase({ window }, now);
    expect(state).toMatchObject({ phase, msLeft, startMs: START, endMs: END, msToEnd: END - now });
  });
});

describe('time helpers', () => {
  test.each([
    ['zero', 0, { days: 0, hours: 0, minutes: 0, seconds: 0 }],
    ['a negative span is zero', -5000, { days: 0, hours: 0, minutes: 0, seconds: 0 }],
    ['rounds down to the second', 1999, { days: 0, hours: 0, minutes: 0, seconds: 1 }],
    ['2 days 12 hours', 60 * 3_600_000, { days: 2, hours: 12, minutes: 0, seconds: 0 }],
    ['1 d 1 h 1 min 1 s', 90_061_000, { days: 1, hours: 1, minutes: 1, seconds: 1 }],
  ])('splitDuration: %s', (_name, ms, parts) => {
    expect(splitDuration(ms)).toEqual(parts);
  });

  test.each([
    ['+08:00', 480, 'UTC+8'],
    ['-05:30', -330, 'UTC-5:30'],
    ['Z', 0, 'UTC'],
    ['+05:45', 345, 'UTC+5:45'],
  ])('offset %s is %i minutes, written %s', (offset, minutes, label) => {
    expect(offsetMinutes(offset)).toBe(minutes);
    expect(offsetLabel(offset)).toBe(label);
  });

  test.each([
    ['"8月12日 24:00 (UTC+8)" is the next day 00:00', { year: 2025, month: 8, day: 12 }, { hour: 24, minute: 0 }, '+08:00', '2025-08-13T00:00:00+08:00'],
    ['"8月7日 17:00 (UTC+8)" stays as written', { year: 2025, month: 8, day: 7 }, { hour: 17, minute: 0 }, '+08:00', '2025-08-07T17:00:00+08:00'],
    [
      '24:00 on the last day of a month rolls into the next month',
      { year: 2025, month: 8, day: 31 },
      { hour: 24, minute: 0 },
      '+08:00',
      '2025-09-01T00:00:00+08:00',
    ],
    ['24:00 on New Year’s Eve rolls into the next year, in UTC', { year: 2025, month: 12, day: 31 }, { hour: 24, minute: 0 }, 'Z', '2026-01-01T00:00:00Z'],
  ])('wallClockToIso: %s', (_name, date, time, offset, iso) => {
    expect(wallClockToIso(date, time, offset)).toBe(iso);
  });

  test.each([
    ['the start as the announcement writes it', START, {}, '2025-08-07 17:00 (UTC+8)'],
    ['the exclusive end as "24:00" of the day before', END, { midnightAs24: true }, '2025-08-12 24:00 (UTC+8)'],
    ['midnight as 00:00 unless asked', END, {}, '2025-08-13 00:00 (UTC+8)'],
    ['not a time gives nothing', Number.NaN, {}, ''],
  ])('wallClockLabel: %s', (_name, ms, options, label) => {
    expect(wallClockLabel(ms, '+08:00', options)).toBe(label);
  });
});
