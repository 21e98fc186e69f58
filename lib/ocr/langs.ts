/**
 * Which traineddata to load for a screenshot, from a hint (the Gate page's language, or the
 * language chosen in options). Pure.
 *
 * Each Chinese model also reads the Latin letters and digits of an exchange page (WXTM, USDT,
 * amounts), so adding `eng` to it costs time and finds no more keywords; an English page needs only
 * `eng`. Without a hint, `chi_tra` alone reads all three languages' pages right, while `chi_sim`
 * misreads traditional pages (當前委託 → 当前委放) and loading all three models is slower and no
 * better. (`npm run bench:ocr -- --sweep`; figures and dates: docs/measurements.md.)
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
