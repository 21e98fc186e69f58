/**
 * A records table (deposit records, order history, staking records) is proof by its rows: a row
 * of the token that finished (completed, credited, filled) proves the activity, whatever other
 * coins' rows stand beside it (the usual view, the coin filter on "All"). The evidence names the
 * row: its time, its amount and its status.
 *
 * A row is the token's line and the lines after it up to the next coin (a phone shows a row as a
 * card: coin, amount, time, status; a desktop table as one line).
 */
import type { ScreenshotRule } from '../../contests/schema';
import { allWords, VOCABULARY } from '../vocabulary';
import { escapeRe, keywords, seenWords } from './keywords';
import { uiLines, type Segment } from './segments';
import { otherCoinOnLine, tokenOnLine } from './token';
import { WEIGHTS } from './weights';

const DONE = keywords([allWords(VOCABULARY.records.done)]);
const PENDING = keywords([allWords(VOCABULARY.records.pending)]);

/** A row's time: "2025-08-08 14:22:05", "2025/8/8", "08-08 14:22". */
const TIME = /\b20\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)?|\b\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?/;
/** A number standing alone (not the 20 of ERC20, not inside a hash). */
const AMOUNT = /(?<![A-Za-z\d.,])[+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![A-Za-z\d])/g;

export interface TokenRows {
  /** Rows of the token that finished: "2025-08-08 14:22:05 · 12,500 WXTM · 已完成". */
  done: string[];
  /** Rows of the token still pending, cancelled or failed. */
  unfinished: string[];
  /** The coins of the other rows, in the order read (a table of them alone is their record). */
  others: string[];
  /** Rows with a status whose coin could not be read (OCR lost it): maybe the token's. */
  unread: number;
}

/** An amount label and its number (数量 120, Amount: 120). */
const LABELLED = /(?:数量|數量|amount|金额|金額|qty)\s*[:：]?\s*([+]?\d[\d,]*(?:\.\d+)?)/i;

/**
 * The row's amount: the number beside the token ("120 WXTM"), after an amount label ("数量 120"),
 * or the one number a single-line row holds besides its time (a price and an amount are two: then
 * none is named rather than the wrong one).
 */
function amountOf(lines: readonly string[], symbol: string, time: string | undefined): string | undefined {
  const text = lines
    .join('\n')
    .replace(time ?? '\u0000', ' ')
    .replace(/0x[0-9a-f.…]+/gi, ' ');
  const sym = escapeRe(symbol);
  const beside = new RegExp(`([+]?\\d[\\d,]*(?:\\.\\d+)?)\\s*${sym}(?![A-Za-z])|${sym}\\s+([+]?\\d[\\d,]*(?:\\.\\d+)?)`).exec(text);
  if (beside) return beside[1] ?? beside[2];
  const labelled = LABELLED.exec(text);
  if (labelled) return labelled[1];
  if (lines.length > 1) return undefined;
  const numbers = [...text.matchAll(AMOUNT)].map((m) => m[0]);
  return numbers.length === 1 ? numbers[0] : undefined;
}

/**
 * The row's time: the one nearest its coin's lines (back from the first, on from the last) between
 * the rows before and after; a card may put its time under the amount whatever side its status is
 * on. On a tie, the layout's side.
 */
function rowTime(ui: readonly Segment[], a: Anchor, prev: number, next: number, backward: boolean): string | undefined {
  const timeAt = (j: number) => (j > prev && j < next ? TIME.exec(ui[j].raw.normalize('NFKC'))?.[0] : undefined);
  for (let j = a.first; j <= a.last; j++) if (timeAt(j)) return timeAt(j);
  for (let d = 1; a.first - d > prev || a.last + d < next; d++) {
    const sides = backward ? [a.first - d, a.last + d] : [a.last + d, a.first - d];
    for (const j of sides) if (timeAt(j)) return timeAt(j);
  }
  return undefined;
}

/** Lines naming one coin close together (a card's coin cell and its amount line): one row's anchor. */
interface Anchor {
  first: number;
  last: number;
  /** The token as read on its lines, or null for another coin. */
  token: string | null;
  coin: string;
}

/**
 * The rows of a records table. Lines naming a coin anchor a row (a card's coin cell and amount line
 * together); the row runs to the next anchor on one side. Which side is the table's layout, read
 * from the table itself: a desktop row or a card with its status under the amount runs forward, a
 * card with the status beside the coin above its amount line runs backward; the side where more
 * anchors find a status wins (forward on a tie).
 */
export function tokenRows(rule: ScreenshotRule, segs: readonly Segment[]): TokenRows {
  const ui = uiLines(segs);
  const out: TokenRows = { done: [], unfinished: [], others: [], unread: 0 };
  const anchors: Anchor[] = [];
  ui.forEach((s, i) => {
    const token = tokenOnLine(rule, s.raw);
    const coin = token ? '\u0000token' : otherCoinOnLine(rule, s.raw);
    if (!coin) return;
    const last = anchors[anchors.length - 1];
    if (last && last.coin === coin && i - last.last <= 3) {
      last.last = i;
      last.token ??= token;
    } else anchors.push({ first: i, last: i, token, coin });
  });
  const status = ui.map((s) => ({ done: seenWords([s], DONE), pending: seenWords([s], PENDING) }));
  const hasStatus = ([from, to]: readonly [number, number]) => status.slice(from, to + 1).some((x) => x.done.length || x.pending.length);
  const span = WEIGHTS.rowSpan;
  const forward = anchors.map((a, k) => [a.first, Math.min((anchors[k + 1]?.first ?? ui.length) - 1, a.last + span)] as const);
  const backward = anchors.map((a, k) => [Math.max((anchors[k - 1]?.last ?? -1) + 1, a.first - span), a.last] as const);
  const rows = backward.filter(hasStatus).length > forward.filter(hasStatus).length ? backward : forward;
  const covered = new Set<number>();
  anchors.forEach((a, k) => {
    const [from, to] = rows[k];
    const done = status.slice(from, to + 1).flatMap((x) => x.done);
    const pending = status.slice(from, to + 1).flatMap((x) => x.pending);
    const said = done[0] ?? pending[0];
    if (!said) return;
    for (let j = from; j <= to; j++) covered.add(j);
    if (!a.token) {
      if (!out.others.includes(a.coin)) out.others.push(a.coin);
      return;
    }
    const time = rowTime(ui, a, anchors[k - 1]?.last ?? -1, anchors[k + 1]?.first ?? ui.length, rows === backward);
    const lines = ui.slice(Math.min(from, a.first), Math.max(to, a.last) + 1).map((s) => s.raw.normalize('NFKC'));
    const amount = amountOf(lines, a.token, time);
    const row = [time, amount ? `${amount} ${rule.token.symbols[0]}` : rule.token.symbols[0], said].filter(Boolean).join(' · ');
    (done.length > 0 && pending.length === 0 ? out.done : out.unfinished).push(row);
  });
  // Statuses of rows whose coin could not be read: maybe the token's.
  status.forEach((x, i) => {
    if (!covered.has(i) && (x.done.length || x.pending.length)) out.unread++;
  });
  return out;
}
