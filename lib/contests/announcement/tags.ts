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
import { EXAMPLE_BEFORE, OTHER_PLATFORM, PART_HEADING, SQUARE, TAG_INSTRUCTION, TAG_OR } from './vocabulary';

export interface TagPick {
  text: string;
  style: TagStyle;
  alternatives: { text: string; style: TagStyle }[];
  line: Line;
}

const usable = (tag: Hashtag) => tag.text.length <= CONTEST_LIMITS.tagText && tag.text === tag.text.trim() && tagTextProblem(tag.text, tag.style) === null;

/** Right before a tag: it is optional ("optionally #FFF", "(optional) #x", "可选 #x"). */
const OPTIONAL_BEFORE = /(?:\boptional(?:ly)?|\(optional\)|可选|选填)\s*[:：]?\s*$/;

export function readTags(lines: Line[], text: string, notes: Notes): TagPick[] {
  const picks: TagPick[] = [];
  const seen = new Set<string>();
  // Past the contest's limits (lib/contests/limits.ts) tags are counted, not kept, so the draft
  // still passes the schema.
  const over = { tags: 0, alternatives: 0 };
  const byKey = new Map<string, TagPick>();
  const keyOf = (tag: { style: TagStyle; text: string }) => `${tag.style}:${tag.text}`;
  /** Tags a later "A or B" would make alternatives although an earlier "A and B" required both. */
  const unclear: string[] = [];
  const addTag = (tag: Hashtag, line: Line, alternativeOf?: TagPick): TagPick | undefined => {
    const key = keyOf(tag);
    if (!usable(tag)) return undefined;
    if (seen.has(key)) {
      const earlier = byKey.get(key);
      if (alternativeOf && earlier && earlier !== alternativeOf) unclear.push(`${formatTag(alternativeOf)} / ${tag.raw}`);
      return earlier;
    }
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
    byKey.set(key, pick);
    return pick;
  };
  const takeTagsOf = (line: Line, instruction = false) => {
    let previous: { tag: Hashtag; pick?: TagPick } | undefined;
    // On an instruction line, the tags of its instructing sentences: "Welcome to the #DeFi Writing
    // Contest! Simply submit … with the #defi or #substrate tag" requires #defi or #substrate.
    const within = instruction ? instructingSentences(text, line) : undefined;
    const own = within ? line.tags.filter((tag) => within.some(([a, b]) => tag.start >= a && tag.start < b)) : line.tags;
    // (No sentence of its own says it, though the line does: the instruction spans sentences.)
    const tags = within?.length ? own : line.tags;
    // "Add #YA, #MG, #NA, #A, or #PB": a list that ends in "or" is one of them all.
    const gaps = tags.slice(1).map((tag, k) => foldProse(text.slice(tags[k].end, tag.start)));
    const oneOfList = gaps.length >= 2 && /^[\s,、]*(?:或者?|or)\s*$/.test(gaps[gaps.length - 1]) && gaps.slice(0, -1).every((g) => /^\s*[,、]\s*$/.test(g));
    for (const tag of tags) {
      // "e.g. #BTC", "例如 #ETH": a tag shown as an example is not one the post must carry.
      if (EXAMPLE_BEFORE.test(foldProse(text.slice(Math.max(line.start, tag.start - 24), tag.start)))) {
        notes.warn('tag-example', 'tags', `${tag.raw} on line ${line.i + 1} is given as an example, so it is not taken as required`, line);
        continue;
      }
      // "using the #FlashFicFriday hashtag (optionally #FFF, …)": a tag called optional is one the post may carry.
      if (tags.length > 1 && OPTIONAL_BEFORE.test(foldProse(text.slice(Math.max(line.start, tag.start - 16), tag.start)))) {
        notes.warn('tag-rule-unclear', 'tags', `${tag.raw} on line ${line.i + 1} is called optional, so it is not taken as required; check it`, line);
        continue;
      }
      const between = previous ? text.slice(previous.tag.end, tag.start) : '';
      const alternativeOf = previous?.pick && (TAG_OR.test(foldProse(between)) || oneOfList) ? previous.pick : undefined;
      const pick = addTag(tag, line, alternativeOf);
      previous = { tag, pick: alternativeOf ?? pick };
    }
  };
  let firstInstruction: Line | undefined;
  for (const line of lines) {
    if (!TAG_INSTRUCTION.test(line.n)) continue;
    if (votersOnly(line, notes) || forAnotherPlatform(lines, line, notes)) continue;
    firstInstruction ??= line;
    notes.use(line, 'tags');
    if (line.tags.length) {
      takeTagsOf(line, true);
      listedBelow(lines, line, seen, notes);
      continue;
    }
    // "添加標籤:" with the tags on the lines below.
    for (let k = line.i + 1; k < Math.min(lines.length, line.i + 4) && lines[k].tags.length; k++) {
      notes.use(k, 'tags');
      takeTagsOf(lines[k]);
    }
  }
  // "Optional tags: #a, #b", "with or without the hashtag #futureletter": tags the post may carry, not must.
  const optional = lines.find((l) => l.tags.length && /\boptional\b|可选|选填|非必[须需]|not\s+required|with\s+or\s+without/.test(l.n));
  if (optional) {
    notes.warn('tag-rule-unclear', 'tags', `line ${optional.i + 1} calls its tags optional: check whether a post needs any`, optional);
  }
  dropCutShort(picks);
  const instructed = picks.length > 0;
  if (!instructed) {
    // ("해시태그 #에세이 #골목": the page's own row of tags, no rule. A row of tags closing a post is kept:
    // on Gate Square it is as often the contest's own.)
    const rows = lines.filter((l) => l.tags.length && PAGE_TAG_ROW.test(l.n));
    for (const line of rows) notes.warn('tags-not-instructed', 'tags', `line ${line.i + 1} lists the page's own tags, not the contest's: none taken`, line);
    for (const line of lines) if (line.tags.length && !rows.includes(line) && !votersOnly(line, notes)) takeTagsOf(line);
    dropCutShort(picks);
    if (picks.length) {
      notes.warn('tags-not-instructed', 'tags', `no "add the tags" line found: all ${picks.length} tag(s) in the announcement are taken as required`);
    }
  }
  // "打上“第五人格”和“悬疑”tag", "add a “WritingContest” tag", "with the label 'TheWriteAwards2013'",
  // "活动标签:自橙-腹黑与傲娇": a tag named without its sign, when no tag is written with one.
  if (!picks.length) namedTags(lines, notes, addTag);
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
  if (unclear.length) {
    notes.warn(
      'tag-rule-unclear',
      'tags',
      `the announcement asks for ${unclear[0].replace(' / ', ' and ')} in one place and for one of them in another: check which tags a post needs`,
    );
  }
  // "tag your story #Wattys2015", "nominate … using the hashtag #MyWattysChoice", "tag it with … #newadult":
  // tags asked for on three or more lines are most often different awards' or steps', not all for every post.
  const asking = [...new Set(picks.map((p) => p.line.i))];
  if (instructed && asking.length >= 3) {
    notes.warn(
      'tag-rule-unclear',
      'tags',
      `tags are asked for on ${asking.length} different lines (${asking
        .slice(0, 4)
        .map((i) => i + 1)
        .join(', ')}): a post may not need them all; check which apply to yours`,
    );
  }
  commonerSpelling(lines, picks, notes);
  picks.forEach((pick, i) => {
    punctuationAfter(pick, text, i, notes);
    gluedVerb(pick, i, notes);
    notes.find(`tags.${i}`, formatTag(pick), pick.line);
    pick.alternatives.forEach((alt, j) => notes.find(`tags.${i}.alternatives.${j}`, formatTag(alt), pick.line));
  });
  if (picks.length === 0) notes.miss('tags', '[]', 'no hashtag found: add the tags a post must carry');
  if (instructed && firstInstruction) titleTags(lines, firstInstruction, picks, notes);
  return picks;
}

