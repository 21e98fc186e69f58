/**
 * The contest's token on a screenshot: where the page names its subject coin (a title "充值 X", "Send
 * only X to this address", a pair line), where the token sits in the UI (a coin cell, a label, an
 * amount), where it is only mentioned in sentences, and which other coins are the page's subject.
 *
 * A network's name ("Ethereum (ERC20)", "BNB Smart Chain (BEP20)") and a contract line name no
 * subject: they are read past.
 */
import type { ScreenshotRule } from '../../contests/schema';
import { fold } from '../classify-fold';
import { escapeRe } from './keywords';
import type { Segment } from './segments';

/** Words that look like coin symbols but are not. */
const NOT_COINS = new Set([
  'TXID',
  'UTC',
  'GMT',
  'API',
  'KYC',
  'VIP',
  'APP',
  'ID',
  'OK',
  'USD',
  'PNL',
  'ROI',
  'APR',
  'APY',
  'ERC20',
  'TRC20',
  'BEP20',
  'BSC',
  'WEB3',
  'AM',
  'PM',
  'NEW',
  'HOT',
  'QR',
  'FAQ',
  'GATE',
  'MAX',
  'MIN',
  'ALL',
  'TP',
  'SL',
  'NFT',
  'AI',
  'CN',
  'EN',
  'TW',
  'HK',
  'US',
  'UID',
  'DEX',
  'CEX',
  'LTE',
  'GPS',
  'WIFI',
  'IOS',
  'PDF',
  'PNG',
  'JPG',
  'HTTP',
  'HTTPS',
  'WWW',
  'COM',
  'IO',
  'OTC',
  'TID',
  'TXHASH',
  'HASH',
  'TX',
  'GB',
  'MB',
  'KB',
  'P2P',
  'ETF',
  'TVL',
  'MA',
  'EMA',
  'BOLL',
  'MACD',
  'KDJ',
  'RSI',
  'VOL',
  'CANDYDROP',
  'SPL',
  'BEP2',
  'OMNI',
  'KEY',
]);
export const QUOTES = new Set(['USDT', 'USDC']);
/** Symbols recognised in any letter case (OCR writes USDT as usDT): none is an English word. */
const CASELESS_COINS = new Set(['USDT', 'USDC', 'BTC', 'ETH', 'XRP', 'BNB', 'TRX', 'DOGE', 'SHIB', 'PEPE', 'LTC']);

/**
 * A network ("Ethereum (ERC20)", "BNB Smart Chain (BEP20)", "Tron (TRC20)") or a contract line
 * ("Contract address ending 95b0", 合约地址) names no coin as the page's subject: the line without it.
 */
export function withoutNetworks(line: string): string {
  if (/contract|合[约約]地址/i.test(line)) return '';
  // A chain's name is a capitalised word or three before its standard; a symbol before it (the
  // row's coin, "USDT Ethereum (ERC20)") stays.
  return line
    .replace(/\b[A-Za-z]{2,6}\s*\/\s*(?:ERC|TRC|BEP|BRC)-?20\b/g, ' ')
    .replace(/\b[A-Z]{2,5}\s*Smart\s*Chain\b/gi, ' ')
    .replace(/(?:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*)?\(\s*(?:ERC|TRC|BEP|BRC)-?(?:20|2)\s*\)/g, ' ')
    .replace(/\b(?:Mainnet|Chain)\b/gi, ' ');
}

/**
 * Where an activity page names its subject coin (Gate's and other exchanges' spellings): "请将 X
 * 汇入如下地址" / "Send only X to this address", a title "充值 X" / "Deposit X", a pair "X/USDT" as
 * a line of its own. Each pattern's group 1 is the symbol as read.
 */
const SUBJECT_PATTERNS: readonly RegExp[] = [
  /(?:请将|請將)\s*([A-Za-z][A-Za-z0-9]{1,11})\s*(?:汇入|匯入|充值|充入|转入|轉入)/,
  // OCR drops the spaces and misreads "only" ("Sendonty UsDTtothis address").
  /send\s*(?:on[a-z]{1,2}\s*)?([A-Za-z][A-Za-z0-9]{1,11}?)\s*to\s*th[a-z]s\s*add?ress/i,
  /^(?:充值|充币|充幣|儲值|deposit)\s*([A-Za-z][A-Za-z0-9]{1,11})$/i,
  /^\W{0,2}([A-Za-z][A-Za-z0-9]{1,11})\s*[/]\s*(?:USDT|USDC|BTC|ETH)$/,
];

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

