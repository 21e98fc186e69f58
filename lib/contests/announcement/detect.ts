/**
 * Is this text a contest announcement, or an ordinary post? For the "Track this contest" offer on
 * a Square post page; it runs in the background beside the reader (entrypoints/background/
 * announcements.ts answers a post that is none "not-announcement"): pure, linear, and cheap on 50,000
 * characters (only the first {@link MAX_ANNOUNCEMENT_CHARS} are looked at, and only lines short
 * enough to be headings or window lines are matched against dates).
 *
 * It weighs the structure Gate's announcements share and users' posts lack, never one keyword:
 * - section headings (活動時間 / 參與方式 / 獎勵設置 / 評選標準 / 注意事項; Event Period / How to
 *   Participate / Rewards / Eligibility / Notes): each kind of section counts, up to three;
 * - a window line: a short line with a start and an end, dated with a year or under a time heading;
 * - an instruction to tag a post (帶上話題 #… 發帖, 添加話題:, Add hashtag:, Include the hashtag);
 * - a prize table (two or more rank rows: 🥇 / 一等獎 / 1st Place / 第3-10名 / 獎勵一);
 * - the organiser's voice (正式開啓, 獨家活動, 保留最終解釋權, Apply Now, a registration form link).
 * Against it: a user's voice (I / my / 我, outside tags) and prose (most of the text in long
 * paragraphs). A contest entry carries the contest's tag and may quote its rules and window, but
 * not as the organiser's headed sections, so it stays below the bar.
 */
import { foldProse } from '../../text/fold';
import { dateTimesIn } from './dates';
import { headOf, rawLines, stripDecoration } from './lines';
import { MAX_ANNOUNCEMENT_CHARS } from './types';
import { headingOf, TAG_INSTRUCTION } from './vocabulary';

export interface AnnouncementSignals {
  announcement: boolean;
  /** What was weighed, for a log or a tooltip: "headings: window, how, rewards", "user's voice: 6". */
  reasons: string[];
}

/**
 * Score from which a text is an announcement. On tests/fixtures/announcements the 16 real
 * announcements score 3–10 (the two shortest, English sign-up blocks, 3), the 9 written for the
 * tests 5–10, and the 14 real posts −2–0: the bar sits between the two, one point from each.
 */
const BAR = 2;
/** Lines longer than this are prose: not a heading, not a window line. */
const SHORT_LINE = 120;

const RANGE = /\s(?:-|~|至|到|to|until|till|through)\s|\d\s*(?:-|~|至|到)\s*\d|[日号]\s*(?:-|~|至|到)|(?:am|pm|utc|\))\s*(?:-|~|至|到)/;
const START_OR_END = /开始|截止|结束|截至|starts?\b|ends?\b|deadline/;
const TIME_WORD = /时间|期间|\bperiod\b|\bwhen\b|\bdates?\b|\bduration\b/;
/** A hashtag, roughly: to see that an instruction names one (on its line or the next). */
const HAS_TAG = /#[^\s#]/;
const POST_VERB = /发帖|发布|发文|post/;
const CN_INSTRUCTION = /[带加]上?\s*(?:话题|标签)\s*#[^\s#]/;
const RANK_ROW =
  /^(?:[一二三四五六七八九十]{1,2}等奖|第\s*\d{1,3}\s*(?:[-~]\s*\d{1,3}\s*)?名|前\s*\d{1,4}\s*名|\d{1,2}(?:st|nd|rd|th)(?:\s*[-~]\s*\d{1,2}(?:st|nd|rd|th))?\s+(?:place|prize)|top\s*\d{1,4}\b|奖励[一二三四五六七八九十]|(?:lucky|幸运)\S*\s*(?:draw|奖))/;
