/**
 * The token a proof screenshot must show: "MinoTari (WXTM)" / "PublicAI (PUBLIC)" (with the parts
 * of a CamelCase name the text uses alone: "Tari"), else a cashtag ("$DOGE"), else a ticker on the
 * screenshot line ("附上 GT 現貨交易截圖"), else the capitals of a tag (#WXTM创作大赛#, a guess),
 * else the prize unit (a guess, and missing). Stablecoins are prize units, not the contest's token
 * ("Rank Reward (USDT) Slots" is a table header).
 */
import { CONTEST_LIMITS } from '../limits';
import type { Line } from './lines';
import type { Notes } from './notes';
import { escapeRe } from './numbers';
import type { PoolRead, PrizeRead } from './prizes';
import type { TagPick } from './tags';
import { foldProse } from '../../text/fold';
import { CRYPTO_CONTEXT, EXAMPLE_BEFORE, GENERIC_WORDS, NOT_TOKENS, STABLECOINS } from './vocabulary';

export interface TokenRead {
  symbol: string;
  names: string[];
  found: boolean;
}

const notToken = (s: string) => NOT_TOKENS.has(s) || STABLECOINS.has(s);

export function readToken(
  lines: Line[],
  text: string,
  picks: TagPick[],
  shotLines: Line[],
  prizes: PrizeRead[],
  pool: PoolRead | undefined,
  notes: Notes,
): TokenRead {
  const units = new Set([...prizes.map((p) => p.unit), ...(pool ? [pool.unit] : [])]);
  const tagTexts = picks.flatMap((p) => [p.text, ...p.alternatives.map((a) => a.text)]);
  const cashtagsAt = [...text.matchAll(/(?<![A-Za-z0-9])\$([A-Z][A-Z0-9]{1,11})(?![A-Za-z0-9])/g)];
  // "(e.g., $BTC)": a cashtag only ever shown as an example is no contest's token.
  const example = (at: number) => EXAMPLE_BEFORE.test(foldProse(text.slice(Math.max(0, at - 24), at)));
  const examples = new Set(cashtagsAt.filter((m) => example(m.index)).map((m) => m[1]));
  const cashtags = new Set(cashtagsAt.map((m) => m[1]).filter((s) => !examples.has(s) || cashtagsAt.some((m) => m[1] === s && !example(m.index))));

  // 1. "MinoTari (WXTM)".
  type Named = { name: string; symbol: string; line: Line; score: number };
  /** How much else points at a symbol: the prize's unit, a tag, a cashtag. */
  const scoreOf = (symbol: string) => (units.has(symbol) ? 2 : 0) + (tagTexts.some((t) => t.includes(symbol)) ? 2 : 0) + (cashtags.has(symbol) ? 1 : 0);
  const named: Named[] = [];
  // Words start at a word's start and are at most 20 characters (a name of three stays within a
  // contest keyword's limit): tried from every capital of a long run, the pattern was quadratic.
  const NAME_SYMBOL = /(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9]{0,19}[ .-]){0,2}[A-Z][A-Za-z0-9]{0,19})\s*[(（]\s*\$?([A-Z][A-Z0-9]{1,11})\s*[)）]/g;
  for (const line of lines) {
    for (const m of line.text.matchAll(NAME_SYMBOL)) {
      const symbol = m[2];
      if (notToken(symbol)) continue;
      const words = m[1].split(/[ ]/).filter(Boolean);
      while (words.length > 1 && GENERIC_WORDS.has(words[0])) words.shift();
      const name = words.join(' ');
      if (name === symbol || GENERIC_WORDS.has(name) || NOT_TOKENS.has(name)) continue;
      named.push({ name, symbol, line, score: scoreOf(symbol) });
    }
  }
  // "HMSTR (Hamster)": the ticker first, its one-word name in brackets ("TON (Now Everscale)" is a remark).
  const SYMBOL_NAME = /(?<![A-Za-z0-9$])([A-Z][A-Z0-9]{1,11})\s?[(（]\s?([A-Z][a-z][A-Za-z0-9]{1,19})\s?[)）]/g;
  for (const line of lines) {
    for (const m of line.text.matchAll(SYMBOL_NAME)) {
      const [, symbol, name] = m;
      if (notToken(symbol) || GENERIC_WORDS.has(name) || NOT_TOKENS.has(name)) continue;
      named.push({ name, symbol, line, score: scoreOf(symbol) });
    }
  }
  let best: Named | undefined;
  for (const c of named) if (!best || c.score > best.score) best = c;
  // A text with no word of crypto anywhere: the capitals are initials, the writer decides.
  const crypto = lines.some((l) => CRYPTO_CONTEXT.test(l.n));
  if (best && !crypto) {
    const about = `${best.name} (${best.symbol})`;
    notes.warn('token-guessed', 'screenshot.token.symbols', `the text names no coin or token: ${about} may be an organisation's initials; check it`, best.line);
    notes.miss('screenshot.token.symbols', best.symbol, `no token named: the text names no coin or token, only ${about}`);
    return { symbol: best.symbol, names: [best.name], found: false };
  }
  if (best) {
    const names = [best.name];
    // "MinoTari" is also written "Tari": keep the parts of a CamelCase name the text uses alone.
    for (const part of best.name.split(/(?<=[a-z])(?=[A-Z])|[ .-]/)) {
      if (names.length >= CONTEST_LIMITS.tokens) break;
      if (part.length < 3 || part === best.name || names.includes(part) || part === best.symbol) continue;
      if (new RegExp(`(?<![A-Za-z])${escapeRe(part)}(?![A-Za-z])`).test(text.split(best.name).join(' '))) names.push(part);
    }
    notes.find('screenshot.token.symbols', best.symbol, best.line);
    notes.find('screenshot.token.names', names.join(', '), best.line);
    // "OKX Chain (OKC)" once, in an aside, and nowhere else: a guess, said as one.
    const mentions = [...text.matchAll(new RegExp(`(?<![A-Za-z0-9])${escapeRe(best.symbol)}(?![A-Za-z0-9])`, 'g'))].length;
    if (best.score === 0 && mentions <= 1) {
      notes.warn(
        'token-guessed',
        'screenshot.token.symbols',
        `${best.name} (${best.symbol}) is named once and nowhere else: check that it is the contest's token`,
        best.line,
      );
    }
    const rivals = [...new Set(named.filter((c) => c.symbol !== best!.symbol && c.score >= best!.score).map((c) => c.symbol))];
    if (rivals.length) {
      notes.warn(
        'token-guessed',
        'screenshot.token.symbols',
        `several tokens are named as much as ${best.symbol} (${rivals.slice(0, 3).join(', ')}): check which one screenshots must show`,
        best.line,
      );
    }
    return { symbol: best.symbol, names, found: true };
  }

  // 2. "$WXTM".
  const cash = [...cashtags].find((s) => !notToken(s));
  if (cash) {
    const cashLines = lines.filter((l) => l.text.includes(`$${cash}`));
    const line = cashLines[0];
    // "$100 in $BAT", "11 $HECTA = 8 NFTs", "take away $3,000 in $MDX": a token only ever paid out
    // is the prize's unit, like step 5's: a placeholder the writer confirms, not the contest's token.
    if (cashLines.length > 0 && cashLines.every((l) => prizeOnly(l.n, cash.toLowerCase()))) {
      notes.warn('token-guessed', 'screenshot.token.symbols', `$${cash} is named only as the prize: check that it is the contest's token`, line);
      notes.miss('screenshot.token.symbols', cash, `no token named for the screenshots: $${cash} is only the prize`);
      return { symbol: cash, names: [], found: false };
    }
    if (line) notes.find('screenshot.token.symbols', cash, line);
    // "the top 10 writers are awarded one $WRITE token", no screenshot asked for and no tag naming it:
    // the token may be only what is paid out, the contest about something else.
    const paid = new RegExp(String.raw`(?:award|reward|prize|earn|win)\w*[^$.!?]{0,40}\$${escapeRe(cash.toLowerCase())}(?![a-z0-9])`);
    if (shotLines.length === 0 && !tagTexts.some((t) => t.toUpperCase().includes(cash)) && cashLines.some((l) => paid.test(l.n))) {
      notes.warn(
        'token-guessed',
        'screenshot.token.symbols',
        `$${cash} is paid out as a prize, and no screenshot or tag names it: check that the contest is about it`,
        line,
      );
    }
    // "現貨 BTC/USDT 交易對 … 獎勵為 $HTX": the pair traded names another token than the cashtag.
    const pairs = [...new Set([...text.matchAll(/(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,11})\s?\/\s?(?:USDT|USDC|USD|BTC|ETH)(?![A-Za-z0-9])/g)].map((m) => m[1]))];
    const traded = pairs.filter((p) => p !== cash && !notToken(p));
    if (traded.length && !pairs.includes(cash)) {
      notes.warn(
        'token-guessed',
        'screenshot.token.symbols',
        `$${cash} is named, but the pair traded is ${traded[0]}'s (${traded[0]}/…): check which token screenshots must show`,
        line,
      );
    }
    const others = [...cashtags].filter((c) => c !== cash && !notToken(c));
    if (others.length) {
      notes.warn(
        'token-guessed',
        'screenshot.token.symbols',
        `several tokens are named ($${[cash, ...others.slice(0, 3)].join(', $')}): ${cash}, the first, is used; check it`,
        line,
      );
    }
    return { symbol: cash, names: [], found: true };
  }
  // 3. A ticker on the screenshot line ("附上 GT 現貨交易截圖").
  // (Not a shouted heading: "ENTRANTS 17 AND UNDER: … attach your proof of age".)
  for (const line of shotLines) {
    const m = /(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,5})(?![A-Za-z0-9])/.exec(line.text);
    const shouted = m && /[A-Z]{2,}\W+(?:\d+\W+)?[A-Z]{2,}/.test(line.text.slice(m.index, m.index + 40));
    if (m && !notToken(m[1]) && !CAPITAL_WORDS.test(m[1]) && !shouted && crypto) {
      notes.find('screenshot.token.symbols', m[1], line);
      return { symbol: m[1], names: [], found: true };
    }
  }
  // 4. An all-capitals tag (#WXTM#) or the capitals leading the main tag (#WXTM创作大赛#).
  for (const pick of picks) {
    const m = /^([A-Z][A-Z0-9]{1,11})(?![a-z])/.exec(pick.text);
    if (m && !NOT_TOKENS.has(m[1]) && crypto) {
      notes.find('screenshot.token.symbols', m[1], pick.line);
      notes.warn('token-guessed', 'screenshot.token.symbols', `the token ${m[1]} is read from a tag: check it`, pick.line);
      return { symbol: m[1], names: [], found: true };
    }
  }
  // 5. A ticker the text keeps naming ("The EOS trading competition … EOS/USD … 50 EOS …"): a
  // suggestion the writer confirms, like the prize unit's, never a finding.
  const frequent = frequentTicker(text);
  if (frequent) {
    notes.warn(
      'token-guessed',
      'screenshot.token.symbols',
      `no token named for the screenshots: ${frequent.symbol}, named ${frequent.count} times, is suggested; check it`,
    );
    notes.miss('screenshot.token.symbols', frequent.symbol, `no token named for the screenshots: ${frequent.symbol} is the text's most named ticker`);
    return { symbol: frequent.symbol, names: [], found: false };
  }
  // 6. The prize unit.
  const unit = [...units].find((u) => !STABLECOINS.has(u)) ?? [...units][0];
  if (unit) {
    notes.warn('token-guessed', 'screenshot.token.symbols', `no token named: the prize unit ${unit} is used; check it`);
    notes.miss('screenshot.token.symbols', unit, 'no token named (e.g. "MinoTari (WXTM)")');
    return { symbol: unit, names: [], found: false };
  }
  notes.miss('screenshot.token.symbols', 'TOKEN', 'no token named (e.g. "MinoTari (WXTM)"): set the symbol screenshots must show');
  return { symbol: 'TOKEN', names: [], found: false };
}

