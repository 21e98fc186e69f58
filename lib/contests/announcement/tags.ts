/**
 * Tags: the ones an "add the tags" line names (添加話題 / 帶上話題 / Add hashtag: …), kept in their
 * exact characters (`#PUBLIC创作大赛#` stays Simplified in a Traditional announcement; `#PUBLIC
 * Creative Contest#` keeps its spaces), with "A or B" read as one tag and its alternative. Without
 * such a line every tag counts, with a warning. A tag in the title or intro that differs from the
 * rule's tag (`#我的2026第一帖` above `帶話題 #我的2026第一条帖 發帖`) is shown beside it, not chosen.
 */
import { foldProse } from '../../text/fold';
import { formatTag, tagTextProblem, type Hashtag } from '../../text/hashtags';
import { CONTEST_LIMITS } from '../limits';
import type { TagStyle } from '../schema';
import type { Line } from './lines';
import type { Notes } from './notes';
import { TAG_INSTRUCTION, TAG_OR } from './vocabulary';

export interface TagPick {
  text: string;
  style: TagStyle;
  alternatives: { text: string; style: TagStyle }[];
  line: Line;
}

const usable = (tag: Hashtag) => tag.text.length <= CONTEST_LIMITS.tagText && tag.text === tag.text.trim() && tagTextProblem(tag.text, tag.style) === null;

export function readTags(lines: Line[], text: string, notes: Notes): TagPick[] {
  const picks: TagPick[] = [];
  const seen = new Set<string>();
  // Past the contest's limits (lib/contests/limits.ts) tags are counted, not kept, so the draft
  // still passes the schema.
  const over = { tags: 0, alternatives: 0 };
  const addTag = (tag: Hashtag, line: Line, alternativeOf?: TagPick): TagPick | undefined => {
    const key = `${tag.style}:${tag.text}`;
    if (!usable(tag) || seen.has(key)) return undefined;
    seen.add(key);
    if (alternativeOf) {
      if (alternativeOf.alternatives.length < CONTEST_LIMITS.alternatives) alternativeOf.alternatives.push({ text: tag.text, style: tag.style });
      else over.alternatives++;
      return alternativeOf;
    }
    if (picks.length >= CONTEST_LIMITS.tags) {
      over.tags++;
      return undefined;
    }
    const pick: TagPick = { text: tag.text, style: tag.style, alternatives: [], line };
    picks.push(pick);
    return pick;
  };
  const takeTagsOf = (line: Line) => {
    let previous: { tag: Hashtag; pick?: TagPick } | undefined;
    for (const tag of line.tags) {
      // "e.g. #BTC", "例如 #ETH": a tag shown as an example is not one the post must carry.
      if (EXAMPLE_BEFORE.test(foldProse(text.slice(Math.max(line.start, tag.start - 24), tag.start)))) {
        notes.warn('tag-example', 'tags', `${tag.raw} on line ${line.i + 1} is given as an example, so it is not taken as required`, line);
        continue;
      }
      const between = previous ? text.slice(previous.tag.end, tag.start) : '';
      const alternativeOf = previous?.pick && TAG_OR.test(foldProse(between)) ? previous.pick : undefined;
      const pick = addTag(tag, line, alternativeOf);
      previous = { tag, pick: alternativeOf ?? pick };
    }
  };
  let firstInstruction: Line | undefined;
  for (const line of lines) {
    if (!TAG_INSTRUCTION.test(line.n)) continue;
    firstInstruction ??= line;
    notes.use(line, 'tags');
    if (line.tags.length) {
      takeTagsOf(line);
      continue;
    }
    // "添加標籤:" with the tags on the lines below.
    for (let k = line.i + 1; k < Math.min(lines.length, line.i + 4) && lines[k].tags.length; k++) {
      notes.use(k, 'tags');
      takeTagsOf(lines[k]);
    }
  }
  const instructed = picks.length > 0;
  if (!instructed) {
    for (const line of lines) if (line.tags.length) takeTagsOf(line);
    if (picks.length) {
      notes.warn('tags-not-instructed', 'tags', `no "add the tags" line found: all ${picks.length} tag(s) in the announcement are taken as required`);
    }
  }
  if (over.tags) {
    notes.warn(
      'over-limit',
      'tags',
      `${picks.length + over.tags} tags found; a contest holds at most ${CONTEST_LIMITS.tags}: the first ${picks.length} are kept`,
    );
  }
  if (over.alternatives) {
    notes.warn('over-limit', 'tags', `${over.alternatives} alternative tag form(s) past ${CONTEST_LIMITS.alternatives} per tag are left out`);
  }
  picks.forEach((pick, i) => {
    punctuationAfter(pick, text, i, notes);
    notes.find(`tags.${i}`, formatTag(pick), pick.line);
    pick.alternatives.forEach((alt, j) => notes.find(`tags.${i}.alternatives.${j}`, formatTag(alt), pick.line));
  });
  if (picks.length === 0) notes.miss('tags', '[]', 'no hashtag found: add the tags a post must carry');
  if (instructed && firstInstruction) titleTags(lines, firstInstruction, picks, notes);
  return picks;
}

