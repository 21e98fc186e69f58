/**
 * Folding for tag comparison: two tag texts "mean the same tag" when their folds are equal. The
 * fold drops whitespace and invisible characters, applies NFKC (full-width ＷＸＴＭ → WXTM, ＃ → #),
 * lower-cases, and maps Traditional characters to Simplified. Each folded character remembers the
 * code point it came from, so a near miss can say exactly which character differs and why.
 */
import { PROSE_TRADITIONAL_TO_SIMPLIFIED, TRADITIONAL_TO_SIMPLIFIED } from './han-variants';
import { F_INVISIBLE, F_SPACE, flagsOf } from './unicode';

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the source of the code point it came from. */
  source: number[];
  /**
   * The whitespace runs, by position in `text` (a run before folded index k is at k) and length in
   * characters: "WXTM Creative Contest" → [{at: 4, length: 1}, {at: 12, length: 1}]. Compared to
   * tell "spaces inside" apart from other slips.
   */
  gaps: { at: number; length: number }[];
}

/** Simplified form of one code point (itself when the table has none). */
export function toSimplified(cp: number): number {
  return TRADITIONAL_TO_SIMPLIFIED.get(cp) ?? cp;
}

export function isTraditional(cp: number): boolean {
  return TRADITIONAL_TO_SIMPLIFIED.has(cp);
}

/** Fold one code point (no whitespace or invisible handling): NFKC, lower case, simplified. */
export function foldChar(ch: string): string {
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) out += String.fromCodePoint(toSimplified(c.codePointAt(0)!));
  return out;
}

/** Fold a string, keeping the source of every folded unit. `offset` is added to source indexes. */
export function foldForMatch(text: string, offset = 0): Folded {
  const out: string[] = [];
  const source: number[] = [];
  const gaps: { at: number; length: number }[] = [];
  let length = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = flagsOf(cp);
    if (f & F_SPACE) {
      const last = gaps[gaps.length - 1];
      if (last && last.at === length) last.length++;
      else gaps.push({ at: length, length: 1 });
    } else if (!(f & F_INVISIBLE)) {
      const folded = cp < 0x80 ? asciiFold(cp) : foldChar(String.fromCodePoint(cp));
      out.push(folded);
      for (let k = 0; k < folded.length; k++) source.push(i + offset);
      length += folded.length;
    }
    i += width;
  }
  return { text: out.join(''), source, gaps };
}

function asciiFold(cp: number): string {
  return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
}

/**
 * Simplified form of one code point for reading prose (announcements): the tag table, then the
 * prose pairs it leaves out (帶 → 带, 須 → 须). Tag matching keeps using {@link toSimplified}.
 */
export function toSimplifiedProse(cp: number): number {
  return TRADITIONAL_TO_SIMPLIFIED.get(cp) ?? PROSE_TRADITIONAL_TO_SIMPLIFIED.get(cp) ?? cp;
}

/**
 * Length-preserving fold of prose for keyword matching, one UTF-16 unit for one so a match's
 * position is the original's: full-width ASCII → ASCII, dashes and minus signs → "-", "〜" → "~",
 * ideographic and no-break spaces → " ", lower case (ASCII, Latin-1 and Latin Extended-A capitals,
 * Cyrillic, Greek: "MARÇO", "ŞUBAT", "NİSAN" → "nisan", "Завершится", "Λήξη"), Traditional → Simplified
 * ({@link toSimplifiedProse}, BMP to BMP only), and a Korean date's units after a number to the Chinese
 * ones ("2017년 9월 13일 10시 30분" → "2017年 9月 13日 10时 30分", so one reading serves both), Arabic-Indic and
 * Persian digits to ASCII ("۱۵۰۰" → "1500"). Unlike {@link foldForMatch} it keeps whitespace and
 * does no NFKC, which would change lengths.
 */
/** Greek capitals with an accent (Ά Έ Ή Ί Ό Ύ Ώ) → their small letters. */
const GREEK_TONOS = new Map([
  [0x386, 0x3ac],
  [0x388, 0x3ad],
  [0x389, 0x3ae],
  [0x38a, 0x3af],
  [0x38c, 0x3cc],
  [0x38e, 0x3cd],
  [0x38f, 0x3ce],
]);
/** 년 월 일 시 분 → 年 月 日 时 分 (only after a number: "월" alone is Monday, "일" Sunday or "one"). */
const KOREAN_DATE_UNITS = new Map([...'년월일시분'].map((c, k) => [c.charCodeAt(0), '年月日时分'.charCodeAt(k)]));

export function foldProse(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000 || c === 0xa0) c = 0x20;
    else if (c === 0x301c) c = 0x7e;
    else if (c === 0x2212 || c === 0xfe63 || (c >= 0x2010 && c <= 0x2015)) c = 0x2d;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    else if ((c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f)) c += 32;
    else if (c >= 0x400 && c <= 0x40f) c += 80;
    else if (c >= 0x391 && c <= 0x3ab && c !== 0x3a2) c += 32;
    else if (GREEK_TONOS.has(c)) c = GREEK_TONOS.get(c)!;
    else if (c === 0x130) c = 0x69;
    else if (((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177)) && c % 2 === 0) c += 1;
    else if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) && c % 2 === 1) c += 1;
    else if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) c = 0x30 + (c & 0xf);
    // Devanagari, Bengali and Thai digits ("৩১ আগস্ট ২০২১").
    else if (c >= 0x966 && c <= 0x96f) c -= 0x936;
    else if (c >= 0x9e6 && c <= 0x9ef) c -= 0x9b6;
    else if (c >= 0xe50 && c <= 0xe59) c -= 0xe20;
    else if (KOREAN_DATE_UNITS.has(c) && /\d\s?$/.test(s.slice(Math.max(0, k - 2), k))) c = KOREAN_DATE_UNITS.get(c)!;
    else if (c >= 0x3400 && c < 0xd800) {
      const simplified = toSimplifiedProse(c);
      if (simplified <= 0xffff) c = simplified;
    }
    out += String.fromCharCode(c);
  }
  return out;
}
