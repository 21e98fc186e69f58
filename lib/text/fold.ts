/**
 * Folding for tag comparison: two tag texts "mean the same tag" when their folds are equal. The
 * fold drops whitespace and invisible characters, applies NFKC (full-width ＷＸＴＭ → WXTM, ＃ → #),
 * lower-cases, and maps Traditional characters to Simplified. Each folded character remembers the
 * code point it came from, so a near miss can say exactly which character differs and why.
 */
import { TRADITIONAL_TO_SIMPLIFIED } from './han-variants';
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
