/**
 * A Gate Square post page (`/post/status/{id}`) as the "Track this contest" offer reads it: the
 * post's own block, never the page. Its text up to the first comment, reply box or next post; its
 * date only from its own block; its author, marked official only when the page says so. Reads
 * only: never changes the page. The text is cut at the reader's limit.
 *
 * Which block is the post (selectors in ./selectors.ts):
 * 1. the first `<article>` (or `[role=article]`): the page says where the post ends;
 * 2. else the first author link (`a.nickname`, else a profile link): the post is the largest block
 *    around it that holds no other author (the next post, a comment). A pinned announcement above
 *    a user's post is the first block; the user's post is another author's, so it is left out;
 * 3. else the main content, read to the first comment or reply box.
 * When nothing on the page tells where the post ends (no other author around it, no comment list
 * or reply box after it, no article), less is read (the smallest block around the author that
 * holds some text) and `boundsSure` is false, for the offer to say so.
 */
import { MAX_ANNOUNCEMENT_CHARS } from '../contests/announcement/types';
import {
  BLOCK_TAGS,
  MAIN_CONTENT_SELECTOR,
  NOT_POST_CONTEXT,
  NOT_ATTACHMENT_IMAGE,
  NOT_POST_TEXT,
  OFFICIAL_BADGE_SELECTOR,
  OFFICIAL_NAME,
  POST_ARTICLE_SELECTOR,
  POST_AUTHOR_SELECTORS,
  POST_END_SELECTORS,
  POST_STATUS_LINK,
  POST_TOPIC_LINK,
  POST_TIME_SELECTOR,
  SKIP_TAGS,
} from './selectors';

export interface PostAuthor {
  /** The name the post's block shows. */
  name: string;
  /** The page marks the account official (a badge), or its name is one only Gate's own accounts carry. */
  official: boolean;
}

export interface PostPage {
  text: string;
  /** The post's date (ms), from its own block only: a `<time datetime>`, else its own time link. */
  published?: number;
  /** Who posted it, when the block names them. */
  author?: PostAuthor;
  /**
   * Whether the page told where the post ends (an article, another author after it, a comment list
   * or reply box). False: only part may have been read, or something else read with it.
   */
  boundsSure: boolean;
  /** The hrefs of the topic links inside the post (its tags as Gate rendered them). */
  topicHrefs: string[];
  /** The post's own pictures (not avatars, not icons). */
  pictures: number;
  /** The href of the post's author link, when the page shows one. */
  authorHref?: string;
}

/** Any of the author links, as one selector. */
const AUTHOR = POST_AUTHOR_SELECTORS.join(', ');

/** A block around the author with at least this much text besides the name is the post's (the fallback when its end is unknown). */
const SOME_TEXT = 40;
/** Longer names are not names (a block read wrong). */
const MAX_NAME = 60;

export function readPostPage(doc: Document, isOwnElement: (el: Element) => boolean, now: number): PostPage | null {
  const usable = (el: Element) => !isOwnElement(el) && !inPageChrome(el);
  const found = findPostBlock(doc, usable);
  if (!found) return null;
  let { block, sure } = found;
  let reading = readBlock(block, found.author, isOwnElement);
  // A post told by its author that stops at a comment, a reply box or the next post: its end is seen.
  if (reading.ended && found.author) sure = true;
  if (!sure && found.author) {
    // Nothing told where the post ends: read less (the smallest block around the author with text).
    block = smallestWithText(found.author, block);
    reading = readBlock(block, found.author, isOwnElement);
  }
  if (!reading.text.trim() && found.author) {
    // The author has no block of their own (the post's lines sit loose in the main content): read
    // on from there, to the first comment, reply box or other author, with the doubt raised.
    block = found.author.closest(MAIN_CONTENT_SELECTOR) ?? doc.body;
    reading = readBlock(block, found.author, isOwnElement);
    sure = false;
  }
  const text = withoutCounters(reading.text).slice(0, MAX_ANNOUNCEMENT_CHARS);
  if (!text.trim()) return null;
  const published = postDate(reading.times, reading.statusLinks, now);
  const author = found.author ? authorOf(found.author, block) : undefined;
  const authorHref = found.author?.getAttribute('href') ?? undefined;
  return {
    text,
    boundsSure: sure,
    topicHrefs: reading.topicHrefs,
    pictures: reading.pictures,
    ...(published !== undefined ? { published } : {}),
    ...(author ? { author } : {}),
    ...(authorHref ? { authorHref } : {}),
  };
}

