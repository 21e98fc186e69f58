/**
 * OCR text → what the screenshot shows: a deposit, trade or CandyDrop page, whether it is about the
 * contest's token, how sure we are, and the words that prove it. Pure: keywords come from the
 * contest (`screenshot.signals`, `screenshot.token`), text comes in as a string.
 *
 * Contest requirement (WXTM): "附帶參與截圖者優先" — a deposit record (充值記錄), a trading page
 * (交易頁面) or a CandyDrop registration (CandyDrop 報名圖).
 *
 * Why not count keywords anywhere:
 * - Gate's navigation (買幣 行情 交易 合約 … 充值) is on every page: runs of navigation words are
 *   recognised as chrome and ignored.
 * - Posts and news talk about deposits, trading and CandyDrop in sentences: keywords inside prose
 *   count for nothing; a page is proved by its UI labels.
 * - A CandyDrop page lists deposit and trading tasks: each kind needs a combination (a title and a
 *   distinctive feature, or several distinctive features), and the strongest combination wins.
 * - A post or news item that only mentions WXTM is `mentions-token-only`; WXTM on a page that is
 *   neither a post nor a recognised activity page is `token-unplaced` (seen, but the page cannot be
 *   told); an activity page of another coin is `other-coin` with the coins named.
 * - A withdraw form looks like a deposit page (coin, network, address): an address field, a fee and
 *   the amount received make it `withdraw-page`, whatever deposit words it also shows.
 */
import { SCREENSHOT_KINDS, type ScreenshotKind, type ScreenshotRule } from '../contests/schema';
import { fold, hasCjk } from './classify-fold';
import { DEPOSIT_DISTINCTIVE, DEPOSIT_ONLY, DEPOSIT_RECORD_TITLES, DEPOSIT_TITLES, SUBJECT_PATTERNS, WITHDRAW_ONLY, WITHDRAW_RECORD_TITLES, WITHDRAW_SHARED, WITHDRAW_TITLE_COIN, WITHDRAW_TITLES } from './gate-words';
import { addressOf, DISTINCT_ADDRESS } from './qr-address';
import type { ScreenshotVerdict, VerdictKind, VerdictReason } from './types';

/** Gate's own chrome: top navigation and the app's tab bar. Host knowledge, not contest data. */
const CHROME_WORDS = [
  '买币', '行情', '交易', '合约', '跟单', '理财', 'web3', '广场', '更多', '充值', '资产', '订单', '首页', '现货', '杠杆',
  '发现', '钱包', '活动', '福利中心', '登录', '注册', '买卖',
  'buy crypto', 'markets', 'trade', 'futures', 'copy', 'earn', 'square', 'more', 'deposit', 'assets', 'orders',
  'home', 'wallet', 'log in', 'sign up', 'discover', 'gate',
].map(fold);

/** Words that look like coin symbols but are not. */
const NOT_COINS = new Set([
  'TXID', 'UTC', 'GMT', 'API', 'KYC', 'VIP', 'APP', 'ID', 'OK', 'USD', 'PNL', 'ROI', 'APR', 'APY', 'ERC20', 'TRC20',
  'BEP20', 'BSC', 'WEB3', 'AM', 'PM', 'NEW', 'HOT', 'QR', 'FAQ', 'GATE', 'MAX', 'MIN', 'ALL', 'TP', 'SL', 'NFT', 'AI',
  'CN', 'EN', 'TW', 'HK', 'US', 'UID', 'DEX', 'CEX', 'LTE', 'GPS', 'WIFI', 'IOS', 'PDF', 'PNG', 'JPG', 'HTTP', 'HTTPS',
  'WWW', 'COM', 'IO', 'OTC', 'TID', 'TXHASH', 'HASH', 'TX', 'GB', 'MB', 'KB', 'P2P', 'ETF', 'TVL', 'MA', 'EMA', 'BOLL', 'MACD', 'KDJ', 'RSI', 'VOL', 'CANDYDROP',
]);
const QUOTES = new Set(['USDT', 'USDC']);
/** Symbols recognised in any letter case (OCR writes USDT as usDT): none is an English word. */
const CASELESS_COINS = new Set(['USDT', 'USDC', 'BTC', 'ETH', 'XRP', 'BNB', 'TRX', 'DOGE', 'SHIB', 'PEPE', 'LTC']);