/**
 * "活动二:… 在 X(推特)上发布 … 使用标签: #PumpFun # Gate": tags asked for in a part of the announcement
 * (the asking line, and up to three lines above it back to the part's heading; a line that is itself a
 * heading, "3. Add the following hashtags:", is its own part) that posts on another platform and never on
 * the square are that platform's, not the square post's: not taken, and said.
 */
function forAnotherPlatform(lines: Line[], line: Line, notes: Notes): boolean {
  const part: Line[] = [line];
  if (!PART_HEADING.test(line.n.trim()))
    for (let k = line.i - 1; k >= 0 && k >= line.i - 3; k--) {
      part.push(lines[k]);
      if (PART_HEADING.test(lines[k].n.trim())) break;
    }
  const said = part.find((l) => OTHER_PLATFORM.test(l.n));
  if (!said || part.some((l) => SQUARE.test(l.n))) return false;
  notes.warn(
    'tag-rule-unclear',
    'tags',
    `the tags asked for on line ${line.i + 1} are for a post on another platform ("${said.text.trim().slice(0, 40)}"): not taken`,
    line,
  );
  return true;
}

/**
 * "#蓉城观展 打卡新车#" in the rules and "#蓉城观展 打卡新车" in the title: the single-style reading stops
 * at the space, so it is the weibo-style tag cut short, not a second tag.
 */
