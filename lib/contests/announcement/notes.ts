/**
 * What a reading collects: values found (with their line), fields missing (with a placeholder),
 * warnings, and which lines a field has already taken (so a prize line is not also read as a rule).
 */
import type { Line } from './lines';
import type { DraftFinding, DraftGap, DraftWarning, DraftWarningCode } from './types';

export class Notes {
  found: DraftFinding[] = [];
  missing: DraftGap[] = [];
  warnings: DraftWarning[] = [];
  /** Line index → the field that read it. */
  private used = new Map<number, string>();

  find(field: string, value: string, line: Line): void {
    this.found.push({ field, value, source: line.text, line: line.i + 1 });
  }
  miss(field: string, placeholder: string, message: string): void {
    this.missing.push({ field, placeholder, message });
  }
  warn(code: DraftWarningCode, field: string, message: string, line?: Line): void {
    this.warnings.push(line ? { code, field, message, source: line.text, line: line.i + 1 } : { code, field, message });
  }
  /** Mark a line as read for `field` (the first field to take a line keeps it). */
  use(line: Line | number, field: string): void {
    const i = typeof line === 'number' ? line : line.i;
    if (!this.used.has(i)) this.used.set(i, field);
  }
  isUsed(line: Line): boolean {
    return this.used.has(line.i);
  }
  /** The field that read the line, if any. */
  usedFor(line: Line): string | undefined {
    return this.used.get(line.i);
  }
}

const FORM_ORDER = [
  'name',
  'url',
  'window.start',
  'window.end',
  'window.displayOffset',
  'window',
  'length',
  'tags',
  'screenshot.requirement',
  'screenshot.kinds',
  'screenshot.token',
  'prizes',
  'pool',
  'rules',
];

/** Findings in the order of the contest form (stable within a field). */
export function inFormOrder<T extends { field: string }>(list: T[]): T[] {
  const rank = (field: string) => {
    const k = FORM_ORDER.findIndex((f) => field === f || field.startsWith(`${f}.`));
    return k === -1 ? FORM_ORDER.length : k;
  };
  return list
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item.field) - rank(b.item.field) || a.i - b.i)
    .map((x) => x.item);
}
