/**
 * The page to reread the rules on: a Gate link the announcement gives, the one on a "詳情: …" /
 * "Details: …" line first. Such a line means part of the rules is on that page, not in the text:
 * the writer is told to read it.
 */
import { CONTEST_LIMITS } from '../limits';
import { linksIn, type Line } from './lines';
import type { Notes } from './notes';

const GATE_LINK = /^https:\/\/(?:[a-z0-9-]+\.)*gate\.(?:com|io)(?:[/?#]|$)/i;
const DETAILS_LINE =
  /^(?:详情|活动详情|规则详情|查看详情|完整规则|详细规则|details|more\s+details|full\s+(?:rules|details)|learn\s+more|read\s+more)\s*[:：]?\s*(?:👉\s*)?https?:/;

export function readUrl(lines: Line[], text: string, notes: Notes): string | undefined {
  // The line holding an offset: a binary search (a paste may hold thousands of links and lines).
  const lineAt = (offset: number): Line | undefined => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo];
  };
  const links = linksIn(text)
    .filter((link) => link.url.length <= CONTEST_LIMITS.url && GATE_LINK.test(link.url) && parses(link.url))
    .map((link) => ({ url: link.url, line: lineAt(link.start) }));
  const details = links.find((link) => link.line && DETAILS_LINE.test(link.line.n));
  const pick = details ?? links[0];
  if (!pick) return undefined;
  if (pick.line) notes.find('url', pick.url, pick.line);
  if (details?.line) {
    notes.warn(
      'rules-linked',
      'rules',
      `line ${details.line.i + 1} sends the reader to ${details.url} for the details: read the rules there too, they are not in this draft`,
      details.line,
    );
  }
  return pick.url;
}

function parses(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
