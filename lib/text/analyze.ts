/**
 * One pass over a post's text that every consumer shares (rules, popup, CLI, tests): the links,
 * the hashtags, each required tag's matches and near misses, and the count with what it left out.
 *
 * Left out of the count: links, every hashtag (DESIGN.md: "tags and links not counted"; a topic tag
 * such as `#BTC#` is not content either), and every near miss of a required tag, so the count does
 * not change when the writer clicks a fix.
 */
import { countText, type CountBreakdown, type CountUnit } from './count';
import { extractHashtags, hasHashLike, type Hashtag } from './hashtags';
import { mergeRanges, type TextRange } from './ranges';
import { matchTags, type RequiredTagSpec, type TagResult } from './tag-match';
import { findLinks, type Link } from './urls';

export interface AnalyzeOptions {
  unit?: CountUnit;
  /** The contest's required tags. */
  tags?: readonly RequiredTagSpec[];
  /** Topic chips of the editor. */
  chips?: readonly string[];
}

export interface TextAnalysis {
  count: CountBreakdown;
  links: Link[];
  hashtags: Hashtag[];
  tags: TagResult[];
  /** Every range left out of the count, merged. */
  excluded: TextRange[];
  /** How many tags (hashtags and near misses) and links were left out. */
  excludedTags: number;
  excludedLinks: number;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): TextAnalysis {
  if (typeof text !== 'string') text = '';
  const links = findLinks(text);
  const hashtags = extractHashtags(text, { skip: links });
  const tags = matchTags(text, options.tags ?? [], { chips: options.chips, skip: links, hashtags });
  const missRanges: TextRange[] = [];
  for (const t of tags)
    for (const m of t.nearMisses)
      if (m.start !== undefined && m.end !== undefined && !hashtags.some((h) => h.start <= m.start! && m.end! <= h.end))
        missRanges.push({ start: m.start, end: m.end });
  const excluded = mergeRanges([...links, ...hashtags, ...missRanges], text.length);
  const count = countText(text, { unit: options.unit, exclude: excluded });
  return {
    count,
    links,
    hashtags,
    tags,
    excluded,
    excludedTags: hashtags.length + missRanges.length,
    excludedLinks: links.length,
  };
}

/** What one line holds, read alone (its own offsets): links, tags and near misses never cross a line. */
interface LineReading {
  links: Link[];
  hashtags: Hashtag[];
  /** Each required tag in this line alone (found here, else its near misses here). */
  tags: TagResult[];
  /** Whether it has anything but its count to put together (a link, a tag, a near miss). */
  marks: boolean;
  /** Its count with its own links and tags left out; with near misses too, by their ranges. */
  count: CountBreakdown;
  missCounts: Map<string, CountBreakdown>;
}

/** A line of the text as last read, and its reading. */
interface Line {
  text: string;
  reading: LineReading;
}

const NO_TAGS: readonly RequiredTagSpec[] = [];

function readLine(text: string, unit: CountUnit | undefined, tags: readonly RequiredTagSpec[], unsigned: TagResult[]): LineReading {
  const links = findLinks(text);
  // A line with no sign has no tag and no near miss (and most lines have none).
  const signed = hasHashLike(text);
  const hashtags = signed ? extractHashtags(text, { skip: links }) : [];
  const results = signed ? matchTags(text, tags, { skip: links, hashtags }) : unsigned;
  const marks = links.length > 0 || hashtags.length > 0 || results.some((r) => r.found.length > 0 || r.nearMisses.length > 0);
  const count = countText(text, { unit, exclude: marks ? mergeRanges([...links, ...hashtags], text.length) : [] });
  return { links, hashtags, tags: results, marks, count, missCounts: new Map() };
}

/**
 * `analyzeText` for a text that changes a little at a time, as a writer types. Links, tags and
 * near misses never cross a line, and the count adds up line by line, so each line is read alone
 * and kept: a keystroke reads again only the lines between the first and the last character it
 * changed, and the rest are put together with their offsets moved. A tag is found if any line or
 * chip has it, and only if none has are the lines' near misses of it kept. Gives exactly what
 * `analyzeText` gives for every text (tests/text/analyze.test.ts checks it on random typing);
 * `analyzeText` stays the definition.
 */
