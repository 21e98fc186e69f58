/**
 * Numbers, ordinals and amounts as announcements write them: "20,000 枚 WXTM", "$500", "5万 USDT",
 * "十二等獎", "3rd". Every pattern reads a number from its first digit (a look-behind), so a run of
 * digits is not retried from each of its digits.
 */

export const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

export function toNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Counts written in English words, as rules write them ("post twice … three posts", "not less than five words"). */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  ['one 1', 'two 2', 'three 3', 'four 4', 'five 5', 'six 6', 'seven 7', 'eight 8', 'nine 9', 'ten 10', 'eleven 11', 'twelve 12']
    .concat(['fifteen 15', 'twenty 20', 'thirty 30', 'forty 40', 'fifty 50', 'hundred 100'])
    .map((pair) => [pair.split(' ')[0], Number(pair.split(' ')[1])]),
);

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese or Arabic numerals as written in ranks: 一, 十二, 7. */
export const CN_NUM = '[一二两三四五六七八九十\\d]{1,3}';

/** "三" → 3, "十二" → 12, "二十" → 20, "7" → 7; NaN otherwise. */
export function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return NaN;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]] : NaN;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A count in Chinese numerals, as lengths are written ("两千", "一万两千", "三千五百", "八百"); NaN if it is none. */
export function cnCount(s: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === '零' || ch === '〇') digit = 0;
    else if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch in CN_UNITS) {
      section += (digit < 0 ? 1 : digit) * CN_UNITS[ch];
      digit = -1;
    } else if (ch === '万') {
      total += (section + Math.max(digit, 0)) * 10_000;
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

export function cnNumeral(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n < 20) return `十${d[n - 10]}`;
  return `${d[Math.floor(n / 10)]}十${d[n % 10]}`;
}

export const ORDINAL_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

export interface Amount {
  amount: number;
  unit: string;
  index: number;
  end: number;
}

const AMOUNT_RE = new RegExp(
  String.raw`(\$\s*)?(?<![\d.,])${NUM}(?:(k|w)(?![a-z])|(万|千))?\s*(?:(?:枚|个|颗|份)\s*)?(?:的\s*)?(?:\$(?=[a-z]))?([a-z][a-z0-9]{1,11})?(?![a-z0-9])`,
  'g',
);
const TICKER = /^[A-Z][A-Z0-9]{1,11}$/;

/** Amounts with a ticker unit ("4,000 枚 $PUBLIC" too) or a $ sign, in order. `orig` and `n` are the same line, original and folded. */
export function amountsIn(orig: string, n: string, from = 0): Amount[] {
  const out: Amount[] = [];
  AMOUNT_RE.lastIndex = from;
  for (let m = AMOUNT_RE.exec(n); m; m = AMOUNT_RE.exec(n)) {
    if (m[0].length === 0) {
      AMOUNT_RE.lastIndex++;
      continue;
    }
    const dollar = Boolean(m[1]);
    const unitRaw = m[5] ? orig.slice(m.index + m[0].length - m[5].length, m.index + m[0].length) : '';
    let unit = TICKER.test(unitRaw) ? unitRaw : '';
    if (!unit && dollar) unit = 'USD';
    if (!unit) continue;
    const mult = m[3] === 'k' ? 1e3 : m[3] === 'w' || m[4] === '万' ? 1e4 : m[4] === '千' ? 1e3 : 1;
    const amount = toNumber(m[2]) * mult;
    if (!Number.isFinite(amount) || amount <= 0 || amount > 1e15) continue;
    out.push({ amount: Math.round(amount * 1e6) / 1e6, unit, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** At most `max` characters, never half a surrogate pair, without trailing spaces. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = (s.charCodeAt(max - 1) & 0xfc00) === 0xd800 ? max - 1 : max;
  return s.slice(0, end).trimEnd();
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `s` without the characters at its end that `one` matches. A loop, not `/[…]+$/`: that pattern
 * is tried from every character of a long run that does not reach the end (quadratic).
 */
export function trimEndOf(s: string, one: RegExp): string {
  let end = s.length;
  while (end > 0 && one.test(s[end - 1])) end--;
  return s.slice(0, end);
}