export interface ClassifyOptions {
  /** Minimum score for a kind to be claimed. */
  threshold?: number;
  /** The decoded text of each QR code on the picture (lib/ocr/qr.ts). */
  qr?: readonly string[];
}

const DEPOSIT_ONLY_FOLDED = new Set(DEPOSIT_ONLY.map(fold));
const HOST_DEPOSIT_FOLDED = new Set(DEPOSIT_DISTINCTIVE.map(fold));

/** Evidence that is no keyword: a QR code, an address. Spelled for the evidence list. */
interface Structural {
  label: string;
  weight: number;
}

interface Keyword {
  /** As the contest spells it (the first language it was listed in). */
  text: string;
  /** Every spelling the contest lists that folds to the same form (記錄 / 记录). */
  variants: string[];
  folded: string;
  cjk: boolean;
  /** Also a navigation word (充值, Deposit): weaker as a title. */
  generic: boolean;
  pattern: RegExp;
}

interface Segment {
  raw: string;
  folded: string;
  /** Whitespace removed, for CJK matching. */
  compact: string;
  chrome: boolean;
  prose: boolean;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function keyword(text: string): Keyword {
  const folded = fold(text);
  const cjk = hasCjk(folded);
  // Latin keywords match as whole words; their inner spaces are optional (OrderBook, Order Book).
  const body = folded
    .split(' ')
    .map((w) => escapeRe(w))
    .join('\\s?');
  const pattern = cjk ? new RegExp(escapeRe(folded.replace(/\s+/g, ''))) : new RegExp(`(?:^|[^a-z0-9])${body}(?![a-z0-9])`);
  return { text, variants: [text], folded, cjk, generic: CHROME_WORDS.includes(folded), pattern };
}

function keywords(words: Partial<Record<string, string[]>> | undefined): Keyword[] {
  const seen = new Map<string, Keyword>();
  for (const list of Object.values(words ?? {})) {
    for (const w of list ?? []) {
      const k = keyword(w);
      const key = k.folded.replace(/\s+/g, '');
      const known = seen.get(key);
      if (known) known.variants.push(w);
      else seen.set(key, k);
    }
  }
  return [...seen.values()];
}

function matches(k: Keyword, seg: Segment): boolean {
  return k.pattern.test(k.cjk ? seg.compact : seg.folded);
}

/** The contest's spelling closest to what was read: the simplified one on a simplified page. */
function spelling(k: Keyword, hits: Segment[]): string {
  if (k.variants.length === 1) return k.text;
  const raw = hits.map((s) => s.raw.normalize('NFKC').replace(/\s+/g, '')).join('\n');
  return k.variants.find((v) => raw.includes(v.replace(/\s+/g, ''))) ?? k.text;
}

/** A segment that is only navigation words (and separators). */
function chromeOnly(folded: string): { only: boolean; count: number } {
  let rest = ` ${folded.replace(/[|/·•>›»<‹«()[\]{}:：,，.。]+/g, ' ')} `;
  let count = 0;
  for (const w of [...CHROME_WORDS].sort((a, b) => b.length - a.length)) {
    const re = hasCjk(w) ? new RegExp(escapeRe(w), 'g') : new RegExp(`(?<=\\s)${escapeRe(w)}(?=\\s)`, 'g');
    rest = rest.replace(re, () => {
      count++;
      return ' ';
    });
  }
  // Icons and avatars read as one or two stray letters or digits.
  const leftover = rest.replace(/\s+/g, ' ').trim().split(' ').filter((t) => t.length > 2 || hasCjk(t));
  return { only: count > 0 && leftover.length === 0, count };
}

/** Sentences (posts, news), as opposed to UI labels and table cells. */
function isProse(raw: string): boolean {
  const cjkChars = (raw.match(/[\u3400-\u9fff]/g) ?? []).length;
  const cjkPunct = (raw.match(/[，。！？；、,!?;]/g) ?? []).length;
  if (cjkChars >= 12 && cjkPunct >= 1) return true;
  if (cjkChars >= 24) return true;
  const words = raw.match(/[A-Za-z][a-z']+/g) ?? [];
  const lower = words.filter((w) => /^[a-z]/.test(w) && w.length > 1);
  // UI labels are short and hardly ever hold two function words; sentences do.
  const functionWords = (raw.toLowerCase().match(FUNCTION_WORDS) ?? []).length;
  return (words.length >= 8 && lower.length >= 5) || (words.length >= 5 && functionWords >= 3);
}

const FUNCTION_WORDS =
  /(?<![a-z])(?:the|a|an|and|or|but|of|to|in|on|at|for|with|about|is|are|was|has|have|had|it|this|that|i|you|we|they|what|how|do|does|not|now|still|will|can|be|been)(?![a-z])/g;

function segments(text: string): Segment[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const segs: Segment[] = lines.map((raw) => {
    const folded = fold(raw);
    return { raw, folded, compact: folded.replace(/\s+/g, ''), chrome: false, prose: isProse(raw) };
  });
  // A paragraph: lines next to a sentence that read as sentences themselves (a post's text is cut
  // into lines by the screen's width, and a cut line may hold too few words to tell alone); a line
  // with a hashtag is a post's text.
  const continues = (raw: string) => {
    const cjk = (raw.match(/[\u3400-\u9fff]/g) ?? []).length;
    if (cjk >= 6 && /[，。！？；、,!?;]/.test(raw)) return true;
    const words = raw.match(/[A-Za-z][a-z']+/g) ?? [];
    return words.length >= 4 && words.filter((w) => /^[a-z]/.test(w)).length >= 3;
  };
  for (const seg of segs) if (/#[^#\s][^#\n]{0,40}#|(?:^|\s)#[\p{L}\d]{2,}/u.test(seg.raw)) seg.prose = true;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < segs.length; i++) {
      if (segs[i].prose || !continues(segs[i].raw)) continue;
      if (segs[i - 1]?.prose || segs[i + 1]?.prose) {
        segs[i].prose = true;
        changed = true;
      }
    }
  }
  // Chrome: a line holding three or more navigation words and nothing else, or a run of three or
  // more consecutive navigation-only lines (sparse segmentation puts each word on its own line).
  const info = segs.map((s) => chromeOnly(s.folded));
  for (let i = 0; i < segs.length; i++) {
    if (info[i].only && info[i].count >= 3) segs[i].chrome = true;
  }
  for (let i = 0; i < segs.length; ) {
    if (!info[i].only) {
      i++;
      continue;
    }
    let j = i;
    let words = 0;
    while (j < segs.length && info[j].only) words += info[j++].count;
    if (words >= 3) for (let k = i; k < j; k++) segs[k].chrome = true;
    i = j;
  }
  return segs;
}

interface KindScore {
  kind: ScreenshotKind;
  score: number;
  titles: string[];
  distinctive: string[];
  accepted: boolean;
}

function scoreKind(kind: ScreenshotKind, rule: ScreenshotRule, segs: Segment[], threshold: number, structural: Structural[] = []): KindScore {
  const signals = rule.signals[kind];
  // The contest's words, and for a deposit Gate's own page words too (host knowledge).
  const host = kind === 'deposit';
  const titles = keywords({ ...signals?.titles, ...(host ? { host: DEPOSIT_TITLES } : {}) });
  const distinctive = keywords({ ...signals?.distinctive, ...(host ? { host: DEPOSIT_DISTINCTIVE } : {}) });
  const ui = segs.filter((s) => !s.chrome && !s.prose);
  let score = 0;
  const titleHits: string[] = [];
  const distinctHits: string[] = [];
  // Longest keywords first, and a shorter one inside an already matched longer one is not counted
  // twice (充值 inside 充值記錄).
  const used = new Set<string>();
  for (const k of [...titles].sort((a, b) => b.folded.length - a.folded.length)) {
    const hit = ui.filter((s) => matches(k, s));
    if (hit.length === 0) continue;
    if ([...used].some((u) => u.includes(k.folded))) continue;
    // A heading: the line is the title itself (give or take a count or an arrow).
    const heading = hit.some((s) => s.compact.replace(/[\s()（）\d›>»|:：]+/g, '').length <= k.folded.replace(/\s/g, '').length + 1);
    const w = k.generic ? (heading ? 1.5 : 1) : heading ? 3 : 2;
    score += w;
    titleHits.push(spelling(k, hit));
    used.add(k.folded);
  }
  for (const k of [...distinctive].sort((a, b) => b.folded.length - a.folded.length)) {
    const hit = ui.filter((s) => matches(k, s));
    if (hit.length === 0) continue;
    if ([...used].some((u) => u.includes(k.folded))) continue;
    score += 1;
    distinctHits.push(spelling(k, hit));
    used.add(k.folded);
  }
  for (const s of structural) {
    score += s.weight;
    distinctHits.push(s.label);
  }
  const combination = (titleHits.length >= 1 && distinctHits.length >= 1) || distinctHits.length >= 3;
  const strongTitle = titleHits.some((t) => !CHROME_WORDS.includes(fold(t)));
  // A QR code that decodes to the address written beside it is as strong as a title.
  const strongStructure = structural.some((s) => s.weight >= 3);
  // The coin picker and chain chooser are on the withdraw form too: a deposit also needs a title,
  // its QR code matching the address, or something only the deposit page shows.
  const depositOnly =
    kind !== 'deposit' || titleHits.length > 0 || strongStructure || distinctHits.some((h) => DEPOSIT_ONLY_FOLDED.has(fold(h))) || distinctive.some((k) => !HOST_DEPOSIT_FOLDED.has(k.folded) && distinctHits.includes(k.text));
  const accepted = combination && score >= threshold && (strongTitle || strongStructure || distinctHits.length >= 2) && depositOnly;
  return { kind, score, titles: titleHits, distinctive: distinctHits, accepted };
}

/** Letters-only skeleton of a symbol for OCR-tolerant comparison (0→O, 1→I, 5→S, 8→B). */
function symbolSkeleton(s: string): string {
  return s
    .toUpperCase()
    .replace(/0/g, 'O')
    .replace(/[1|!L]/g, 'I')
    .replace(/5/g, 'S')
    .replace(/8/g, 'B')
    .replace(/VV/g, 'W');
}

/** Letters OCR mistakes for one another (shapes alike): one slip between two others makes another word. */
const LOOKALIKES = ['MNWH', 'ODQCGU', 'ITJY', 'RT', 'SZ', 'BER', 'PF', 'VUY', 'KX'];
const lookalike = (x: string, y: string) => LOOKALIKES.some((g) => g.includes(x) && g.includes(y));

/**
 * Equal on the skeleton, or one letter read as a look-alike (WXTN), or one thin stroke too many
 * (WXITM). Only for symbols of 4+ letters, and never when the candidate is itself a known coin:
 * DOGS is no misread DOGE, USDT no misread USDE.
 */
function nearSymbol(candidate: string, symbol: string): boolean {
  const a = symbolSkeleton(candidate);
  const b = symbolSkeleton(symbol);
  if (a === b) return true;
  if (b.length < 4 || CASELESS_COINS.has(a)) return false;
  if (a.length === b.length) {
    let diff = 0;
    let alike = true;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      diff++;
      alike &&= lookalike(a[i], b[i]);
    }
    return diff <= 1 && alike;
  }
  if (a.length === b.length + 1) {
    for (let i = 0; i < a.length; i++) if ('IJT'.includes(a[i]) && a.slice(0, i) + a.slice(i + 1) === b) return true;
  }
  return false;
}

/** Written mostly in capitals, as symbols are (WXTM, WXTm): "Type" or "Open" is a word, not HYPE or OPEN. */
function capitalised(word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, '');
  return (letters.match(/[A-Z]/g) ?? []).length * 2 > letters.length;
}

/**
 * One letter missing as well (WXM, WTM: a thin stroke lost beside a coin icon). Only where the page
 * names its subject coin, never for a coin seen anywhere else.
 */
function nearSubjectSymbol(candidate: string, symbol: string): boolean {
  if (nearSymbol(candidate, symbol)) return true;
  const a = symbolSkeleton(candidate);
  const b = symbolSkeleton(symbol);
  if (b.length < 4 || a.length !== b.length - 1) return false;
  for (let i = 0; i < b.length; i++) if (b.slice(0, i) + b.slice(i + 1) === a) return true;
  return false;
}

interface TokenFinding {
  inUi: string[];
  inProse: string[];
  /** The token as a line of its own (a coin cell, a label): more than a mention. */
  cells: string[];
  others: Map<string, number>;
}

/** The coin a page names as its subject (SUBJECT_PATTERNS): the contest's token and/or others. */
interface Subjects {
  token: string[];
  other: string[];
}

/** An upper-case symbol as read, or the big coins' in any case (usDT); null for words (Records, Notes). */
function coinSymbol(s: string): string | null {
  if (/^[A-Z][A-Z0-9]{1,11}$/.test(s)) return NOT_COINS.has(s) ? null : s;
  return CASELESS_COINS.has(s.toUpperCase()) ? s.toUpperCase() : null;
}

function findSubjects(rule: ScreenshotRule, segs: Segment[]): Subjects {
  const out: Subjects = { token: [], other: [] };
  for (const s of segs) {
    if (s.chrome || s.prose) continue;
    // A coin icon read as a letter or a sign before the symbol ("W WXTM/USDT", "@ wxm").
    const line = s.raw.normalize('NFKC').trim().replace(/^\S{1,2}\s+(?=[A-Za-z]{2})/, '');
    for (const p of SUBJECT_PATTERNS) {
      const m = p.exec(line) ?? p.exec(s.raw.normalize('NFKC').trim());
      if (!m) continue;
      const sym = m[1];
      if (rule.token.symbols.some((t) => nearSubjectSymbol(sym, t))) out.token.push(sym);
      else {
        const coin = coinSymbol(sym);
        if (coin) out.other.push(coin);
      }
    }
  }
  return out;
}

/** A line that is a coin alone, maybe after its icon read as a sign or letter: "© usor", "W WXTM". */
const COIN_CELL = /^(?:\S{1,2}\s+)?([A-Za-z][A-Za-z0-9]{1,11})$/;

/** Runs that start with a letter: "0.0001WXTM" gives "WXTM". */
const WORD_RUN = /(?<![A-Za-z])[A-Za-z][A-Za-z0-9|]{1,11}/g;

/** A name read with at most one wrong letter, anywhere inside a run (WxXrMinorari → MinoTari). */
function nearName(run: string, name: string): boolean {
  const a = fold(run).replace(/\s+/g, '');
  const b = fold(name).replace(/\s+/g, '');
  if (b.length < 6) return new RegExp(`(?:^|[^a-z])${escapeRe(b)}(?![a-z])`).test(fold(run));
  for (let i = 0; i + b.length <= a.length; i++) {
    let diff = 0;
    for (let j = 0; j < b.length && diff <= 1; j++) if (a[i + j] !== b[j]) diff++;
    if (diff <= 1) return true;
  }
  return false;
}

function findTokens(rule: ScreenshotRule, segs: Segment[]): TokenFinding {
  const symbols = rule.token.symbols;
  const names = rule.token.names;
  const inUi: string[] = [];
  const inProse: string[] = [];
  const upper = new Map<string, number>();
  const strong = new Map<string, number>();
  const ui = segs.filter((s) => !s.chrome);
  // Tokens read in coin cells, and the other coins those cells hold: several other coins in cells
  // make the cells a list ("popular coins", an asset list), whose members are nobody's subject.
  const inCells: string[] = [];
  const otherCells = new Set<string>();
  for (const s of ui) {
    const found: string[] = [];
    const cell = COIN_CELL.exec(s.raw.normalize('NFKC').trim());
    // In a cell, a short word mostly in capitals is a coin as read (ETh, GBrc): enough to tell a
    // list of coins from rows of one.
    const caps = cell ? (cell[1].match(/[A-Z]/g) ?? []).length : 0;
    const tokenish = (w: string) => symbols.some((sym) => nearSymbol(w, sym) || nearSymbol(w.slice(0, sym.length), sym));
    if (cell && cell[1].length >= 3 && cell[1].length <= 6 && caps * 2 >= cell[1].length && !tokenish(cell[1]) && !NOT_COINS.has(cell[1].toUpperCase())) {
      otherCells.add(cell[1].toUpperCase());
    }
    const text = s.raw.normalize('NFKC');
    // The other coins this line names (upper-case symbols, not a quote after "/", not a network).
    const lineCoins = new Set<string>();
    for (const m of text.matchAll(/(?<![A-Za-z/])([A-Z][A-Z0-9]{1,9})(?![A-Za-z0-9]|\/(?:ERC|TRC|BEP)20)/g)) {
      const sym = m[1];
      if (!NOT_COINS.has(sym) && !symbols.some((t) => nearSymbol(sym, t))) lineCoins.add(sym);
    }
    let byName = false;
    for (const m of text.matchAll(WORD_RUN)) {
      const word = m[0];
      // A symbol, alone or glued to its quote currency (WXTMUSDT, the slash misread: WXTMIUSDT),
      // written in capitals as symbols are, or in any case as a pair's base (WxrM/Uuspr).
      const pairBase = text.slice((m.index ?? 0) + word.length).startsWith('/');
      const hit =
        (pairBase || capitalised(word)) &&
        symbols.some(
          (sym) =>
            nearSymbol(word, sym) ||
            (nearSymbol(word.slice(0, sym.length), sym) && /^[Il1|/]?(USDT|USDC|BTC|ETH)$/i.test(word.slice(sym.length))),
        );
      if (hit) found.push(word);
      else if (names.some((n) => nearName(word, n))) {
        found.push(names.find((n) => nearName(word, n))!);
        byName = true;
      }
    }
    // A name beside another coin's symbol is a network or a chain ("USDT Solana"), not the coin.
    if (byName && lineCoins.size > 0) found.length = 0;
    // Three coins or more on one line are a list (popular coins, a market row): nobody's subject.
    const listLine = !s.prose && found.length > 0 && lineCoins.size + 1 >= 3;
    if (found.length && !listLine) (s.prose ? inProse : cell ? inCells : inUi).push(...found);
    if (s.prose) continue;
    // Other coins: upper-case symbols (2 letters only as a pair base), not preceded by "/" (a quote).
    for (const m of text.matchAll(/(?<![A-Za-z/])([A-Z][A-Z0-9]{1,9}|[A-Za-z]{3,5})(?![A-Za-z0-9])/g)) {
      let sym = m[1];
      // Lower-case letters only in the big coins' symbols, which are no English words (usDT).
      if (/[a-z]/.test(sym)) {
        if (!CASELESS_COINS.has(sym.toUpperCase())) continue;
        sym = sym.toUpperCase();
      }
      // Glued to its quote, the slash misread (SOLIUSDT): the base.
      const glued = /^([A-Z][A-Z0-9]+?)[Il1]?(USDT|USDC)$/.exec(sym);
      if (glued && glued[1].length >= 2) {
        sym = glued[1];
        strong.set(sym, (strong.get(sym) ?? 0) + 3);
      }
      const letters = sym.replace(/[^A-Z]/g, '').length;
      if (NOT_COINS.has(sym) || letters < 2 || sym.length - letters > 1) continue;
      if (symbols.some((t) => nearSymbol(sym, t) || nearSymbol(sym.slice(0, t.length), t))) continue;
      const at = m.index ?? 0;
      const after = text.slice(at + sym.length, at + sym.length + 8);
      if (/^\/(ERC|TRC|BEP)20/i.test(after)) continue; // a network name: ETH/ERC20
      const before = text.slice(Math.max(0, at - 2), at);
      const pairBase = /^\s*[/_]\s*(USDT|USDC|BTC|ETH)\b/.test(after) || (/\($/.test(before) && /^\)/.test(after));
      if (pairBase) strong.set(sym, (strong.get(sym) ?? 0) + 3);
      else if (/\d\s?$/.test(before)) strong.set(sym, (strong.get(sym) ?? 0) + 2); // an amount: 0.0001 BTC
      else if (sym.length < 3) continue;
      upper.set(sym, 0);
    }
  }
  // Count each candidate wherever it appears, in any case (OCR writes USDT as usDT too); a coin
  // needs two sightings, or one as a pair base, in parentheses or after an amount.
  const others = new Map<string, number>();
  for (const sym of upper.keys()) {
    const re = new RegExp(`(?<![A-Za-z])${escapeRe(sym)}(?![A-Za-z0-9])`, 'gi');
    let n = 0;
    for (const s of ui) if (!s.prose) n += (s.raw.normalize('NFKC').match(re) ?? []).length;
    const score = n + (strong.get(sym) ?? 0);
    if (score >= 2) others.set(sym, score);
  }
  if (otherCells.size < 2) inUi.push(...inCells);
  return { inUi, inProse, cells: otherCells.size < 2 ? inCells : [], others };
}

/**
 * A withdraw form: two of its distinctive features (address field, fee, amount received, …), or
 * its title as a heading with one of them. The words seen, or null.
 */
function withdrawEvidence(segs: Segment[]): string[] | null {
  const ui = segs.filter((s) => !s.chrome && !s.prose);
  const seen = (words: readonly string[]) => {
    const hits: string[] = [];
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      if (hits.some((h) => fold(h).includes(fold(w)))) continue;
      if (ui.some((s) => matches(keyword(w), s))) hits.push(w);
    }
    return hits;
  };
  /** A title on a line of its own (signs and brackets around it aside). */
  const onItsOwnLine = (title: string) => ui.some((s) => s.compact.replace(/[\s()（）›>»|:：]+/g, '') === fold(title).replace(/\s/g, ''));
  // Withdrawal records, with no deposit records tab beside them: a records page, but of withdrawals.
  const records = WITHDRAW_RECORD_TITLES.filter(onItsOwnLine);
  if (records.length > 0 && seen(DEPOSIT_RECORD_TITLES).length === 0) return records;
  const only = seen(WITHDRAW_ONLY);
  if (only.length === 0) return null;
  const shared = seen(WITHDRAW_SHARED);
  const heading = WITHDRAW_TITLES.some(onItsOwnLine) || ui.some((s) => WITHDRAW_TITLE_COIN.test(s.raw.normalize('NFKC').trim()));
  // An address field, the amount received or the submit button, and one more sign of the form.
  if (only.length >= 2 || heading || shared.length >= 1) return [...only, ...shared];
  return null;
}

/**
 * A deposit page's structure, beyond its words: a QR code (the deposit address), and the address it
 * decodes to also written out as text — the strongest sign of a deposit page there is. An address
 * alone in the text counts a little (a withdraw form has a field instead).
 */
function depositStructural(text: string, qr: readonly string[]): Structural[] {
  const out: Structural[] = [];
  // OCR confuses 0/O and 1/l/I in addresses: compare on a skeleton where they are one.
  const skeleton = (s: string) => s.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
  const compact = skeleton(text.normalize('NFKC').replace(/\s+/g, ''));
  const addresses = qr.map(addressOf).filter((a): a is string => a !== null);
  // OCR may drop or misread a few characters inside a long address: its two ends are enough.
  const written = (address: string) => {
    const a = skeleton(address);
    return compact.includes(a) || (a.length >= 24 && compact.includes(a.slice(0, 10)) && compact.includes(a.slice(-6)));
  };
  const shown = addresses.find(written);
  // Language-neutral evidence: the QR code and the address it holds, shortened.
  if (shown) out.push({ label: `QR ⇔ ${shown.slice(0, 6)}…${shown.slice(-4)}`, weight: 3 });
  else if (qr.length > 0) out.push({ label: 'QR', weight: 1 });
  else if (text.normalize('NFKC').split('\n').some((line) => ADDRESS_IN_TEXT.test(line.replace(/\s+/g, '')))) out.push({ label: 'address', weight: 1 });
  return out;
}

const ADDRESS_IN_TEXT = new RegExp(String.raw`(?<![0-9A-Za-z])(?:${DISTINCT_ADDRESS})(?![0-9A-Za-z])`);

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Classify OCR text against the contest's screenshot rule. Never throws. */
export function classifyScreenshot(text: string, rule: ScreenshotRule, options: ClassifyOptions = {}): ScreenshotVerdict {
  const threshold = options.threshold ?? 3;
  const segs = segments(text ?? '');
  // Every kind the contest has words for, taken or not: a deposit page under a contest that takes
  // staking records only is "a deposit page, not what this contest takes", never "nothing".
  const kinds = SCREENSHOT_KINDS.filter((k) => rule.signals[k]);
  const depositStructure = depositStructural(text ?? '', options.qr ?? []);
  const scored = kinds
    .map((k) => scoreKind(k, rule, segs, threshold, k === 'deposit' ? depositStructure : []))
    .sort((a, b) => b.score - a.score);
  const scores = { deposit: 0, trade: 0, candydrop: 0, staking: 0 };
  for (const s of scored) scores[s.kind] = round2(s.score);
  // A withdraw form rules out a deposit (it looks like one), not a trade or a CandyDrop page.
  const withdraw = withdrawEvidence(segs);
  const best = scored.find((s) => s.accepted && !(withdraw && s.kind === 'deposit'));
  const second = scored.find((s) => s !== best);
  const tokens = findTokens(rule, segs);
  // Where the page names its subject coin, that decides: WXTM listed beside the USDT a deposit page
  // is for proves nothing, and WXTM named as the subject counts even when read with a letter lost.
  const subjects = findSubjects(rule, segs);
  // Readable text: a few lines of four letters or more. A photo reads as scattered single signs.
  const readable = segs.filter((s) => (s.raw.match(/\p{L}/gu) ?? []).length >= 4).length >= 3;

  const kind: VerdictKind = best ? best.kind : 'none';
  let token = false;
  let reason: VerdictReason;
  let otherTokens: string[] = [];
  // The page names the token and another coin as subjects (a market list of pairs): the token is
  // there, but whose page it is cannot be told.
  const subjectsDisagree = subjects.token.length > 0 && subjects.other.length > 0;
  if (best) {
    token = subjects.token.length > 0 || (tokens.inUi.length > 0 && subjects.other.length === 0);
    if (token) reason = 'token-activity';
    else {
      otherTokens = [...tokens.others.entries()].sort((a, b) => b[1] - a[1]).map(([sym]) => sym);
      // The quote currency is the subject only when nothing else is (a USDT deposit).
      const nonQuote = otherTokens.filter((s) => !QUOTES.has(s));
      if (nonQuote.length) otherTokens = nonQuote;
      // On a trade page the quote (USDT in WXTM/USDT) is never the subject: its base was not read.
      else if (best.kind === 'trade') otherTokens = [];
      // The coin the page names as its subject is the answer, quote currency or not.
      if (subjects.other.length) otherTokens = [...new Set(subjects.other)];
      otherTokens = otherTokens.slice(0, 3);
      reason = otherTokens.length ? 'other-coin' : 'token-not-seen';
    }
  } else if (withdraw) {
    token = tokens.inUi.length > 0 || tokens.inProse.length > 0;
    reason = 'withdraw-page';
  } else if (tokens.inUi.length || tokens.inProse.length) {
    // WXTM is on the page, but the page proves no activity. A post or news item (sentences) only
    // mentions it; anywhere else the page could not be told, and the verdict says just that.
    token = true;
    // A post or news item is mostly sentences; a deposit page's notice is one sentence among many
    // labels, and a token read only there leaves the page untold, not "a post".
    const content = segs.filter((s) => !s.chrome);
    const chars = (list: Segment[]) => list.reduce((n, s) => n + s.compact.length, 0);
    const proseShare = chars(content.filter((s) => s.prose)) / Math.max(1, chars(content));
    const proseLines = content.filter((s) => s.prose).length;
    const nearKind = (scored[0]?.score ?? 0) >= threshold;
    // The token as a label of its own, or a deposit address beside it, is more than a mention.
    const onlyMentioned = tokens.cells.length === 0 && depositStructure.length === 0;
    reason = onlyMentioned && (proseShare >= 0.4 || (proseLines >= 2 && !nearKind)) ? 'mentions-token-only' : 'token-unplaced';
  } else reason = readable ? 'not-activity' : 'no-text';

  let confidence: number;
  if (best) {
    const margin = best.score - (second?.score ?? 0);
    confidence = clamp01(0.5 + 0.05 * best.score + 0.05 * margin);
    confidence = Math.min(confidence, subjectsDisagree ? 0.45 : 0.99);
  } else {
    const top = scored[0]?.score ?? 0;
    confidence = clamp01(0.95 - 0.1 * top);
  }

  return {
    kind,
    token,
    confidence: round2(confidence),
    // The strongest evidence first: a QR code matching its address, then titles, then features.
    evidence: best ? [...best.distinctive.filter((e) => e.startsWith('QR ⇔')), ...best.titles, ...best.distinctive.filter((e) => !e.startsWith('QR ⇔'))] : withdraw ?? [],
    tokenEvidence: [...new Set([...subjects.token, ...tokens.inUi, ...tokens.inProse])].slice(0, 5),
    otherTokens,
    reason,
    scores,
  };
}
