/**
 * Dates written in the Solar Hijri (Persian) and the lunar Hijri (Umm al-Qura) calendars, turned into
 * Gregorian days with the platform's own calendars (Intl, ICU's tables: no table of ours, nothing
 * added to the bundle). Intl only formats a Gregorian instant into another calendar, so the day is
 * found by formatting the days around an estimate until one reads as the date asked for.
 */
export type OtherCalendar = 'persian' | 'islamic-umalqura';

const DAY = 86_400_000;
const formatters = new Map<OtherCalendar, Intl.DateTimeFormat | null>();

function formatterOf(calendar: OtherCalendar): Intl.DateTimeFormat | null {
  if (!formatters.has(calendar)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      // (A platform without the calendar falls back to the Gregorian one: then no date is read.)
      if (f.resolvedOptions().calendar !== calendar) f = null;
    } catch {
      f = null;
    }
    formatters.set(calendar, f);
  }
  return formatters.get(calendar)!;
}

/** The first day of the Persian year `year` falls near 21 March of year + 621; the lunar year is 354.37 days from 16 July 622. */
function estimate(calendar: OtherCalendar, year: number, month: number, day: number): number {
  if (calendar === 'persian') return Date.UTC(year + 621, 2, 21) + ((month - 1) * 30.5 + day - 1) * DAY;
  return Date.UTC(622, 6, 16) + ((year - 1) * 354.367 + (month - 1) * 29.53 + day - 1) * DAY;
}

/** The Gregorian day of `year`/`month`/`day` in `calendar`, or null when there is no such day (or the platform lacks the calendar). */
export function gregorianOf(calendar: OtherCalendar, year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  const key = `${calendar} ${year} ${month} ${day}`;
  if (!found.has(key)) {
    if (found.size > 1000) found.clear();
    found.set(key, search(calendar, year, month, day));
  }
  return found.get(key)!;
}
const found = new Map<string, { year: number; month: number; day: number } | null>();

function search(calendar: OtherCalendar, year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  const f = formatterOf(calendar);
  if (!f || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const guess = Math.floor(estimate(calendar, year, month, day) / DAY) * DAY;
  for (let k = 0; k <= 40; k++) {
    for (const at of k === 0 ? [guess] : [guess + k * DAY, guess - k * DAY]) {
      const parts = Object.fromEntries(f.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
      if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day) {
        const g = new Date(at);
        return { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
      }
    }
  }
  return null;
}
