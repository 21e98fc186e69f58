/**
 * Topics as Gate renders them on a published post: links to `/post/topic/{TAG}` (under any language
 * prefix, on any mirror), and lines at the top of the body that hold only the topic. A rendered
 * topic line may show the tag without its `#` signs; the writer typed it with them. Pure.
 */

/** `/post/topic/{TAG}` under an optional language prefix; the tag is one path segment. */
const TOPIC_PATH = /^\/(?:[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?\/)?post\/topic\/([^/?#]+)\/?$/i;

/** The topic's name from a topic link ("https://www.gate.com/zh/post/topic/WXTM%E5%88%9B…" → "WXTM创…"), or null. */
export function topicFromHref(href: string): string | null {
  if (typeof href !== 'string' || !href) return null;
  let path: string;
  try {
    path = new URL(href, 'https://www.gate.com').pathname;
  } catch {
    return null;
  }
  const m = TOPIC_PATH.exec(path);
  if (!m) return null;
  let name: string;
  try {
    name = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  // A topic link may carry the signs too ("/post/topic/%23WXTM%23").
  name = name.replace(/^#+|#+$/g, '').trim();
  return name || null;
}

/** The distinct topic names of a page's topic links, in order. */
export function topicsFromHrefs(hrefs: readonly string[]): string[] {
  const out: string[] = [];
  for (const href of hrefs) {
    const name = topicFromHref(href);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The published text with each line that is a topic's bare name ("WXTM创作大赛", the way a topic
 * link may read) written as the tag the writer typed (`#WXTM创作大赛#`), so that it is read as a
 * topic line and not counted as prose.
 */
export function restoreTopicLines(text: string, topics: readonly string[]): string {
  if (typeof text !== 'string') return '';
  if (topics.length === 0) return text;
  const names = new Set(topics);
  return text
    .split('\n')
    .map((line) => (names.has(line.trim()) ? `#${line.trim()}#` : line))
    .join('\n');
}
