/**
 * An announcement as lines: each line without its decoration (emoji, bullets, numbering), a folded
 * copy for matching (same length, so positions map back), and the hashtags that start on it, read
 * by THE hashtag definition (lib/text/hashtags) over the original text so their characters are kept.
 */
import { foldProse } from '../../text/fold';
import { extractHashtags, type Hashtag } from '../../text/hashtags';
import { findLinks, type Link } from '../../text/urls';
import { CONTEST_LIMITS } from '../limits';

export interface Line {
  /** 0-based index. */
  i: number;
  /** Offset of the line in the text. */
  start: number;
  /** The line without its leading decoration, trimmed. */
  text: string;
  /** Folded `text` (same length): lib/text/fold's foldProse. */
  n: string;
  /** The whole line as pasted, decoration included (a 🥇 marks a prize). */
  raw: string;
  tags: Hashtag[];
}

/** Emoji, bullets, box drawing, "1." / "一、" / "1️⃣" / "II." numbering: what sits in front of an announcement line. */
const LEAD_DECORATION = /^[^\p{L}\p{N}#＃$(（【[「"“'‘]+|^[\u2460-\u24ff\u2776-\u2793]+/u;
const LEAD_NUMBERING = /^(?:\d\uFE0F?\u20E3\s*|\d{1,2}[.)．]\s+|\d{1,2}、|[一二三四五六七八九十]{1,3}、|[(（]\d{1,2}[)）]\s*|(?:I{1,3}|IV|VI{0,3}|IX|X)\.\s+)/u;

export function stripDecoration(line: string): string {
  let s = line;
  for (let k = 0; k < 4; k++) {
    const m = LEAD_DECORATION.exec(s) ?? LEAD_NUMBERING.exec(s);
    if (!m || m[0].length === 0) break;
    s = s.slice(m[0].length);
  }
  return s.trimEnd();
}

/** The first `limit` characters, ending at a line break when one is near, never inside a pair. */
export function headOf(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.floor(limit);
  const lineEnd = text.lastIndexOf('\n', end);
  if (lineEnd > end - 2000 && lineEnd > 0) end = lineEnd;
  else if (end > 0 && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return text.slice(0, end);
}

/** Longest run of URL characters searched for links: the longest address a contest may hold. */
const MAX_LINK_RUN = CONTEST_LIMITS.url;
/** Longest run of the characters findLinks trims from a link's end; real links end in one or two. */
const MAX_LINK_TAIL = 16;
/** The characters a link is made of (lib/text/urls.ts: RFC 3986's, minus quotes and <>). */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
/** Those of them findLinks trims from a link's end: sentence punctuation and closing brackets. */
const LINK_TAIL = /[.,;:!?'\])*]/;

/**
 * The links of `text` (lib/text/urls.ts), except in runs of URL characters that no contest means:
 * longer than {@link MAX_LINK_RUN}, or holding more than {@link MAX_LINK_TAIL} trailing characters
 * in a row. findLinks trims those one at a time, in time quadratic in the run ("https://www.gate.com/"
 * and 30,000 brackets took seconds, 50 such links of 1,000 brackets half a second). Such a run is
 * blanked (same length, so positions hold) before the search.
 */
export function linksIn(text: string): Link[] {
  let safe = '';
  let from = 0;
  let run = 0;
  let tail = 0;
  let hostile = false;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text[k] : ' ';
    if (URL_CHAR.test(c)) {
      run++;
      tail = LINK_TAIL.test(c) ? tail + 1 : 0;
      if (tail > MAX_LINK_TAIL) hostile = true;
      continue;
    }
    if (hostile || run > MAX_LINK_RUN) {
      safe += text.slice(from, k - run) + ' '.repeat(run);
      from = k;
    }
    run = 0;
    tail = 0;
    hostile = false;
  }
  return findLinks(from === 0 ? text : safe + text.slice(from));
}

// Vertical tab and form feed break lines in pasted text: the control characters are the point.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c]/g;

/** Each line's start offset and raw text, without tags: enough for the detector. */
export function rawLines(text: string): { start: number; raw: string }[] {
  const out: { start: number; raw: string }[] = [];
  const re = new RegExp(LINE_BREAK.source, 'g');
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    out.push({ start, raw: text.slice(start, end) });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

export function splitLines(text: string): Line[] {
  // Markdown heading signs are decoration, not tags: blank them (same length) before reading tags.
  const blanked = text.replace(/^([ \t]{0,3})(#{1,6})(?=[ \t])/gm, (_m, lead: string, signs: string) => lead + ' '.repeat(signs.length));
  const tags = extractHashtags(blanked, { skip: linksIn(blanked) });
  const lines: Line[] = [];
  let t = 0;
  for (const { start, raw } of rawLines(text)) {
    const end = start + raw.length;
    const body = stripDecoration(raw.trimStart());
    const own: Hashtag[] = [];
    while (t < tags.length && tags[t].start < end) {
      if (tags[t].start >= start) own.push(tags[t]);
      t++;
    }
    lines.push({ i: lines.length, start, text: body, n: foldProse(body), raw, tags: own });
  }
  return lines;
}

/** A news relay's item lead ("…:7月28日消息,", "欧易OKEx DeFi播报:") near a line's start. */
const NEWS_LEAD = /^.{0,80}?(?:[:：]\s*\d{1,2}月\d{1,2}日消息|播报[:：]|快讯[:：])/;
/** A news relay's item stamp at a line's end: "[2022/7/28 2:44:16]". */
const NEWS_STAMP = /\[\d{4}\/\d{1,2}\/\d{1,2}\s\d{1,2}:\d{2}(?::\d{2})?\]\s*$/;

/**
 * The lines a news relay inserted into the announcement it restates (its own items, each from a lead
 * to a time stamp, or a lead cut off at the page's end): their indexes, so that the readers skip them.
 * A token named in a relay's news ("OKX Chain (OKC)") is not the contest's.
 */
export function insertedNews(lines: { raw: string }[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (!NEWS_STAMP.test(line.raw)) return;
    out.add(i);
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (!NEWS_LEAD.test(lines[k].raw)) continue;
      for (let j = k; j < i; j++) out.add(j);
      break;
    }
  });
  // A lead on the last line, with nothing after it: an item the page cut.
  let last = lines.length - 1;
  while (last >= 0 && !lines[last].raw.trim()) last--;
  if (out.size && last >= 0 && NEWS_LEAD.test(lines[last].raw)) out.add(last);
  return out;
}
