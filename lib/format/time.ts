/**
 * Deadline and countdown text, through Intl in the UI language. Pure: the instant and the time zone
 * come in as arguments (the local zone is the runtime's default when `timeZone` is undefined).
 */
import { intlLocale, t, type Lang } from '../i18n';
import { contestPhase, offsetLabel, offsetMinutes, splitDuration } from '../contests/phase';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The instant as written in a fixed offset, "2025/8/12 24:00 (UTC+8)": an instant exactly at
 * midnight is shown as the previous day's 24:00, the way the announcement wrote it.
 */
export function formatInOffset(lang: Lang, ms: number, offset: string): string {
  const shifted = new Date(ms + offsetMinutes(offset) * 60_000);
  let hours = shifted.getUTCHours();
  const minutes = shifted.getUTCMinutes();
  let day = shifted;
  if (hours === 0 && minutes === 0) {
    day = new Date(shifted.getTime() - 86_400_000);
    hours = 24;
  }
  const date = new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(day);
  return `${date} ${pad2(hours)}:${pad2(minutes)} (${offsetLabel(offset)})`;
}

/** The instant in the browser's own time zone (or `timeZone`), with the zone's name. */
export function formatLocal(lang: Lang, ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(new Date(ms));
}

/** "3天 04時 05分 06秒" / "3d 04h 05m 06s". */
export function formatCountdown(lang: Lang, ms: number): string {
  const d = splitDuration(ms);
  const parts = [
    d.days > 0 ? `${d.days}${t(lang, 'unit.days')}` : '',
    `${pad2(d.hours)}${t(lang, 'unit.hours')}`,
    `${pad2(d.minutes)}${t(lang, 'unit.minutes')}`,
    `${pad2(d.seconds)}${t(lang, 'unit.seconds')}`,
  ];
  return parts.filter(Boolean).join(' ');
}

export interface CountdownView {
  contestName: string;
  phase: import('../contests/phase').Phase;
  phaseLabel: string;
  /** "距截止" / "距開始"; empty once closed. */
  countdownLabel: string;
  /** "3天 04時 05分 06秒"; empty once closed. */
  countdown: string;
  parts: import('../contests/phase').Duration;
  msLeft: number;
  deadlineLabel: string;
  /** The deadline as the announcement writes it (its own offset). */
  deadlineOffset: string;
  /** The deadline in the browser's time zone. */
  deadlineLocal: string;
  localLabel: string;
  /** A plain sentence once the contest has ended. */
  endedNotice: string;
}

/** Everything the countdown (popup and panel) shows, for one `now`. */
export function describeCountdown(contest: import('../contests/schema').Contest, now: number, lang: Lang, timeZone?: string): CountdownView {
  const state = contestPhase(contest, now);
  const deadlineOffset = formatInOffset(lang, state.endMs, contest.window.displayOffset);
  const closed = state.phase === 'closed';
  return {
    contestName: contest.name[lang],
    phase: state.phase,
    phaseLabel: t(lang, `phase.${state.phase}`),
    countdownLabel: closed ? '' : t(lang, state.phase === 'upcoming' ? 'countdown.toStart' : 'countdown.toEnd'),
    countdown: closed ? '' : formatCountdown(lang, state.msLeft),
    parts: splitDuration(state.msLeft),
    msLeft: state.msLeft,
    deadlineLabel: t(lang, 'countdown.deadline'),
    deadlineOffset,
    deadlineLocal: formatLocal(lang, state.endMs, timeZone),
    localLabel: t(lang, 'countdown.local'),
    endedNotice: closed ? t(lang, 'countdown.ended', { end: deadlineOffset }) : '',
  };
}
