/**
 * Folding OCR text (and the contest's keywords) into one comparable form, so that a keyword matches
 * whatever script and whatever OCR noise it was read with. Pure.
 *
 * - NFKC: full-width letters, digits and punctuation become ASCII (ＷＸＴＭ → WXTM, （ → ().
 * - Traditional → simplified (記錄 → 记录) by lib/text's table, so one keyword list serves zh-Hant
 *   and zh-Hans screenshots, and a chi_sim reading of a zh-Hant page still matches.
 * - Latin lower case, and the OCR confusions 0/o, 1/l/I/i/|, rn/m, vv/w folded to one letter.
 * - Spaces between CJK characters removed (tesseract puts some between ideographs).
 */
import { toSimplifiedProse } from '../text/fold';

/** A CJK ideograph (and the compatibility block), where spaces between characters mean nothing. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_SPACE = /([\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])/g;

/** Traditional → Simplified by lib/text's one table (the prose pairs included), so the screenshot
 * check and the checklist fold Chinese the same way. */
function toSimplified(s: string): string {
  let out = '';
  for (const ch of s) out += String.fromCodePoint(toSimplifiedProse(ch.codePointAt(0)!));
  return out;
}

/**
 * The comparable form of a piece of text. Keeps its length roughly but not exactly: use it on both
 * sides of a comparison, never to index into the original.
 */
export function fold(s: string): string {
  return toSimplified(s.normalize('NFKC'))
    .replace(CJK_SPACE, '$1')
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[0]/g, 'o')
    .replace(/[1i|!]/g, 'l')
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .trim();
}

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}