/**
 * Every mention of `$symbol` on the line is an amount paid in it ("$100 in $bat", "11 $hecta",
 * "reward: … $x", "split 120,000 usdt in $htx": a value paid out in the token).
 */
function prizeOnly(n: string, symbol: string): boolean {
  const amount = new RegExp(
    String.raw`(?:\d[\d,.]*\s*(?:k|m)?\s*(?:(?:[a-z]{2,6}\s+)?(?:in|of|worth\s+of)\s+)?|(?:reward|prize|win|earn|share|split|pool)\w*[^$]{0,40})\$${escapeRe(symbol)}(?![a-z0-9])`,
    'g',
  );
  const all = n.split(`$${symbol}`).length - 1;
  return all > 0 && [...n.matchAll(amount)].length === all;
}

/** The names of the most written-about coins, and their tickers. */
const COIN_NAMES: [RegExp, string][] = (
  [
    ['bitcoin|比特币|比特幣', 'BTC'],
    ['ethereum|以太坊', 'ETH'],
    ['solana', 'SOL'],
    ['dogecoin|狗狗币|狗狗幣', 'DOGE'],
    ['ripple', 'XRP'],
    ['cardano', 'ADA'],
    ['polkadot', 'DOT'],
    ['litecoin|莱特币|萊特幣', 'LTC'],
    ['toncoin', 'TON'],
    ['tron|波场|波場', 'TRX'],
    ['avalanche', 'AVAX'],
    ['chainlink', 'LINK'],
    ['steem', 'STEEM'],
  ] as const
).map(([names, symbol]) => [new RegExp(`(?<![A-Za-z])(?:${names})(?![A-Za-z])`, 'gi'), symbol]);

