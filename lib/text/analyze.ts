/**
 * One pass over a post's text that every consumer shares (rules, popup, CLI, tests): the links,
 * the hashtags, each required tag's matches and near misses, and the count with what it left out.
 *
 * Left out of the count: links, every hashtag (DESIGN.md: "tags and links not counted"; a topic tag
 * such as `#BTC#` is not content either), and every near miss of a required tag, so the count does
 * not change when the writer clicks a fix.
 */
import { countText, type CountBreakdown, type CountUnit } from './count';
import { extractHashtags, type Hashtag } from './hashtags';
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
