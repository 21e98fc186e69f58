/**
 * Editing a contest draft in place (the "Track this contest" review and the options' "add"): the
 * window as wall-clock inputs in the announcement's zone, the prize rows, and the doubts the reader
 * raised per field. Pure.
 */
import { offsetMinutes } from './phase';
import { LANGS, type Lang, type LocalizedText, type Prize } from './schema';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025-08-13T00:00" for an `<input type="datetime-local">`, in `offset` ("+08:00", "Z"). */
export function toLocalInput(iso: string, offset: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms + offsetMinutes(offset) * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The input's wall-clock time in `offset`, as ISO 8601 with that offset; null when it is no time. */
export function fromLocalInput(value: string, offset: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${offset === 'Z' ? 'Z' : offset}`;
}

/** The offsets the review offers (Gate's announcements use UTC+8 or UTC; a few others for mirrors). */
export const OFFSET_CHOICES = ['+08:00', 'Z', '+09:00', '+07:00', '+05:30', '+03:00', '+01:00', '-05:00'] as const;

/** Doubts about one field and the fields under it ("window" covers "window.end"). */
export function aboutField<T extends { field: string }>(list: readonly T[], field: string): T[] {
  return list.filter((x) => x.field === field || x.field.startsWith(`${field}.`));
}

/**
 * A text in the three UI languages, edited in one of them: the languages that held the same text
 * (a copy the reader made, or a row just added) follow the edit; a real translation is kept.
 */
export function editLocalized(text: LocalizedText, lang: Lang, value: string): LocalizedText {
  const before = text[lang];
  const next = { ...text, [lang]: value };
  for (const other of LANGS) if (other !== lang && (text[other] === before || text[other].trim() === '')) next[other] = value;
  return next;
}

/** A new prize row for the writer to fill in: one winner, in the pool's unit when there is one. */
export function blankPrize(unit = ''): Prize {
  return { rank: { 'zh-Hant': '', 'zh-Hans': '', en: '' }, winners: 1, amount: 0, unit };
}

/** A number typed into the review: a positive amount (decimals allowed), or undefined while it is none. */
export function positiveInput(value: string): number | undefined {
  const n = Number(value.replace(/[,\s]/g, ''));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** A pool whose amount the writer left empty is no pool: the rest of the contest is saved without it. */
export function withoutEmptyPool<T extends { pool?: { amount: number; unit: string } }>(contest: T): T {
  if (!contest.pool || contest.pool.amount > 0) return contest;
  const { pool: _empty, ...rest } = contest;
  return rest as T;
}
