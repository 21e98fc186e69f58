/**
 * The window's date layer: every date and time of a line, from two readers.
 *
 * - dates.ts (ours) reads Chinese dates ("2025年8月7日 17:00", "8月11日至20日"), ISO-like numbers
 *   ("2025.04.27", "2025/12/31 18:00") and English month names with the time after the date.
 * - chrono-node's English parser (strict mode: no "today" or "next week") reads what ours does not:
 *   the time before the date ("14:00, January 6, 2025 to 14:00, January 12, 2025"), numbers with
 *   the year last ("29/05/2026", "07-05-2025 00:00"), month/day without a year but with times
 *   ("2/27 16:00 - 3/1 12:00"), and a year written once ("June 30 to July 9, 2023").
 *
 * scripts/measure-reader.ts --dates own|chrono|both measures the choice on the labelled corpus;
 * `both` (the default) is what the reader uses: on each line, the reading that finds more dates,
 * then the one that knows more of them (a time, a year), ours on a tie. Chrono's guesses are never taken as given: a year, hour
 * or minute it implied (from the reference date) is left out, so the window's own rules (the post's
 * year, a `time-assumed` warning) decide them, as for our own reader.
 *
 * Day-first or month-first ("07-05-2025") is one decision per announcement: a number above 12
 * decides it ("29/05/2026" is day-first); with no such number, a text in a language whose readers
 * write the day first is read day-first; any other is read month-first, and the window says the
 * order was assumed.
 *
 * Only the window uses this module; the reader and its detector (detect.ts, on dates.ts alone) run
 * in the background, so chrono never weighs on the page.
 */
// The package's main entry (its "./en" subpath does not resolve in Vite); only `en` is used, and
// the package is side-effect free, so the other locales are left out of the bundle.
import { en, type ParsedComponents } from 'chrono-node';
import { DATE_WORD_BEFORE, dateTimesIn, DOTTED_TIME_ENDS, shortDateSaid, type WallTime } from './dates';

export type DateEngine = 'own' | 'chrono' | 'both';

export type DayOrder = 'day-first' | 'month-first';

export interface LineDate extends WallTime {
  /** The two ends of one written range ("June 30 to July 9, 2023"), as chrono reads them. */
  range?: 'start' | 'end';
  /** A numeric date whose day/month order was not written anywhere in the text. */
  orderAssumed?: boolean;
}

const MONTH_FIRST = new en.Chrono(en.configuration.createConfiguration(true, false));
const DAY_FIRST = new en.Chrono(en.configuration.createConfiguration(true, true));
/** Chrono's reference: only the fields it is sure of are kept, so this only feeds its arithmetic. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** "29/05/2026", "07-05-2025", "2/27", "31.12.2020": two numbers, maybe a year, a date's separators. */
const NUMERIC_DATE = /(?<![\d.:/])(?!(?<=(?<!:\d)\d-)\d{1,2}\s?-)(\d{1,2})\s?([-/.])\s?(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d:]|[.]\d)/g;

/**
 * The order of the text's numeric dates: a first number above 12 is a day, a second above 12 is a
 * day; a text with both kinds (a typo, or two conventions) and a text with neither say so.
 */
export function dayOrderOf(folded: string): { order: DayOrder; stated: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(folded); m; m = NUMERIC_DATE.exec(folded)) {
    // ("Ortaokul (10-14 yaş)", "grades 6-8": two numbers joined by a dash, no year, are a range of numbers more often than a date.)
    if (m[2] === '-' && m[4] === undefined) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return { order: dayFirst ? 'day-first' : 'month-first', stated: true };
  if (!dayFirst && writtenDayFirst(folded)) return { order: 'day-first', stated: true };
  return { order: 'month-first', stated: false };
}

