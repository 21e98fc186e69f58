/**
 * The minimum length: "不少於 100 字", "至少100字", "字數 300 字以上", "Minimum 80 words",
 * "a minimum of 50 words per post", "≥ 50 字". "大於30字" / "more than 50 words" is strictly more: the
 * minimum is one more (31, 51), with a warning, because the checklist's minimum is inclusive. A
 * minimum stated for one kind of post only ("首月发首帖(≥ 50 字或图文帖)") is kept, with a warning.
 * Counts of posts, days or followers ("≥ 30 篇", "粉丝 ≥ 1000", "7 posts") are not lengths.
 */
import type { Lang, LengthUnit } from '../schema';
import type { Line } from './lines';
import type { Notes } from './notes';
import { cnCount, EN_NUMBER_WORDS, toNumber } from './numbers';

/** A length's count: Arabic ("1,000"), Chinese numerals ("两千", "一万两千") or both ("5千", "1万5千"). */
const NUM = String.raw`(\d{1,3}\.\d[千万]|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.,])|\d{1,2}[千万](?:[\d一二两三四五六七八九十百千万零]{0,6})|\d+(?:\.\d+)?|[一二两三四五六七八九十百千万](?:[一二两三四五六七八九十百千万零]{0,7}))`;

/** "three hundred words", "two thousand words": a count of hundreds or thousands in English words. */
const HUNDREDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand)`;
const HUNDREDS_ALONE = new RegExp(`^${HUNDREDS}$`);
/** "not less than five words": a count in English words (read only before a unit, in LENGTH_BEFORE; not "one"). */
const NUM_OR_WORD = `${NUM.slice(0, -1)}|\\b(?:${HUNDREDS}|${Object.keys(EN_NUMBER_WORDS)
  .filter((w) => w !== 'one')
  .join('|')})(?=\\s))`;

/** Between a count and "words": which words count ("minimum 50,000 new and/or rewritten words", "300 original words"). */
const EN_ADJECTIVES = String.raw`(?:(?:new|original|unique|rewritten|and\/or|and|or|quality|english)\s+){0,4}`;
/** Between a count and 字: which characters count ("200个全形繁体中文字", "全角字符"). */
const CN_QUALIFIER = String.raw`(?:全[形角])?(?:繁体|简体|正体)?`;

/**
 * Before "超过" / "more than": a negation makes it a maximum ("不超過1000字", "不得超过", "no more
 * than 500 words", "should not be more than", "don't go over"), which is never a minimum. Each is
 * looked at only where the word it guards begins (the look-ahead before it): tried at every place of
 * a long run of spaces, a look-behind over spaces is quadratic.
 */
const NOT_ZH = String.raw`(?<!(?:不|勿|未|禁止|严禁)[得能可要宜应准许]?\s*)`;
const NOT_EN = String.raw`(?<!(?:\b(?:no|not|never|cannot)|n['’]t)\s+(?:(?:be|go|get|run)\s+)?)`;
/** Words and characters in the languages of Gate's other squares ("palabras", "kelime", "слов", "ký tự"). */
const OTHER_WORDS = String.raw`(?:patah\s+)?perkataan|palabras|palavras|mots|parole|w[öo]rter[n]?|worte|kelime(?:lik)?|słów|слов[а]?|từ|ord(?![a-zåäö])|woorde(?:n)?|kelma|kliem|slov(?![a-z\u00e0-\u024f])|szó(?:t|ból)?|думи|žodžių|vārd(?:i|u|iem)|besed(?:ami)?|מילים|מילה|کلمه|واژه|كلمة|كلمات|مفردة|مفردات|சொற்களுக்கு|சொற்கள்|शब्द(?:ात|ांचा|ांची|ांत|ों)?|söz(?:dən|lük)?|სიტყვ[ა-ჰ]*|(?:o\s+)?g?eiriau|gair|vārdus|الفاظ`;
const OTHER_CHARS = String.raw`caract[eè]res|signes|tekens|znaků|znakov|znakova|karakter|zeichen|ký\s+tự|символов|символа|знаков|знака|znaków|tecken|leütés|rakstzīm(?:es|ju|ēm)|ženklų|simbolių|tähemärki|merkkiä|תווים|کاراکتر`;
/** "mínimo de", "extensión mínima de", "al menos", "pelo menos", "en az", "mindestens", "Mindestlänge von", "au moins", "не менее", "tối thiểu". */
const OTHER_AT_LEAST = String.raw`किमान|कम\s+से\s+कम|کم\s+سے\s+کم|o\s+leiaf|(?:لا|ألا|الا)\s+(?:يقل|تقل)\s+(?:[^\d\s]+\s+){0,4}?عن|(?<!(?:tidak|tak|bukan)(?:\s+(?:boleh|melebihi|harus|perlu))?\s)lebih\s+daripada|m[ií]nim[oa](?:\s+de)?|mindestlänge(?:\s+von)?|al\s+menos|por\s+lo\s+menos|no\s+menos\s+de|pelo\s+menos|no\s+m[ií]nimo,?|en\s+az|mindestens|au\s+moins|almeno|минимум|не\s+менее|tối\s+thiểu|ít\s+nhất|sekurang-kurangnya|paling\s+sedikit|minstens|ten\s+minste|nejméně|alespoň|aspoň|minimálně|minimálne|najmenej`;
const LENGTH_BEFORE = new RegExp(
  String.raw`((?:must|should|needs?\s+to|ha(?:s|ve)\s+to)\s+be\s+exactly|\b(?:exact|precies|union)(?=\s+\d)|(?:word\s+count|length)\s+is\s+exactly|\b(?:in|into|use|it['’]s)\s+exactly|不少于|不少过|不低于|不得少于|不能少于|不可少于|不[得能可应]低于|不短于|(?:must|should|need\s+to)\s+be(?=\s+\d)|(?:must|should|need\s+to|ha(?:s|ve)\s+to)\s+write(?=\s)|至少|最少|最低|(?<![未不没])满|(?=超过|多于|大于)${NOT_ZH}(?:超过|多于|大于)|minim(?:um|al)(?:\s+(?:length|word\s+count|size|memuat|berisi|sebanyak))?(?:\s+of)?(?:\s*:)?|\bmin\.?(?:\s+(?:word\s+count|length))?|at\s+least(?:\s*:)?|${OTHER_AT_LEAST}|no\s+(?:fewer|less)\s+th[ae]n|not\s+(?:to\s+)?(?:be\s+)?(?:fewer|less)\s+th[ae]n|(?=more|over|longer)${NOT_EN}(?:more\s+than|longer\s+than|\bover)|(?:需要?|须|应|要)达到?|≥|>=|>)\s*(?:(?:要|需要?|须|应)\s*)?(?:~\s?|(?:about|approximately|around|roughly)\s+)?${NUM_OR_WORD}\s*(?:个\s*)?${CN_QUALIFIER}(?:${EN_ADJECTIVES})(字符|汉字|中文字|字|单词|个词|词|words?|kata|characters?|chars?|letters|${OTHER_WORDS}|${OTHER_CHARS})`,
  'g',
);
// A number is read from its first digit only (the look-behind: no digit, and no digit's separator,
// before it; a comma after a word is punctuation, "原創，300字以上"): tried from every digit of a
// long run, it is quadratic (docs/measurements.md).
const LENGTH_AFTER = new RegExp(
  String.raw`(?<!\d|\d[.,])${NUM}(?:\s*\+)?[-\s]*(字符|字|单词|词|words?|characters?|chars?|${OTHER_WORDS}|${OTHER_CHARS})\s*(?:[(（]\s*)?(以上|及以上|或以上|起|为下限|minimum|min\b|or\s+more|or\s+longer|at\s+least|and\s+above|como\s+m[ií]nimo|o\s+m[aá]s|ou\s+mais|atau\s+lebih|மேலும்|மேல்)`,
);
/** "Length: 300–3000 words", "字數:1200-2500字內": a range's first number is the minimum. */
const LENGTH_RANGE = new RegExp(
  String.raw`(?<!\d|\d[.,])${NUM}\s?(?:字|words?)?\s{0,2}(?:-?დან|[-–—~～]{1,3}|至|到|to|hingga|sampai|līdz|(?<=(?:between|entre|zwischen|antara|tra|mellan|между|bejn|بين)\s+\S+(?:\s\d{3})*\s)(?:and|y|e|und|et|dan|och|и|u|و)|(?<=\bde\s+\S+\s)à|(?<=(?<![\u0400-\u04ff])от\s+\S+(?:\s\d{3})*\s)до)\s?(?:(?:about|approximately|around)\s+)?${NUM}\s?(?:közötti\s)?(字符|汉字|中文字|字|单词|个词|词|words?|characters?|chars?|${OTHER_WORDS}|${OTHER_CHARS})`,
);
/**
 * "Blog content word count is Min. 800 and Max. 1200", "字數：最少 500", "作品总字数预计10万以上", "字600及以上",
 * "maneno yasiyopungua 800" (Swahili: words not fewer than 800):
 * the unit named before the minimum.
 */
const UNIT_FIRST = new RegExp(
  String.raw`(字数|(?<!数)字(?=\s*\d)|word\s+count|word\s+limit|number\s+of\s+words|length\s+in\s+words|maneno|වචන)(?:[^\d]{0,30}?(?:\bmin(?:imum)?\.?|至少|最少|不少于|at\s+least|between|yasiyopungua|isiyopungua|si\s+chini\s+ya|angalau)\s*(?:of\s*)?(?:[:：]\s*)?${NUM}|[^\d,，。;；]{0,8}?${NUM}(?=\s*(?:字\s*)?(?:以上|及以上|起)|\s?[-~～至到]\s?\d))(?![\d%％]|\s*(?:usd\w*|points?|followers?|fans|views?|likes?|votes?|days?|hours?)\b)`,
);
/** "400字詰め原稿用紙2枚以上", "…2枚を超え": a floor in sheets of Japanese manuscript paper. */
const MANUSCRIPT_SHEETS = /(\d{3})\s*字[詰诘]め?\s*(?:の\s*)?原稿用[紙纸]\s*(\d{1,2})\s*枚\s*(以上|を超え|を越え|超)/;
/** A length given roughly ("2000字左右", "约2000字", "about 2000 words"). */
const APPROX_LENGTH = /(?:约|大约)\s*(\d[\d,]*)\s*字|(\d[\d,]*)\s*字\s*(?:左右|上下)|\b(?:about|around|approximately|roughly)\s+(\d[\d,]*)\s+words/;
/** A number written out before its digits in brackets ("dos mil (2000)", "four thousand (4,000)"): the digits are read. */
const SPELLED_OUT = String.raw`(?:[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,3}\s*\(\s*(?=\d))?`;
const BRACKET_CLOSE = String.raw`(?:\s*\))?`;
/**
 * "at least 1500 and at most 5000 words", "حداقل ۱۵۰۰ و حداکثر ۵۰۰۰ کلمه", "mínima de dos mil (2000) y máxima de cuatro mil
 * (4000) palabras": a floor and a ceiling before one unit.
 */
const MIN_AND_MAX = new RegExp(
  String.raw`(?:at\s+least|minimum(?:\s+of)?|\bmin\.?|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|${OTHER_AT_LEAST}|حداقل|نباید\s+کمتر\s+از|minst|legalább|לפחות)\s*${SPELLED_OUT}${NUM}${BRACKET_CLOSE}\s*(?:and|y|e|und|et|och|és|و|,)\s*(?:at\s+most|no\s+more\s+than|not\s+more\s+than|maximum(?:\s+of)?|\bmax\.?|m[aá]xim[oa](?:\s+de)?|höchstens|au\s+plus|حداکثر|(?:بیشتر|زیاد\s?تر)\s+از|högst|legfeljebb|לכל\s+היותר)\s*${SPELLED_OUT}${NUM}${BRACKET_CLOSE}\s?(字符|字|words?|characters?|chars?|${OTHER_WORDS}|${OTHER_CHARS})`,
);
/** "una extensión máxima de 8500 caracteres (espacios incluidos) y un mínimo de 3000": the ceiling first, its unit also the floor's. */
const MAX_AND_MIN = new RegExp(
  String.raw`(?:maximum(?:\s+of)?|\bmax\.?|m[aá]xim[oa](?:\s+de)?|at\s+most|no\s+more\s+than|höchstens|au\s+plus)\s*${NUM}\s?(字符|字|words?|characters?|chars?|${OTHER_WORDS}|${OTHER_CHARS})[^.;!?]{0,40}?\b(?:and|y|e|und|et|och)\s+(?:(?:a|an|un|una|el|la)\s+)?(?:minimum(?:\s+of)?|\bmin\.?|m[ií]nim[oa](?:\s+de)?|at\s+least|${OTHER_AT_LEAST})\s*${NUM}(?![\d.,]?\d)`,
);
/** "posts under 300 words (approximately) won't be considered": the floor of what is accepted. */
const REJECTED_BELOW = new RegExp(
  String.raw`\b(?:under|below|fewer\s+than|less\s+than)\s+${NUM}\s+(words?|characters?)\b[^.!?]{0,30}?\b(?:won['’]t|will\s+not|wo\s+not|not)\s+(?:be\s+)?(?:considered|accepted|eligible|counted)`,
);
/** "Minimum word count is 50.", "The word minimum is around 3000": the unit named with "minimum", the number after it. */
const MINIMUM_COUNT_IS = new RegExp(
  String.raw`(?:\bmin(?:imum|\.)?\s+(?:word\s+count|number\s+of\s+words|length\s+in\s+words)|\bword\s+minimum)\s*(?:is|of|:|=)\s*(?:(?:around|about|approximately|roughly)\s+|~\s?)?${NUM}(?![\d%％])`,
);
/** After "must be N words" (past an aside: "1,500 characters — about 250 words — or fewer"): it is a maximum. */
const AT_MOST_AFTER =
  /^\s*(?:[—–-][^—–]{0,40}[—–-]\s*|[(（][^)）]{0,40}[)）]\s*)?(?:or\s+(?:less|fewer|under|shorter|below)|max|(?:in\s+length|long)\s+or\s+(?:less|fewer|shorter|under)|long\s+at\s+most|at\s+most|and\s+(?:no|not)\s+more|or\s+so)/;
const STRICTLY_MORE = /^(超过|多于|大于|more\s+than|longer\s+than|over|lebih\s+daripada|>)$/;
/** Right after the unit: another way to qualify ("或图文帖", "or an image post"). */
const OR_OTHER_FORM = /^[\s)）]{0,2}(?:或者?|or\s+(?:an?\s+)?)(?:图文|图片|图|视频|image|picture|photo|video|graphic)/;
/** Right before the length: a long post's ("长文(500字以上)", "long posts (500+ words)"). */
const LONG_AND_SHORT = /(?:长文|长帖|长篇|long\s+(?:posts?|articles?|form))\s*[(（]?\s*(?:[:：]\s*)?$/;
/** After it: a short post counts too ("和一篇短文", "and a short post"). */
const SHORT_TOO = /^[\s)）]{0,3}(?:和|与|及|或|以及|and|or|,|，)[^。.;；]{0,12}(?:短文|短帖|短篇|short\s+(?:posts?|articles?|form))/;
/** Right after a length: "为宜" ("三千字至八千字为宜", "以7至11字为宜"), a length the contest thinks fitting: read, with a doubt. */
const FITTING_AFTER = /^\s*(?:左右)?\s*(?:为宜|为佳|最佳)/;
/** "不准壓線八百字", "壓線視同棄權": a post of exactly the floor does not count, so the minimum is strictly more. */
const NOT_ON_THE_LINE = /[不勿][准得能可要]?压线|压线[^,，。;；]{0,6}(?:弃权|无效|不算)/;
/** After a length: another category's range with no unit ("and 2,000 to 4,000 for the teens category"). */
const OTHER_CATEGORY_RANGE =
  /^[^.;]{0,12}?\b(?:and|,|;)\s+\d[\d,]*\s?(?:to|[-–])\s?\d[\d,]*\s+(?:words?\s+)?for\s+(?:the\s+)?[a-z-]+\s+(?:category|division|group|section)/;
/** Right before a range: "Word count ranges from 500 to 2000 words" (the limit varies), not one minimum. */
const VARYING = /\b(?:ranges?|ranging|var(?:y|ies|ying))\s+from\s*$/;
/** Before the number: the minimum is for one post only ("首月发首帖", "your first post"). */
const ONE_POST_ONLY = /首帖|首篇|首月|第一篇|第一帖|first\s+post/;

/**
 * Right before the number, in its clause: the length is a part's, not the post's ("图片说明必须在150字以上",
 * "the caption must be at least 50 words", "标题不少于10字").
 */
const PART_SUBJECT =
  /(?:单张|每张|图片说明|照片说明|说明文字|图注|标题|摘要|简介|作者简介|个人简介|captions?|titles?|summary|abstract|bio(?:graphy)?|blurb|feedback|العنوان|заголов\S*|названи\S*|аннотаци\S*|описани\S*)[^,，。;；.!！?？]{0,12}$/;

/** Before the number: what winners owe after the prize ("收到书以后写书评,一百五十字起", "winners will write"). */
const AFTER_WINNING = /获奖(?:者|后)|中奖(?:者|后)|收到.{0,6}(?:书|奖品|奖励)以?后|winners?\s+(?:will|must|are\s+asked)/;
/** The text lets any length do ("in as many or as few words as you like", "不限字数"): a minimum read elsewhere is one contest's. */
const ANY_LENGTH =
  /as\s+many\s+or\s+as\s+few\s+words|any\s+length|no\s+(?:word\s+)?(?:limit|minimum)|(?:do|does)\s+not\s+have\s+a\s+(?:word\s+)?(?:limit|minimum)|don['’]t\s+have\s+a\s+(?:word\s+)?(?:limit|minimum)|不限字数|字数不限/;

/** A rule's words: the minimum the contest sets, rather than one it mentions ("the usual 300 words"). */
const RULE_WORDS = /必须|须|需|要求|应|请|至少|最少|不少于|must|should|required|requirement|minimum|at\s+least|need/;

/**
 * Right before a length, in its clause: a category's label ("小說組:", "散文:", "初中组", "公开组每篇字数为",
 * "Fiction:"), so each category has its own length. A label of the length itself ("字數:", "Word count:") is none.
 */
const CATEGORY_LABEL = /(?:组|group|category|division|[^\s:：][:：])$/;
/** Right after a length: the group it is for ("for grades 7-8", "for ages 12 to 14", "for the junior category"). */
const GROUP = String.raw`\s*(?:for|in)\s+(?:grades?\s+\d|ages?\s+\d|(?:the\s+)?(?:junior|senior|primary|secondary|elementary|middle\s+school|high\s+school|youth|adult|open)\s+(?:category|division|group|level|section|students))`;
const GROUP_AFTER = new RegExp(`^${GROUP}`);
/** The later lengths of such a line, each with its group ("; 200 words for grades 7-8; and 250 words for grades 9-12"). */
const LENGTH_FOR_GROUP = new RegExp(String.raw`(?<![\d.,])${NUM}\s?(words?|characters?|字)(?=${GROUP})`, 'g');
const LENGTH_LABEL = /字数|篇幅|长度|要求|规格|length|words?|count|requirements?|minimum|rules?/;
const LENGTHS_PER_LINE = 8;
/**
 * The lengths a line states, in order, each where it sits on the line. At most LENGTHS_PER_LINE
 * tries: a real line states a few, and a pasted wall of "至少100字" would make the walk quadratic.
 */
function* lengthMatches(n: string): Generator<LengthMatch> {
  for (let from = 0, tries = 0; from < n.length && tries++ < LENGTHS_PER_LINE;) {
    const found = matchLength(n.slice(from));
    if (!found) return;
    const m = { ...found, index: found.index + from, end: found.end + from };
    from = m.end;
    yield m;
  }
}

/**
 * Around a length: a suggestion, not a rule ("The length is up to you, but 200-500 words is the sweet spot", "a recommended length of
 * 800 words", "建议控制在50-150字").
 */
const SUGGESTED_AFTER =
  /^[^.;!?]{0,12}?\b(?:is|are|would\s+be)\s+(?:the\s+|a\s+good\s+|an?\s+)?(?:sweet\s+spot|ideal|recommended|suggested|preferred|best\s+length)\b|^\s*(?:is\s+)?(?:recommended|suggested|preferred|ideally)\b/;
const SUGGESTED_BEFORE =
  /(?:\b(?:ideally|we\s+(?:suggest|recommend)|(?:recommended|suggested|ideal|preferred)\s+(?:length|word\s+count)(?:\s+(?:is|of))?))[^.;!?。；]{0,12}$|(?:建议|推荐字数)[^.;!?。；,，]{0,12}$/;
const suggested = (n: string, m: LengthMatch) =>
  SUGGESTED_AFTER.test(n.slice(m.end, m.end + 60)) || SUGGESTED_BEFORE.test(n.slice(Math.max(0, m.index - 40), m.index));

/** Right before the length: a part's subject (a caption's, a title's), so the length is not the post's. */
const ofPart = (n: string, m: LengthMatch) => PART_SUBJECT.test(n.slice(Math.max(0, m.index - 24), m.index)) || PART_AFTER.test(n.slice(m.end, m.end + 16));
/**
 * Before the length, in its sentence: comments the entrant leaves ("Comentar en 3 livestreams diferentes al
 * día (cada uno ≥ 5 caracteres)", "leave a comment of at least 20 words"): a comment's length, not the post's.
 * ("Commentary", an essay's kind, is none.)
 */
const COMMENT_BEFORE = /(?:\b(?:comments?|commenting|comentar|comentarios?|commentaires?|commenter|kommentare?n?|komentar(?:i|kan)?)\b)[^.;!?]{0,50}$/;
/**
 * Around the length: the page's format, not the post's length ("28-30 renglones y 60-65 caracteres",
 * "60 caracteres por renglón", "65 characters per line", "每行20字").
 */
const LINE_FORMAT_BEFORE = /(?:renglones|l[ií]neas|lines|lignes|zeilen|righe)\s*(?:y|and|et|und|e|x|×|de|of)\s*$|每行\s*$/;
const LINE_FORMAT_AFTER = /^\s*(?:por|per|par|pro|a|in\s+a|each)\s+(?:rengl[oó]n|l[ií]nea|line|ligne|zeile|riga)\b/;
const ofComment = (n: string, m: LengthMatch) => COMMENT_BEFORE.test(n.slice(Math.max(0, m.index - 60), m.index));
const ofFormat = (n: string, m: LengthMatch) =>
  LINE_FORMAT_BEFORE.test(n.slice(Math.max(0, m.index - 24), m.index)) || LINE_FORMAT_AFTER.test(n.slice(m.end, m.end + 24));
/** Right after the length: the part it measures ("作品须附20至100字的图片说明", "a 50-word biography"). */
const PART_AFTER =
  /^\s?(?:的\s?)?(?:图片说明|照片说明|文字说明|说明文字|创作说明|图注|作者简介|个人简介|简介|摘要|(?:bio(?:graphy)?|captions?|summary|abstract|synopsis|cover\s+letter)\b)/;

/**
 * Every length on a line, in order, with whether a category's label stands right before it (on the
 * line, or, for a length alone in a flattened table's cell, on the cell above: "小說組 | 2500至6000字").
 */
function lengthsOn(line: Line, lines: Line[]): (LengthMatch & { category: boolean })[] {
  const out: (LengthMatch & { category: boolean })[] = [];
  for (const m of lengthMatches(line.n)) {
    // (A part's length, a caption's or a title's, is no category's.)
    if (!Number.isSafeInteger(m.n) || ofPart(line.n, m) || ofFormat(line.n, m) || ofComment(line.n, m)) continue;
    let label = (
      line.n
        .slice(Math.max(0, m.index - 40), m.index)
        .split(/[,，。;；、(（]/)
        .pop() ?? ''
    )
      .trimEnd()
      .replace(/(?:每[篇则首件])?(?:字数)?(?:为|以|约|在)?$/, '')
      .trim();
    if (!label) label = cellAbove(lines, line)?.n.trim() ?? '';
    // ("150 words for grades 1-6; 200 words for grades 7-8": the group named after the length.)
    out.push({ ...m, category: (CATEGORY_LABEL.test(label) && !LENGTH_LABEL.test(label)) || GROUP_AFTER.test(line.n.slice(m.end, m.end + 40)) });
  }
  if (out.some((m) => m.category))
    for (const g of line.n.matchAll(LENGTH_FOR_GROUP))
      if (!out.some((m) => m.index <= g.index && g.index < m.end))
        out.push({ n: count(g[1]), unitWord: g[2], strict: false, index: g.index, end: g.index + g[0].length, category: true });
  return out;
}

/** The cell above a line of a table flattened to lines ("小說組", "|", "2500至6000字"): past blank lines (a lone "|" is one), at most three up. */
function cellAbove(lines: Line[], line: Line): Line | undefined {
  for (let k = line.i - 1; k >= 0 && k >= line.i - 3; k--) if (lines[k].n.trim()) return lines[k];
  return undefined;
}

export function readMinimum(lines: Line[], lang: Lang, notes: Notes): { min: number; unit: LengthUnit } {
  // Every stated minimum (each line's first length); a rule's line first (a title or an aside may name another number).
  const firsts = lines.flatMap((l) => {
    const m = matchLength(l.n);
    return m ? [{ l, m }] : [];
  });
  const stated = firsts.map((f) => f.l);
  // Lengths per category (小說組 5000, 散文組 2000; "字数在800-1000字(小学组200-300字)"): the lowest is
  // read, and said, so the writer checks theirs.
  const all = stated.flatMap((l) => lengthsOn(l, lines).map((m) => ({ l, m })));
  const categories = all.filter((c) => c.m.category);
  const lowest = categories.length > 0 && new Set(all.map((c) => c.m.n)).size > 1 ? all.reduce((a, b) => (b.m.n < a.m.n ? b : a)) : null;
  const ordered = lowest
    ? [lowest.l, ...stated.filter((l) => l !== lowest.l)]
    : [...stated.filter((l) => RULE_WORDS.test(l.n)), ...stated.filter((l) => !RULE_WORDS.test(l.n))];
  const read = readFrom(ordered, lang, notes, lowest?.m);
  // (Every length of those lines: "纯文1200字及以上,图文结合…字600及以上" states two.)
  const values = new Set([...firsts.map(({ m }) => m.n), ...all.map((c) => c.m.n)].filter(Number.isSafeInteger));
  const free = lines.find((l) => ANY_LENGTH.test(l.n));
  // Lengths stated with no floor or ceiling word ("in 300 words"), another part's or contest's maybe.
  const plain = plainLengths(lines);
  if (lowest && read.min > 0) {
    notes.warn(
      'length-ambiguous',
      'length.min',
      `each category states its own length (${[...new Set(all.map((c) => c.m.n))].slice(0, 4).join(', ')}): the lowest, ${read.min}, is read; check your category's`,
      lowest.l,
    );
  } else if (free && read.min > 0) {
    notes.warn(
      'length-ambiguous',
      'length.min',
      `the announcement also lets any length do (line ${free.i + 1}): ${read.min} may be one part's minimum; check it`,
      free,
    );
  } else if (read.min > 0 && (values.size > 1 || plain.some((n) => n !== read.min))) {
    const more = [...new Set([...values, ...plain])];
    notes.warn(
      'length-ambiguous',
      'length.min',
      `the announcement states several lengths (${more.slice(0, 4).join(', ')}): ${read.min} is read from a rule's line; check it`,
    );
  } else if (read.min > 0) {
    // "Poetry Contests" (no length) and "Writing Contests" ("-Must be at least 1,000 words long"):
    // the minimum is one section's.
    const at = ordered.find((l) => matchLength(l.n) !== null);
    const sections = lines.filter((l) => SECTION.test(l.n.trim()));
    const own = at && [...sections].reverse().find((l) => l.i < at.i && at.i - l.i <= 15);
    const other = own && sections.find((l) => l !== own && l.n.trim() !== own.n.trim());
    if (own && other) {
      notes.warn(
        'length-conditional',
        'length.min',
        `the minimum of ${read.min} is stated under "${own.text.trim()}" only; "${other.text.trim()}" may have none: check which your post enters`,
        at,
      );
    }
  }
  // "300字以上" and "a minimum of 300 words" in a text written in both languages: one unit is read.
  const units = new Set(firsts.map(({ m }) => unitOf(m.unitWord)));
  if (units.size > 1 && read.min > 0) {
    notes.warn(
      'length-ambiguous',
      'length.unit',
      `the announcement states lengths both in 字 and in words: ${read.unit === 'words' ? 'words' : '字'} are read; check which your post is counted in`,
    );
  }
  return read;
}

/**
 * Lengths stated with no word for floor or ceiling ("exactly 100 words", "Use all three prompts in
 * 300 words"), which may be another part's or another contest's: a ceiling ("up to 500 words",
 * "500字以内") and a range's second number are none.
 */
function plainLengths(lines: Line[]): number[] {
  const out: number[] = [];
  for (const l of lines)
    for (const m of l.n.matchAll(PLAIN_LENGTH)) {
      const before = l.n.slice(Math.max(0, m.index - 24), m.index);
      const after = l.n.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (CEILING_BEFORE.test(before) || CEILING_AFTER.test(after) || RANGE_BEFORE.test(before)) continue;
      out.push(count(m[1]));
    }
  return out.filter(Number.isSafeInteger);
}
const PLAIN_LENGTH = /(?<![\d.,])(\d{2,3}(?:,\d{3})|\d{2,6})\s*(?:words?|字)(?![a-z])/g;
const CEILING_BEFORE =
  /(?:up\s+to|max(?:imum)?\.?|no\s+more\s+than|not\s+(?:to\s+)?(?:exceed|more\s+than)|under|less\s+than|fewer\s+than|limit(?:ed)?(?:\s+(?:of|to))?|within|最多|不超过|不得超过|限|以内)\s*[:：]?\s*$/;
const CEILING_AFTER = /^\s*(?:or\s+(?:less|fewer|under)|max(?:imum)?\b|limit|以内|以下|之内|内)/;
const RANGE_BEFORE = /(?:[-–—~～至到]|\bto|\band|\bor)\s*$/;

const WORD_UNIT = new RegExp(String.raw`^(?:单词|个词|词|words?|kata|${OTHER_WORDS})$`);
const unitOf = (unitWord: string): LengthUnit => (WORD_UNIT.test(unitWord) ? 'words' : 'zi');

/** A line that heads one contest or category of several ("Poetry Contests", "Short Story Category", "小说组"). */
const SECTION = /^[\p{L}\s&'’-]{2,40}?(?:contests?|competitions?|categor(?:y|ies)|division|组|类)\s*[:：]?$/u;

/** A stated length on a folded line: its number, unit word, whether "more than", and where it is. */
interface LengthMatch {
  n: number;
  unitWord: string;
  strict: boolean;
  index: number;
  end: number;
}

/** "2.500" is 2,500 (dotted thousands): a length is never a fraction; "5 000" (spaced thousands) is 5,000. */
const CN_DIGIT = '〇一二三四五六七八九';
/** "一字以上的关键词" is a word's size, not a post's: a count in Chinese numerals below ten is none. */
const cnSized = (n: number) => (n >= 10 ? n : NaN);
/** "1.5万", "15万", "3千": Arabic digits times a Chinese unit. */
const TIMES_UNIT = /^(\d+(?:\.\d+)?)([千万])$/;
const count = (s: string): number =>
  s in EN_NUMBER_WORDS
    ? EN_NUMBER_WORDS[s]
    : HUNDREDS_ALONE.test(s)
      ? EN_NUMBER_WORDS[s.split(/\s+/)[0]] * (s.endsWith('thousand') ? 1000 : 100)
      : TIMES_UNIT.test(s)
        ? Math.round(Number(TIMES_UNIT.exec(s)![1]) * (s.endsWith('万') ? 10_000 : 1000))
        : /^\d{1,3}(?:[.\s]\d{3})+$/.test(s)
          ? Number(s.replace(/\D/g, ''))
          : /^[\d,.]+$/.test(s)
            ? toNumber(s)
            : cnSized(cnCount(s.replace(/\d/g, (d) => CN_DIGIT[Number(d)])));

function matchLength(n: string): LengthMatch | null {
  const at = (m: RegExpExecArray) => ({ index: m.index, end: m.index + m[0].length });
  // "400字詰め原稿用紙2枚を超え": sheets of manuscript paper, so many characters each.
  const sheets = MANUSCRIPT_SHEETS.exec(n);
  if (sheets) return { n: Number(sheets[1]) * Number(sheets[2]), unitWord: '字', strict: sheets[3] !== '以上', ...at(sheets) };
  // "must be 1,000 words each" is the length; "must be 500 words or less" a maximum, and the next one counts.
  let before: RegExpExecArray | undefined;
  for (const m of n.matchAll(LENGTH_BEFORE)) {
    if (/^(?:must|should|need)/.test(m[1]) && AT_MOST_AFTER.test(n.slice(m.index + m[0].length))) continue;
    before = m;
    break;
  }
  if (before) return { n: count(before[2]), unitWord: before[3], strict: STRICTLY_MORE.test(before[1].trim()), ...at(before) };
  const after = LENGTH_AFTER.exec(n);
  if (after) return { n: count(after[1]), unitWord: after[2], strict: false, ...at(after) };
  const range = LENGTH_RANGE.exec(n);
  if (range) {
    // "8-15万字", "1.5-3萬字": the unit after the second number is the first's too.
    // (Only when the plain number would not be below the second: "5000-1万字" is 5,000.)
    const high = count(range[2]);
    const scaled = /^[\d.]+$/.test(range[1]) && /\d[千万]$/.test(range[2]) ? count(range[1] + range[2].slice(-1)) : NaN;
    const low = scaled < high ? scaled : count(range[1]);
    // ("от 1 до 20 000 знаков": a range from one is a ceiling, no floor.)
    if (low < high && low > 1) return { n: low, unitWord: range[3], strict: false, ...at(range) };
  }
  const both = MIN_AND_MAX.exec(n);
  if (both) return { n: count(both[1]), unitWord: both[3], strict: false, ...at(both) };
  const maxFirst = MAX_AND_MIN.exec(n);
  if (maxFirst) return { n: count(maxFirst[3]), unitWord: maxFirst[2], strict: false, ...at(maxFirst) };
  const stated = MINIMUM_COUNT_IS.exec(n);
  if (stated) return { n: count(stated[1]), unitWord: 'words', strict: false, ...at(stated) };
  const below = REJECTED_BELOW.exec(n);
  if (below) return { n: count(below[1]), unitWord: below[2], strict: false, ...at(below) };
  const first = UNIT_FIRST.exec(n);
  if (first) return { n: count(first[2] ?? first[3]), unitWord: first[1].startsWith('字') ? '字' : 'words', strict: false, ...at(first) };
  return null;
}

/**
 * The line's first length that is the post's: a part's ("图片说明必须在150字以上", "标题不少于10字") is
 * said and passed over for the next one on the line.
 */
function postLength(line: Line, notes: Notes): LengthMatch | null {
  for (const m of lengthMatches(line.n)) {
    const why = notThePost(line, m);
    if (!why) return m;
    notes.warn('length-ambiguous', 'length.min', `a length of ${m.n} ${why}: it is not read as the minimum; check it`, line);
  }
  return null;
}

/** Why a length on a line is not the post's minimum (a suggestion, a comment's, the page's format, a part's), or null. */
function notThePost(line: Line, m: LengthMatch): string | null {
  const before = clause(line.text.slice(0, m.index), 'last');
  if (suggested(line.n, m)) return `is suggested, not required ("${clause(line.text.slice(m.end), 'first') || before}")`;
  if (ofComment(line.n, m)) return `is asked of comments ("${before}"), not of the post`;
  if (ofFormat(line.n, m)) return `is the page's format ("${before} ${m.n}…"), characters on a line, not the post's`;
  if (ofPart(line.n, m)) return `is stated for a part of the entry ("${before}"), not the post`;
  return null;
}

/** The minimum from the first line that states a post's length (`first`: the one to read on the first line). */
function readFrom(lines: Line[], lang: Lang, notes: Notes, first?: LengthMatch): { min: number; unit: LengthUnit } {
  for (const line of lines) {
    const m = line === lines[0] && first ? first : postLength(line, notes);
    if (!m) continue;
    const { n, unitWord } = m;
    // "八百字為下限 … 不准壓線八百字": exactly the floor does not count.
    const strict = m.strict || NOT_ON_THE_LINE.test(line.n);
    if (!Number.isSafeInteger(n) || n > 1_000_000) continue;
    const unit = unitOf(unitWord);
    const length = { min: strict ? n + 1 : n, unit };
    notes.use(line, 'length');
    notes.find('length.min', String(length.min), line);
    notes.find('length.unit', unit, line);
    if (strict) {
      notes.warn('length-more-than', 'length.min', `"more than ${n}" read as a minimum of ${n + 1}`, line);
    }
    const conditions: string[] = [];
    const end = m.end;
    if (ONE_POST_ONLY.test(line.n.slice(0, m.index))) conditions.push(`it is stated for one post only ("${clause(line.text.slice(0, m.index), 'last')}")`);
    if (AFTER_WINNING.test(line.n.slice(0, m.index)))
      conditions.push(`it is asked of winners, after the contest ("${clause(line.text.slice(0, m.index), 'last')}")`);
    if (VARYING.test(line.n.slice(Math.max(0, m.index - 16), m.index)))
      conditions.push(
        `the length "ranges", so it may be the lengths the contest can set rather than one minimum ("${clause(line.text.slice(0, m.index), 'last')}")`,
      );
    // "只记录一篇长文(500字以上)和一篇短文": the length makes a long post; a short one counts too.
    if (LONG_AND_SHORT.test(line.n.slice(Math.max(0, m.index - 12), m.index)) && SHORT_TOO.test(line.n.slice(end, end + 40)))
      conditions.push(`it makes a long post, and a short post counts too ("${clause(line.text.slice(end), 'first')}")`);
    const rest = line.n.slice(end);
    const fitting = FITTING_AFTER.exec(rest);
    // "每篇征文字数500——1000字左右", "字数一般为1500-3000字": a length given roughly, or the usual one, may be no floor (labels read both ways).
    if (/^\s?(?:左右|上下)/.test(rest)) conditions.push(`it is given roughly ("${line.text.slice(m.index, end + 2).trim()}")`);
    if (/(?:一般|通常)(?:为|在|是)\s*$/.test(line.n.slice(Math.max(0, m.index - 6), m.index)))
      conditions.push(`it is the usual length ("${clause(line.text.slice(0, m.index), 'last')}…"), which may be no rule`);
    if (fitting) conditions.push(`it is said to be fitting ("${line.text.slice(m.index, end + fitting[0].length).trim()}"), which may be a suggestion`);
    // "… for the adults category is from 2,500 to 7,000 words and 2,000 to 4,000 for the teens category": another category's range, its unit left out.
    const otherCategory = OTHER_CATEGORY_RANGE.exec(rest);
    if (otherCategory) conditions.push(`another category has its own length ("${otherCategory[0].trim()}")`);
    if (OR_OTHER_FORM.test(rest)) conditions.push(`another kind of post qualifies instead ("${clause(line.text.slice(end), 'first')}")`);
    // "每本書的原因須滿200字。或整篇文章需滿2500字": another length qualifies instead.
    const or = /(?:^|[\s,，。;；.])(?:或者?|or)(?=\s|[^a-z])/.exec(rest);
    const other = or ? matchLength(rest.slice(or.index)) : null;
    if (other && other.n !== n) conditions.push(`another length qualifies instead (${other.n})`);
    // "Essays should be 500 words in length.": a length stated, no floor said.
    if (/^(?:must|should|needs?\s+to|ha(?:s|ve)\s+to)\s+be\s+(?!exactly)/.test(line.n.slice(m.index, end)))
      conditions.push(`the length is stated ("${line.text.slice(m.index, end).trim()}"), no floor is said, so it may be a target`);
    // "短篇小说、微剧本5000—30000字,小小说控制在2000字左右": another kind of entry has about another length.
    const approx = APPROX_LENGTH.exec(line.n);
    const about = approx ? toNumber(approx[1] ?? approx[2] ?? approx[3]) : NaN;
    if (approx && about !== n && (approx.index >= end || approx.index + approx[0].length <= m.index))
      conditions.push(`the same line gives about ${about} for another kind of entry ("${approx[0].trim()}")`);
    if (conditions.length) {
      notes.warn(
        'length-conditional',
        'length.min',
        `the minimum of ${length.min} is not for every post: ${conditions.join('; ')}. Check whether the contest applies it to yours`,
        line,
      );
    }
    return length;
  }
  notes.miss('length.min', '0', 'no minimum length found: 0 means no minimum');
  return { min: 0, unit: lang === 'en' ? 'words' : 'zi' };
}

const CLAUSE_BREAK = /[()（）,，。;；:：!！?？]/;

/** The clause of `s` next to the minimum: its last (before it) or first (after it), at most 20 characters. */
function clause(s: string, which: 'first' | 'last'): string {
  const parts = s
    .split(CLAUSE_BREAK)
    .map((p) => p.trim())
    .filter(Boolean);
  const part = (which === 'last' ? parts[parts.length - 1] : parts[0]) ?? '';
  return part.length > 20 ? (which === 'last' ? `…${part.slice(-20)}` : `${part.slice(0, 20)}…`) : part;
}
