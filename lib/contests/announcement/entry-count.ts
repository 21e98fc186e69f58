/**
 * How many posts a contest asks of each writer: "发帖 3 篇以上", "至少发布3篇", "每月发 ≥ 30 篇",
 * "publish a minimum of 7 posts", "post at least 3 times", "one a day", "每天一篇". A requirement
 * needs a posting verb or a "per" word next to the number and a minimum ("至少", "以上", "at
 * least"), so the numbers around it are left alone: follower counts ("粉丝 ≥ 1000"), lengths
 * ("每篇至少 200 字"), prizes and rankings ("精选帖 5 篇", "前30篇", "top 3"), limits ("每人限投一篇",
 * "a maximum of 3 posts", "may only make 1 post"), and what others publish ("posted daily").
 *
 * Reads the announcement's lines (lines.ts: folded, so Traditional and full-width forms read the
 * same). Pure; not wired into the reader's draft.
 */
import { splitLines } from './lines';
import { cnNumber, EN_NUMBER_WORDS } from './numbers';

export type EntryCountPer = 'contest' | 'day' | 'week' | 'month';

export interface EntryCountRequirement {
  /** Posts required (per `per`). */
  count: number;
  /** Per contest (the default), or per day, week or month of the window. */
  per?: EntryCountPer;
  /** The announcement's line that says so, as written. */
  line: string;
}

// ── Chinese (the folded line is Simplified and lower-case) ──
const ZH_NUM = String.raw`(\d{1,4}|[一二两三四五六七八九十]{1,3})`;
const ZH_VERB = String.raw`(?:发帖|发布|发表|发文|投稿|提交|发)`;
const ZH_UNIT = String.raw`(?:篇|条|帖|次)`;
const ZH_MIN = String.raw`(?:至少|最少|不少于|不低于|满|≥|>=)`;
const ZH_OR_MORE = String.raw`(?:及以上|或以上|以上)`;
/** A "per" word right before the requirement (its verb between them): "每月发 ≥ 30 篇". */
const perBefore = (words: string) => new RegExp(String.raw`(?:${words})\s*(?:都\s*)?(?:要\s*)?(?:${ZH_VERB}\s*)?$`);
const ZH_PER: [RegExp, EntryCountPer][] = [
  [perBefore('每天|每日|一天|每一天'), 'day'],
  [perBefore('每周|每星期|一周'), 'week'],
  [perBefore('每个?月|一个月'), 'month'],
];
/** A limit, not a requirement, just before the number or verb. */
const ZH_LIMIT = /(?:最多|至多|不超过|不得超过|限|上限|仅|只能)[^,.;:!?，。；：！？]{0,4}$/;

/**
 * Just before the count: what schools, classes, units or districts send in ("各地每个组别报送不少于10篇", "每校选送2篇以上",
 * "每班投稿不少于3篇", "确保本地区投稿数量不少于40篇"), no writer's requirement.
 */
const ZH_BODIES =
  /(?:报送|选送|推送|上报|推荐|各地|各校|每校|各单位|每个?单位|本地区|各部门|各学校|每所学校|(?:各|每个?)学院(?![^,.;:!?，。；：！？]{0,6}(?:学生|同学|每人|个人))|各区|各班级?|每个?班级?|各年级|每个?年级|各系(?!列))[^,.;:!?，。；：！？]{0,10}$/;
/** Just before the count: posts already published in a past span ("在近30天内发布不少于6篇", "过去一个月发帖"), a condition of eligibility, not the contest's entries. */
const ZH_PAST = /(?:近|过去|最近)\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:天|日|周|个?月)\s*内?[^,，。;；:：]{0,4}$/;
/** Just before the count: a count asked only of new accounts ("新作者发布符合条件文章≥5篇…瓜分"), a newcomers' reward, not every writer's requirement. */
const ZH_NEW_WRITERS = /(?:新作者|新人|新用户|新账号|新号|萌新)[^,.;:!?，。；：！？]{0,12}$/;
/**
 * Right after the count: the posts are the ones prized ("每天10篇各1个BNB", "每周5篇获奖励"), or the count
 * earns a reward ("新账号首月发布≥4篇笔记,可获得200曝光券"), no writer's requirement.
 */