const MEDAL = /^\s*(?:🥇|🥈|🥉)/u;
const VOICE: [string, RegExp][] = [
  ['launch', /正式开启|正式开始|正式上线|火热进行|重磅开启|来袭|is\s+now\s+live|is\s+live|now\s+open|officially\s+(?:launch|open)/],
  ['exclusive', /独家活动|专属活动|gate\s*广场(?:独家|专属)|gate\s+square\s+(?:exclusive|event|launches)/],
  ['final say', /保留.{0,12}解释权|reserves?\s+the\s+right/],
  [
    'sign-up',
    /立即(?:填写|报名|参与)|报名活动|apply\s+now|join\s+now|register\s+now|registration\s+link|click\s+(?:the\s+)?(?:registration|to\s+(?:join|register))/,
  ],
  ['form', /gate\.(?:com|io)\/(?:questionnaire|competition)\//],
  ['judges', /官方将|运营团队将|will\s+be\s+(?:selected|judged|evaluated)\s+by/],
];
/** A user's voice: I, my, me, 我 (not 我们, "we"). Tags are removed first (#我的2026第一帖). */
const FIRST_PERSON = /\bI\b|\bI'm\b|\bmy\b|\bMy\b|\bme\b|我(?![们們])/g;
const TAG_TOKEN = /#[^\s#]{1,64}#?/g;

export function looksLikeAnnouncement(text: string): AnnouncementSignals {
  const head = headOf(typeof text === 'string' ? text : '', MAX_ANNOUNCEMENT_CHARS);
  const lines = rawLines(head).map(({ raw }) => {
    const body = stripDecoration(raw.trimStart());
    return { raw, body, n: foldProse(body) };
  });

  const sections = new Set<string>();
  let windowLine = -1;
  let instructionLine = -1;
  let rankRows = 0;
  let startEnd = 0;
  let prose = 0;
  let filled = 0;
  const voices = new Set<string>();
  let previousHeading: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const { raw, n } = lines[i];
    if (!n.trim()) continue;
    filled += n.length;
    if (n.length > SHORT_LINE) prose += n.length;
    for (const [voice, re] of VOICE) if (!voices.has(voice) && re.test(n)) voices.add(voice);
    if (n.length > SHORT_LINE) {
      previousHeading = null;
      continue;
    }
    const heading = headingOf(n);
    if (heading) sections.add(heading);
    if (RANK_ROW.test(n) || MEDAL.test(raw)) rankRows++;
    if (instructionLine === -1 && TAG_INSTRUCTION.test(n) && (HAS_TAG.test(n) || HAS_TAG.test(lines[i + 1]?.n ?? ''))) instructionLine = i;
    if (instructionLine === -1 && CN_INSTRUCTION.test(n) && POST_VERB.test(n)) instructionLine = i;
    if (windowLine === -1) {
      const dates = dateTimesIn(n);
      const titled = heading === 'window' || previousHeading === 'window' || TIME_WORD.test(n);
      const dated = dates.some((d) => d.year !== undefined);
      if (dates.length >= 2 && RANGE.test(n) && (dated || titled)) windowLine = i;
      else if (dates.length === 1 && dated && START_OR_END.test(n)) startEnd++;
    }
    previousHeading = heading;
  }
  if (windowLine === -1 && startEnd >= 2) windowLine = lines.length;

  let firstPerson = 0;
  for (const line of lines) {
    if (line.body.length === 0) continue;
    FIRST_PERSON.lastIndex = 0;
    const matches = line.body.replace(TAG_TOKEN, ' ').match(FIRST_PERSON);
    firstPerson += matches ? matches.length : 0;
  }

  const reasons: string[] = [];
  let score = 0;
  if (sections.size) {
    score += Math.min(3, sections.size);
    reasons.push(`headings: ${[...sections].join(', ')}`);
  }
  if (windowLine !== -1) {
    score += 2;
    reasons.push(windowLine < lines.length ? `a window with a start and an end (line ${windowLine + 1})` : 'a start and an end on lines of their own');
  }
  if (instructionLine !== -1) {
    score += 2;
    reasons.push(`an instruction to tag posts (line ${instructionLine + 1})`);
  }
  if (rankRows >= 2) {
    score += 1;
    reasons.push(`a prize table (${rankRows} rank rows)`);
  }
  if (voices.size) {
    score += Math.min(2, voices.size);
    reasons.push(`the organiser's voice: ${[...voices].join(', ')}`);
  }
  if (firstPerson >= 3) {
    score -= 2;
    reasons.push(`a user's voice (I / my / 我 ×${firstPerson})`);
  }
  if (filled > 0 && prose / filled > 0.6) {
    score -= 1;
    reasons.push(`mostly long paragraphs (${Math.round((prose / filled) * 100)}%)`);
  }
  const announcement = score >= BAR;
  reasons.unshift(`score ${score} (announcement from ${BAR})`);
  return { announcement, reasons };
}