function dropCutShort(picks: TagPick[]): void {
  for (let k = picks.length - 1; k >= 0; k--) {
    const cut = picks[k];
    if (cut.style === 'single' && picks.some((p) => p.style === 'weibo' && p.text.startsWith(`${cut.text} `))) picks.splice(k, 1);
  }
}

/** A line about the public's vote: its tags are the voters'. */
const VOTERS = /\b(?:vote|votes|voting)\s+for\b|supporting\s+(?:their|your|the)\s+entr|投票支持|为\S{0,6}投票|拉票/;

/**
 * "the public votes … gets the most tweets supporting their entry. Tweets should include … the hashtag #NGTW":
 * a line about the public's vote asks voters, not entrants, for its tags. Said, and its tags left out.
 */
function votersOnly(line: Line, notes: Notes): boolean {
  if (!line.tags.length || !VOTERS.test(line.n)) return false;
  notes.warn('tag-rule-unclear', 'tags', `line ${line.i + 1} asks voters, not entrants, for its tags: check whether a post needs any`, line);
  return true;
}

const EXAMPLE_SENTENCE = /^[\s"“'‘(（]*(?:for\s+(?:example|instance)|e\.g\.|例如|比如|譬如)/;

/** The [start, end) offsets of a line's sentences that say to add the tags ([0, 0] for an example's). */
function instructingSentences(text: string, line: Line): [number, number][] {
  const body = text.slice(line.start, line.start + line.raw.length);
  const out: [number, number][] = [];
  // A sentence ends at 。！？!? or at a full stop before a capital ("… tag. Write …"), not inside "e.g.".
  const ends = /[。！？!?]+|\.(?=\s+[A-Z\u4e00-\u9fff])/g;
  let from = 0;
  for (let m = ends.exec(body); ; m = ends.exec(body)) {
    const to = m ? m.index + m[0].length : body.length;
    const sentence = foldProse(body.slice(from, to));
    // "For example, tell us why you use the #neoxian tag.": an example, not the rule (no span).
    if (TAG_INSTRUCTION.test(sentence)) out.push(EXAMPLE_SENTENCE.test(sentence) ? [0, 0] : [line.start + from, line.start + to]);
    if (!m) break;
    from = to;
  }
  return out;
}

/**
 * "Include #TradeStories and any other relevant hashtags listed below": tags the instruction points
 * to further down are not read as required, so the writer is told to check them.
 */
function listedBelow(lines: Line[], line: Line, seen: Set<string>, notes: Notes): void {
  if (!/(?:listed|shown|given|found)\s+below|(?:见|如)?下[列方面]的?(?:话题|标签)|以下(?:话题|标签)/.test(line.n)) return;
  const below = lines.slice(line.i + 1, line.i + 40).flatMap((l) => l.tags);
  const more = below.filter((t) => !seen.has(`${t.style}:${t.text}`));
  if (!more.length) return;
  notes.warn(
    'tag-rule-unclear',
    'tags',
    `line ${line.i + 1} points to hashtags listed below (${more
      .slice(0, 3)
      .map((t) => t.raw)
      .join(', ')}…): check whether a post needs one of them`,
    line,
  );
}

/**
 * "add either the #nexoian or #proofofbrain tag" in a text that says #neoxian three times: a
 * required tag written once, next to a near-identical one written more often, is a typo; the
 * commoner spelling is used and the writer told.
 */
function commonerSpelling(lines: Line[], picks: TagPick[], notes: Notes): void {
  const counts = new Map<string, number>();
  for (const l of lines) for (const t of l.tags) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  const taken = new Set(picks.flatMap((p) => [p.text, ...p.alternatives.map((a) => a.text)]));
  const fix = (form: { text: string }, line: Line) => {
    if (form.text.length < 5 || (counts.get(form.text) ?? 0) > 1) return;
    const rival = [...counts].find(([t, n]) => n >= 2 && !taken.has(t) && nearMiss(t, form.text));
    if (!rival) return;
    notes.warn(
      'tag-spelling',
      'tags',
      `#${form.text} on line ${line.i + 1} is written #${rival[0]} ${rival[1]} times elsewhere: #${rival[0]} is used; check it`,
      line,
    );
    form.text = rival[0];
  };
  for (const pick of picks) {
    fix(pick, pick.line);
    for (const alt of pick.alternatives) fix(alt, pick.line);
  }
}

/** Two spellings one slip apart: the same letters with two swapped, or one letter changed, added or lost. */
function nearMiss(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || Math.abs(x.length - y.length) > 1) return false;
  if (x.length === y.length) {
    const diff = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]));
    if (diff.length === 1) return true;
    return diff.length === 2 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * A "?" or "!" right after a single-# tag ("#BTC能否重返7万美元?"): a hashtag ends before it, but
 * Gate's daily topics are questions, so the topic may include it. The writer decides.
 */
