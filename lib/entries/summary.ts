/**
 * Entries at a glance (issue 20, point 3): per contest, how many, the last one's state, and the
 * progress "2 / 3" when the announcement asks for several (lib/contests/announcement/entry-count.ts);
 * and the export of every entry as CSV (RFC 4180, with a header row, safe to open in a
 * spreadsheet) and JSON. Pure: `now` comes in.
 */
import { offsetMinutes, wallClockLabel } from '../contests/phase';
import type { Contest } from '../contests/schema';
import { registerMessages, type Msg } from '../i18n';
import type { EntryCountRequirement } from '../contests/announcement/entry-count';
import { ENTRY_MESSAGES } from './messages';
import { ENTRY_SCHEMA_VERSION, type Entry } from './schema';

registerMessages(ENTRY_MESSAGES);

/**
 * - `outside-window`: published before the start or after the end: it does not count;
 * - `all-met` / `not-met`: the published post was found and checked;
 * - `linked`: found, not checked yet;
 * - `recorded` / `recorded-with-issues`: only what was known at 发布 (the checklist passed, or not).
 */
export type EntryState = 'outside-window' | 'all-met' | 'not-met' | 'linked' | 'recorded' | 'recorded-with-issues';

const STATE_KEYS: Record<EntryState, string> = {
  'outside-window': 'entries.state.outsideWindow',
  'all-met': 'entries.state.allMet',
  'not-met': 'entries.state.notMet',
  linked: 'entries.state.linked',
  recorded: 'entries.state.recorded',
  'recorded-with-issues': 'entries.state.recordedWithIssues',
};

export function entryState(entry: Entry): EntryState {
  if (!entry.window.inside) return 'outside-window';
  if (entry.post?.check) return entry.post.check.status === 'all-met' ? 'all-met' : 'not-met';
  if (entry.post) return 'linked';
  return entry.checklist.status === 'fail' ? 'recorded-with-issues' : 'recorded';
}

export const entryStateMsg = (state: EntryState): Msg => ({ key: STATE_KEYS[state] });

export interface EntryProgress {
  /** Entries that count towards the requirement. */
  done: number;
  /** What the requirement adds up to over the window (3, or 1 a day × 6 days). */
  required: number;
  /** "2 / 3". */
  label: string;
  met: boolean;
  /** For a per-day/week/month requirement, the current period (while the window is open). */
  current?: { done: number; required: number; label: string };
}

export interface ContestEntriesSummary {
  contestId: string;
  /** Every entry recorded for the contest, inside the window or not. */
  entries: number;
  /** Those published inside the window. */
  inside: number;
  last?: { id: string; publishedAt: number; label: string; state: EntryState; stateMsg: Msg; url?: string };
  requirement?: EntryCountRequirement;
  progress?: EntryProgress;
  /** "已投稿 2 篇" / "2 entries", or with the progress. */
  message: Msg;
}

const DAY = 86_400_000;