interface Found {
  block: Element;
  /** The post's author link, when the page has one. */
  author?: Element;
  sure: boolean;
}

function findPostBlock(doc: Document, usable: (el: Element) => boolean): Found | null {
  // 1. An article: the first outermost one with text.
  const article = [...doc.querySelectorAll(POST_ARTICLE_SELECTOR)].find(
    (el) => usable(el) && !el.parentElement?.closest(POST_ARTICLE_SELECTOR) && (el.textContent ?? '').trim().length > 0,
  );
  if (article) return { block: article, sure: true, ...withAuthor(firstAuthor(article, usable)) };
  // 2. The first author's block: the largest around the author with no other author in it.
  const author = firstAuthor(doc, usable);
  if (author) {
    const others = authorsOf(doc, usable).filter((a) => authorKey(a) !== authorKey(author));
    let block: Element = author;
    let sure = false;
    for (let parent = block.parentElement; parent && !isTop(parent, doc); parent = parent.parentElement) {
      if (others.some((o) => parent.contains(o))) {
        sure = true;
        break;
      }
      block = parent;
    }
    return { block, author, sure };
  }
  // 3. No post marked at all: the main content, read to the first comment or reply box.
  const main = [...doc.querySelectorAll(MAIN_CONTENT_SELECTOR)].find(usable) ?? doc.body;
  return main ? { block: main, sure: false } : null;
}

/** In the page's navigation, header or side bar (a header or footer inside a post or the main content is the post's own). */
function inPageChrome(el: Element): boolean {
  const chrome = el.closest(NOT_POST_CONTEXT);
  if (!chrome) return false;
  return !(chrome.matches('header, footer') && chrome.parentElement?.closest(`${POST_ARTICLE_SELECTOR}, ${MAIN_CONTENT_SELECTOR}`));
}

const withAuthor = (author: Element | undefined) => (author ? { author } : {});

/** The page's main content or above it: never the post's block. */
const isTop = (el: Element, doc: Document) => el === doc.body || el === doc.documentElement || el.matches(MAIN_CONTENT_SELECTOR);

/** Author links in document order (the first is the first post's, whichever form it takes). */
function authorsOf(root: ParentNode, usable: (el: Element) => boolean): Element[] {
  return [...root.querySelectorAll(AUTHOR)].filter(usable);
}

function firstAuthor(root: ParentNode, usable: (el: Element) => boolean): Element | undefined {
  return authorsOf(root, usable)[0];
}

