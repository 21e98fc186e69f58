/**
 * The announcement reader: pasted announcement text (Traditional or Simplified Chinese, or English)
 * in, a contest draft out, for the writer to review on the options page before saving.
 *
 * Nothing here is trusted on its own: every value carries the line it was read from (`found`), every
 * field the text did not give holds a placeholder and says so (`missing`), and every guess is a
 * `warning`. The draft's `contest` is a complete candidate that `parseContest` accepts (unless the
 * announcement's own window is reversed, which is warned about, or a hostile paste fills every list
 * to its limit and the whole passes 64 KB, which the schema then says), so the form can open on it.
 * Lists past a contest's limits (lib/contests/limits.ts) are cut, with an `over-limit` warning.
 *
 * Hostile text: at most {@link MAX_ANNOUNCEMENT_CHARS} characters are read, and every pattern is
 * linear in its line (scripts/bench-reader.ts times each on 200,000-character inputs; the tests
 * hold them to 5 s): no two quantifiers may compete for the same run of characters.
 *
 * How it reads: line by line, on a folded copy of each line (full-width → ASCII, dashes → "-",
 * lower case, Traditional → Simplified, all length-preserving so positions map back to the original
 * characters). Tags come from THE hashtag definition (lib/text/hashtags) over the original text, so
 * their exact characters are kept: `#WXTM创作大赛#` stays Simplified in a Traditional announcement.
 *
 * Pure: no browser API, no clock. A year the text leaves out comes from `now`.
 */
import builtinWxtm from './builtin/wxtm-2025.json';
import { toSimplified } from '../text/fold';
import { SIMPLIFIED_TO_TRADITIONAL } from '../text/han-variants';
import { extractHashtags, formatTag, tagTextProblem, type Hashtag } from '../text/hashtags';
import { findLinks, type Link } from '../text/urls';
import { CONTEST_LIMITS } from './limits';
import { offsetLabel, offsetMinutes, wallClockToIso } from './phase';
import {
  CONTEST_SCHEMA_VERSION,
  LANGS,
  SCREENSHOT_KINDS,
  type ContestInput,
  type Lang,
  type LengthUnit,
  type LocalizedText,
  type ScreenshotKind,
  type TagStyle,
} from './schema';

// ---------------------------------------------------------------------------------------------
// Public API

export interface AnnouncementOptions {
  /** The current time (ms since epoch): the year of a date written without one. */
  now: number;
  /** The announcement's language; detected from the text when left out. */
  lang?: Lang;
  /**
   * How many characters are read (default {@link MAX_ANNOUNCEMENT_CHARS}); the rest is left out
   * with a `text-truncated` warning. The bench and the tests pass `Infinity` to time every pattern
   * on the whole of a hostile text.
   */
  limit?: number;
}

/** One value read from the announcement. */
export interface DraftFinding {
  /** Dotted path into the contest, as `parseContest` names issues: "window.end", "tags.0", "prizes.2". */
  field: string;
  /** The value as the draft now holds it: "2025-08-13T00:00:00+08:00", "#WXTM#", "100". */
  value: string;
  /** The announcement line it was read from, without its decoration (emoji, bullets). */
  source: string;
  /** 1-based line number in the pasted text. */
  line: number;
}

/** A field the announcement did not give: the draft holds `placeholder` until the writer fills it. */
export interface DraftGap {
  field: string;
  placeholder: string;
  message: string;
}

export type DraftWarningCode =
  | 'timezone-assumed'
  | 'year-assumed'
  | 'time-assumed'
  | 'end-before-midnight'
  | 'window-reversed'
  | 'window-ambiguous'
  | 'tags-not-instructed'
  | 'length-more-than'
  | 'screenshot-implied'
  | 'screenshot-kind-unknown'
  | 'token-guessed'
  | 'winners-assumed'
  | 'prize-shared'
  | 'prizes-vs-pool'
  | 'untranslated'
  | 'text-truncated'
  | 'over-limit'
  | 'unreadable';

/** Something read but uncertain, or assumed: the writer should check it. */
export interface DraftWarning {
  code: DraftWarningCode;
  /** The field it concerns (dotted path), "" for several. */
  field: string;
  /** English sentence for the writer. */
  message: string;
  source?: string;
  line?: number;
}

export interface AnnouncementDraft {
  /** The announcement's language (as given, or detected). */
  lang: Lang;
  /** A complete candidate contest, to review before saving. */
  contest: ContestInput;
  found: DraftFinding[];
  missing: DraftGap[];
  warnings: DraftWarning[];
}

/** Gate Square's home time zone: what an announcement without a stated zone is taken to mean. */
export const ASSUMED_OFFSET = '+08:00';

/**
 * The most of a paste that is read: real announcements are 1,000–6,000 characters, 7,000 with the
 * post pasted below them, so 50,000 leaves room for a whole page copied with its comments. The
 * announcement is at the top of what a writer copies, so a longer paste is read from its start
 * (with a warning), not refused: the draft is what the writer came for, and the warning says
 * what was left out.
 */
export const MAX_ANNOUNCEMENT_CHARS = 50_000;

/** Read an announcement into a contest draft. Never throws. */
export function readAnnouncement(text: string, options: AnnouncementOptions): AnnouncementDraft {
  const whole = typeof text === 'string' ? text : '';
  const limit = typeof options?.limit === 'number' && options.limit >= 0 ? options.limit : MAX_ANNOUNCEMENT_CHARS;
  const head = headOf(whole, limit);
  let draft: AnnouncementDraft;
  try {
    draft = read(head, options);
  } catch (error) {
    // Belt and braces: a reader bug must surface as a draft to fix, never as an exception.
    draft = read('', options, `the announcement could not be read (${(error as Error)?.message ?? error})`);
  }
  if (head.length < whole.length) {
    draft.warnings.unshift({
      code: 'text-truncated',
      field: '',
      message: `the text has ${whole.length} characters; only the first ${head.length} were read`,
    });
  }
  return draft;
}

/** The first `limit` characters, ending at a line break when one is near, never inside a pair. */
function headOf(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.floor(limit);
  const lineEnd = text.lastIndexOf('\n', end);
  if (lineEnd > end - 2000 && lineEnd > 0) end = lineEnd;
  else if (end > 0 && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return text.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// Lines

interface Line {
  /** 0-based index. */
  i: number;
  /** Offset of the line in the text. */
  start: number;
  /** The line without its leading decoration, trimmed. */
  text: string;
  /** Folded `text` (same length): see {@link fold}. */
  n: string;
  /** The whole line as pasted, decoration included (a 🥇 marks a prize). */
  raw: string;
  tags: Hashtag[];
}

/** Emoji, bullets, box drawing, "1." / "一、" numbering: what sits in front of an announcement line. */
const LEAD_DECORATION = /^[^\p{L}\p{N}#＃$(（【\[「"“'‘]+|^[\u2460-\u24ff\u2776-\u2793]+/u;
const LEAD_NUMBERING = /^(?:\d{1,2}[.)．]\s+|\d{1,2}、|[一二三四五六七八九十]{1,3}、|[(（]\d{1,2}[)）]\s*)/u;

function stripDecoration(line: string): { text: string; cut: number } {
  let s = line;
  let cut = 0;
  for (let k = 0; k < 4; k++) {
    const m = LEAD_DECORATION.exec(s) ?? LEAD_NUMBERING.exec(s);
    if (!m || m[0].length === 0) break;
    s = s.slice(m[0].length);
    cut += m[0].length;
  }
  const trimmed = s.trimEnd();
  return { text: trimmed, cut };
}

/** Traditional characters of announcements the shared table leaves out (須知, 帶上話題, 發佈). */
const EXTRA_SIMPLIFIED = new Map<number, number>([...'須须帶带佈布'.matchAll(/(.)(.)/gu)].map((m) => [m[1].codePointAt(0)!, m[2].codePointAt(0)!]));
const EXTRA_TRADITIONAL = new Map<number, number>([...'须須带帶'.matchAll(/(.)(.)/gu)].map((m) => [m[1].codePointAt(0)!, m[2].codePointAt(0)!]));

function simplifiedOf(cp: number): number {
  return EXTRA_SIMPLIFIED.get(cp) ?? toSimplified(cp);
}

/**
 * Length-preserving fold for matching: full-width ASCII → ASCII, dashes → "-", "〜" → "~", ideographic
 * and no-break spaces → " ", ASCII lower case, Traditional → Simplified (one BMP unit for one).
 */
function fold(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000 || c === 0xa0) c = 0x20;
    else if (c === 0x301c) c = 0x7e;
    else if (c === 0x2212 || c === 0xfe63 || (c >= 0x2010 && c <= 0x2015)) c = 0x2d;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    else if (c >= 0x3400 && c < 0xd800) {
      const s2 = simplifiedOf(c);
      if (s2 <= 0xffff) c = s2;
    }
    out += String.fromCharCode(c);
  }
  return out;
}

