/**
 * THE definition of "a hashtag". Two styles exist on Gate Square:
 *
 * - `weibo`: `#x#`, a `#` on each side (`#WXTM创作大赛#`, `#WXTM Creative Contest#`). The text between
 *   the signs may hold spaces but not begin or end with one, may not cross a line, holds no
 *   sentence punctuation (，。!?、: and the like; `- _ . ' · &` are fine: "#Web3.0#"), is at most
 *   {@link MAX_WEIBO_BODY} code units long and holds at least one letter or digit. Signs pair from
 *   left to right, so adjacent tags `#A##B#` are two tags and `#WXTM#` is never found inside
 *   `#WXTM创作大赛#`.
 * - `single`: `#x`, running over letters, marks, digits and `_` (`#CreatorLeaderboard`); at least one
 *   letter, so `#1` is not a tag.
 *
 * Only the ASCII `#` makes a tag. A `#` right after an ASCII letter, digit, `_` or `&` does not open
 * one (C#, F#, &#35;), nor does the `#` of the keycap emoji #️⃣, nor one inside a link.
 *
 * The "loose" reading, used only to find near misses, treats the full-width `＃` and the small `﹟`
 * as signs too and lets a Weibo body begin or end with spaces (`#WXTM #`), unless that space sits
 * next to a sign that clearly belongs to a neighbouring tag (`#WXTM创作大赛 #WXTM#`).
 */
import type { TextRange } from './ranges';
import { F_EXTEND, F_INVISIBLE, F_LETTER, F_LINEBREAK, F_MARK, F_PUNCT, F_SPACE, F_WORD, flagsOf, isAsciiWordish } from './unicode';

export type HashtagStyle = 'weibo' | 'single';

export interface Hashtag extends TextRange {
  style: HashtagStyle;
  /** The tag's text without its signs, exactly as written. */
  text: string;
  /** The tag as written, signs included: `text.slice(start, end)`. */
  raw: string;
  /** Where `text` sits (inside the signs). */
  bodyStart: number;
  bodyEnd: number;
}

export const MAX_WEIBO_BODY = 64;

/** Punctuation a Weibo tag may hold: - _ . ' ’ · ・ & (Web3.0, Gate.io, rock'n'roll, A&B). */
const TAG_PUNCT = new Set([0x2d, 0x5f, 0x2e, 0x27, 0x2019, 0xb7, 0x30fb, 0x26, 0x2010, 0x2011]);

const HASH = 0x23;
const FULLWIDTH_HASH = 0xff03;
const SMALL_HASH = 0xfe5f;

export function isHashLike(code: number): boolean {
  return code === HASH || code === FULLWIDTH_HASH || code === SMALL_HASH;
}

