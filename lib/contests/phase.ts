/**
 * Where `now` stands against a contest's window. Pure: time comes in as `now` (ms since epoch).
 * The announcement's "8月12日 24:00 (UTC+8)" is stored as the exclusive end 2025-08-13T00:00+08:00.
 */
import type { Contest } from './schema';

export const CLOSING_WINDOW_MS = 24 * 60 * 60 * 1000;

export type Phase = 'upcoming' | 'open' | 'closing' | 'closed';

export interface PhaseState {
  phase: Phase;
  startMs: number;
  endMs: number;
  /** Until the start while upcoming, until the end while open or closing, 0 once closed. */
  msLeft: number;
  /** Until the end (negative once closed: how long ago it ended). */
  msToEnd: number;
}

export function contestPhase(contest: Pick<Contest, 'window'>, now: number): PhaseState {
  const startMs = Date.parse(contest.window.start);
  const endMs = Date.parse(contest.window.end);
  const msToEnd = endMs - now;
  let phase: Phase;
  if (now < startMs) phase = 'upcoming';
  else if (msToEnd <= 0) phase = 'closed';
  else if (msToEnd <= CLOSING_WINDOW_MS) phase = 'closing';
  else phase = 'open';
  const msLeft = phase === 'upcoming' ? startMs - now : Math.max(0, msToEnd);
  return { phase, startMs, endMs, msLeft, msToEnd };
}

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Whole days, hours, minutes and seconds in a non-negative span (rounded down to the second). */
export function splitDuration(ms: number): Duration {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** Parse "+08:00" / "-05:30" / "Z" into minutes east of UTC. */
export function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * (h * 60 + m);
}

/** "UTC+8", "UTC-5:30", "UTC" — how announcements write an offset. */
export function offsetLabel(offset: string): string {
  const minutes = offsetMinutes(offset);
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * A wall-clock time in a fixed offset, as ISO 8601. "24:00" is the next day's 00:00, as
 * announcements mean it ("8月12日 24:00" ends the 12th).
 */
export function wallClockToIso(date: { year: number; month: number; day: number }, time: { hour: number; minute: number }, offset: string): string {
  const utc = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute) - offsetMinutes(offset) * 60_000;
  const shifted = new Date(utc + offsetMinutes(offset) * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:00${offset === 'Z' ? 'Z' : offset}`
  );
}

/**
 * An instant as the announcement writes it, language-neutral: "2025-08-07 17:00 (UTC+8)". With
 * `midnightAs24`, an instant at exactly 00:00 is written as the previous day's 24:00
 * ("2025-08-12 24:00 (UTC+8)"), the way announcements state an exclusive end.
 */
export function wallClockLabel(ms: number, offset: string, options: { midnightAs24?: boolean } = {}): string {
  const shifted = new Date(ms + offsetMinutes(offset) * 60_000);
  if (Number.isNaN(shifted.getTime())) return '';
  let hours = shifted.getUTCHours();
  const minutes = shifted.getUTCMinutes();
  let day = shifted;
  if (options.midnightAs24 && hours === 0 && minutes === 0 && shifted.getUTCSeconds() === 0) {
    day = new Date(shifted.getTime() - 86_400_000);
    hours = 24;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())} ` + `${pad(hours)}:${pad(minutes)} (${offsetLabel(offset)})`;
}