const ZH_PRIZED = /^\s*(?:笔记|帖子?|作品|文章|视频)?\s*[,，]?\s*(?:即\s*)?(?:各|每篇(?:奖励|可获|获得)|获|可获|可得|可领|奖励|瓜分)/;
/** Right after the count, or on its line: the count ends the contest early ("投搞文章滿50篇時", "提前結束"), no writer's requirement. */
const ENDS_CONTEST = /^\s*(?:时|之时|即止)/;
const EARLY_END = /提前结束|提前截止|额满为止|满额为止/;
/** Right after the count: the posts counted are not the contest's entries ("(不含参赛文…)", "excluding entries"). */
const NOT_ENTRIES = /不含参赛|不包括参赛|不计参赛|excluding\s+(?:your\s+)?(?:contest\s+)?entr/;

/** Just before the count: what the writer reads or reacts to ("从本书内容阅读至少12篇文章", "评论至少3条"), not what they post. */
const ZH_NOT_POSTING = /(?:阅读|读完?|看完?|浏览|评论|点赞)\s*$/;

const ZH_PATTERNS: RegExp[] = [
  // 至少发布3篇 / 最少发帖 3 条
  new RegExp(String.raw`${ZH_MIN}\s*${ZH_VERB}\s*(?:原创\s*)?${ZH_NUM}\s*${ZH_UNIT}`),
  // 至少 3 篇 (no verb: only 篇 and 帖 say posts)
  new RegExp(String.raw`${ZH_MIN}\s*${ZH_NUM}\s*(?:篇|帖)`),
  // 发帖至少3篇 / 每月发 ≥ 30 篇
  new RegExp(String.raw`${ZH_VERB}\s*${ZH_MIN}\s*${ZH_NUM}\s*${ZH_UNIT}`),
  // 发帖 3 篇以上 / 发布3篇及以上
  new RegExp(String.raw`${ZH_VERB}\s*${ZH_NUM}\s*${ZH_UNIT}(?:\S{0,6}?)${ZH_OR_MORE}`),
];
// 每天一篇 / 每天发一篇 / 每日至少发布2篇 / 每周 2 篇
const ZH_PER_PATTERN = new RegExp(
  String.raw`(每天|每日|一天|每周|每星期|每个?月)\s*(?:都\s*)?(?:要\s*)?(?:至少\s*)?(?:${ZH_VERB}\s*)?(?:至少\s*)?${ZH_NUM}\s*(?:篇|条|帖)`,
);
// 每天发帖 / 每日发布 / 日更: one a day
const ZH_DAILY = /(?:每天|每日)\s*(?:都\s*)?(?:要\s*)?(?:坚持\s*)?(?:发帖|发文|发布帖子|发布内容)|日更(?!新)/;

// ── English ──
const EN_NUM = String.raw`(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)`;
const EN_VERB = String.raw`\b(?:post|publish|write|submit|create|share|make)`;
const EN_MIN = String.raw`(?:at\s+least|a\s+minimum\s+of|minimum\s+of|min\.?|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|≥|>=)`;
const EN_ADJ = String.raw`(?:(?:original|quality|high-quality|eligible|qualified|valid|separate|different|unique|new)\s+){0,2}`;
const EN_NOUN = String.raw`(?:posts?|articles?|entries|entry|pieces)\b`;
const EN_PER = String.raw`(?:\s+(?:a|per|each|every)\s+(day|week|month)\b|\s+(daily|weekly|monthly)\b)?`;
const EN_PATTERNS: RegExp[] = [
  // publish a minimum of 7 posts / post at least 3 times / share at least 2 original posts per week
  new RegExp(String.raw`${EN_VERB}\s+${EN_MIN}\s+${EN_NUM}\s+(?:${EN_ADJ}${EN_NOUN}|times\b)${EN_PER}`),
  // publish 3 posts or more
  new RegExp(String.raw`${EN_VERB}\s+${EN_NUM}\s+${EN_ADJ}${EN_NOUN}\s+or\s+more${EN_PER}`),
  // at least 3 posts / a minimum of 5 posts (no verb: the noun says it)
  new RegExp(String.raw`${EN_MIN}\s+${EN_NUM}\s+${EN_ADJ}(?:posts|articles|entries)\b${EN_PER}`),
  // 2 posts a week / one post per day
  new RegExp(String.raw`(?<![\w.,$])${EN_NUM}\s+${EN_ADJ}(?:posts?|articles?)\s+(?:a|per|each|every)\s+(day|week|month)\b`),
];
// one a day / once a day / post daily / post every day (not "post more than one a day if you want", a permission)
const EN_ONE_A_DAY =
  /(?<!\b(?:more|fewer|less)\s+than\s+)\b(?:one|1)\s+a\s+day\b|\b(?:post|publish|posting|publishing)\s+(?:once\s+a\s+day|daily|every\s+day|each\s+day)\b|\ba\s+post\s+(?:a|per|each|every)\s+day\b/;