/** Letters only Vietnamese writes, Turkish's dotless i and soft g, the Nordic and German vowels (ä ö å ø æ), the Central European and Baltic letters (Czech ě ř ů, Polish ą ł ś, Lithuanian ė į ų, Latvian ā ē ī ģ ķ ļ ņ, Hungarian ő ű, Romanian ș ț, Croatian ć đ, Estonian õ), Cyrillic, and the letters (not the marks) of Greek, Hebrew, Arabic and Persian, Devanagari and Thai. */
const DAY_FIRST_LETTERS =
  /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđğışäöåøæěščřžůťďňąęłńśźżėįųūāēīģķļņőűșțşţćõ\u0386-\u03ce\u0400-\u04ff\u05d0-\u05ea\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0904-\u0939\u0e01-\u0e2e]/g;
/** Common words of languages that write the day first (Spanish, Portuguese, French, Italian, German, Indonesian). */
const DAY_FIRST_WORDS =
  /\b(?:de|del|los|las|que|el|y|em|para|não|com|um|uma|le|les|et|des|du|il|di|che|per|und|der|die|das|ist|mit|nicht|dan|yang|untuk|dengan|ini|akan)\b/g;
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|for|with|this|will|are|on|be)\b/g;

/**
 * A text written in a language whose readers put the day first ("từ 10/2/2024 - 9/3/2024" in
 * Vietnamese is 10 February to 9 March): its letters (Vietnamese, Turkish, Central European, Baltic, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai) or its common
 * words outnumbering English ones. Chinese and English texts are left to their numbers.
 */
function writtenDayFirst(folded: string): boolean {
  if ((folded.match(DAY_FIRST_LETTERS) ?? []).length >= 12) return true;
  const theirs = (folded.match(DAY_FIRST_WORDS) ?? []).length;
  return theirs >= 8 && theirs > 2 * (folded.match(ENGLISH_WORDS) ?? []).length;
}

/** The dates of one folded line, in order, each with its time, from the engine(s) asked for. */
export function lineDates(n: string, order: { order: DayOrder; stated: boolean }, engine: DateEngine = 'both'): LineDate[] {
  const own: LineDate[] =
    engine === 'chrono'
      ? []
      : dateTimesIn(n, order.order === 'day-first').map(({ eitherOrder, ...d }) => (eitherOrder && !order.stated ? { ...d, orderAssumed: true } : d));
  const theirs: LineDate[] = engine === 'own' ? [] : chronoDates(n, order);
  // One reading per line, never a mix (a range's two ends stay together): the one that finds more
  // dates, then the one that knows more about them; ours on a tie (it is tuned on Gate's forms).
  const weigh = (ds: LineDate[]) => ds.length * 8 + ds.reduce((sum, d) => sum + knows(d), 0);
  return weigh(theirs) > weigh(own) ? theirs : own;
}

/** How much a reading knows: a time, then a year. */
const knows = (d: WallTime) => (d.hour !== undefined ? 2 : 0) + (d.year !== undefined ? 1 : 0);

