/**
 * The text of a post as compared between the composer (at 发布) and the published page, and its
 * hash. The two readings differ in ways that are not the writer's: the editor's `innerText` and the
 * post page's paragraphs break lines differently, editors leave zero-width characters behind, and
 * Gate renders a post's topics as separate lines at the top of its body (DESIGN.md "Topics") while
 * the writer typed them at the end. So:
 *
 * - NFC; zero-width and other invisible characters (Default_Ignorable, Cf) removed;
 * - Traditional folded to Simplified with the prose fold of lib/text/fold.ts (the one the tags'
 *   fold builds on), so a page shown in the other script reads the same;
 * - topic lines (lines that hold only hashtags, THE hashtag definition of lib/text/hashtags) are
 *   taken out, their tags de-duplicated and sorted, and put first: their position does not matter;
 * - whitespace, line breaks included, collapsed to one space.
 *
 * The prose form goes further for the looser match (an author's own post, lib/entries/match.ts):
 * every hashtag is dropped wherever it stands (Gate may take a typed tag out of the prose into a
 * topic line or link), and so are emoji (a page may draw them as pictures).
 *
 * Hashes are stored in entries: a change to any step here changes them. {@link NORMALISATION_VERSION}
 * says which steps made a hash; a test pins known hashes so that a change is a decision.
 *
 * Pure, except that the hash is WebCrypto's (async, in every context we run in and in Node 20).
 */
import { sha256Hex } from '../ocr/hash';
import { toSimplifiedProse } from '../text/fold';
import { extractHashtags, type Hashtag } from '../text/hashtags';
import { F_EMOJI, F_INVISIBLE, F_SPACE, flagsOf } from '../text/unicode';
import { findLinks } from '../text/urls';

/** Bump when a step changes: hashes of another version are not compared. */
export const NORMALISATION_VERSION = 1;

export interface NormalisedText {
  /** The sorted, de-duplicated tags of the topic lines, as written (`#WXTM#`). */
  topics: string[];
  /** Everything else, whitespace collapsed. */
  body: string;
  /** What is hashed: the topics, then the body. */
  text: string;
}

/** NFC, invisible characters out, Traditional → Simplified, line breaks made `\n`. Keeps the lines. */
export function cleanText(text: string): string {
  if (typeof text !== 'string') return '';
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    const f = flagsOf(cp);
    if (f & F_INVISIBLE && !(f & F_SPACE)) continue;
    out += cp >= 0x3400 ? String.fromCodePoint(toSimplifiedProse(cp)) : ch;
  }
  return out.replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n');
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** The hashtags of a line, when the line holds nothing else (spaces and separators between them aside). */
export function topicLineTags(line: string): Hashtag[] | null {
  const tags = extractHashtags(line, { skip: findLinks(line) });
  if (tags.length === 0) return null;
  let rest = '';
  let at = 0;
  for (const tag of tags) {
    rest += line.slice(at, tag.start);
    at = tag.end;
  }
  rest += line.slice(at);
  // Between the tags: spaces and the separators a list of topics is written with.
  return /^[\s,，、;；|·]*$/u.test(rest) ? tags : null;
}

/** The text as matched and hashed (see the module comment). Never throws. */
export function normaliseText(text: string): NormalisedText {
  const topics = new Set<string>();
  const body: string[] = [];
  for (const line of cleanText(text).split('\n')) {
    const tags = topicLineTags(line);
    if (tags) for (const tag of tags) topics.add(tag.raw);
    else body.push(line);
  }
  // Sorted by code point: the same order on every machine and in every locale.
  const sorted = [...topics].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bodyText = collapse(body.join('\n'));
  const head = sorted.join(' ');
  return { topics: sorted, body: bodyText, text: head && bodyText ? `${head}\n${bodyText}` : head || bodyText };
}

/**
 * The prose alone: {@link cleanText}, then every hashtag (topic line or inline), every emoji and
 * all whitespace out. Two posts with the same prose and their tags in other places, or turned
 * into topic links, have the same prose form.
 */
export function proseText(text: string): string {
  const clean = cleanText(text);
  const tags = extractHashtags(clean, { skip: findLinks(clean) });
  let out = '';
  let at = 0;
  for (const tag of tags) {
    out += clean.slice(at, tag.start) + ' ';
    at = tag.end;
  }
  out += clean.slice(at);
  let prose = '';
  for (const ch of out) {
    const f = flagsOf(ch.codePointAt(0)!);
    if (f & (F_SPACE | F_EMOJI)) continue;
    prose += ch;
  }
  return prose;
}

/** The two hashes an entry keeps instead of its text. */
export interface TextFingerprint {
  algorithm: 'sha256';
  normalisation: typeof NORMALISATION_VERSION;
  /** SHA-256 (hex) of {@link normaliseText}'s text. */
  text: string;
  /** SHA-256 (hex) of {@link proseText}: for the looser match of the writer's own post. */
  prose: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** SHA-256 (hex) of the normalised text. */
export async function hashText(text: string): Promise<string> {
  return sha256Hex(utf8(normaliseText(text).text));
}

/** Both hashes of a text (the lib/ocr/hash SHA-256 helper over UTF-8). */
export async function fingerprintText(text: string): Promise<TextFingerprint> {
  const [full, prose] = await Promise.all([hashText(text), sha256Hex(utf8(proseText(text)))]);
  return { algorithm: 'sha256', normalisation: NORMALISATION_VERSION, text: full, prose };
}
