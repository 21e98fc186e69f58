/**
 * OCR text → the screenshot's verdict: which proof page it is (deposit, trade, CandyDrop, staking,
 * or none), whether the contest's token is its subject, how sure, and the words that prove it.
 * Pure: the host's words come from lib/ocr/vocabulary, the contest gives its policy (kinds, token,
 * extra words), the text comes in as a string.
 *
 * - Navigation runs are chrome and prose is a mention (segments.ts); a kind needs a combination of
 *   its words (kinds/kind.ts, weighed by weights.ts).
 * - A records table is proof by its rows (records.ts); elsewhere the page's subject decides: a
 *   title or subject line naming a coin, never a network or a contract line (token.ts).
 * - A withdraw form rules out a deposit (withdraw.ts); a login, API-key, asset or menu page, or a
 *   post, is evidence of something else, and says which (pages.ts).
 */
import { SCREENSHOT_KINDS, type ScreenshotRule } from '../../contests/schema';
import type { ScreenshotVerdict, VerdictKind, VerdictReason } from '../types';
import { CANDYDROP } from './kinds/candydrop';
import { DEPOSIT } from './kinds/deposit';
import { scoreKind, type PageKind } from './kinds/kind';
import { STAKING } from './kinds/staking';
import { TRADE } from './kinds/trade';
import { otherPage } from './pages';
import { tokenRows } from './records';
import { segments, type Segment } from './segments';
import { findSubjects, findTokens, QUOTES } from './token';
import { WEIGHTS } from './weights';
import { withdrawEvidence } from './withdraw';

export interface ClassifyOptions {
  /** The decoded text of each QR code on the picture (lib/ocr/qr.ts). */
  qr?: readonly string[];
}

const KINDS: Record<(typeof SCREENSHOT_KINDS)[number], PageKind> = { deposit: DEPOSIT, trade: TRADE, candydrop: CANDYDROP, staking: STAKING };

const OTHER_PAGE_REASON = {
  login: 'login-page',
  apiKeys: 'api-key-page',
  assets: 'assets-page',
  menu: 'menu-page',
  post: 'post-page',
} as const satisfies Record<string, VerdictReason>;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const round2 = (x: number) => Math.round(x * 100) / 100;
const chars = (list: readonly Segment[]) => list.reduce((n, s) => n + s.compact.length, 0);

