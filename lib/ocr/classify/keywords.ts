/**
 * Keywords as the classifier matches them: folded (Traditional → Simplified, OCR confusions),
 * CJK words without spaces, Latin words whole with optional inner spaces (OrderBook, Order Book).
 */
import { fold, hasCjk } from '../classify-fold';
import type { Segment } from './segments';

export interface Keyword {
  /** As first listed. */
  text: string;
  /** Every listed spelling that folds to the same form (記錄 / 记录). */
  variants: string[];
  folded: string;
  cjk: boolean;
  /** Also a navigation word (充值, Deposit): weaker as a title. */
  generic: boolean;
  pattern: RegExp;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function keyword(text: string, chrome: readonly string[] = []): Keyword {
  const folded = fold(text);
  const cjk = hasCjk(folded);
  const body = folded
    .split(' ')
    .map((w) => escapeRe(w))
    .join('\\s?');
  const pattern = cjk ? new RegExp(escapeRe(folded.replace(/\s+/g, ''))) : new RegExp(`(?:^|[^a-z0-9])${body}(?![a-z0-9])`);
  return { text, variants: [text], folded, cjk, generic: chrome.includes(folded), pattern };
}

/** Keywords from word lists, one per folded form (its spellings kept as variants). */
export function keywords(lists: readonly (readonly string[])[], chrome: readonly string[] = []): Keyword[] {
  const seen = new Map<string, Keyword>();
  for (const list of lists) {
    for (const w of list) {
      const k = keyword(w, chrome);
      const key = k.folded.replace(/\s+/g, '');
      const known = seen.get(key);
      if (known) known.variants.push(w);
      else seen.set(key, k);
    }
  }
  return [...seen.values()];
}

export function matches(k: Keyword, seg: Segment): boolean {
  return k.pattern.test(k.cjk ? seg.compact : seg.folded);
}

/** The spelling closest to what was read: the simplified one on a simplified page. */
export function spelling(k: Keyword, hits: readonly Segment[]): string {
  if (k.variants.length === 1) return k.text;
  const raw = hits.map((s) => s.raw.normalize('NFKC').replace(/\s+/g, '')).join('\n');
  return k.variants.find((v) => raw.includes(v.replace(/\s+/g, ''))) ?? k.text;
}

/** The words of `list` seen on UI lines, longest first, none inside an already seen longer one. */
export function seenWords(ui: readonly Segment[], list: readonly Keyword[]): string[] {
  const hits: string[] = [];
  const used: string[] = [];
  for (const k of [...list].sort((a, b) => b.folded.length - a.folded.length)) {
    if (used.some((u) => u.includes(k.folded))) continue;
    const hit = ui.filter((s) => matches(k, s));
    if (hit.length === 0) continue;
    hits.push(spelling(k, hit));
    used.push(k.folded);
  }
  return hits;
}

/** A line that is the word itself (signs, brackets, counts and arrows around it aside). */
export function isHeading(k: Keyword, seg: Segment): boolean {
  return seg.compact.replace(/[\s()（）\d›>»|:：]+/g, '').length <= k.folded.replace(/\s/g, '').length + 1;
}