/** Capitals that are words, not tickers: headings, shouting, acronyms of the trade. */
const CAPITAL_WORDS =
  /^(?:A|AM|PM|AN|AND|OR|THE|OF|TO|IN|ON|FOR|IS|ARE|BE|BY|AT|IT|WE|US|OUR|YOU|YOUR|ALL|NOT|NO|NEW|FREE|HOW|WHAT|WHO|WHEN|WHY|NOTE|NOTES|IMPORTANT|RULES?|TERMS|FAQS?|EVENT|CONTEST|PRIZES?|REWARDS?|WINNERS?|BONUS|TOP\d*|DAO|P2P|APR|APY|ROI|TVL|PNL|USA|UK|EU|DM|TBA|TBD|IEO|ICO|IDO|CTA|SNS|QR|OK|ETC|IE|EG|NB|PS)$/;

/**
 * The ticker a text names most ("EOS" six times, "TOP2" once; "Ethereum" counts for ETH), when it is
 * named at least three times and twice as often as any other; else none.
 */
function frequentTicker(text: string): { symbol: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<![A-Za-z0-9$#_])([A-Z][A-Z0-9]{1,9})(?![A-Za-z0-9_])/g)) {
    const s = m[1];
    if (notToken(s) || CAPITAL_WORDS.test(s) || !/[A-Z]{2}/.test(s)) continue;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  // "the #ethereum Writing Contest … Ethereum …": a coin's name counts for its ticker.
  for (const [re, symbol] of COIN_NAMES) {
    const n = [...text.matchAll(re)].length;
    if (n) counts.set(symbol, (counts.get(symbol) ?? 0) + n);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && first[1] < 2 * second[1])) return undefined;
  return { symbol: first[0], count: first[1] };
}
