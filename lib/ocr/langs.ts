/**
 * Which traineddata to load for a screenshot, from a hint (the Gate page's language, or the
 * language chosen in options). Pure.
 *
 * Measured on the corpus (`npm run bench:ocr -- --sweep`, lib/ocr/README.md): each Chinese model
 * also reads the Latin letters and digits of an exchange page (WXTM, USDT, amounts), and adding
 * `eng` to it costs time (+13%) and finds no more keywords; an English page needs only `eng`.
 * Without a hint, `chi_tra` alone reads all three languages' pages right (60/60, as fast as the
 * hinted choice, 3% fewer keywords), while `chi_sim` misreads traditional pages (當前委託 → 当前委放)
 * and loading all three models is 75% slower and no better.
 */
import type { LangHint, TessLang } from './types';

export const LANGS_FOR_HINT: Record<LangHint, readonly TessLang[]> = {
  'zh-Hant': ['chi_tra'],
  'zh-Hans': ['chi_sim'],
  en: ['eng'],
  auto: ['chi_tra'],
};

/** tesseract's `+`-joined language string for a hint. */
export function langsFor(hint: LangHint = 'auto'): string {
  return (LANGS_FOR_HINT[hint] ?? LANGS_FOR_HINT.auto).join('+');
}

/** Map a BCP 47 tag (document.documentElement.lang, navigator.language, Gate's URL prefix) to a hint. */
export function hintFromLocale(tag: string | undefined | null): LangHint {
  if (!tag) return 'auto';
  const t = tag.toLowerCase().replace('_', '-');
  if (/^zh-(hant|tw|hk|mo)\b/.test(t) || t === 'zh-tw' || t === 'tw') return 'zh-Hant';
  if (/^zh\b/.test(t) || t === 'cn') return 'zh-Hans';
  if (/^en\b/.test(t)) return 'en';
  return 'auto';
}