// post twice / at least twice
const EN_TWICE = new RegExp(String.raw`${EN_VERB}\s+(?:at\s+least\s+)?(twice|three\s+times)${EN_PER}`);
/** What the organiser publishes ("We will be making one post each day"), not the writer. */
const EN_ORGANISER = /\bwe\s+(?:will\s+)?(?:be\s+)?(?:make|making|post|posting|publish|publishing|share|sharing)\b[^.;!?]{0,20}$/;
/** Just before the number: how many entries the contest needs to go ahead ("there must be at least five entries", "not published until there are at least 10 valid articles") or yields ("This will give one article a month"), no writer's requirement. */
const EN_CONTEST_TOTAL =
  /\b(?:there\s+(?:must|should|will\s+need\s+to|needs?\s+to|has\s+to|have\s+to)\s+be|(?:if|unless|until|till|once|when)\s+there\s+are|we\s+(?:need|receive|get)|(?:this|that|it)\s+(?:will\s+)?(?:give|yield|produce)s?)\s+$/;
/** Right after the count: the contest needs that many in all to go ahead ("A minimum of 35 entries will be needed to fulfill and commence the contest"), no writer's requirement. */
const EN_CONTEST_NEEDS =
  /^\s*(?:will\s+be|are|is)\s+(?:needed|required)\s+(?:to|for|before)\b[^.;!?]{0,30}\b(?:commence|start|run|hold|go\s+ahead|launch|proceed)/;
/** Just before the number: advice, not a rule ("Aim for 1–2 high-quality articles per week", "try to post", "we recommend"). */
const EN_ADVICE = /\b(?:aim\s+(?:for|to)|try\s+to|we\s+(?:suggest|recommend)|ideally|recommended|consider)\b[^.;!?]{0,30}$/;
/** Just before the number: what a writer must already have published to be eligible ("Has published at least 10 quality posts on the feed"), not the contest's entries. */
const EN_ALREADY = /\b(?:has|have)\s+(?:already\s+)?(?:published|posted|written|made|shared)\s+$/;
/** Just before the number: a limit ("a maximum of", "maximal 1 article per day", "limited to", "can only enter"). */
const EN_LIMIT =
  /\b(?:maximum|maximal(?:ly)?|max\.?|at\s+most|up\s+to|only|no\s+more\s+than|not\s+more\s+than|limit(?:ed)?(?:\s+to)?|only\s+(?:enter|submit|post|make|publish))\s+(?:of\s+)?$/;

function toCount(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return EN_NUMBER_WORDS[s] ?? cnNumber(s);
}

const PER_WORDS: Record<string, EntryCountPer> = {
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  每天: 'day',
  每日: 'day',
  一天: 'day',
  每周: 'week',
  每星期: 'week',
  每月: 'month',
  每个月: 'month',
};

/** Counts above this are not a writer's posts (a total, a year). */
const MAX_COUNT = 366;

/** The number of posts the announcement asks of each writer, or null when it asks for none. Never throws. */
export function readEntryCount(text: string): EntryCountRequirement | null {
  if (typeof text !== 'string' || !text) return null;
  const all: EntryCountRequirement[] = [];
  const rules: EntryCountRequirement[] = [];
  for (const line of splitLines(text)) {
    const found = readLine(line.n);
    if (!found || found.count < 1 || found.count > MAX_COUNT) continue;
    all.push({ ...found, line: line.text });
    if (RULE_LINE.test(line.raw) || RULE_WORD.test(line.n)) rules.push({ ...found, line: line.text });
  }
  // A rule's line over a story's ("I committed to write one article per day … — publish at least one post per day").
  return rules[0] ?? all[0] ?? null;
}