/** Longest run of URL characters searched for links: the longest address a contest may hold. */
const MAX_LINK_RUN = CONTEST_LIMITS.url;
/** Longest run of the characters findLinks trims from a link's end; real links end in one or two. */
const MAX_LINK_TAIL = 16;
/** The characters a link is made of (lib/text/urls.ts: RFC 3986's, minus quotes and <>). */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
/** Those of them findLinks trims from a link's end: sentence punctuation and closing brackets. */
const LINK_TAIL = /[.,;:!?'\])*]/;

/**
 * The links of `text` (lib/text/urls.ts), except in runs of URL characters that no contest means:
 * longer than {@link MAX_LINK_RUN}, or holding more than {@link MAX_LINK_TAIL} trailing characters
 * in a row. findLinks trims those one at a time, in time quadratic in the run ("https://www.gate.com/"
 * and 30,000 brackets took seconds, 50 such links of 1,000 brackets half a second). Such a run is
 * blanked (same length, so positions hold) before the search.
 */
function linksIn(text: string): Link[] {
  let safe = '';
  let from = 0;
  let run = 0;
  let tail = 0;
  let hostile = false;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text[k] : ' ';
    if (URL_CHAR.test(c)) {
      run++;
      tail = LINK_TAIL.test(c) ? tail + 1 : 0;
      if (tail > MAX_LINK_TAIL) hostile = true;
      continue;
    }
    if (hostile || run > MAX_LINK_RUN) {
      safe += text.slice(from, k - run) + ' '.repeat(run);
      from = k;
    }
    run = 0;
    tail = 0;
    hostile = false;
  }
  return findLinks(from === 0 ? text : safe + text.slice(from));
}

function splitLines(text: string): Line[] {
  // Markdown heading signs are decoration, not tags: blank them (same length) before reading tags.
  const blanked = text.replace(/^([ \t]{0,3})(#{1,6})(?=[ \t])/gm, (_m, lead: string, signs: string) => lead + ' '.repeat(signs.length));
  const tags = extractHashtags(blanked, { skip: linksIn(blanked) });
  const lines: Line[] = [];
  const re = /\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c]/g;
  let start = 0;
  let t = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    const raw = text.slice(start, end);
    const { text: body } = stripDecoration(raw.trimStart());
    const own: Hashtag[] = [];
    while (t < tags.length && tags[t].start < end) {
      if (tags[t].start >= start) own.push(tags[t]);
      t++;
    }
    lines.push({ i: lines.length, start, text: body, n: fold(body), raw, tags: own });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Notes (found / missing / warnings)

class Notes {
  found: DraftFinding[] = [];
  missing: DraftGap[] = [];
  warnings: DraftWarning[] = [];
  find(field: string, value: string, line: Line): void {
    this.found.push({ field, value, source: line.text, line: line.i + 1 });
  }
  miss(field: string, placeholder: string, message: string): void {
    this.missing.push({ field, placeholder, message });
  }
  warn(code: DraftWarningCode, field: string, message: string, line?: Line): void {
    this.warnings.push(line ? { code, field, message, source: line.text, line: line.i + 1 } : { code, field, message });
  }
}

// ---------------------------------------------------------------------------------------------
// Language and script

function detectLang(text: string): Lang {
  let han = 0;
  let trad = 0;
  let simp = 0;
  for (const ch of text.match(/\p{Script=Han}/gu) ?? []) {
    han++;
    const cp = ch.codePointAt(0)!;
    if (simplifiedOf(cp) !== cp) trad++;
    else if (SIMPLIFIED_TO_TRADITIONAL.has(cp)) simp++;
  }
  const words = (text.match(/[A-Za-z]{2,}/g) ?? []).length;
  if (han === 0 || han < words) return 'en';
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}

function toSimplifiedText(s: string): string {
  let out = '';
  for (const ch of s) out += String.fromCodePoint(simplifiedOf(ch.codePointAt(0)!));
  return out;
}

/** Simplified → Traditional, first listed variant (发 → 發): approximate, for the writer to review. */
function toTraditionalText(s: string): string {
  let out = '';
  for (const ch of toSimplifiedText(s)) {
    const cp = ch.codePointAt(0)!;
    out += String.fromCodePoint(EXTRA_TRADITIONAL.get(cp) ?? SIMPLIFIED_TO_TRADITIONAL.get(cp)?.[0] ?? cp);
  }
  return out;
}

/** "WXTM创作大赛" → "WXTM 创作大赛": a space where Latin letters meet Han, as names are written. */
function spaced(s: string): string {
  return s
    .replace(/([A-Za-z0-9])(?=\p{Script=Han})/gu, '$1 ')
    .replace(/(\p{Script=Han})(?=[A-Za-z0-9])/gu, '$1 ');
}

/** A line in the announcement's language, copied into the other two (scripts converted, not translated). */
function localize(s: string, lang: Lang): LocalizedText {
  if (lang === 'en') return { 'zh-Hant': s, 'zh-Hans': s, en: s };
  return {
    'zh-Hant': lang === 'zh-Hant' ? s : toTraditionalText(s),
    'zh-Hans': lang === 'zh-Hans' ? s : toSimplifiedText(s),
    en: s,
  };
}

/** Contest-name words Gate Square uses, for an English name from a Chinese tag. */
const NAME_GLOSSARY: [string, string][] = [
  ['创作大赛', ' Creative Contest '],
  ['创作者', ' Creator '],
  ['创作季', ' Creator Season '],
  ['创作', ' Creative '],
  ['征文', ' Writing Contest '],
  ['大赛', ' Contest '],
  ['比赛', ' Contest '],
  ['挑战赛', ' Challenge '],
  ['挑战', ' Challenge '],
  ['排行榜', ' Leaderboard '],
  ['广场', ' Square '],
  ['观点', ' Insights '],
];

function englishName(tag: string): string | null {
  let s = toSimplifiedText(tag);
  for (const [zh, en] of NAME_GLOSSARY) s = s.split(zh).join(en);
  s = s.replace(/\s+/g, ' ').trim();
  return /\p{Script=Han}/u.test(s) || s === '' ? null : s;
}

/** "CreatorLeaderboard" → "Creator Leaderboard"; "WXTM" stays. */
function splitCamel(s: string): string {
  // One capital at a time ("XMLHttp" → "XML Http"): `[A-Z]+` here retried every capital of a run.
  return s.replace(/([a-z0-9])(?=[A-Z])/g, '$1 ').replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ');
}

// ---------------------------------------------------------------------------------------------
// Numbers

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

function toNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "三" → 3, "十二" → 12, "二十" → 20, "7" → 7; NaN otherwise. */
function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return NaN;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]] : NaN;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

function cnNumeral(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n < 20) return `十${d[n - 10]}`;
  return `${d[Math.floor(n / 10)]}十${d[n % 10]}`;
}

const ORDINAL_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

// ---------------------------------------------------------------------------------------------
// Amounts ("20,000 枚 WXTM", "$500", "5万 USDT")

interface Amount {
  amount: number;
  unit: string;
  index: number;
  end: number;
}

