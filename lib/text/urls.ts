/**
 * Links in a post: left out of the count (DESIGN.md: "the contest's own tags and URLs are left
 * out") and never read as tags (`https://www.gate.com/post#comments` holds no hashtag).
 *
 * A link is `scheme://…`, `www.…`, or a bare domain with a common top-level domain (gate.com,
 * gate.io/zh). It runs over ASCII URL characters and stops at whitespace, CJK text and full-width
 * punctuation, because Chinese writers glue text to links ("https://gate.com/post了解更多"); trailing
 * sentence punctuation is not part of it, and a closing bracket only when the link opened one.
 */
import type { TextRange } from './ranges';

export interface Link extends TextRange {
  url: string;
}

const TLDS =
  'com|net|org|io|co|app|dev|xyz|info|me|ai|finance|exchange|global|top|cc|tv|news|link|pro|cn|tw|hk|jp|kr|sg|uk|us|eu|de|fr|ru|in|vn|id|th|ph|my|tr|br';

// Scheme URLs, www. hosts, bare domains (not right after a "#": #Gate.io# is a tag). The character
// class is RFC 3986's, minus quotes and <>.
const URL_RE = new RegExp(
  String.raw`(?:\b(?:https?|ftp):\/\/|\bwww\.|(?<![\w@.\-\/#＃])(?=[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:${TLDS})(?![a-z0-9\-])))` +
    String.raw`[A-Za-z0-9\-._~:\/?#\[\]@!$&'()*+,;=%]+`,
  'giu',
);

/** Sentence punctuation that ends a sentence, not a link. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', ']', '}', '>', '*']);

/** Every link in the text, in order, as UTF-16 ranges. Never throws. */
export function findLinks(text: string): Link[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Cheap gate: no dot and no scheme, no link (a scheme link needs no dot: "https://localhost").
  if (text.indexOf('.') === -1 && text.indexOf('://') === -1) return [];
  const links: Link[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const url = trimLink(m[0]);
    // A bare word like "e.g" or a lone scheme is not a link.
    if (!/[a-z0-9]\.[a-z0-9]/i.test(url) && !/:\/\/./.test(url)) continue;
    links.push({ start: m.index, end: m.index + url.length, url });
  }
  return links;
}

/**
 * Trailing sentence punctuation is not part of a link, and a closing parenthesis only when the link
 * opened one. One backward pass: linear however long the run of `)` or punctuation (a regex with
 * `+$` and a recount per bracket were quadratic, on every keystroke).
 */
function trimLink(url: string): string {
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < url.length; i++) {
    if (url[i] === '(') opens++;
    else if (url[i] === ')') closes++;
  }
  let end = url.length;
  while (end > 0) {
    const c = url[end - 1];
    if (TRAILING.has(c)) end--;
    else if (c === ')' && opens < closes) {
      closes--;
      end--;
    } else break;
  }
  return url.slice(0, end);
}