export function findSubjects(rule: ScreenshotRule, segs: Segment[]): Subjects {
  const out: Subjects = { token: [], other: [] };
  for (const s of segs) {
    if (s.chrome || s.prose) continue;
    // A coin icon read as a letter or a sign before the symbol ("W WXTM/USDT", "@ wxm").
    const line = s.raw
      .normalize('NFKC')
      .trim()
      .replace(/^\S{1,2}\s+(?=[A-Za-z]{2})/, '');
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

export function findTokens(rule: ScreenshotRule, segs: Segment[]): TokenFinding {
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
    const bare = withoutNetworks(text);
    // The other coins this line names (upper-case symbols, not a quote after "/", not a network).
    const lineCoins = new Set<string>();
    for (const m of bare.matchAll(/(?<![A-Za-z/])([A-Z][A-Z0-9]{1,9})(?![A-Za-z0-9]|\/(?:ERC|TRC|BEP)20)/g)) {
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
          (sym) => nearSymbol(word, sym) || (nearSymbol(word.slice(0, sym.length), sym) && /^[Il1|/]?(USDT|USDC|BTC|ETH)$/i.test(word.slice(sym.length))),
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
    for (const m of bare.matchAll(/(?<![A-Za-z/])([A-Z][A-Z0-9]{1,9}|[A-Za-z]{3,5})(?![A-Za-z0-9])/g)) {
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
      const after = bare.slice(at + sym.length, at + sym.length + 8);
      if (/^\/(ERC|TRC|BEP)20/i.test(after)) continue; // a network name: ETH/ERC20
      const before = bare.slice(Math.max(0, at - 2), at);
      const pairBase = /^\s*[/_]\s*(USDT|USDC|BTC|ETH)\b/.test(after) || (/\($/.test(before) && /^\)/.test(after));
      if (pairBase) strong.set(sym, (strong.get(sym) ?? 0) + 3);
      else if (/\d\s?$/.test(before))
        strong.set(sym, (strong.get(sym) ?? 0) + 2); // an amount: 0.0001 BTC
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
    for (const s of ui) if (!s.prose) n += (withoutNetworks(s.raw.normalize('NFKC')).match(re) ?? []).length;
    const score = n + (strong.get(sym) ?? 0);
    if (score >= 2) others.set(sym, score);
  }
  if (otherCells.size < 2) inUi.push(...inCells);
  return { inUi, inProse, cells: otherCells.size < 2 ? inCells : [], others };
}

/**
 * The token as a symbol on this line, as a row's coin cell holds it ("WXTM", "W WXTM", "12,500
 * WXTM", "WXTM/USDT"): the word as read, or null.
 */
export function tokenOnLine(rule: ScreenshotRule, raw: string): string | null {
  const text = raw.normalize('NFKC');
  // A line that is a coin cell alone is a symbol in any case (wxTM, "0 wxTM").
  const cell = COIN_CELL.exec(text.trim())?.[1];
  if (cell && rule.token.symbols.some((sym) => nearSymbol(cell, sym))) return cell;
  for (const m of text.matchAll(WORD_RUN)) {
    const word = m[0];
    const pairBase = text.slice((m.index ?? 0) + word.length).startsWith('/');
    // Glued to an amount ("1200.00WxrM"), a word is a coin's symbol in any case.
    const afterAmount = /\d\s?$/.test(text.slice(0, m.index ?? 0));
    if (!(pairBase || afterAmount || capitalised(word))) continue;
    if (
      rule.token.symbols.some(
        (sym) => nearSymbol(word, sym) || (nearSymbol(word.slice(0, sym.length), sym) && /^[Il1|/]?(USDT|USDC|BTC|ETH)$/i.test(word.slice(sym.length))),
      )
    )
      return word;
  }
  return null;
}

/** Another coin as a row's coin cell ("BTC", "© USDT", "0.5 BTC", usDT), the token and non-coins aside. */
export function otherCoinOnLine(rule: ScreenshotRule, raw: string): string | null {
  const text = withoutNetworks(raw.normalize('NFKC'));
  // A cell of a big coin in any case, maybe after its icon read as a letter (usDT, uUsDT).
  const cell = COIN_CELL.exec(text.trim())?.[1];
  if (cell) for (const c of [cell, cell.slice(1)]) if (CASELESS_COINS.has(c.toUpperCase())) return c.toUpperCase();
  // Or glued to an amount (250.00UsDT).
  for (const m of text.matchAll(/\d\s?([A-Za-z]{3,5})(?![A-Za-z0-9])/g)) if (CASELESS_COINS.has(m[1].toUpperCase())) return m[1].toUpperCase();
  for (const m of text.matchAll(/(?<![A-Za-z/])([A-Z][A-Z0-9]{2,9})(?![A-Za-z0-9])/g)) {
    // Glued to its quote, the slash misread (SOLIUSDT): the base.
    const sym = /^([A-Z][A-Z0-9]+?)[Il1]?(?:USDT|USDC)$/.exec(m[1])?.[1] ?? m[1];
    if (NOT_COINS.has(sym) || sym.length < 2 || /\d/.test(sym.slice(0, 2))) continue;
    if (rule.token.symbols.some((t) => nearSymbol(sym, t) || nearSymbol(sym.slice(0, t.length), t))) continue;
    return sym;
  }
  return null;
}