const AMOUNT_RE = new RegExp(
  String.raw`(\$\s*)?(?<![\d.,])${NUM}(?:(k|w)(?![a-z])|(万|千))?\s*(?:(?:枚|个|颗|份)\s*)?(?:的\s*)?([a-z][a-z0-9]{1,11})?(?![a-z0-9])`,
  'g',
);
const TICKER = /^[A-Z][A-Z0-9]{1,11}$/;

/** Amounts with a ticker unit (or a $ sign), in order. `orig` and `n` are the same line, original and folded. */
function amountsIn(orig: string, n: string, from = 0): Amount[] {
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

// ---------------------------------------------------------------------------------------------
// Dates and times

interface WallTime {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  index: number;
  end: number;
}

const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface DatePattern {
  re: RegExp;
  weak: boolean;
  pick: (m: RegExpExecArray) => { year?: number; month: number; day: number };
}

const opt = (s: string | undefined) => (s === undefined ? undefined : Number(s));

const DATE_PATTERNS: DatePattern[] = [
  // 2025年8月7日, 8月12日, 8月12号
  {
    re: /(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/g,
    weak: false,
    pick: (m) => ({ year: opt(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  // 2025-08-07, 2025/08/07, 2025.08.07
  {
    re: /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g,
    weak: false,
    pick: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  // Aug 7, 2025 / August 12
  {
    re: new RegExp(String.raw`\b${MONTH_NAME}\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:\s*(?:,\s*)?(\d{4})(?!\d))?`, 'g'),
    weak: false,
    pick: (m) => ({ year: opt(m[3]), month: MONTHS.indexOf(m[1].slice(0, 3)) + 1, day: Number(m[2]) }),
  },
  // 7 Aug 2025 / 12th of August
  {
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}\.?(?![a-z])(?:\s*(?:,\s*)?(\d{4})(?!\d))?`, 'g'),
    weak: false,
    pick: (m) => ({ year: opt(m[3]), month: MONTHS.indexOf(m[2].slice(0, 3)) + 1, day: Number(m[1]) }),
  },
  // 08/12 (month/day without a year): only after a full date on the same line.
  {
    re: /(?<![\d/.:-])(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.:])/g,
    weak: true,
    pick: (m) => ({ month: Number(m[1]), day: Number(m[2]) }),
  },
];

/**
 * What may sit between a date and its time: a weekday, a comma, "at", ISO's "T". Each run of spaces
 * has one place to go: two `\s*` side by side split a long run every possible way (quadratic).
 */
const DATE_TIME_GAP = /\s*(?:(?:[(]\s*)?(?:周|星期|礼拜)[一二三四五六日天](?:\s*[)])?\s*)?(?:,\s*)?(?:at(?=\s)|t(?=\d))?\s*/y;
const TIME_RE =
  /(?:(上午|早上|中午|下午|晚上|凌晨)\s*)?(\d{1,2})(?:\s*:\s*(\d{2})(?:\s*:\s*(\d{2}))?|\s*[点时](?:\s*(\d{1,2})\s*分|(半))?|(?=\s*[ap]\.?m\b))(?:\s*([ap])\.?m\b\.?)?/y;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateTimesIn(n: string): WallTime[] {
  const raw: (WallTime & { weak: boolean })[] = [];
  for (const p of DATE_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(n); m; m = p.re.exec(n)) {
      const d = p.pick(m);
      const leap = d.year ?? 2024;
      if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(leap, d.month)) continue;
      if (d.year !== undefined && (d.year < 1970 || d.year > 2999)) continue;
      raw.push({ ...d, index: m.index, end: m.index + m[0].length, weak: p.weak });
    }
  }
  raw.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: WallTime[] = [];
  let until = 0;
  let strongSeen = false;
  for (const d of raw) {
    if (d.index < until) continue;
    if (d.weak && !strongSeen) continue;
    if (!d.weak) strongSeen = true;
    const { weak: _weak, ...wall } = d;
    DATE_TIME_GAP.lastIndex = d.end;
    const gap = DATE_TIME_GAP.exec(n);
    TIME_RE.lastIndex = gap ? DATE_TIME_GAP.lastIndex : d.end;
    const t = TIME_RE.exec(n);
    if (t) {
      let hour = Number(t[2]);
      const minute = t[3] !== undefined ? Number(t[3]) : t[5] !== undefined ? Number(t[5]) : t[6] ? 30 : 0;
      const second = t[4] !== undefined ? Number(t[4]) : 0;
      const half = t[7] ?? (t[1] === '下午' || t[1] === '晚上' ? 'p' : t[1] === '中午' && hour < 11 ? 'p' : undefined);
      if (half === 'p' && hour < 12) hour += 12;
      if (half === 'a' && hour === 12) hour = 0;
      const ok = hour <= 24 && minute <= 59 && second <= 59 && (hour < 24 || (minute === 0 && second === 0));
      if (ok) {
        wall.hour = hour;
        wall.minute = minute;
        wall.second = second;
        wall.end = TIME_RE.lastIndex;
      }
    }
    out.push(wall);
    until = wall.end;
  }
  return out;
}

const TZ_RE =
  /(?<![a-z])(utc|gmt)(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?(?![a-z0-9])|(北京时间|香港时间|新加坡时间|台北时间|东八区|beijing time|singapore time|hong kong time)|(?<![a-z])(sgt|hkt)(?![a-z])/;

/** The offset a line states ("UTC+8" → "+08:00", "(UTC)" → "Z"), or null. */
function offsetIn(n: string): string | null {
  const m = TZ_RE.exec(n);
  if (!m) return null;
  if (m[5] || m[6]) return '+08:00';
  if (!m[2]) return 'Z';
  const h = Number(m[3]);
  const min = m[4] ? Number(m[4]) : 0;
  if (h > 14 || min > 59) return null;
  if (h === 0 && min === 0) return 'Z';
  return `${m[2]}${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: string): string {
  const base = wallClockToIso({ year, month, day }, { hour, minute }, offset);
  return second ? base.replace(/:00(?=Z$|[+-]\d\d:\d\d$)/, `:${pad2(second)}`) : base;
}

function isoFromMs(ms: number, offset: string): string {
  const d = new Date(ms + offsetMinutes(offset) * 60_000);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), 0, offset);
}

function yearAt(now: number, offset: string): number {
  return new Date(now + offsetMinutes(offset) * 60_000).getUTCFullYear();
}

// ---------------------------------------------------------------------------------------------
// Keyword patterns (on folded lines: Simplified, lower case)

const TAG_INSTRUCTION =
  /(?:添加|[带帶]上?|加上|附上|使用|附[带帶]|标注|包含|打上|加)\s*(?:以下\s*)?(?:话题|标[签籤]|tag)|(?:话题|标[签籤])\s*[:：]|\b(?:use|add|include|with|using|adding|tagged)\b.{0,40}?\b(?:hashtags?|tags?|topics?)\b|\bhashtags?\b\s*:|\btags?\s*:/;
const TAG_OR = /^[\s,、]*(?:或者?|or|\/|\|)\s*$/i;

const LENGTH_BEFORE = new RegExp(
  String.raw`(不少于|不低于|不得少于|不能少于|不可少于|不短于|至少|最少|最低|满|超过|多于|大于|minimum(?:\s+(?:length|word\s+count))?(?:\s+of)?(?:\s*:)?|\bmin\.?|at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|more\s+than|\bover|≥|>=|>)\s*(?:要\s*)?${NUM}\s*(?:个\s*)?(字符|汉字|中文字|字|单词|个词|词|words?|characters?|chars?)`,
);
// A number is read from its first digit only (the look-behind): tried from every digit of a long
// run, it was quadratic (30k digits froze the options page 7.5 s).
const LENGTH_AFTER = new RegExp(
  String.raw`(?<![\d.,])${NUM}(?:\s*\+)?[-\s]*(字符|字|单词|词|words?|characters?|chars?)\s*(以上|及以上|或以上|起|minimum|min\b|or\s+more|or\s+longer|at\s+least|and\s+above)`,
);
const STRICTLY_MORE = /^(超过|多于|大于|more\s+than|over|>)$/;

const WINDOW_KEYWORD = /活动时间|活动期间|参与时间|投稿时间|征稿时间|时间|event\s+period|campaign\s+period|activity\s+period|duration|period|time|when|dates?\b/;
const RANGE_SEPARATOR = /^\s*(?:[)]\s*)?(?:-|~|至|到|to|until|till|through)/;
const START_KEYWORD = /开始|开启|启动|起始|start(?:s|ing)?\b|begins?\b|opens?\b/;
const END_KEYWORD = /结束|截止|截至|\bends?\b|ending|deadline|closes?\b|until/;

const SCREENSHOT = /截图|截屏|screenshot|screen\s+shot|附图|晒图|proof\s+of/;
const SHOT_NONE = /无需|不需|不用|不必|非必须|非强制|可选|optional|not\s+required|no\s+screenshots?\s+(?:is\s+)?(?:needed|required)/;
const SHOT_PREFERRED = /优先|加分|priority|prioriti[sz]|preferred|preference|bonus|recommended|建议|鼓励|extra\s+points|more\s+likely/;
const SHOT_REQUIRED = /必须|[须須]|务必|需要?附|要求|must|required|mandatory|needs?\s+to|have\s+to|否则|不予|无效|invalid|not\s+(?:be\s+)?(?:counted|eligible|considered)|ineligible|disqualif/;
const KIND_WORDS: [ScreenshotKind, RegExp][] = [
  ['deposit', /充值|存款|入金|deposit/],
  ['trade', /交易|买入|卖出|下单|成交|现货|trading|\btrades?\b|\bbuy\b|\bspot\b/],
  ['candydrop', /candy\s*drop|报名|糖果|registration|register|sign[-\s]?up/],
];
/** Proof pages the screenshot classifier does not know. */
const UNKNOWN_KINDS = /launchpool|launchpad|质押|staking|\bstake\b|理财|\bearn\b|startup|hodl|空投|airdrop|合约|futures|跟单|copy\s+trading|余币宝/g;

const POOL_KEYWORD =
  /总奖池|奖池总额|奖池|总奖金|奖金池|总奖励|奖励总额|共计|总计|合计|total\s+prize\s+pool|prize\s+pool|total\s+rewards?|total\s+prizes?|rewards?\s+pool|a\s+total\s+of/;
const PRIZE_KEYWORD = /奖|名|prize|place|winner|rank|\btop\s*\d|第\s*\d|🥇|🥈|🥉/;
const EACH = /每人|每位|各|each|per\s+(?:winner|person|user|creator)|\/人/;
const SHARE = /瓜分|平分|共享|share|split/;

const RULE =
  /抄[袭襲]|实名|刷量|小号|作弊|违规|取消.{0,8}资格|解释权|(?:必[须須]|[须須]|需|应|均为|[须須]为)\s*原创|原创.{0,4}(?:禁止|不得)|禁止|严禁|不得|kyc|plagiar|real[-\s]?name|identity\s+verification|disqualif|prohibit|\bbanned\b|\bbots?\b|must\s+be\s+original|original\s+content\s+only|only\s+original|reserves?\s+the\s+right|cheat/;

const NOT_TOKENS = new Set(['UTC', 'GMT', 'KYC', 'AI', 'NFT', 'FAQ', 'APP', 'API', 'ID', 'VIP', 'AMA', 'CEO', 'PDF', 'URL', 'SGT', 'HKT', 'CST', 'TOP', 'PS']);
const STABLECOINS = new Set(['USDT', 'USDC', 'USD', 'BUSD', 'DAI', 'FDUSD', 'TUSD', 'USDE']);
const GENERIC_WORDS = new Set(['Gate', 'Square', 'The', 'Token', 'Coin', 'Project', 'CandyDrop', 'Launchpool', 'Launchpad', 'HODLer', 'Startup', 'Round', 'Spot', 'New']);

// ---------------------------------------------------------------------------------------------
// The reader

interface TagPick {
  text: string;
  style: TagStyle;
  alternatives: { text: string; style: TagStyle }[];
  line: Line;
}

function read(text: string, options: AnnouncementOptions, failure?: string): AnnouncementDraft {
  const now = Number.isFinite(options?.now) ? options.now : 0;
  const lang: Lang = options?.lang && (LANGS as readonly string[]).includes(options.lang) ? options.lang : detectLang(text);
  const notes = new Notes();
  if (failure) notes.warn('unreadable', '', failure);
  const lines = splitLines(text);
  const used = new Set<number>();

  // --- tags -----------------------------------------------------------------------------------
  const usable = (tag: Hashtag) =>
    tag.text.length <= CONTEST_LIMITS.tagText && tag.text === tag.text.trim() && tagTextProblem(tag.text, tag.style) === null;
  const picks: TagPick[] = [];
  const seen = new Set<string>();
  // Past the contest's limits (lib/contests/limits.ts) tags are counted, not kept, so the draft
  // still passes the schema.
  const over = { tags: 0, alternatives: 0 };
  const addTag = (tag: Hashtag, line: Line, alternativeOf?: TagPick): TagPick | undefined => {
    const key = `${tag.style}:${tag.text}`;
    if (!usable(tag) || seen.has(key)) return undefined;
    seen.add(key);
    if (alternativeOf) {
      if (alternativeOf.alternatives.length < CONTEST_LIMITS.alternatives) alternativeOf.alternatives.push({ text: tag.text, style: tag.style });
      else over.alternatives++;
      return alternativeOf;
    }
    if (picks.length >= CONTEST_LIMITS.tags) {
      over.tags++;
      return undefined;
    }
    const pick: TagPick = { text: tag.text, style: tag.style, alternatives: [], line };
    picks.push(pick);
    return pick;
  };
  const takeTagsOf = (line: Line) => {
    let previous: { tag: Hashtag; pick?: TagPick } | undefined;
    for (const tag of line.tags) {
      const between = previous ? text.slice(previous.tag.end, tag.start) : '';
      const alternativeOf = previous?.pick && TAG_OR.test(fold(between)) ? previous.pick : undefined;
      const pick = addTag(tag, line, alternativeOf);
      previous = { tag, pick: alternativeOf ?? pick };
    }
  };
  for (const line of lines) {
    if (!TAG_INSTRUCTION.test(line.n)) continue;
    used.add(line.i);
    if (line.tags.length) {
      takeTagsOf(line);
      continue;
    }
    // "添加標籤:" with the tags on the lines below.
    for (let k = line.i + 1; k < Math.min(lines.length, line.i + 4) && lines[k].tags.length; k++) {
      used.add(k);
      takeTagsOf(lines[k]);
    }
  }
  if (picks.length === 0) {
    for (const line of lines) if (line.tags.length) takeTagsOf(line);
    if (picks.length) {
      notes.warn(
        'tags-not-instructed',
        'tags',
        `no "add the tags" line found: all ${picks.length} tag(s) in the announcement are taken as required`,
      );
    }
  }
  if (over.tags) {
    notes.warn('over-limit', 'tags', `${picks.length + over.tags} tags found; a contest holds at most ${CONTEST_LIMITS.tags}: the first ${picks.length} are kept`);
  }
  if (over.alternatives) {
    notes.warn('over-limit', 'tags', `${over.alternatives} alternative tag form(s) past ${CONTEST_LIMITS.alternatives} per tag are left out`);
  }
  picks.forEach((pick, i) => {
    notes.find(`tags.${i}`, formatTag(pick), pick.line);
    pick.alternatives.forEach((alt, j) => notes.find(`tags.${i}.alternatives.${j}`, formatTag(alt), pick.line));
  });
  if (picks.length === 0) notes.miss('tags', '[]', 'no hashtag found: add the tags a post must carry');

  // --- length ---------------------------------------------------------------------------------
  let length: { min: number; unit: LengthUnit } | undefined;
  for (const line of lines) {
    const before = LENGTH_BEFORE.exec(line.n);
    const after = before ? null : LENGTH_AFTER.exec(line.n);
    const m = before ?? after;
    if (!m) continue;
    const n = toNumber(before ? before[2] : after![1]);
    const unitWord = before ? before[3] : after![2];
    if (!Number.isSafeInteger(n) || n > 1_000_000) continue;
    const unit: LengthUnit = /^(单词|个词|词|words?)$/.test(unitWord) ? 'words' : 'zi';
    const strict = before !== null && STRICTLY_MORE.test(before[1].trim());
    length = { min: strict ? n + 1 : n, unit };
    used.add(line.i);
    notes.find('length.min', String(length.min), line);
    notes.find('length.unit', unit, line);
    if (strict) {
      notes.warn('length-more-than', 'length.min', `"more than ${n}" read as a minimum of ${n + 1}`, line);
    }
    break;
  }
  if (!length) {
    length = { min: 0, unit: lang === 'en' ? 'words' : 'zi' };
    notes.miss('length.min', '0', 'no minimum length found: 0 means no minimum');
  }

  // --- window ---------------------------------------------------------------------------------
  const win = readWindow(lines, now, notes, used);

  // --- screenshot -----------------------------------------------------------------------------
  const shotLines: Line[] = [];
  for (const line of lines) {
    if (!SCREENSHOT.test(line.n)) continue;
    shotLines.push(line);
    used.add(line.i);
    // "附截圖:" with the accepted pages listed below.
    if (/[:：]$/.test(line.n)) {
      for (let k = line.i + 1; k < Math.min(lines.length, line.i + 5) && lines[k].n.trim() && lines[k].n.length < 40; k++) {
        shotLines.push(lines[k]);
        used.add(k);
      }
    }
  }
  let requirement: 'required' | 'preferred' | 'none' = 'none';
  let requirementLine: Line | undefined;
  const says = { required: undefined as Line | undefined, preferred: undefined as Line | undefined, none: undefined as Line | undefined, implied: undefined as Line | undefined };
  for (const line of shotLines) {
    if (!SCREENSHOT.test(line.n)) continue;
    const key = SHOT_NONE.test(line.n)
      ? 'none'
      : SHOT_PREFERRED.test(line.n)
        ? 'preferred'
        : SHOT_REQUIRED.test(line.n)
          ? 'required'
          : 'implied';
    says[key] ??= line;
  }
  if (says.required) [requirement, requirementLine] = ['required', says.required];
  else if (says.preferred) [requirement, requirementLine] = ['preferred', says.preferred];
  else if (says.none) [requirement, requirementLine] = ['none', says.none];
  else if (says.implied) {
    [requirement, requirementLine] = ['required', says.implied];
    notes.warn(
      'screenshot-implied',
      'screenshot.requirement',
      'a screenshot is asked for without "must" or "priority": read as required',
      says.implied,
    );
  }
  if (requirementLine) notes.find('screenshot.requirement', requirement, requirementLine);
  else notes.miss('screenshot.requirement', 'none', 'no screenshot rule found: no proof screenshot is asked for');

  const kinds: ScreenshotKind[] = [];
  let kindsLine: Line | undefined;
  const unknownKinds: string[] = [];
  let unknownLine: Line | undefined;
  for (const line of shotLines) {
    for (const [kind, re] of KIND_WORDS) {
      if (re.test(line.n) && !kinds.includes(kind)) {
        kinds.push(kind);
        kindsLine ??= line;
      }
    }
    UNKNOWN_KINDS.lastIndex = 0;
    for (let m = UNKNOWN_KINDS.exec(line.n); m; m = UNKNOWN_KINDS.exec(line.n)) {
      const word = line.text.slice(m.index, m.index + m[0].length);
      if (!unknownKinds.includes(word)) unknownKinds.push(word);
      unknownLine ??= line;
    }
  }
  kinds.sort((a, b) => SCREENSHOT_KINDS.indexOf(a) - SCREENSHOT_KINDS.indexOf(b));
  if (kindsLine) notes.find('screenshot.kinds', kinds.join(', '), kindsLine);
  if (unknownKinds.length && requirement !== 'none') {
    notes.warn(
      'screenshot-kind-unknown',
      'screenshot.kinds',
      `the announcement asks for ${unknownKinds.join(' / ')} screenshots, a kind the checker does not recognise: ` +
        (kinds.length
          ? `only ${kinds.join(', ')} screenshots are checked`
          : 'kinds left empty, so any deposit, trade or CandyDrop screenshot counts; check this proof by hand'),
      unknownLine,
    );
  }
  if (!kindsLine && requirement !== 'none') {
    notes.miss('screenshot.kinds', '[]', 'no proof page named: any deposit, trade or CandyDrop screenshot counts');
  }

  // --- prizes and pool ------------------------------------------------------------------------
  let pool: { amount: number; unit: string } | undefined;
  for (const line of lines) {
    const m = POOL_KEYWORD.exec(line.n);
    if (!m) continue;
    const amount = amountsIn(line.text, line.n, m.index)[0];
    if (!amount) continue;
    pool = { amount: amount.amount, unit: amount.unit };
    used.add(line.i);
    notes.find('pool', `${pool.amount} ${pool.unit}`, line);
    break;
  }
  const prizes = readPrizes(lines, lang, notes, used);
  if (!pool) notes.miss('pool', '(none)', 'no prize pool found');
  if (prizes.length === 0) notes.miss('prizes', '[]', 'no prize table found');
  if (pool && prizes.length && prizes.every((p) => p.unit === pool!.unit)) {
    const sum = Math.round(prizes.reduce((s, p) => s + p.amount * p.winners, 0) * 1e6) / 1e6;
    if (Math.abs(sum - pool.amount) > 1e-6) {
      notes.warn('prizes-vs-pool', 'prizes', `the prizes add up to ${sum} ${pool.unit} but the pool is ${pool.amount} ${pool.unit}`);
    }
  }

  // --- token ----------------------------------------------------------------------------------
  const token = readToken(lines, text, picks, shotLines, prizes, pool, notes);

  // --- rules ----------------------------------------------------------------------------------
  const rules: LocalizedText[] = [];
  for (const line of lines) {
    if (rules.length >= 12) break;
    if (used.has(line.i) || line.text.length > 200 || !line.text.trim() || !RULE.test(line.n)) continue;
    rules.push(localize(line.text.trim(), lang));
    notes.find(`rules.${rules.length - 1}`, line.text.trim(), line);
  }
  if (rules.length === 0) notes.miss('rules', '[]', 'no rule lines found (originality, real-name verification…)');

  // --- id and name ----------------------------------------------------------------------------
  const main = picks.find((p) => p.text.toLowerCase() !== token.symbol.toLowerCase()) ?? picks[0];
  const year = win.startYear;
  let name: LocalizedText;
  const untranslated: string[] = [];
  if (main) {
    // A name is made from a tag (at most 64 characters) and can grow past the limit when spaced or
    // glossed ("征文" → "Writing Contest"): clipped.
    const short = (s: string) => clip(s, CONTEST_LIMITS.shortText);
    const hasHan = /\p{Script=Han}/u.test(main.text);
    const englishAlt = [main, ...main.alternatives].map((f) => f.text).find((t) => !/\p{Script=Han}/u.test(t));
    const en = englishAlt ? splitCamel(englishAlt) : hasHan ? englishName(main.text) : splitCamel(main.text);
    if (hasHan) {
      name = {
        'zh-Hant': short(spaced(toTraditionalText(main.text))),
        'zh-Hans': short(spaced(toSimplifiedText(main.text))),
        en: short(en ?? spaced(main.text)),
      };
      if (!en) untranslated.push('name');
    } else {
      // A Latin tag is a brand name: the same in every language.
      const display = short(splitCamel(main.text));
      name = { 'zh-Hant': display, 'zh-Hans': display, en: short(en ?? display) };
    }
    notes.find('name', name[lang], main.line);
  } else {
    name = { 'zh-Hant': 'Gate廣場活動', 'zh-Hans': 'Gate广场活动', en: 'Gate Square contest' };
    notes.miss('name', name.en, 'no tag to name the contest after: give it a name');
  }
  if (prizes.some((p) => p.untranslated)) untranslated.push('prize names');
  if (rules.length) untranslated.push('rules');
  if (untranslated.length) {
    const list = untranslated.join(', ').replace(/, ([^,]*)$/, ' and $1');
    const from = lang === 'en' ? 'English' : 'Chinese';
    const verb = untranslated.length === 1 && untranslated[0] === 'name' ? 'is' : 'are';
    notes.warn('untranslated', '', `the ${list} ${verb} copied from the ${from} text into the other languages: translate them before saving`);
  }
  const id = slugId(main ? main.text : '', token.found ? token.symbol : '', year);

  // --- url ------------------------------------------------------------------------------------
  let url: string | undefined;
  for (const link of linksIn(text)) {
    if (link.url.length > CONTEST_LIMITS.url) continue;
    if (!/^https:\/\/(?:[a-z0-9-]+\.)*gate\.(?:com|io)(?:[/?#]|$)/i.test(link.url)) continue;
    try {
      new URL(link.url);
    } catch {
      continue;
    }
    url = link.url;
    const line = lines.find((l) => link.start >= l.start && (l.i + 1 >= lines.length || link.start < lines[l.i + 1].start));
    if (line) notes.find('url', url, line);
    break;
  }

  const signals = signalsFor(token.symbol);
  const contest: ContestInput = {
    schemaVersion: CONTEST_SCHEMA_VERSION,
    id,
    name,
    ...(url ? { url } : {}),
    window: { start: win.start, end: win.end, displayOffset: win.displayOffset },
    length,
    tags: picks.map((p) => ({ text: p.text, style: p.style, alternatives: p.alternatives })),
    screenshot: {
      requirement,
      kinds,
      signals,
      token: { symbols: [token.symbol], names: token.names },
    },
    prizes: prizes.map(({ rank, winners, amount, unit }) => ({ rank, winners, amount, unit })),
    ...(pool ? { pool } : {}),
    rules,
  };
  return { lang, contest, found: inFormOrder(notes.found), missing: inFormOrder(notes.missing), warnings: notes.warnings };
}

// ---------------------------------------------------------------------------------------------
// Window

interface WindowRead {
  start: string;
  end: string;
  displayOffset: string;
  startYear: number;
}

function readWindow(lines: Line[], now: number, notes: Notes, used: Set<number>): WindowRead {
  type Candidate = { a: WallTime; b: WallTime; line: Line; endLine: Line; score: number };
  const candidates: Candidate[] = [];
  const singles: { d: WallTime; line: Line }[] = [];
  for (const line of lines) {
    const dts = dateTimesIn(line.n);
    if (dts.length >= 2) {
      const [a, b] = dts;
      const prev = lines[line.i - 1];
      let score = 0;
      if (WINDOW_KEYWORD.test(line.n) || (prev && WINDOW_KEYWORD.test(prev.n))) score += 2;
      if (RANGE_SEPARATOR.test(line.n.slice(a.end, b.index))) score += 1;
      if (a.hour !== undefined && b.hour !== undefined) score += 1;
      candidates.push({ a, b, line, endLine: line, score });
    } else if (dts.length === 1) singles.push({ d: dts[0], line });
  }
  let pick: Candidate | undefined;
  for (const c of candidates) if (!pick || c.score > pick.score) pick = c;
  if (!pick) {
    // "開始時間:…" and "結束時間:…" on lines of their own.
    const end = singles.find((s) => END_KEYWORD.test(s.line.n));
    const start = singles.find((s) => s !== end && START_KEYWORD.test(s.line.n) && !END_KEYWORD.test(s.line.n));
    if (start && end) pick = { a: start.d, b: end.d, line: start.line, endLine: end.line, score: 0 };
    else if (end) return partialWindow(lines, now, notes, used, undefined, end);
    else if (start) return partialWindow(lines, now, notes, used, start, undefined);
  }
  if (!pick) return partialWindow(lines, now, notes, used, undefined, undefined);

  const others = candidates.filter((c) => c !== pick && c.score >= pick!.score);
  if (others.length) {
    notes.warn('window-ambiguous', 'window', `${others.length + 1} date ranges found: the window is read from line ${pick.line.i + 1}`, pick.line);
  }
  used.add(pick.line.i);
  used.add(pick.endLine.i);
  const { offset, line: tzLine } = findOffset(lines, pick.line, pick.endLine);
  const start = resolve(pick.a, 'start', offset, now, undefined, notes, pick.line);
  const end = resolve(pick.b, 'end', offset, now, start, notes, pick.endLine);
  recordOffset(offset, tzLine, notes);
  notes.find('window.start', start.iso, pick.line);
  notes.find('window.end', end.iso, pick.endLine);
  if (end.ms <= start.ms) {
    notes.warn('window-reversed', 'window.end', `the end ${end.iso} is not after the start ${start.iso}`, pick.endLine);
  }
  return { start: start.iso, end: end.iso, displayOffset: offset, startYear: start.year };
}

function partialWindow(
  lines: Line[],
  now: number,
  notes: Notes,
  used: Set<number>,
  startRead: { d: WallTime; line: Line } | undefined,
  endRead: { d: WallTime; line: Line } | undefined,
): WindowRead {
  const anchor = startRead?.line ?? endRead?.line;
  const { offset, line: tzLine } = anchor ? findOffset(lines, anchor, anchor) : { offset: ASSUMED_OFFSET, line: undefined };
  const WEEK = 7 * 86_400_000;
  if (startRead) {
    used.add(startRead.line.i);
    const start = resolve(startRead.d, 'start', offset, now, undefined, notes, startRead.line);
    recordOffset(offset, tzLine, notes);
    notes.find('window.start', start.iso, startRead.line);
    const end = isoFromMs(start.ms + WEEK, offset);
    notes.miss('window.end', end, 'no end of the window found: a week after the start is a placeholder');
    return { start: start.iso, end, displayOffset: offset, startYear: start.year };
  }
  if (endRead) {
    used.add(endRead.line.i);
    const end = resolve(endRead.d, 'end', offset, now, undefined, notes, endRead.line);
    recordOffset(offset, tzLine, notes);
    notes.find('window.end', end.iso, endRead.line);
    const startMs = Math.min(end.ms - 86_400_000, now);
    const start = isoFromMs(Math.floor(startMs / 60_000) * 60_000, offset);
    notes.miss('window.start', start, 'no start of the window found: a placeholder is set');
    return { start, end: end.iso, displayOffset: offset, startYear: yearAt(startMs, offset) };
  }
  // Nothing: today 00:00 for a week, in the assumed zone.
  const day = new Date(now + offsetMinutes(offset) * 60_000);
  const start = isoOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 0, 0, 0, offset);
  const end = isoFromMs(Date.parse(start) + WEEK, offset);
  notes.miss('window.start', start, 'no contest window found: set the start');
  notes.miss('window.end', end, 'no contest window found: set the end');
  notes.miss('window.displayOffset', offset, `no time zone found: ${offsetLabel(offset)} assumed`);
  return { start, end, displayOffset: offset, startYear: day.getUTCFullYear() };
}

/** The zone on the window's line(s), else next to them, else anywhere in the text. */
function findOffset(lines: Line[], first: Line, last: Line): { offset: string; line?: Line } {
  const order = [first, last, lines[last.i + 1], lines[first.i - 1], ...lines].filter((l): l is Line => Boolean(l));
  for (const line of order) {
    const offset = offsetIn(line.n);
    if (offset) return { offset, line };
  }
  return { offset: ASSUMED_OFFSET };
}

function recordOffset(offset: string, line: Line | undefined, notes: Notes): void {
  if (line) notes.find('window.displayOffset', offset, line);
  else {
    notes.miss('window.displayOffset', offset, `no time zone stated: ${offsetLabel(offset)} assumed`);
    notes.warn('timezone-assumed', 'window.displayOffset', `no time zone stated; assumed ${offsetLabel(offset)}`);
  }
}

function resolve(
  d: WallTime,
  which: 'start' | 'end',
  offset: string,
  now: number,
  start: { ms: number; year: number } | undefined,
  notes: Notes,
  line: Line,
): { iso: string; ms: number; year: number } {
  let year = d.year;
  if (year === undefined) {
    if (start) {
      year = start.year;
    } else {
      year = yearAt(now, offset);
      notes.warn('year-assumed', `window.${which}`, `no year stated; took ${year} from the current date`, line);
    }
  }
  let hour = d.hour;
  let minute = d.minute ?? 0;
  const second = d.second ?? 0;
  if (hour === undefined) {
    hour = which === 'start' ? 0 : 24;
    minute = 0;
    notes.warn(
      'time-assumed',
      `window.${which}`,
      which === 'start' ? 'no start time stated; 00:00 assumed' : 'no end time stated; the end of that day (24:00) assumed',
      line,
    );
  }
  let iso = isoOf(year, d.month, d.day, hour, minute, second, offset);
  let ms = Date.parse(iso);
  // "12月28日 – 1月5日": an end without a year before its start is in the next year.
  if (start && d.year === undefined && ms <= start.ms) {
    year += 1;
    iso = isoOf(year, d.month, d.day, hour, minute, second, offset);
    ms = Date.parse(iso);
  }
  if (which === 'end' && hour === 23 && minute === 59) {
    notes.warn(
      'end-before-midnight',
      'window.end',
      `the end is stated as 23:59${second ? `:${pad2(second)}` : ''}: kept as stated (the window closes then, not at midnight)`,
      line,
    );
  }
  return { iso, ms, year };
}

// ---------------------------------------------------------------------------------------------
// Prizes

interface PrizeRead {
  rank: LocalizedText;
  winners: number;
  amount: number;
  unit: string;
  untranslated: boolean;
}

const CN_NUM = '[一二两三四五六七八九十\\d]{1,3}';

/** Ranks written the same way in every language: 一等獎 / 1st Prize / 第1名 / 第4-10名 / 4th-10th Place. */
function rankForms(label: string): LocalizedText | null {
  const n = fold(label).replace(/\s+/g, ' ').trim();
  let m = new RegExp(`^(${CN_NUM})\\s*等\\s*奖$`).exec(n);
  if (m) return prizeForms(cnNumber(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th) (prize|place)$/.exec(n) ?? /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (prize|place)$/.exec(n);
  if (m) {
    const k = /^\d/.test(m[1]) ? Number(m[1]) : ORDINAL_WORDS.findIndex((w) => w.toLowerCase() === m![1]);
    return m[2] === 'prize' ? prizeForms(k) : placeForms(k, k);
  }
  m = new RegExp(`^第\\s*(${CN_NUM})\\s*名$`).exec(n);
  if (m) return placeForms(cnNumber(m[1]), cnNumber(m[1]));
  m = new RegExp(`^第\\s*(${CN_NUM})\\s*[-~至到]\\s*(?:第\\s*)?(${CN_NUM})\\s*名$`).exec(n);
  if (m) return placeForms(cnNumber(m[1]), cnNumber(m[2]));
  m = /^(\d{1,3})(?:st|nd|rd|th)? ?[-~] ?(\d{1,3})(?:st|nd|rd|th)? (?:place|prize)s?$/.exec(n);
  if (m) return placeForms(Number(m[1]), Number(m[2]));
  m = /^(?:top ?(\d{1,4})|前 ?(\d{1,4}) ?名)$/.exec(n);
  if (m) {
    const k = Number(m[1] ?? m[2]);
    return k >= 1 ? { 'zh-Hant': `前${k}名`, 'zh-Hans': `前${k}名`, en: `Top ${k}` } : null;
  }
  return null;
}

function prizeForms(k: number): LocalizedText | null {
  if (!(k >= 1 && k <= 99)) return null;
  const en = k <= 10 ? `${ORDINAL_WORDS[k]} prize` : `${ordinal(k)} prize`;
  return { 'zh-Hant': `${cnNumeral(k)}等獎`, 'zh-Hans': `${cnNumeral(k)}等奖`, en };
}

function placeForms(a: number, b: number): LocalizedText | null {
  if (!(a >= 1 && b >= a && b <= 9999)) return null;
  if (a === b) return { 'zh-Hant': `第${a}名`, 'zh-Hans': `第${a}名`, en: `${ordinal(a)} place` };
  return { 'zh-Hant': `第${a}-${b}名`, 'zh-Hans': `第${a}-${b}名`, en: `${ordinal(a)}–${ordinal(b)} place` };
}

const WINNER_RANGE = /(?:第\s*)?(?<![\d,.])(\d{1,4})\s*(?:(st|nd|rd|th)\s*)?[-~至到]\s*(?:第\s*)?(\d{1,4})\s*(?:(st|nd|rd|th)\s*)?(名|places?|winners?|位)?/;
const WINNER_TOP = /(?:\btop|前)\s*(\d{1,6})(?!\d)(?:\s*(?:名|winners?|places?|creators?|posts?)(?![a-z]))?/;
// `(?=\d)` first: the look-behind over spaces runs at digits only, not at every space of a run.
const WINNER_COUNT =
  /(?=\d)(?<![\d,.])(?<!第\s*)(\d{1,6})\s*(?:名|位|人|个名额|winners?|people|persons?|users?|creators?|participants?)(?![a-z])/;
const WINNER_TIMES = /(?<![a-z])[x×]\s*(\d{1,6})(?!\d)/;
/** What ends a rank label before its amount: spaces, dashes, colons, commas, bars. */
const LABEL_TAIL = /[\s\-–—:：,，、|]/;

/**
 * `s` without the characters at its end that `one` matches. A loop, not `/[…]+$/`: that pattern
 * is tried from every character of a long run that does not reach the end (quadratic).
 */
function trimEndOf(s: string, one: RegExp): string {
  let end = s.length;
  while (end > 0 && one.test(s[end - 1])) end--;
  return s.slice(0, end);
}

/** "獎勵:" / "Rewards:" in front of a prize on the same line: a heading, not the rank. */
const PRIZE_HEADING = /^(?:奖励|奖品|奖项|奖金|rewards?|prizes?)\s*[:：]\s*/;

function readPrizes(lines: Line[], lang: Lang, notes: Notes, used: Set<number>): PrizeRead[] {
  const prizes: PrizeRead[] = [];
  let over = 0;
  for (const line of lines) {
    if (used.has(line.i) || POOL_KEYWORD.test(line.n) || !PRIZE_KEYWORD.test(`${line.raw} ${line.n}`)) continue;
    const head = PRIZE_HEADING.exec(line.n)?.[0].length ?? 0;
    const text = line.text.slice(head);
    const n = line.n.slice(head);
    const amount = amountsIn(text, n)[0];
    if (!amount) continue;
    if (prizes.length >= CONTEST_LIMITS.prizes) {
      over++;
      continue;
    }
    // Winners: "第4-10名" / "4th-10th", "Top 10" / "前10名", "(3名)" / "(3 winners)", "×5".
    let winners: number | undefined;
    let winnersAt = -1;
    let labelEnd = -1;
    const range = WINNER_RANGE.exec(n);
    if (range && range.index < amount.index && (range[0].includes('第') || range[2] || range[4] || range[5])) {
      const a = Number(range[1]);
      const b = Number(range[3]);
      if (b >= a) {
        winners = b - a + 1;
        winnersAt = range.index;
        if (range.index === 0) labelEnd = range.index + range[0].trimEnd().length;
      }
    }
    for (const re of [WINNER_TOP, WINNER_COUNT, WINNER_TIMES]) {
      if (winners !== undefined) break;
      const m = re.exec(n);
      if (m && Number(m[1]) > 0 && m.index < amount.index) {
        winners = Number(m[1]);
        winnersAt = m.index;
        // "Top 3 share …", "前 20 名瓜分 …": the count is the rank.
        if (re === WINNER_TOP && m.index === 0) labelEnd = m[0].length;
      }
    }
    // Rank label: what precedes the brackets or the colon; else the count or the amount.
    const bracket = n.search(/[(（:：]/);
    const end =
      bracket > 0 && bracket <= amount.index
        ? bracket
        : labelEnd > 0
          ? labelEnd
          : Math.min(...[winnersAt, amount.index].filter((k) => k > 0), amount.index);
    let label = trimEndOf(text.slice(0, end), LABEL_TAIL).trim();
    const forms = label ? rankForms(label) : null;
    const single = forms !== null && !/-|–/.test(forms.en) && /place$/.test(forms.en);
    if (winners === undefined || !Number.isSafeInteger(winners) || winners > 1_000_000) {
      winners = 1;
      if (!single) notes.warn('winners-assumed', `prizes.${prizes.length}.winners`, 'no number of winners stated: 1 assumed', line);
    }
    let per = amount.amount;
    if (SHARE.test(n) && !EACH.test(n) && winners > 1) {
      per = Math.round((amount.amount / winners) * 1e6) / 1e6;
      notes.warn(
        'prize-shared',
        `prizes.${prizes.length}.amount`,
        `${amount.amount} ${amount.unit} shared by ${winners} winners: ${per} each`,
        line,
      );
    }
    if (!(per > 0)) continue;
    if (!label) label = `#${prizes.length + 1}`;
    const rank = forms ?? localize(clip(label, CONTEST_LIMITS.shortText), lang);
    prizes.push({ rank, winners, amount: per, unit: amount.unit, untranslated: forms === null });
    used.add(line.i);
    notes.find(`prizes.${prizes.length - 1}`, `${rank[lang]} ×${winners}: ${per} ${amount.unit}`, line);
  }
  if (over) {
    notes.warn('over-limit', 'prizes', `${prizes.length + over} prize rows found; a contest holds at most ${CONTEST_LIMITS.prizes}: the first ${prizes.length} are kept`);
  }
  return prizes;
}

// ---------------------------------------------------------------------------------------------
// Token

interface TokenRead {
  symbol: string;
  names: string[];
  found: boolean;
}

function readToken(
  lines: Line[],
  text: string,
  picks: TagPick[],
  shotLines: Line[],
  prizes: PrizeRead[],
  pool: { amount: number; unit: string } | undefined,
  notes: Notes,
): TokenRead {
  const units = new Set([...prizes.map((p) => p.unit), ...(pool ? [pool.unit] : [])]);
  const tagTexts = picks.flatMap((p) => [p.text, ...p.alternatives.map((a) => a.text)]);
  const cashtags = new Set([...text.matchAll(/(?<![A-Za-z0-9])\$([A-Z][A-Z0-9]{1,11})(?![A-Za-z0-9])/g)].map((m) => m[1]));

  // 1. "MinoTari (WXTM)".
  type Named = { name: string; symbol: string; line: Line; score: number };
  const named: Named[] = [];
  // Words start at a word's start and are at most 20 characters (a name of three stays within a
  // contest keyword's limit): tried from every capital of a long run, the pattern was quadratic.
  const NAME_SYMBOL = /(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9]{0,19}[ .-]){0,2}[A-Z][A-Za-z0-9]{0,19})\s*[(（]\s*\$?([A-Z][A-Z0-9]{1,11})\s*[)）]/g;
  for (const line of lines) {
    for (const m of line.text.matchAll(NAME_SYMBOL)) {
      const symbol = m[2];
      if (NOT_TOKENS.has(symbol)) continue;
      const words = m[1].split(/[ ]/).filter(Boolean);
      while (words.length > 1 && GENERIC_WORDS.has(words[0])) words.shift();
      const name = words.join(' ');
      if (name === symbol || GENERIC_WORDS.has(name) || NOT_TOKENS.has(name)) continue;
      let score = 0;
      if (units.has(symbol)) score += 2;
      if (tagTexts.some((t) => t.includes(symbol))) score += 2;
      if (cashtags.has(symbol)) score += 1;
      named.push({ name, symbol, line, score });
    }
  }
  let best: Named | undefined;
  for (const c of named) if (!best || c.score > best.score) best = c;
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
    return { symbol: best.symbol, names, found: true };
  }

  // 2. "$WXTM".
  const cash = [...cashtags].find((s) => !NOT_TOKENS.has(s));
  if (cash) {
    const line = lines.find((l) => l.text.includes(`$${cash}`));
    if (line) notes.find('screenshot.token.symbols', cash, line);
    return { symbol: cash, names: [], found: true };
  }
  // 3. A ticker on the screenshot line ("附上 GT 現貨交易截圖").
  for (const line of shotLines) {
    const m = /(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,11})(?![A-Za-z0-9])/.exec(line.text);
    if (m && !NOT_TOKENS.has(m[1]) && !STABLECOINS.has(m[1])) {
      notes.find('screenshot.token.symbols', m[1], line);
      return { symbol: m[1], names: [], found: true };
    }
  }
  // 4. An all-capitals tag (#WXTM#) or the capitals leading the main tag (#WXTM创作大赛#).
  for (const pick of picks) {
    const m = /^([A-Z][A-Z0-9]{1,11})(?![a-z])/.exec(pick.text);
    if (m && !NOT_TOKENS.has(m[1])) {
      notes.find('screenshot.token.symbols', m[1], pick.line);
      notes.warn('token-guessed', 'screenshot.token.symbols', `the token ${m[1]} is read from a tag: check it`, pick.line);
      return { symbol: m[1], names: [], found: true };
    }
  }
  // 5. The prize unit.
  const unit = [...units].find((u) => !STABLECOINS.has(u)) ?? [...units][0];
  if (unit) {
    notes.warn('token-guessed', 'screenshot.token.symbols', `no token named: the prize unit ${unit} is used; check it`);
    notes.miss('screenshot.token.symbols', unit, 'no token named (e.g. "MinoTari (WXTM)")');
    return { symbol: unit, names: [], found: false };
  }
  notes.miss('screenshot.token.symbols', 'TOKEN', 'no token named (e.g. "MinoTari (WXTM)"): set the symbol screenshots must show');
  return { symbol: 'TOKEN', names: [], found: false };
}

/** The built-in contest's OCR keywords per proof page, with its token replaced. */
function signalsFor(symbol: string): NonNullable<ContestInput['screenshot']['signals']> {
  const old = new Set([...builtinWxtm.screenshot.token.symbols, ...builtinWxtm.screenshot.token.names]);
  const swap = (words: string[]) => words.map((w) => (old.has(w) ? symbol : w));
  const out: Record<string, { titles: Record<string, string[]>; distinctive: Record<string, string[]> }> = {};
  for (const [kind, signals] of Object.entries(builtinWxtm.screenshot.signals)) {
    const copy = (group: Record<string, string[]>) => Object.fromEntries(Object.entries(group).map(([lang, words]) => [lang, swap(words)]));
    out[kind] = { titles: copy(signals.titles), distinctive: copy(signals.distinctive) };
  }
  return out as NonNullable<ContestInput['screenshot']['signals']>;
}

/** "WXTM创作大赛" + 2025 → "wxtm-2025"; "CreatorLeaderboard" → "creator-leaderboard-2025". */
function slugId(tag: string, symbol: string, year: number): string {
  const ascii = (splitCamel(tag).match(/[A-Za-z0-9]+/g) ?? []).join('-').toLowerCase();
  let base = ascii || symbol.toLowerCase() || 'contest';
  base = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '') || 'contest';
  const withYear = /\d{4}$/.test(base) || !Number.isFinite(year) ? base : `${base}-${year}`;
  return /^[a-z0-9][a-z0-9-]{1,63}$/.test(withYear) ? withYear : 'contest';
}

/** At most `max` characters, never half a surrogate pair, without trailing spaces. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = (s.charCodeAt(max - 1) & 0xfc00) === 0xd800 ? max - 1 : max;
  return s.slice(0, end).trimEnd();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const FORM_ORDER = ['name', 'url', 'window.start', 'window.end', 'window.displayOffset', 'window', 'length', 'tags', 'screenshot.requirement', 'screenshot.kinds', 'screenshot.token', 'prizes', 'pool', 'rules'];

/** Findings in the order of the contest form (stable within a field). */
function inFormOrder<T extends { field: string }>(list: T[]): T[] {
  const rank = (field: string) => {
    const k = FORM_ORDER.findIndex((f) => field === f || field.startsWith(`${f}.`));
    return k === -1 ? FORM_ORDER.length : k;
  };
  return list.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item.field) - rank(b.item.field) || a.i - b.i).map((x) => x.item);
}