/** Classify OCR text against the contest's screenshot rule. Never throws. */
export function classifyScreenshot(text: string, rule: ScreenshotRule, options: ClassifyOptions = {}): ScreenshotVerdict {
  const source = text ?? '';
  const segs = segments(source);
  const qr = options.qr ?? [];
  // Every kind is scored, taken or not: a deposit page under a contest that takes staking records
  // only is "a deposit page, not what this contest takes", never "nothing".
  const scored = SCREENSHOT_KINDS.map((k) => scoreKind(KINDS[k], rule, segs, source, qr)).sort((a, b) => b.score - a.score);
  const scores = { deposit: 0, trade: 0, candydrop: 0, staking: 0 };
  for (const s of scored) scores[s.kind] = round2(s.score);
  // A withdraw form rules out a deposit (it looks like one), not a trade or a CandyDrop page.
  const withdraw = withdrawEvidence(segs);
  const best = scored.find((s) => s.accepted && !(withdraw && s.kind === 'deposit'));
  const second = scored.find((s) => s !== best);
  const tokens = findTokens(rule, segs);
  const subjects = findSubjects(rule, segs);
  // A records table: its title read, or rows enough to be one (two rows with a status, whatever
  // the page calls itself: Gate's app titles its deposit records "Recent Trades").
  const read = best ? tokenRows(rule, segs) : null;
  const rowCount = read ? read.done.length + read.unfinished.length + read.others.length + read.unread : 0;
  const rows = read && (best?.records || rowCount >= 2) ? read : { done: [], unfinished: [], others: [], unread: 0 };
  // Readable text: a few lines of four letters or more. A photo reads as scattered single signs.
  const readable = segs.filter((s) => (s.raw.match(/\p{L}/gu) ?? []).length >= 4).length >= WEIGHTS.readableLines;
  const content = segs.filter((s) => !s.chrome);
  const proseLines = content.filter((s) => s.prose).length;
  const proseShare = chars(content.filter((s) => s.prose)) / Math.max(1, chars(content));

  const kind: VerdictKind = best ? best.kind : 'none';
  let token = false;
  let reason: VerdictReason;
  let otherTokens: string[] = [];
  let evidence: string[] = [];
  // The page names the token and another coin as subjects (a market list of pairs): the token is
  // there, but whose page it is cannot be told.
  const subjectsDisagree = subjects.token.length > 0 && subjects.other.length > 0;
  if (best) {
    // The strongest evidence first: a QR code matching its address, then titles, then features.
    const qrMatch = best.distinctive.filter((e) => e.startsWith('QR ⇔'));
    evidence = [...qrMatch, ...best.titles, ...best.distinctive.filter((e) => !e.startsWith('QR ⇔'))];
    token = rows.done.length > 0 || subjects.token.length > 0 || (tokens.inUi.length > 0 && subjects.other.length === 0 && rows.unfinished.length === 0);
    if (token) reason = 'token-activity';
    else {
      otherTokens = [...tokens.others.entries()].sort((a, b) => b[1] - a[1]).map(([sym]) => sym);
      // The quote currency is the subject only when nothing else is (a USDT deposit).
      const nonQuote = otherTokens.filter((s) => !QUOTES.has(s));
      if (nonQuote.length) otherTokens = nonQuote;
      // On a trade page the quote (USDT in WXTM/USDT) is never the subject: its base was not read.
      else if (best.kind === 'trade') otherTokens = [];
      // A records table of other coins' rows is theirs.
      if (rows.others.length) otherTokens = rows.others;
      // The coin the page names as its subject is the answer, quote currency or not.
      if (subjects.other.length) otherTokens = [...new Set(subjects.other)];
      // The token's own rows are there but unfinished, or in a table of several coins' rows (the
      // filter on "All") a row's coin could not be read (the token's, misread?): no other coin's
      // page, and no proof yet. (In one coin's table an unread row is that coin's.)
      if (rows.unfinished.length || (rows.unread > 0 && rows.others.length >= 2 && subjects.other.length === 0)) otherTokens = [];
      otherTokens = otherTokens.slice(0, 3);
      reason = otherTokens.length ? 'other-coin' : 'token-not-seen';
    }
  } else if (withdraw) {
    token = tokens.inUi.length > 0 || tokens.inProse.length > 0;
    evidence = withdraw;
    reason = 'withdraw-page';
  } else {
    token = tokens.inUi.length > 0 || tokens.inProse.length > 0;
    const other = otherPage(segs);
    // A post or news item is mostly sentences; a deposit page's notice is one sentence among many
    // labels, and a token read only there leaves the page untold, not "a post".
    // Nearly a proof page: a kind's score reached with something of the page besides a title (a
    // title alone may be the navigation's: CandyDrop, Deposit).
    const nearKind = scored.some((s) => s.score >= WEIGHTS.threshold && s.distinctive.length > 0);
    const sentences = proseShare >= WEIGHTS.proseShare || (proseLines >= 2 && !nearKind);
    // The token as a label of its own, or a deposit address beside it, is more than a mention.
    const onlyMentioned = tokens.cells.length === 0 && (scored.find((s) => s.kind === 'deposit')?.structural.length ?? 0) === 0;
    if (other && other.page !== 'post' && !nearKind) {
      reason = OTHER_PAGE_REASON[other.page];
      evidence = other.words;
    } else if (token) {
      reason = onlyMentioned && sentences ? 'mentions-token-only' : 'token-unplaced';
    } else if (sentences && !nearKind && (proseLines >= 2 || other?.page === 'post')) {
      reason = 'post-page';
      evidence = other?.page === 'post' ? other.words : [];
    } else reason = readable ? 'not-activity' : 'no-text';
  }

  let confidence: number;
  if (best) {
    const c = WEIGHTS.confidence;
    const margin = best.score - (second?.score ?? 0);
    confidence = clamp01(c.base + c.perScore * best.score + c.perMargin * margin);
    confidence = Math.min(confidence, subjectsDisagree && rows.done.length === 0 ? WEIGHTS.subjectsDisagreeMax : c.max);
  } else {
    confidence = clamp01(WEIGHTS.noneConfidence.base - WEIGHTS.noneConfidence.perScore * (scored[0]?.score ?? 0));
  }

  return {
    kind,
    token,
    confidence: round2(confidence),
    evidence,
    tokenEvidence: [...new Set([...subjects.token, ...tokens.inUi, ...tokens.inProse])].slice(0, 5),
    rowEvidence: rows.done.length ? rows.done.slice(0, 3) : rows.unfinished.slice(0, 3),
    otherTokens,
    reason,
    scores,
  };
}