/** What marks an example: "e.g.", "例如", "比如", "such as", "for example", "like". */
const EXAMPLE_BEFORE =
  /(?:e\.g\.|\beg\b|例如|比如|譬如|诸如|如\s*[:：]|such\s+as|for\s+(?:example|instance)|\blike)[\s:：,，"“'‘「(（#]*(?:#[^#\s]+\s*[,，、/]?\s*(?:or|and|或|和|及)?\s*)*$/;

/**
 * A "?" or "!" right after a single-# tag ("#BTC能否重返7万美元?"): a hashtag ends before it, but
 * Gate's daily topics are questions, so the topic may include it. The writer decides.
 */
function punctuationAfter(pick: TagPick, text: string, i: number, notes: Notes): void {
  if (pick.style !== 'single') return;
  const at = pick.line.tags.find((t) => t.text === pick.text);
  if (!at) return;
  const next = text.slice(at.end, at.end + 2);
  const m = /^[?？!！]+/.exec(next);
  if (!m) return;
  notes.warn(
    'tag-punctuation',
    `tags.${i}`,
    `the tag ${formatTag(pick)} is followed by "${m[0]}": a hashtag ends before it, but the topic's name may include it; check the topic on Gate`,
    pick.line,
  );
}

/**
 * Tags above the first instruction (the title, the intro) that the instruction does not name: the
 * writer sees both and decides. Not added: a post carrying the rule's tag is what the rule asks for.
 */
function titleTags(lines: Line[], firstInstruction: Line, picks: TagPick[], notes: Notes): void {
  const named = new Set(picks.flatMap((p) => [p, ...p.alternatives].map((t) => `${t.style}:${t.text}`)));
  const reported = new Set<string>();
  for (const line of lines) {
    if (line.i >= firstInstruction.i) break;
    for (const tag of line.tags) {
      const key = `${tag.style}:${tag.text}`;
      if (!usable(tag) || named.has(key) || reported.has(key)) continue;
      reported.add(key);
      const k = closest(tag.text, picks);
      notes.warn(
        'title-tag-differs',
        `tags.${k}`,
        `line ${line.i + 1} names the tag ${formatTag(tag)}, but the rule on line ${picks[k].line.i + 1} asks for ${formatTag(picks[k])}: ` +
          `the rule's tag is kept; check which one the contest counts`,
        line,
      );
    }
  }
}

/** The pick a title tag most resembles: the longest common start, folded ("我的2026第一帖" ~ "我的2026第一条帖"). */
function closest(text: string, picks: TagPick[]): number {
  const a = foldProse(text);
  let best = 0;
  let bestLength = -1;
  picks.forEach((pick, k) => {
    const b = foldProse(pick.text);
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    if (n > bestLength) [best, bestLength] = [k, n];
  });
  return best;
}