/** The avatar and the name of one author link to the same profile: one author. */
function authorKey(el: Element): string | Element {
  const href = el.getAttribute('href');
  return href ? href.replace(/[?#].*$/, '').replace(/\/+$/, '') : el;
}

function smallestWithText(author: Element, limit: Element): Element {
  const own = (author.textContent ?? '').trim().length;
  let el: Element = author;
  while (el !== limit && el.parentElement) {
    el = el.parentElement;
    if ((el.textContent ?? '').replace(/\s+/g, ' ').trim().length - own >= SOME_TEXT) break;
  }
  return el;
}

interface Reading {
  text: string;
  /** Whether the read stopped at a comment, a reply box or another post. */
  ended: boolean;
  /** The block's own `<time datetime>` elements and status links, before its end. */
  times: Element[];
  statusLinks: Element[];
  topicHrefs: string[];
  pictures: number;
}

/**
 * The block's text as a reader sees it (a line per block element, like `innerText`), up to the
 * first comment, reply box or next author after the post's text has begun. Author links, times,
 * buttons and badges in the post's head are not its text.
 */
function readBlock(block: Element, author: Element | undefined, isOwnElement: (el: Element) => boolean): Reading {
  const out: string[] = [];
  let pendingBreaks = 0;
  /** Text was read: another author from here on is the next post or a comment. */
  let begun = false;
  /** Text was read after the post's author: the same author from here on is their next post or reply. */
  let bodyBegun = false;
  let passedAuthor = !author;
  let ended = false;
  const times: Element[] = [];
  const statusLinks: Element[] = [];
  const topicHrefs: string[] = [];
  let pictures = 0;
  const lineBreak = (n: number) => {
    pendingBreaks = Math.max(pendingBreaks, n);
  };
  const emit = (s: string) => {
    if (!s) return;
    if (out.length && pendingBreaks) out.push('\n'.repeat(pendingBreaks));
    pendingBreaks = 0;
    out.push(s);
    if (s.trim()) {
      begun = true;
      if (passedAuthor) bodyBegun = true;
    }
  };
  const visit = (node: Node, pre: boolean): void => {
    if (ended) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      emit(pre ? data : data.replace(/[\t\n\r ]+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isOwnElement(el) || el.hasAttribute('hidden') || isHidden(el)) return;
    if (el !== block) {
      // Another author after the post's text began: the next post, or a comment.
      if (el.matches(AUTHOR) && el !== author && (bodyBegun || (begun && (!author || authorKey(el) !== authorKey(author))))) return void (ended = true);
      if (el.matches(POST_END_SELECTORS) && !(author && el.contains(author))) return void (ended = true);
    }
    if (el === author) passedAuthor = true;
    if (el.matches(POST_TIME_SELECTOR)) times.push(el);
    if (el.matches(POST_STATUS_LINK)) statusLinks.push(el);
    if (el.matches(POST_TOPIC_LINK)) topicHrefs.push(el.getAttribute('href') ?? '');
    if (tag === 'IMG' && passedAuthor && !el.matches(NOT_ATTACHMENT_IMAGE)) pictures++;
    // The post's head: who and when, not what.
    if (
      el !== block &&
      (el.matches(AUTHOR) || el.matches(POST_TIME_SELECTOR) || el.matches(POST_STATUS_LINK) || el.matches(NOT_POST_TEXT) || (!bodyBegun && isBadge(el)))
    ) {
      if (el.matches(POST_STATUS_LINK) && !el.matches(AUTHOR)) el.querySelectorAll(POST_TIME_SELECTOR).forEach((t) => times.push(t));
      if (!el.matches(POST_STATUS_LINK) || isTimeLink(el)) return;
    }
    if (tag === 'BR') return void emit('\n');
    const blockLevel = el !== block && BLOCK_TAGS.has(tag);
    const breaks = tag === 'P' ? 2 : 1;
    if (blockLevel) lineBreak(breaks);
    const inPre = pre || tag === 'PRE';
    for (const child of el.childNodes) visit(child, inPre);
    if (blockLevel) lineBreak(breaks);
  };
  visit(block, false);
  const text = out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, ended, times, statusLinks, topicHrefs, pictures };
}

/**
 * The post's last lines when they hold no letter at all ("👍 12 💬 3"): the like and comment
 * counters under a post, which have no marker of their own, not the writer's words.
 */
function withoutCounters(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 1 && !/\p{L}/u.test(lines[lines.length - 1])) lines.pop();
  return lines.join('\n').trimEnd();
}

/** A badge in the post's head ("官方", a verified tick): a few characters at most, never the post's body. */
function isBadge(el: Element): boolean {
  return el.matches(OFFICIAL_BADGE_SELECTOR) && (el.textContent ?? '').trim().length <= 12 && !el.querySelector(AUTHOR);
}

/** Not rendered (`display: none` on it or above it): the browser knows; a test DOM without layout says nothing. A post scrolled off screen is still rendered. */
function isHidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check !== 'function') return false;
  try {
    return !check.call(el);
  } catch {
    return false;
  }
}

/** A status link whose label is a time ("3小時前", "2h", "2026-03-01 10:00"): the post's own date, not text. */
function isTimeLink(el: Element): boolean {
  return timeOfLabel((el.textContent ?? '').trim(), 0) !== undefined || el.querySelector(POST_TIME_SELECTOR) !== null;
}

