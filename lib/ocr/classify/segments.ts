/**
 * OCR text as lines the classifier can weigh: each folded, and marked as navigation chrome (runs
 * of the host's navigation words: on every page, proof of nothing) or prose (sentences of a post
 * or news item: a keyword inside a sentence is a mention, never a page's label).
 */
import { fold, hasCjk } from '../classify-fold';
import { allWords, VOCABULARY } from '../vocabulary';
import { escapeRe } from './keywords';

export interface Segment {
  raw: string;
  folded: string;
  /** Whitespace removed, for CJK matching. */
  compact: string;
  chrome: boolean;
  prose: boolean;
}

/** The host's navigation and tab-bar words, folded, longest first. */
export const CHROME_WORDS: readonly string[] = allWords(VOCABULARY.chrome).map(fold);
const CHROME_PATTERNS = [...CHROME_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((w) => (hasCjk(w) ? new RegExp(escapeRe(w), 'g') : new RegExp(`(?<=\\s)${escapeRe(w)}(?=\\s)`, 'g')));

/** A segment that is only navigation words (and separators). */
function chromeOnly(folded: string): { only: boolean; count: number } {
  let rest = ` ${folded.replace(/[|/·•>›»<‹«()[\]{}:：,，.。]+/g, ' ')} `;
  let count = 0;
  for (const re of CHROME_PATTERNS) {
    rest = rest.replace(re, () => {
      count++;
      return ' ';
    });
  }
  // Icons and avatars read as one or two stray letters or digits.
  const leftover = rest
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t.length > 2 || hasCjk(t));
  return { only: count > 0 && leftover.length === 0, count };
}

const FUNCTION_WORDS =
  /(?<![a-z])(?:the|a|an|and|or|but|of|to|in|on|at|for|with|about|is|are|was|has|have|had|it|this|that|i|you|we|they|what|how|do|does|not|now|still|will|can|be|been)(?![a-z])/g;

/** Sentences (posts, news), as opposed to UI labels and table cells. */
function isProse(raw: string): boolean {
  const cjkChars = (raw.match(/[\u3400-\u9fff]/g) ?? []).length;
  const cjkPunct = (raw.match(/[，。！？；、,!?;]/g) ?? []).length;
  if (cjkChars >= 12 && cjkPunct >= 1) return true;
  if (cjkChars >= 24) return true;
  const words = raw.match(/[A-Za-z][a-z']+/g) ?? [];
  const lower = words.filter((w) => /^[a-z]/.test(w) && w.length > 1);
  // UI labels are short and hardly ever hold two function words; sentences do.
  const functionWords = (raw.toLowerCase().match(FUNCTION_WORDS) ?? []).length;
  return (words.length >= 8 && lower.length >= 5) || (words.length >= 5 && functionWords >= 3);
}

/** A line next to a sentence that reads as one itself (a post's text is cut into lines by the screen). */
function continues(raw: string): boolean {
  const cjk = (raw.match(/[\u3400-\u9fff]/g) ?? []).length;
  if (cjk >= 6 && /[，。！？；、,!?;]/.test(raw)) return true;
  const words = raw.match(/[A-Za-z][a-z']+/g) ?? [];
  return words.length >= 4 && words.filter((w) => /^[a-z]/.test(w)).length >= 3;
}

export function segments(text: string): Segment[] {
  const segs: Segment[] = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((raw) => {
      const folded = fold(raw);
      return { raw, folded, compact: folded.replace(/\s+/g, ''), chrome: false, prose: isProse(raw) };
    });
  // A line with a hashtag is a post's text.
  for (const seg of segs) if (/#[^#\s][^#\n]{0,40}#|(?:^|\s)#[\p{L}\d]{2,}/u.test(seg.raw)) seg.prose = true;
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < segs.length; i++) {
      if (segs[i].prose || !continues(segs[i].raw)) continue;
      if (segs[i - 1]?.prose || segs[i + 1]?.prose) {
        segs[i].prose = true;
        changed = true;
      }
    }
  }
  // Chrome: a line holding three or more navigation words and nothing else, or a run of three or
  // more consecutive navigation-only lines (sparse segmentation puts each word on its own line).
  const info = segs.map((s) => chromeOnly(s.folded));
  for (let i = 0; i < segs.length; i++) if (info[i].only && info[i].count >= 3) segs[i].chrome = true;
  for (let i = 0; i < segs.length;) {
    if (!info[i].only) {
      i++;
      continue;
    }
    let j = i;
    let words = 0;
    while (j < segs.length && info[j].only) words += info[j++].count;
    if (words >= 3) for (let k = i; k < j; k++) segs[k].chrome = true;
    i = j;
  }
  return segs;
}

/** Lines that are UI labels: neither navigation nor sentences. */
export const uiLines = (segs: readonly Segment[]) => segs.filter((s) => !s.chrome && !s.prose);
