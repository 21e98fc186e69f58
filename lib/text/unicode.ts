/**
 * Code-point classes for counting and tag parsing, taken from the platform's Unicode data (regular
 * expression property escapes), never from hand-made script tables. Each code point is classified
 * once and remembered: the first sight of a character runs a few regex tests, every later sight is
 * one array read. The memo is invisible from outside (same input, same answer), so this stays pure.
 */

/** A CJK ideograph: Han script and a letter or letter-number (〇, 々 count; radicals ⺀ ⼀ do not). */
export const F_HAN = 1 << 0;
/** A kana letter (Hiragana or Katakana by Script_Extensions, so the long-vowel mark ー counts). */
export const F_KANA = 1 << 1;
/** A Hangul letter (precomposed syllable or compatibility jamo like ㅋ). */
export const F_HANGUL = 1 << 2;
/** A letter or digit of any other script: part of a word. */
export const F_WORD = 1 << 3;
/** A decimal digit (for joiners that only join numbers: 70,000 and 17:00). */
export const F_DIGIT = 1 << 4;
/**
 * Attaches to the character before it (Grapheme_Extend, emoji skin-tone modifiers, ZWJ), as
 * grapheme clusters do: a combining mark never counts on its own.
 */
export const F_EXTEND = 1 << 5;
/** Makes its cluster an emoji: pictographs, regional indicators, modifiers, VS16 and the keycap. */
export const F_EMOJI = 1 << 6;
/** Invisible: Default_Ignorable_Code_Point or a format control (ZWSP, ZWJ, BOM, soft hyphen…). */
export const F_INVISIBLE = 1 << 7;
/** Joins two word characters into one word: apostrophes, hyphens, the full stop, underscore. */
export const F_JOIN = 1 << 8;
/** Joins two digits into one number: comma and colon (70,000; 17:00). */
export const F_JOIN_NUM = 1 << 9;
/**
 * Grapheme rules the fast counter does not model (conjoining jamo, spacing marks, letters that
 * prefix the next cluster): a text containing one is counted by the Intl.Segmenter path instead.
 */
export const F_COMPLEX = 1 << 10;
/** Extended_Pictographic (for the ZWJ-sequence rule GB11). */
export const F_PICTO = 1 << 11;
/** A regional indicator (flags are pairs of them). */
export const F_RI = 1 << 12;
/** White_Space. */
export const F_SPACE = 1 << 13;
/** A line break: a Weibo tag never spans one. */
export const F_LINEBREAK = 1 << 14;
/** Any letter (\p{L}), whatever the script: a tag needs at least one. */
export const F_LETTER = 1 << 15;
/** Combining mark (\p{M}). */
export const F_MARK = 1 << 16;
/** Punctuation (\p{P}). */
export const F_PUNCT = 1 << 17;

const RE = {
  extend: /^[\p{Grapheme_Extend}\p{Emoji_Modifier}\u200D]$/u,
  emoji: /^[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\uFE0F\u20E3]$/u,
  picto: /^\p{Extended_Pictographic}$/u,
  ri: /^\p{Regional_Indicator}$/u,
  invisible: /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u,
  han: /^\p{Script=Han}$/u,
  kana: /^[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]$/u,
  hangul: /^\p{Script=Hangul}$/u,
  letterOrLetterNumber: /^[\p{L}\p{Nl}]$/u,
  letter: /^\p{L}$/u,
  word: /^[\p{L}\p{Nd}\p{Nl}]$/u,
  digit: /^\p{Nd}$/u,
  mark: /^\p{M}$/u,
  punct: /^\p{P}$/u,
  space: /^\p{White_Space}$/u,
  // Spacing marks (UAX #29 SpacingMark, Thai/Lao AM), conjoining jamo (UAX #29 L/V/T), the
  // non-format Prepend letters, and the Indic viramas that join consonants into one cluster
  // (InCB=Linker, rule GB9c of Unicode 15.1): grapheme rules outside the fast path.
  complex:
    /^[\p{Mc}\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0D4E\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]$/u,
};

const JOIN = new Set(["'", '\u2019', '-', '\u2010', '\u2011', '.', '_']);
const JOIN_NUM = new Set([',', ':']);
const LINEBREAKS = new Set(['\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029']);

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let f = 0;
  if (RE.complex.test(ch)) f |= F_COMPLEX;
  if (RE.emoji.test(ch)) f |= F_EMOJI;
  if (RE.picto.test(ch)) f |= F_PICTO;
  if (RE.ri.test(ch)) f |= F_RI;
  if (RE.space.test(ch)) f |= F_SPACE;
  if (RE.letter.test(ch)) f |= F_LETTER;
  if (RE.mark.test(ch)) f |= F_MARK;
  if (RE.punct.test(ch)) f |= F_PUNCT;
  if (LINEBREAKS.has(ch)) f |= F_LINEBREAK;
  if (RE.extend.test(ch)) return f | F_EXTEND | (RE.invisible.test(ch) ? F_INVISIBLE : 0);
  if (RE.invisible.test(ch)) return f | F_INVISIBLE;
  if (RE.letterOrLetterNumber.test(ch)) {
    if (RE.han.test(ch)) return f | F_HAN;
    if (RE.kana.test(ch) && RE.letter.test(ch)) return f | F_KANA;
    if (RE.hangul.test(ch) && RE.letter.test(ch)) return f | F_HANGUL;
  }
  if (RE.word.test(ch)) return f | F_WORD | (RE.digit.test(ch) ? F_DIGIT : 0);
  if (JOIN.has(ch)) return f | F_JOIN;
  if (JOIN_NUM.has(ch)) return f | F_JOIN_NUM;
  return f;
}

// Bit 31 of a BMP slot marks "computed" so 0 can be a real answer.
const KNOWN = 1 << 30;
const bmp = new Int32Array(0x10000);
const astral = new Map<number, number>();

/** The F_* flags of one code point. */
export function flagsOf(cp: number): number {
  if (cp < 0x10000) {
    const v = bmp[cp];
    if (v !== 0) return v & ~KNOWN;
    const f = compute(cp);
    bmp[cp] = f | KNOWN;
    return f;
  }
  let f = astral.get(cp);
  if (f === undefined) {
    f = compute(cp);
    astral.set(cp, f);
  }
  return f;
}

/** ASCII letter, digit, underscore or ampersand: what may not stand right before an opening `#`. */
export function isAsciiWordish(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x26;
}

const INVISIBLE_NAMES: Record<number, string> = {
  0x00a0: 'NBSP',
  0x00ad: 'SHY',
  0x034f: 'CGJ',
  0x180e: 'MVS',
  0x200b: 'ZWSP',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x202f: 'NNBSP',
  0x2060: 'WJ',
  0x3000: 'IDSP',
  0x3164: 'HF',
  0xfeff: 'BOM',
};

/** True for what a reader cannot see or cannot tell from a plain space (NBSP, ideographic space). */
export function isHiddenChar(cp: number): boolean {
  const f = flagsOf(cp);
  if (f & F_INVISIBLE) return true;
  return (f & F_SPACE) !== 0 && cp !== 0x20 && cp !== 0x09 && (f & F_LINEBREAK) === 0;
}

/** Make invisible characters visible: "#WXTM\u200B#" → "#WXTM⟨ZWSP⟩#". */
export function showHidden(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isHiddenChar(cp)) {
      out += `⟨${INVISIBLE_NAMES[cp] ?? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`}⟩`;
    } else out += ch;
  }
  return out;
}