function punctuationAfter(pick: TagPick, text: string, i: number, notes: Notes): void {
  if (pick.style !== 'single') return;
  const at = pick.line.tags.find((t) => t.text === pick.text);
  if (!at) return;
  // "#decentralized-internet", "#康养之都∙激情澎排": a hashtag ends at the hyphen or the dot, but the platform's tag may go on.
  const next = text.slice(at.end, at.end + 24);
  const m = /^[?？!！]+|^-[A-Za-z0-9][A-Za-z0-9-]*|^[·・∙•‧][\p{L}\p{N}]+/u.exec(next);
  if (!m) return;
  notes.warn(
    'tag-punctuation',
    `tags.${i}`,
    `the tag ${formatTag(pick)} is followed by "${m[0]}": a hashtag ends before it, but the topic's name may include it; check the topic on Gate`,
    pick.line,
  );
}

/**
 * "带话题#说出你的王者故事发布动态/帖子/资讯均可": a single-# tag in Chinese runs on to the next space, so
 * the words after the topic ("发布动态", post a moment) may be read into it. The writer decides.
 */
function gluedVerb(pick: TagPick, i: number, notes: Notes): void {
  if (pick.style !== 'single') return;
  const m = /(?<=[\p{Script=Han}]{2})(?:发布|发帖|发表|参与|参加|投稿|分享)[\p{Script=Han}]*$/u.exec(foldProse(pick.text));
  if (!m) return;
  notes.warn(
    'tag-punctuation',
    `tags.${i}`,
    `the tag ${formatTag(pick)} may run into the words after it ("${pick.text.slice(m.index)}"): the topic may end before them; check the topic on Gate`,
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

const QUOTE_OPEN = `[“"'‘「『]`;
const QUOTE_CLOSE = `[”"'’」』]`;
const QUOTED = `${QUOTE_OPEN}([^“”"'‘’「」『』\\n]{1,40})${QUOTE_CLOSE}`;
const QUOTED_ALL = new RegExp(QUOTED, 'g');
const JOIN = String.raw`\s?(?:和|与|及|或|、|,|，|and|or|y|e)\s?`;
/** A page's own row of tags ("해시태그 #에세이 #골목", "Tags: #a #b"), shown by the site, not written as a rule. */
const PAGE_TAG_ROW = /^\s*(?:해시태그|태그|tags?|תגיות|标签|標籤|etiquetas|schlagw[öo]rter)\s*[:：]?\s*#/;
const TAG_WORD = String.raw`(?:tags?|labels?|etiquetas?|标[签籤])`;
/** Quoted names right before "tag": "打上“第五人格”和“悬疑”tag", "add a “WritingContest” tag". */
const QUOTED_BEFORE_WORD = new RegExp(String.raw`(?:${QUOTED}(?:${JOIN}))*${QUOTED}\s?${TAG_WORD}(?![a-z])`, 'g');
/** "with the label 'TheWriteAwards2013'", "tag it with the tags \"camping2019\" and \"contest\"", "标签:“…”". */
const WORD_BEFORE_QUOTED = new RegExp(
  String.raw`(?<![a-z])${TAG_WORD}(?:\s+(?:it|them|your\s+\w+))?(?:\s+with)?(?:\s+the)?(?:\s+${TAG_WORD})?\s?[:：]?\s?((?:${QUOTED}(?:${JOIN}))*${QUOTED})`,
  'g',
);
/**
 * "(活动标签:自橙-腹黑与傲娇", "參加標籤(必填): 書初め2023": the contest's tag label and the name after
 * it (a bare "标签:" is most often the page's own tags: "标签:书评,征集,图书").
 */
const LABELLED = /(?:活动|参加|参与|参赛)标[签籤]\s?(?:[(（]必[填选][)）])?\s?[:：]\s?([^\s,，。;；、)）(（“”"'‘’「」]{2,30})/g;

/**
 * Tags named without a sign: the names as written, read as single-# tags (or #…# when they hold a
 * space or a dash), each said, since the post may need to carry them another way (a tag field).
 */
function namedTags(lines: Line[], notes: Notes, addTag: (tag: Hashtag, line: Line) => TagPick | undefined): void {
  for (const line of lines) {
    const names: { text: string; at: number }[] = [];
    const quoted = (from: number, run: string) => {
      for (const q of run.matchAll(QUOTED_ALL))
        names.push({ text: line.text.slice(from + q.index + 1, from + q.index + 1 + q[1].length), at: from + q.index + 1 });
    };
    for (const m of line.n.matchAll(QUOTED_BEFORE_WORD)) quoted(m.index, m[0]);
    for (const m of line.n.matchAll(WORD_BEFORE_QUOTED)) quoted(m.index + m[0].length - m[1].length, m[1]);
    for (const m of line.n.matchAll(LABELLED)) {
      const at = m.index + m[0].length - m[1].length;
      names.push({ text: line.text.slice(at, at + m[1].length), at });
    }
    for (const name of names) {
      const text = name.text.trim();
      const style: TagStyle | null = tagTextProblem(text, 'single') === null ? 'single' : tagTextProblem(text, 'weibo') === null ? 'weibo' : null;
      if (!style || !/\p{L}/u.test(text)) continue;
      const raw = formatTag({ text, style });
      const start = line.start + name.at;
      const pick = addTag({ text, style, raw, start, end: start + text.length, bodyStart: start, bodyEnd: start + text.length }, line);
      if (!pick) continue;
      notes.use(line, 'tags');
      notes.warn(
        'tag-unmarked',
        'tags',
        `"${text}" on line ${line.i + 1} is named as a tag without a # sign: read as ${raw}; check how a post carries it`,
        line,
      );
    }
  }
}