/** Which period of the requirement `ms` falls in: a day or a month in the contest's zone, a week from the window's start. */
function periodOf(ms: number, per: 'day' | 'week' | 'month', window: Contest['window']): number {
  const shifted = ms + offsetMinutes(window.displayOffset) * 60_000;
  if (per === 'day') return Math.floor(shifted / DAY);
  if (per === 'week') return Math.floor((ms - Date.parse(window.start)) / (7 * DAY));
  const d = new Date(shifted);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The periods of the window, each once. */
function periodsOf(per: 'day' | 'week' | 'month', window: Contest['window']): number[] {
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  if (!(end > start)) return [];
  const first = periodOf(start, per, window);
  const last = periodOf(end - 1, per, window);
  const out: number[] = [];
  for (let p = first; p <= last && out.length < 1000; p++) out.push(p);
  return out;
}

export function entryProgress(
  entries: readonly Entry[],
  requirement: EntryCountRequirement,
  contest: Pick<Contest, 'window'> | undefined,
  now: number,
): EntryProgress {
  const counted = entries.filter((e) => e.window.inside);
  const per = requirement.per ?? 'contest';
  const n = Math.max(1, requirement.count);
  if (per === 'contest' || !contest) {
    return { done: counted.length, required: n, label: `${counted.length} / ${n}`, met: counted.length >= n };
  }
  const byPeriod = new Map<number, number>();
  for (const e of counted) {
    const p = periodOf(e.publishedAt, per, contest.window);
    byPeriod.set(p, (byPeriod.get(p) ?? 0) + 1);
  }
  const periods = periodsOf(per, contest.window);
  const required = n * periods.length;
  const done = periods.reduce((sum, p) => sum + Math.min(n, byPeriod.get(p) ?? 0), 0);
  const progress: EntryProgress = { done, required, label: `${done} / ${required}`, met: done >= required };
  const start = Date.parse(contest.window.start);
  const end = Date.parse(contest.window.end);
  if (now >= start && now < end) {
    const today = byPeriod.get(periodOf(now, per, contest.window)) ?? 0;
    progress.current = { done: today, required: n, label: `${today} / ${n}` };
  }
  return progress;
}

/** One contest's entries at a glance. `requirement`: what the announcement asks for, when it asks for several. */
export function summariseContestEntries(
  contestId: string,
  entries: readonly Entry[],
  options: { contest?: Pick<Contest, 'window'>; requirement?: EntryCountRequirement | null; now: number },
): ContestEntriesSummary {
  const own = entries.filter((e) => e.contestId === contestId).sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1));
  const latest = own[own.length - 1];
  const inside = own.filter((e) => e.window.inside).length;
  const requirement = options.requirement ?? undefined;
  const progress = requirement ? entryProgress(own, requirement, options.contest, options.now) : undefined;
  const summary: ContestEntriesSummary = {
    contestId,
    entries: own.length,
    inside,
    message: progress ? { key: 'entries.progress', params: { count: inside, progress: progress.label } } : { key: 'entries.count', params: { count: inside } },
  };
  if (latest) {
    const state = entryState(latest);
    summary.last = {
      id: latest.id,
      publishedAt: latest.publishedAt,
      label: wallClockLabel(latest.publishedAt, latest.window.displayOffset),
      state,
      stateMsg: entryStateMsg(state),
      ...(latest.post ? { url: latest.post.url } : {}),
    };
  }
  if (requirement) summary.requirement = requirement;
  if (progress) summary.progress = progress;
  return summary;
}

// ─── Export ─────────────────────────────────────────────────────────────────────────────────────

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, quotes doubled. A text
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with `'`.
 * Numbers and booleans are written as they are; null and undefined as an empty field.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV: fields by {@link csvField}, CRLF after every record (RFC 4180). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export const CSV_HEADER = [
  'id',
  'contest',
  'published_at_utc',
  'published_at_contest_time',
  'inside_window',
  'state',
  'count',
  'minimum',
  'unit',
  'tags_met',
  'tags_not_met',
  'pictures',
  'post_url',
  'published_check',
  'lost_when_published',
  'text_sha256',
  'text',
] as const;

/**
 * Every entry as CSV with a header row, oldest first. `bom`: a UTF-8 byte order mark first, so a
 * spreadsheet opens the Chinese text as UTF-8 (default true). The text column is empty unless the
 * writer kept the text.
 */
export function entriesToCsv(entries: readonly Entry[], options: { bom?: boolean } = {}): string {
  const sorted = [...entries].sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1));
  const rows = sorted.map((e) => [
    e.id,
    e.contestId,
    new Date(e.publishedAt).toISOString(),
    wallClockLabel(e.publishedAt, e.window.displayOffset),
    e.window.inside,
    entryState(e),
    e.checklist.length.count,
    e.checklist.length.min,
    e.checklist.length.unit,
    e.checklist.tags
      .filter((t) => t.met)
      .map((t) => t.expected)
      .join(' '),
    e.checklist.tags
      .filter((t) => !t.met)
      .map((t) => t.expected)
      .join(' '),
    e.checklist.pictures.length,
    e.post?.url,
    e.post?.check?.status,
    e.post?.check?.lost.join(' '),
    e.hash.text,
    e.text,
  ]);
  return (options.bom === false ? '' : '\uFEFF') + toCsv([CSV_HEADER, ...rows]);
}

/** Every entry as JSON, with what it is and when it was made: the file a later import reads. */
export function entriesToJson(entries: readonly Entry[], now: number): string {
  const sorted = [...entries].sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1));
  return JSON.stringify(
    { kind: 'gate-square-entries', schemaVersion: ENTRY_SCHEMA_VERSION, exportedAt: new Date(now).toISOString(), entries: sorted },
    null,
    2,
  );
}
