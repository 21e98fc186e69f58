/**
 * A text that stops mid-way: Gate shows a pinned announcement clamped to about 600 characters
 * (every clamped copy in tests/fixtures/announcements/real ends at 599–601), and a writer may copy
 * only what is on screen. What was cut is not in the draft, so the reader says so, on the field of
 * the last line it read. Signs, any one of which is enough:
 * - the last line leaves a bracket or quote open ("(e.g., staking record, reward");
 * - it is a heading or a rank with nothing after it ("Rewards:", "🥇 1st");
 * - it ends with an ellipsis ("…", "...");
 * - it stops mid-sentence in Latin script: no closing punctuation, after a sentence that had one
 *   ("guidelines. Plagiarism or re", "2. Con" after "… at least 5 days.");
 * - it has no closing punctuation and the text is as long as Gate's clamp (590–610 characters).
 * A Chinese line without a full stop is normal (lists, "Gate 保留最終解釋權"): alone it is no sign.
 */
import type { Line } from './lines';
import type { Notes } from './notes';

const OPENERS = '(（[【「『“《';
const CLOSERS = ')）]】」』”》';
/** What a finished line may end with: sentence punctuation, a closing bracket or quote, an emoji. */
const FINISHED = /(?:[.!?。！？;；)）\]】」』”"'’》>~]|\p{Extended_Pictographic}\uFE0F?)$/u;
const HEADING = /[:：]$/;
const RANK_ONLY = /^(?:\d{1,2}(?:st|nd|rd|th)|第\s*\d{1,3}\s*名|[一二三四五六七八九十]{1,2}等奖|top\s*\d{1,4})(?:\s+(?:prize|place))?$/;
const LATIN_TAIL = /[a-z0-9,]$/;
const SENTENCE_INSIDE = /[.!?]\s+\S/;
const SENTENCE_END = /[.!?。！？]$/;
/** Gate's clamp of a pinned block, in UTF-16 units, with some slack for how the text was copied. */
const CLAMP = { min: 590, max: 610 };

export function checkCutOff(lines: Line[], text: string, notes: Notes): void {
  const filled = lines.filter((l) => l.text.trim() !== '');
  const last = filled[filled.length - 1];
  if (!last) return;
  const before = filled[filled.length - 2];
  const t = last.text.trim();
  const n = last.n.trim();
  let reason: string | undefined;
  let field = notes.usedFor(last) ?? '';
  if (unclosed(t)) reason = 'a bracket or quote is left open';
  else if (RANK_ONLY.test(n)) {
    reason = 'it ends on a rank with no prize';
    field = 'prizes';
  } else if (endsWithLink(t)) reason = undefined;
  else if (HEADING.test(n)) reason = 'it ends on a heading';
  else if (endsWithEllipsis(t)) reason = 'it ends with an ellipsis';
  else if (!FINISHED.test(t) && LATIN_TAIL.test(n) && (SENTENCE_INSIDE.test(n) || (before && SENTENCE_END.test(before.text.trim())))) {
    reason = 'it stops mid-sentence';
  } else {
    const length = text.trimEnd().length;
    if (!FINISHED.test(t) && length >= CLAMP.min && length <= CLAMP.max) {
      reason = `it ends without punctuation at ${length} characters, the length Gate clamps pinned posts to`;
    }
  }
  if (!reason) return;
  const tail = t.length > 30 ? `…${t.slice(-30)}` : t;
  notes.warn(
    'text-cut-off',
    field,
    `the text seems cut off at line ${last.i + 1} ("${tail}"): ${reason}. What follows on the page is not in this draft: open the whole announcement and paste it all`,
    last,
  );
}

/** More opening brackets or quotes than closing ones. */
function unclosed(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The last word is a link ("Details: https://…"). Not a `\S+$` pattern: tried from every "http" of a long word, it is quadratic. */
function endsWithLink(s: string): boolean {
  const word = s.slice(Math.max(s.lastIndexOf(' '), s.lastIndexOf('\t')) + 1);
  const k = word.indexOf('http');
  return k !== -1 && /^https?:\/\//.test(word.slice(k));
}

/** "…" or "..." right after a word: a preview's cut, or a sentence trailing off. */
function endsWithEllipsis(s: string): boolean {
  let end = s.length;
  if (s.endsWith('...')) end -= 3;
  else if (s.endsWith('…')) while (end > 0 && s[end - 1] === '…') end--;
  else return false;
  return end > 0 && !/[\s.…]/.test(s[end - 1]);
}
