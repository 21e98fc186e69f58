/**
 * Language and script: which language an announcement is in, and its text copied into the other
 * scripts (converted, not translated) for the writer to review.
 *
 * Traditional ↔ Simplified uses lib/text's tables (han-variants.ts: 772 tag pairs plus the prose
 * pairs), not OpenCC. Decided on size (docs/measurements.md: OpenCC's tables are ten to two hundred
 * times ours) against the goal of at most 160 KB for the whole content script, where the detector
 * runs on post pages. It would also not fit how the reader matches: the fold must map one UTF-16 unit to one
 * (positions in the folded line are positions in the original), and OpenCC converts phrases. The
 * reader only needs its keywords (帶上話題, 須, 截圖, 獎勵…) and tag-adjacent words to fold, which the
 * tables cover; a character they miss only means a keyword is not recognised in that script, and the
 * real-corpus test would show it. So: no dependency.
 */
import { toSimplifiedProse } from '../../text/fold';
import { PROSE_SIMPLIFIED_TO_TRADITIONAL, SIMPLIFIED_TO_TRADITIONAL } from '../../text/han-variants';
import type { Lang, LocalizedText } from '../schema';

export function detectLang(text: string): Lang {
  let han = 0;
  let trad = 0;
  let simp = 0;
  for (const ch of text.match(/\p{Script=Han}/gu) ?? []) {
    han++;
    const cp = ch.codePointAt(0)!;
    if (toSimplifiedProse(cp) !== cp) trad++;
    else if (SIMPLIFIED_TO_TRADITIONAL.has(cp)) simp++;
  }
  const words = (text.match(/[A-Za-z]{2,}/g) ?? []).length;
  if (han === 0 || han < words) return 'en';
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}

export function toSimplifiedText(s: string): string {
  let out = '';
  for (const ch of s) out += String.fromCodePoint(toSimplifiedProse(ch.codePointAt(0)!));
  return out;
}

/** Simplified → Traditional, first listed variant (发 → 發): approximate, for the writer to review. */
export function toTraditionalText(s: string): string {
  let out = '';
  for (const ch of toSimplifiedText(s)) {
    const cp = ch.codePointAt(0)!;
    out += String.fromCodePoint(PROSE_SIMPLIFIED_TO_TRADITIONAL.get(cp) ?? SIMPLIFIED_TO_TRADITIONAL.get(cp)?.[0] ?? cp);
  }
  return out;
}

/** "WXTM创作大赛" → "WXTM 创作大赛": a space where Latin letters meet Han, as names are written. */
export function spaced(s: string): string {
  return s.replace(/([A-Za-z0-9])(?=\p{Script=Han})/gu, '$1 ').replace(/(\p{Script=Han})(?=[A-Za-z0-9])/gu, '$1 ');
}

/** A line in the announcement's language, copied into the other two (scripts converted, not translated). */
export function localize(s: string, lang: Lang): LocalizedText {
  return {
    'zh-Hant': lang === 'zh-Hant' ? s : toTraditionalText(s),
    'zh-Hans': lang === 'zh-Hans' ? s : toSimplifiedText(s),
    en: s,
  };
}

/** "CreatorLeaderboard" → "Creator Leaderboard"; "WXTM" stays. */
export function splitCamel(s: string): string {
  // One capital at a time ("XMLHttp" → "XML Http"): `[A-Z]+` here retried every capital of a run.
  return s.replace(/([a-z0-9])(?=[A-Z])/g, '$1 ').replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ');
}
