import { expect, test } from 'vitest';
import { gregorianOf } from '../../../lib/contests/announcement/calendars';

test.each([
  ['persian', 1398, 2, 31, { year: 2019, month: 5, day: 21 }],
  ['persian', 1396, 11, 28, { year: 2018, month: 2, day: 17 }],
  ['persian', 1403, 1, 1, { year: 2024, month: 3, day: 20 }],
  ['islamic-umalqura', 1427, 6, 5, { year: 2006, month: 7, day: 1 }],
  ['islamic-umalqura', 1435, 1, 1, { year: 2013, month: 11, day: 4 }],
  ['islamic-umalqura', 1447, 9, 1, { year: 2026, month: 2, day: 18 }],
] as const)('%s %i/%i/%i is a Gregorian day', (calendar, year, month, day, want) => {
  expect(gregorianOf(calendar, year, month, day)).toEqual(want);
});

test('a day the calendar does not have is none', () => {
  // 1398 was no leap year: Esfand has 29 days.
  expect(gregorianOf('persian', 1398, 12, 30)).toBeNull();
  expect(gregorianOf('persian', 1398, 13, 1)).toBeNull();
  expect(gregorianOf('islamic-umalqura', 1427, 6, 31)).toBeNull();
});
