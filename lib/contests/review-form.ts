/**
 * The review form's decisions (the "Track this contest" review and the options' "add"): which doubts
 * sit beside which field, what a typed number is, how a change of zone moves the window, and what a
 * press of "Save" does (refuse, show what a replacement changes, or save). Pure; the form draws.
 */
import { hasMessage, t, tm, type Lang } from '../i18n';
import type { DraftGap, DraftWarning } from './announcement/types';
import { diffContests, type ContestChange, type Shown } from './diff';
import { aboutField, fromLocalInput, positiveInput, toLocalInput, withoutEmptyPool } from './draft-edit';
import { parseContest, type ContestIssue, type ContestParse } from './index';
import { replacementOf, type Replacement } from './replace';
import { SCREENSHOT_KINDS, type Contest, type ContestInput, type ScreenshotKind } from './schema';

/** The fields the review has a fieldset for; a doubt about any other is shown below them all. */
export const REVIEW_FIELDS = ['name', 'tags', 'length', 'window', 'screenshot', 'prizes'] as const;

/** A doubt the reader raised, in the writer's language when a sentence for its code exists. */
export function warningText(lang: Lang, w: Pick<DraftWarning, 'code' | 'message'>, params: Record<string, string> = {}): string {
  const key = `options.warning.${w.code}`;
  return hasMessage(key) ? t(lang, key, params) : w.message;
}

/** A field the reader missed, as the review names it ("截止時間", not "window.end"). */
export function fieldName(lang: Lang, field: string): string {
  const key = `review.field.${field}`;
  return hasMessage(key) ? t(lang, key) : field;
}

/** A value of a change, as the review shows it. */
export const shownValue = (lang: Lang, value: Shown): string => (typeof value === 'string' ? value : tm(lang, value));

/** The doubts shown beside one field's fieldset: the prizes' include the pool's. */
export function doubtsAbout<T extends { field: string }>(list: readonly T[], field: string): T[] {
  return [...aboutField(list, field), ...(field === 'prizes' ? aboutField(list, 'pool') : [])];
}

/** The doubts about no field the review has a fieldset for. */
export function otherDoubts(warnings: readonly DraftWarning[], gaps: readonly DraftGap[]): { warnings: DraftWarning[]; gaps: DraftGap[] } {
  const elsewhere = (x: { field: string }) => !REVIEW_FIELDS.some((f) => doubtsAbout([x], f).length);
  return { warnings: warnings.filter(elsewhere), gaps: gaps.filter(elsewhere) };
}

/** A whole number of at least 1 (winners), or undefined. */
export function wholeInput(text: string): number | undefined {
  const n = positiveInput(text);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** The minimum length typed: a whole number, 0 for anything else. */
export function minimumInput(text: string): number {
  return Math.max(0, Math.floor(Number(text) || 0));
}

/** The number a number box shows: empty for none (0). */
export const numberShown = (n: number): string => (n > 0 ? String(n) : '');

/**
 * The window in another zone: the wall-clock times stay as the announcement wrote them; the zone
 * they are in changes. A time that is no time in the new zone stays as it was.
 */
export function windowInZone<W extends { start: string; end: string; displayOffset: string }>(window: W, offset: string): W {
  const start = fromLocalInput(toLocalInput(window.start, window.displayOffset), offset);
  const end = fromLocalInput(toLocalInput(window.end, window.displayOffset), offset);
  return { ...window, displayOffset: offset, ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** The screenshot kinds with `kind` ticked or not, in the schema's order. */
export function toggledKinds(kinds: readonly ScreenshotKind[] | undefined, kind: ScreenshotKind, on: boolean): ScreenshotKind[] {
  const set = new Set(kinds ?? []);
  if (on) set.add(kind);
  else set.delete(kind);
  return SCREENSHOT_KINDS.filter((x) => set.has(x));
}

/** The token symbols with the first one typed (upper case, trimmed); the others kept. */
export function withFirstSymbol(symbols: readonly string[], text: string): string[] {
  return [text.trim().toUpperCase(), ...symbols.slice(1)];
}

/** The contest the form's values make, checked by the schema (an empty pool is left out). */
export function contestOfForm(form: ContestInput): ContestParse {
  return parseContest(withoutEmptyPool(form));
}

/** The tracked contest the form's values would replace (none while they do not pass the schema). */
export function replacingOfForm(form: ContestInput, tracked: readonly Contest[] | undefined): Replacement | undefined {
  if (!tracked) return undefined;
  const parsed = contestOfForm(form);
  return parsed.ok ? replacementOf(parsed.contest, tracked) : undefined;
}

/** Which values against which target an answer stands for: any edit, or the target changing, asks again. */
export function replacementKey(replacement: Replacement | undefined): string {
  return replacement ? JSON.stringify([replacement.target, replacement.stored]) : '';
}

/** What the first press showed: the changes from the target to the values it was pressed with. */
export interface ReplaceAnswer {
  key: string;
  changes: ContestChange[];
}

/** What a press of "Save" does. */
export type ReviewPress =
  /** The values do not pass the schema: say where. */
  | { step: 'invalid'; issues: ContestIssue[] }
  /** The first press on a replacement: show what changes (or that nothing does), store nothing. */
  | { step: 'ask'; answer: ReplaceAnswer }
  /** Identical to the tracked contest, already said: nothing to confirm, storage left as it is. */
  | { step: 'identical' }
  /** Save, as a new contest or under the id of the one it replaces. */
  | { step: 'save'; contest: Contest; replace?: string };

/** A press of "Save" with these values, given what the last press showed (`answered`, when it still stands). */
export function pressSave(form: ContestInput, tracked: readonly Contest[] | undefined, answered: ReplaceAnswer | null, lang: Lang): ReviewPress {
  const parsed = contestOfForm(form);
  if (!parsed.ok) return { step: 'invalid', issues: parsed.issues };
  const replace = tracked ? replacementOf(parsed.contest, tracked) : undefined;
  if (replace) {
    const key = replacementKey(replace);
    if (answered?.key !== key) return { step: 'ask', answer: { key, changes: diffContests(replace.target, replace.stored, lang) } };
    if (!answered.changes.length) return { step: 'identical' };
  }
  return { step: 'save', contest: parsed.contest, replace: replace?.target.id };
}
