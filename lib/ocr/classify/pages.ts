/**
 * Pages that are evidence of something else: a login page, API-key management, an asset overview,
 * the account menu, a Square post. Not proof, and the verdict says which (a writer who attached the
 * wrong screenshot needs to hear what it is). Each needs several of its words on UI lines, one of
 * them a key word only that page shows, as a line of its own (a field's label, a heading: the
 * security settings' "登入密碼 ✓ 已綁定" is no login form's "密碼").
 */
import { allWords, OTHER_PAGES, VOCABULARY, type OtherPage } from '../vocabulary';
import { isHeading, keywords, matches, seenWords } from './keywords';
import { uiLines, type Segment } from './segments';

const PAGES = OTHER_PAGES.map((page) => {
  const v = VOCABULARY.pages[page];
  const key = allWords(v.key);
  return { page, need: v.need, words: keywords([key, allWords(v.words)]), key: keywords([key]) };
});

export interface OtherPageFinding {
  page: OtherPage;
  /** The words that told it, as spelled in the vocabulary. */
  words: string[];
}

/** The page this is, when it is one of them: the one with most words seen, in OTHER_PAGES order on a tie. */
export function otherPage(segs: readonly Segment[]): OtherPageFinding | null {
  const ui = uiLines(segs);
  let best: OtherPageFinding | null = null;
  for (const p of PAGES) {
    const words = seenWords(ui, p.words);
    if (words.length < p.need || !p.key.some((k) => ui.some((s) => matches(k, s) && isHeading(k, s)))) continue;
    if (!best || words.length > best.words.length) best = { page: p.page, words };
  }
  return best;
}