function chronoDates(n: string, order: { order: DayOrder; stated: boolean }): LineDate[] {
  // Chrono's English parser looks for Latin words and digits: a line of neither has nothing for it.
  if (!/\d/.test(n)) return [];
  const parser = order.order === 'day-first' ? DAY_FIRST : MONTH_FIRST;
  let results;
  try {
    // The zone is read apart (dates.ts's offsetIn); between a time and its date ("10:00 am utc, 23
    // december 2021") it stops chrono from pairing them. Blanked, so positions stay.
    results = parser.parse(
      n.replace(ZONE_WORD, (z) => ' '.repeat(z.length)),
      REFERENCE,
    );
  } catch {
    return [];
  }
  const out: LineDate[] = [];
  for (const r of results) {
    // Only dates written as dates: "a few days later", "in 3 days", "next monday" are relative to a
    // moment the text does not give (chrono takes its reference), so they are no dates here.
    if (!WRITTEN_DATE.test(r.text) || RELATIVE.test(r.text)) continue;
    // "SchreibRäume 2/23" (an issue of a magazine), "Class of 5/6": a bare month/day with no year
    // and no time, after a word, is no date unless a date's word says so (dates.ts reads such a
    // pair only after a full date).
    if (
      /^\d{1,2}\/\d{1,2}$/.test(r.text) &&
      /\p{L}\s$/u.test(n.slice(Math.max(0, r.index - 2), r.index)) &&
      !DATE_WORD_BEFORE.test(n.slice(Math.max(0, r.index - 24), r.index))
    )
      continue;
    // "24/7/52", "grades 10/11/12": a two-digit year only where the text says a date is meant (dates.ts's rule).
    if (/^\d{1,2}\/\d{1,2}\/\d{2}$/.test(r.text) && !shortDateSaid(n.slice(Math.max(0, r.index - 40), r.index))) continue;
    const numeric = /^\D*\d{1,2}\s?[-/.]\s?\d{1,2}/.test(r.text) && !/^\D*\d{4}/.test(r.text);
    const orderAssumed = numeric && !order.stated && ambiguousNumbers(r.text);
    const start = wall(r.start, r.index, r.index + r.text.length);
    if (!start) continue;
    // "10:00 am on dec. 14 – 10:00 am on dec. 21": chrono once paired "14 – 10:00" into 21 December
    // 1999, a year certain but nowhere written. A year the text does not hold marks a reading gone wrong.
    const unwritten = (c: ParsedComponents) => c.isCertain('year') && !r.text.includes(String(c.get('year')).slice(2));
    if (unwritten(r.start) || (r.end && unwritten(r.end))) continue;
    // "Aug 12, 2025 2.50 USDT": a dotted time only before a zone, am/pm or a stop (dates.ts's rule).
    if (/(?<![\d.])\d{1,2}\.\d{2}$/.test(r.text) && !new RegExp(`^(?:${DOTTED_TIME_ENDS.source})`).test(n.slice(r.index + r.text.length))) {
      delete start.hour;
      delete start.minute;
      delete start.second;
      start.end = r.index + r.text.search(/\s*\d{1,2}\.\d{2}$/);
    }
    // "00:00 to 07-06-2025": chrono reads "00:00 to 07" as a range of hours; the next date is its own.
    const hoursOnly = r.end && /(?:to|until|till|through|[-–—~])\s*\d{1,2}$/.test(r.text);
    if (r.end && !hoursOnly) {
      const end = wall(r.end, r.index, r.index + r.text.length);
      if (!end) continue;
      // The written year of either end serves both ("June 30 to July 9, 2023").
      if (start.year === undefined && end.year !== undefined) start.year = end.year;
      // Positions: the start takes the range's first half, the end its second, so nothing overlaps.
      const middle = r.index + Math.floor(r.text.length / 2);
      out.push({ ...start, end: middle, range: 'start', ...(orderAssumed ? { orderAssumed } : {}) });
      out.push({ ...end, index: middle, range: 'end', ...(orderAssumed ? { orderAssumed } : {}) });
    } else {
      const end = hoursOnly ? r.index + r.text.search(/\s*(?:to|until|till|through|[-–—~])\s*\d{1,2}$/) : start.end;
      out.push({ ...start, end, ...(orderAssumed ? { orderAssumed } : {}) });
    }
  }
  return out;
}

const ZONE_WORD = /[(（]?\s?\b(?:utc|gmt)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\b\s?[)）]?/g;
const WRITTEN_DATE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}\s?[-/.]\s?\d{1,2}/;
const RELATIVE = /\b(?:ago|later|from\s+now|next|last|this|in\s+\d+\s+(?:days?|weeks?|months?))\b/;

/** Both numbers of a numeric date at most 12 ("07-05-2025"): the order decides the month. */
function ambiguousNumbers(text: string): boolean {
  const m = /(\d{1,2})\s?[-/.]\s?(\d{1,2})/.exec(text);
  return Boolean(m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2]);
}

/** Chrono's components as a wall time: only what the text itself says. */
function wall(c: ParsedComponents, index: number, end: number): WallTime | null {
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  const w: WallTime = { month: c.get('month')!, day: c.get('day')!, index, end };
  if (c.isCertain('year')) w.year = c.get('year')!;
  if (c.isCertain('hour')) {
    w.hour = c.get('hour')!;
    w.minute = c.isCertain('minute') ? c.get('minute')! : 0;
    w.second = c.isCertain('second') ? c.get('second')! : 0;
  }
  return w;
}