function postDate(times: Element[], statusLinks: Element[], now: number): number | undefined {
  for (const time of times) {
    const ms = Date.parse(time.getAttribute('datetime') ?? '');
    if (Number.isFinite(ms)) return ms;
  }
  for (const link of statusLinks) {
    for (const label of [link.textContent, link.getAttribute('title'), link.getAttribute('aria-label')]) {
      const ms = timeOfLabel((label ?? '').trim(), now);
      if (ms !== undefined) return ms;
    }
  }
  return undefined;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, mo: 30 * 86_400_000, y: 365 * 86_400_000 };
const RELATIVE_ZH: [RegExp, string][] = [
  [/^秒/, 's'],
  [/^分/, 'm'],
  [/^小[时時]|^[个個]?[钟鐘]/, 'h'],
  [/^天|^日/, 'd'],
  [/^[周週]|^星期/, 'w'],
  [/^[个個]?月/, 'mo'],
  [/^年/, 'y'],
];
const RELATIVE_EN: [RegExp, string][] = [
  [/^(?:s|secs?|seconds?)$/, 's'],
  [/^(?:m|mins?|minutes?)$/, 'm'],
  [/^(?:h|hrs?|hours?)$/, 'h'],
  [/^(?:d|days?)$/, 'd'],
  [/^(?:w|wks?|weeks?)$/, 'w'],
  [/^(?:mo|mos|months?)$/, 'mo'],
  [/^(?:y|yrs?|years?)$/, 'y'],
];

/**
 * The time a post's link shows: relative ("3小時前", "5 分钟前", "2h", "3 days ago", "剛剛") from
 * `now`, or absolute with a year ("2026-03-01 10:00", "2026/3/1", "2026年3月1日"), read in the
 * browser's zone as the page shows it. A date without a year says nothing of the year: undefined.
 */
export function timeOfLabel(label: string, now: number): number | undefined {
  const s = label.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!s || s.length > 40) return undefined;
  if (/^(?:刚刚|剛剛|just now|now)$/.test(s)) return now;
  const zh = /^(\d+)\s*(秒|分[钟鐘]?|小[时時]|[个個]?[钟鐘]头|[个個]?[钟鐘]頭|天|日|[周週]|星期|[个個]?月|年)前$/.exec(s);
  if (zh) {
    const unit = RELATIVE_ZH.find(([re]) => re.test(zh[2]))?.[1];
    return unit ? now - Number(zh[1]) * UNIT_MS[unit] : undefined;
  }
  const en = /^(\d+)\s*([a-z]+)(?: ago)?$/.exec(s);
  if (en) {
    const unit = RELATIVE_EN.find(([re]) => re.test(en[2]))?.[1];
    return unit ? now - Number(en[1]) * UNIT_MS[unit] : undefined;
  }
  const abs = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (abs) {
    const [y, mo, d, h, mi, se] = abs.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
    const ms = new Date(y, mo - 1, d, h, mi, se).getTime();
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

/** The author's name and whether the page marks the account official (its badge beside the name, or a name of Gate's own). */
function authorOf(link: Element, block: Element): PostAuthor | undefined {
  const name = nameOf(link) ?? nameOf(sameAuthorWithName(link, block));
  if (!name) return undefined;
  // The badge sits in the author's head: the link and its parents up to two levels, within the block.
  const head: Element[] = [link];
  for (let el = link.parentElement, i = 0; el && i < 2 && el !== block && block.contains(el); el = el.parentElement, i++) head.push(el);
  const badge = head.some((el) => el.matches(OFFICIAL_BADGE_SELECTOR) || el.querySelector(OFFICIAL_BADGE_SELECTOR) !== null);
  return { name, official: badge || OFFICIAL_NAME.test(name) };
}

/** An avatar link has no text: the same profile's name link does. */
function sameAuthorWithName(link: Element, block: Element): Element | null {
  const key = authorKey(link);
  return [...block.querySelectorAll(AUTHOR)].find((a) => authorKey(a) === key && nameOf(a)) ?? null;
}

function nameOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim() || (el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '').trim();
  return text && text.length <= MAX_NAME ? text : undefined;
}