const HASH_LIKE = /[#\uff03\ufe5f]/;

/** Whether the text holds any sign `isHashLike` takes (no sign, no tag: most lines of a post). */
export function hasHashLike(text: string): boolean {
  return HASH_LIKE.test(text);
}

/** `#x#` or `#x`: how a tag of a style is written. */
export function formatTag(form: { text: string; style: HashtagStyle }): string {
  return form.style === 'weibo' ? `#${form.text}#` : `#${form.text}`;
}

export interface ExtractOptions {
  /** Ranges that hold no tags (links). */
  skip?: readonly TextRange[];
  /** The near-miss reading (see the module comment). */
  loose?: boolean;
  /**
   * Loose reading only: whether a Weibo body with a space inside is a tag someone meant (it folds
   * to a required tag). When not, and the closing sign runs straight into a word, that sign is
   * taken as the next tag's opening: `#WXTM创作大赛 參加#WXTM#` is a tag without its closing sign
   * followed by `#WXTM#`, not the tag "WXTM创作大赛 參加".
   */
  meant?: (body: string) => boolean;
}

/** Every tag in the text, in order, with UTF-16 ranges. Never throws. */
export function extractHashtags(text: string, options: ExtractOptions = {}): Hashtag[] {
  if (typeof text !== 'string') return [];
  const loose = options.loose === true;
  const hashes = signPositions(text, loose, options.skip ?? []);
  const tags: Hashtag[] = [];
  let h = 0;
  while (h < hashes.length) {
    const p = hashes[h];
    if (!canOpen(text, p)) {
      h++;
      continue;
    }
    const q = h + 1 < hashes.length ? hashes[h + 1] : -1;
    if (q > p && weiboBodyOk(text, p, q, loose, options.skip ?? [], options.meant)) {
      tags.push(make(text, 'weibo', p, q + 1, p + 1, q));
      h += 2;
      continue;
    }
    const end = singleBodyEnd(text, p + 1, loose);
    if (end > p + 1 && hasLetter(text, p + 1, end)) {
      tags.push(make(text, 'single', p, end, p + 1, end));
      while (h < hashes.length && hashes[h] < end) h++;
      continue;
    }
    h++;
  }
  return tags;
}

function make(text: string, style: HashtagStyle, start: number, end: number, bodyStart: number, bodyEnd: number): Hashtag {
  return { style, start, end, bodyStart, bodyEnd, text: text.slice(bodyStart, bodyEnd), raw: text.slice(start, end) };
}

/** Positions of the signs that may open or close a tag. */
export function signPositions(text: string, loose: boolean, skip: readonly TextRange[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (;;) {
    const i = loose ? nextHashLike(text, from) : text.indexOf('#', from);
    if (i === -1) break;
    from = i + 1;
    const next = text.charCodeAt(i + 1);
    if (next === 0xfe0f || next === 0x20e3) continue; // the keycap emoji #️⃣
    if (skip.some((r) => i >= r.start && i < r.end)) continue;
    out.push(i);
  }
  return out;
}

function nextHashLike(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isHashLike(text.charCodeAt(i))) return i;
  return -1;
}

function canOpen(text: string, p: number): boolean {
  return p === 0 || !isAsciiWordish(text.charCodeAt(p - 1));
}

function weiboBodyOk(text: string, p: number, q: number, loose: boolean, skip: readonly TextRange[], meant?: (body: string) => boolean): boolean {
  const start = p + 1;
  const end = q;
  if (end <= start || end - start > MAX_WEIBO_BODY) return false;
  if (skip.some((r) => r.start < end && start < r.end)) return false;
  let first = -1;
  let letter = false;
  let spaced = false;
  for (let i = start; i < end;) {
    const cp = text.codePointAt(i)!;
    const f = flagsOf(cp);
    if (f & F_LINEBREAK) return false;
    if (isHashLike(cp)) return false;
    // Sentence punctuation ends a would-be tag: "#1 名。#WXTM#" must not pair across the sentence.
    if (f & F_PUNCT && !TAG_PUNCT.has(cp)) return false;
    if (f & (F_LETTER | F_WORD)) letter = true;
    if (f & F_SPACE) spaced = true;
    const blank = (f & F_SPACE) !== 0 || (loose && (f & F_INVISIBLE) !== 0);
    if (!blank) {
      if (first === -1) first = i;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (!letter || first === -1) return false;
  const leadingBlank = (flagsOf(text.codePointAt(start)!) & F_SPACE) !== 0;
  const trailingBlank = (flagsOf(lastCodePointBefore(text, end)) & F_SPACE) !== 0;
  if (!loose) return !leadingBlank && !trailingBlank;
  // Loose: a blank next to a sign is fine unless that sign clearly belongs to a neighbour tag:
  // `#A #B#` (the second sign opens B) or `#A# B#` (the first sign closes A).
  if (trailingBlank && q + 1 < text.length && isWordAt(text, q + 1)) return false;
  if (leadingBlank && p > 0 && isWordBefore(text, p)) return false;
  if (spaced && meant && q + 1 < text.length && isWordAt(text, q + 1) && !meant(text.slice(start, end))) return false;
  return true;
}

function lastCodePointBefore(text: string, end: number): number {
  const lo = text.charCodeAt(end - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && end >= 2) {
    const hi = text.charCodeAt(end - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

function isWordAt(text: string, i: number): boolean {
  return (flagsOf(text.codePointAt(i)!) & (F_LETTER | F_WORD)) !== 0;
}

function isWordBefore(text: string, i: number): boolean {
  return (flagsOf(lastCodePointBefore(text, i)) & (F_LETTER | F_WORD)) !== 0;
}

/** Characters a single-style tag runs over. */
export function isTagBodyChar(cp: number, loose: boolean): boolean {
  if (cp === 0x5f) return true; // _
  const f = flagsOf(cp);
  if (f & (F_LETTER | F_WORD | F_MARK)) return true;
  if (cp === 0x200c || cp === 0x200d) return true; // ZWNJ/ZWJ inside words of some scripts
  if (loose && f & (F_INVISIBLE | F_EXTEND)) return true;
  return false;
}

function singleBodyEnd(text: string, from: number, loose: boolean): number {
  let i = from;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isTagBodyChar(cp, loose)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end;) {
    const cp = text.codePointAt(i)!;
    if (flagsOf(cp) & F_LETTER) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * Why a tag text cannot be written in a style, or null when it can: contest data is checked with
 * this so a contest never requires a tag no post could carry.
 */
export function tagTextProblem(text: string, style: HashtagStyle): string | null {
  const probe = formatTag({ text, style });
  const found = extractHashtags(probe);
  if (found.length === 1 && found[0].style === style && found[0].text === text) return null;
  return style === 'weibo'
    ? `"${probe}" is not a Weibo-style tag: at most ${MAX_WEIBO_BODY} characters on one line, with a letter or digit, not starting or ending with a space`
    : `"${probe}" is not a single-# tag: letters, digits, marks and _ only, with at least one letter`;
}