export function textAnalyzer(): (text: string, options?: AnalyzeOptions) => TextAnalysis {
  let last: { text: string; lines: Line[] } = { text: '', lines: [] };
  let unit: CountUnit | undefined;
  let tags: readonly RequiredTagSpec[] = NO_TAGS;
  let chips: { list: readonly string[]; tags: TagResult[] } | null = null;
  let unsigned: TagResult[] = [];
  return (text, options = {}) => {
    if (typeof text !== 'string') text = '';
    if (options.unit !== unit || (options.tags ?? NO_TAGS) !== tags || last.lines.length === 0) {
      unit = options.unit;
      tags = options.tags ?? NO_TAGS;
      chips = null;
      last = { text: '', lines: [] };
      unsigned = matchTags('', tags);
    }
    const chipList = options.chips ?? [];
    if (!chips || chips.list.length !== chipList.length || chips.list.some((c, i) => c !== chipList[i]))
      chips = { list: [...chipList], tags: matchTags('', tags, { chips: chipList }) };
    const lines = relined(last, text, (line) => readLine(line, unit, tags, unsigned));
    last = { text, lines };

    // A tag is found anywhere or nowhere: its near misses count only when it is found nowhere.
    const missed = tags.map((_, t) => chips!.tags[t].found.length === 0 && lines.every((l) => l.reading.tags[t].found.length === 0));
    const links: Link[] = [];
    const hashtags: Hashtag[] = [];
    const results: TagResult[] = chips.tags.map((chip) => ({ ...chip, found: [], nearMisses: [] }));
    const missRanges: TextRange[] = [];
    const count: CountBreakdown = { unit: options.unit ?? 'zi', count: 0, han: 0, kana: 0, hangul: 0, words: 0, emoji: 0 };
    let at = -1;
    for (const { text: lineText, reading } of lines) {
      at++; // past the newline before this line
      let lineCount = reading.count;
      if (reading.marks) {
        // (Text occurrences and near misses always have their range.)
        const move = <T extends { start?: number; end?: number }>(r: T): T => (at ? { ...r, start: r.start! + at, end: r.end! + at } : r);
        for (const l of reading.links) links.push(move(l));
        for (const h of reading.hashtags) hashtags.push(at ? { ...move(h), bodyStart: h.bodyStart + at, bodyEnd: h.bodyEnd + at } : h);
        const misses: TextRange[] = [];
        reading.tags.forEach((result, t) => {
          for (const f of result.found) results[t].found.push(move(f));
          if (!missed[t]) return;
          for (const m of result.nearMisses) {
            results[t].nearMisses.push(move(m));
            if (!reading.hashtags.some((h) => h.start <= m.start! && m.end! <= h.end)) misses.push({ start: m.start!, end: m.end! });
          }
        });
        if (misses.length) {
          for (const m of misses) missRanges.push(move(m));
          const key = misses.map((r) => `${r.start}-${r.end}`).join(',');
          lineCount =
            reading.missCounts.get(key) ??
            countText(lineText, { unit, exclude: mergeRanges([...reading.links, ...reading.hashtags, ...misses], lineText.length) });
          reading.missCounts.set(key, lineCount);
        }
      }
      count.count += lineCount.count;
      count.han += lineCount.han;
      count.kana += lineCount.kana;
      count.hangul += lineCount.hangul;
      count.words += lineCount.words;
      count.emoji += lineCount.emoji;
      at += lineText.length;
    }
    results.forEach((r, t) => {
      r.found.push(...chips!.tags[t].found);
      if (missed[t]) r.nearMisses.push(...chips!.tags[t].nearMisses);
    });
    return {
      count,
      links,
      hashtags,
      tags: results,
      excluded: mergeRanges([...links, ...hashtags, ...missRanges], text.length),
      excludedTags: hashtags.length + missRanges.length,
      excludedLinks: links.length,
    };
  };
}

/**
 * The lines of `text`, reading again only those the change from `last.text` touched: the text
 * between the first and the last character that differ, widened to whole lines (the characters
 * around that stretch are the same in both texts, so the lines outside it are the same lines).
 */
function relined(last: { text: string; lines: Line[] }, text: string, read: (line: string) => LineReading): Line[] {
  const old = last.text;
  const lines = last.lines;
  if (lines.length === 0) return readLines(text, read);
  if (old === text) return lines;
  const p = commonPrefix(old, text);
  const oldEnd = old.length - commonSuffix(old, text, Math.min(old.length, text.length) - p);
  // The first and last lines the change touched (a line holds the newline after it).
  let i = -1;
  let j = lines.length - 1;
  let from = 0;
  let to = 0;
  for (let k = 0, at = 0; k < lines.length; at += lines[k].text.length + 1, k++) {
    const end = at + lines[k].text.length;
    if (i === -1 && p <= end) [i, from] = [k, at];
    if (oldEnd <= end) {
      [j, to] = [k, end];
      break;
    }
  }
  const middle = readLines(text.slice(from, to + text.length - old.length), read);
  return [...lines.slice(0, i), ...middle, ...lines.slice(j + 1)];
}

/** How many code units `a` and `b` start with in common. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** How many code units, at most `max`, `a` and `b` end with in common. */
function commonSuffix(a: string, b: string, max: number): number {
  let s = 0;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}

function readLines(text: string, read: (line: string) => LineReading): Line[] {
  return text.split('\n').map((line) => ({ text: line, reading: read(line) }));
}