/** A line that states a rule: a list item ("- publish …", "1. …", "• …") or one that says it must. */
const RULE_LINE = /^\s*(?:[-–•·*▪●◆✅]|\d{1,2}[.)、．]|[一二三四五六七八九十]{1,3}、)/;
const RULE_WORD = /必须|须|需要|要求|请|must|required|should|need\s+to/;

/** Whether the sentence that holds `index` is a question ("Are you … from posting daily?"): it asks nothing of the writer. */
function inQuestion(n: string, index: number): boolean {
  const end = n.slice(index).search(/[.!?。！？]/);
  return end !== -1 && /[?？]/.test(n[index + end]);
}

/** Whether `index` sits inside curly quotes ("“Just post daily” sounds like a cliché"): words quoted, not a rule. */
function inQuotes(n: string, index: number): boolean {
  const before = n.slice(0, index);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) && n.indexOf('”', index) !== -1;
}

function readLine(n: string): Omit<EntryCountRequirement, 'line'> | null {
  // Per-period requirements first: "每天一篇" holds no minimum word.
  const per = ZH_PER_PATTERN.exec(n);
  if (per && !ZH_LIMIT.test(n.slice(0, per.index + per[0].indexOf(per[2]))) && !ZH_PRIZED.test(n.slice(per.index + per[0].length)))
    return { count: toCount(per[2]), per: PER_WORDS[per[1]] };
  for (const re of ZH_PATTERNS) {
    const m = re.exec(n);
    if (
      !m ||
      ZH_LIMIT.test(n.slice(0, m.index)) ||
      ZH_BODIES.test(n.slice(0, m.index)) ||
      ZH_NOT_POSTING.test(n.slice(Math.max(0, m.index - 4), m.index)) ||
      ZH_NEW_WRITERS.test(n.slice(0, m.index)) ||
      ZH_PAST.test(n.slice(0, m.index))
    )
      continue;
    // "须于部落格发表10篇以上个人创作文章(不含参赛文…)": earlier posts as a condition of entry, not entries.
    if (NOT_ENTRIES.test(n.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const after = n.slice(m.index + m[0].length);
    if (ENDS_CONTEST.test(after) || EARLY_END.test(n) || ZH_PRIZED.test(after)) continue;
    const before = n.slice(Math.max(0, m.index - 8), m.index);
    const perWord = ZH_PER.find(([p]) => p.test(before));
    return { count: toCount(m[1]), per: perWord ? perWord[1] : 'contest' };
  }
  if (ZH_DAILY.test(n)) return { count: 1, per: 'day' };
  for (const re of EN_PATTERNS) {
    const m = re.exec(n);
    if (!m) continue;
    const before = n.slice(Math.max(0, m.index - 40), m.index);
    if (
      EN_LIMIT.test(n.slice(0, m.index)) ||
      EN_ORGANISER.test(before) ||
      EN_CONTEST_TOTAL.test(before) ||
      EN_ALREADY.test(before) ||
      EN_ADVICE.test(before) ||
      EN_CONTEST_NEEDS.test(n.slice(m.index + m[0].length))
    )
      continue;
    const word = m[2] ?? m[3];
    return { count: toCount(m[1]), per: word ? PER_WORDS[word] : 'contest' };
  }
  const twice = EN_TWICE.exec(n);
  if (twice && !EN_LIMIT.test(n.slice(0, twice.index))) {
    const word = twice[2] ?? twice[3];
    return { count: twice[1] === 'twice' ? 2 : 3, per: word ? PER_WORDS[word] : 'contest' };
  }
  const daily = EN_ONE_A_DAY.exec(n);
  if (daily && !EN_ORGANISER.test(n.slice(Math.max(0, daily.index - 40), daily.index)) && !inQuestion(n, daily.index) && !inQuotes(n, daily.index))
    return { count: 1, per: 'day' };
  return null;
}
