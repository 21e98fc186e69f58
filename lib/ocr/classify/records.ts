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
}

/** An amount label and its number (数量 120, Amount: 120). */
const LABELLED = /(?:数量|數量|amount|金额|金額|qty)\s*[:：]?\s*([+]?\d[\d,]*(?:\.\d+)?)/i;

/**
 * The row's amount: the number beside the token ("120 WXTM"), after an amount label ("数量 120"),
 * or the one number a single-line row holds besides its time (a price and an amount are two: then
 * none is named rather than the wrong one).
 */
function amountOf(lines: readonly string[], symbol: string, time: string | undefined): string | undefined {
  const text = lines.join('\n').replace(time ?? '\u0000', ' ').replace(/0x[0-9a-f.…]+/gi, ' ');
  const sym = escapeRe(symbol);
  const beside = new RegExp(`([+]?\\d[\\d,]*(?:\\.\\d+)?)\\s*${sym}(?![A-Za-z])|${sym}\\s+([+]?\\d[\\d,]*(?:\\.\\d+)?)`).exec(text);
  if (beside) return beside[1] ?? beside[2];
  const labelled = LABELLED.exec(text);
  if (labelled) return labelled[1];
  if (lines.length > 1) return undefined;
  const numbers = [...text.matchAll(AMOUNT)].map((m) => m[0]);
  return numbers.length === 1 ? numbers[0] : undefined;
}

export function tokenRows(rule: ScreenshotRule, segs: readonly Segment[]): TokenRows {
  const ui = uiLines(segs);
  const out: TokenRows = { done: [], unfinished: [], others: [] };
  for (let i = 0; i < ui.length; i++) {
    const symbol = tokenOnLine(rule, ui[i].raw);
    const other = symbol ? null : otherCoinOnLine(rule, ui[i].raw);
    if (!symbol && !other) continue;
    const row = [ui[i]];
    for (let j = i + 1; j < ui.length && j <= i + WEIGHTS.rowSpan; j++) {
      if (tokenOnLine(rule, ui[j].raw) || otherCoinOnLine(rule, ui[j].raw)) break;
      row.push(ui[j]);
    }
    const done = seenWords(row, DONE);
    const pending = seenWords(row, PENDING);
    const status = done[0] ?? pending[0];
    if (!status) continue;
    if (other) {
      if (!out.others.includes(other)) out.others.push(other);
      continue;
    }
    const lines = row.map((s) => s.raw.normalize('NFKC'));
    const time = lines.map((l) => TIME.exec(l)?.[0]).find(Boolean);
    const amount = amountOf(lines, symbol!, time);
    const said = [time, amount ? `${amount} ${rule.token.symbols[0]}` : rule.token.symbols[0], status].filter(Boolean).join(' · ');
    (done.length > 0 && pending.length === 0 ? out.done : out.unfinished).push(said);
  }
  return out;
}
