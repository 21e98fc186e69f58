/**
 * The window: the line with a date range (a "活動時間" / "Event Period" line scores higher), or
 * "開始時間:…" and "結束時間:…" on lines of their own. The zone comes from the window's line, else
 * its neighbours, else anywhere; without one UTC+8 (Gate's home zone) is assumed, with a warning.
 * "24:00" is the next day's 00:00; a date without a time starts at 00:00 and ends at the end of
 * that day (the next day's 00:00: the contest's end is exclusive), with a warning. A year written
 * once serves both ends ("2025年8月11日 — 8月20日", "Aug 7 – Aug 12, 2025"); a date with no year
 * at all takes it from the post's own date (`published`) when the page shows one (the year that puts
 * it nearest the post, which may be the year before or after), else from `now` with a `year-assumed`
 * warning. An end without a year that falls before its start is in the next year ("12月28日 – 1月5日").
 */
import { offsetLabel, offsetMinutes } from '../phase';
import { dayOrderOf, lineDates, type DateEngine, type LineDate } from './date-layer';
import { isoFromMs, isoOf, monthOf, offsetIn, pad2, yearAt, zoneOffsetOn, type WallTime } from './dates';
import type { Line } from './lines';
import type { Notes } from './notes';
import { ASSUMED_OFFSET } from './types';
import { PART_HEADING, SQUARE_POSTING, WINDOW_KEYWORD } from './vocabulary';

export interface WindowRead {
  start: string;
  end: string;
  displayOffset: string;
  startYear: number;
}

/** Where a year the text leaves out comes from. */
export interface Clock {
  now: number;
  published?: number;
  /** Which date reader(s): date-layer.ts; only scripts/measure-reader.ts asks for another. */
  dates?: DateEngine;
}

const RANGE_SEPARATOR =
  /^\s*(?:[),，]\s*)?(?:-|–|—|~|～|至|到|to|until|till|through|hingga|sampai|s\.\s?d\.|s\/d|hasta|até|bis(?:\s+zum)?|đến|ถึง|إلى|الى|حتى|au|al|do|tot|până\s+la|по(?![\u0400-\u04ff])|до(?![\u0400-\u04ff])|부터)/;
/** "between April 15 and April 21": "and" separates a range only after "between". */
/** "between" before a range's first date, in the languages the corpus has it in ("mellan 16 september och 31 oktober"). */
const BETWEEN = /(?:\bbetween|\bmellan|\bzwischen|\bentre(?:\s+(?:os|as|los|las)\s+d[ií]as)?|\btra|\bmiędzy|\bmezi|\bantara|\bmellom)\s*$/;
/** "and" between a range's two dates after BETWEEN. */
const BETWEEN_AND = /^\s*(?:and|och|und|et|y|e|en|og|dan|a|i)\s/;
/** The end of a sentence: a full stop before a space or the line's end, or a CJK stop. */
const SENTENCE_STOP = /[.!?](?:\s|$)|[。！？]/;
/**
 * What ends a line whose range goes on on the next: "05:17 UTC ~", "2025年8月1日 至", "Aug 1 –".
 * (One run of spaces per place: two side by side split a long run every way, quadratic.)
 */
const LINE_ENDS_IN_RANGE =
  /^[\s(),，（）]*(?:(?:(?:utc|gmt)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|[a-z]{2,4})[\s()（）]*)?(?:-|–|—|~|～|至|到|to|until|till|through)\s*$/;
/** A line that starts with a date-time stamp and its zone: an article's publication or update time. */
const STAMP =
  /^\s*\d{4}-\d{1,2}-\d{1,2}\s\d{1,2}:\d{2}(?::\d{2})?\s?(?:utc|gmt)\b|^\s*(?:on\s+|posted\s+(?:on\s+)?)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4},?\s+\d{1,2}:\d{2}:\d{2}\s?(?:utc|gmt)\b/;
/** A window named by its month: "for the month of July", "during the month of May", "7月整月", "整个7月". */
const MONTH_WINDOW =
  /(?:for|during|throughout)\s+the\s+(?:whole\s+|entire\s+)?month\s+of\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(\d{1,2})\s*月(?:份)?(?:整月|全月)|整个\s*(\d{1,2})\s*月/;
/** A start given as a month alone: "从12月起", "自3月份开始" (no day after the month). */
const MONTH_START = /(?:从|自)\s*(\d{1,2})\s*月(?!\s*\d)(?:份)?\s*(?:起|开始)/;
const monthNumber = (m: RegExpExecArray) => (m[1] ? monthOf(m[1]) : Number(m[2] ?? m[3]));
/** The month a start is given as, and where: the whole month the end closes ("7月整月"), else "从12月起". */
function monthAsStart(lines: Line[], endMonth: number): { line: Line; month: number; said: string } | undefined {
  const whole = lines.find((l) => MONTH_WINDOW.test(l.n));
  const w = whole && MONTH_WINDOW.exec(whole.n)!;
  if (whole && w && monthNumber(w) === endMonth) return { line: whole, month: endMonth, said: w[0] };
  const from = lines.find((l) => MONTH_START.test(l.n));
  const f = from && MONTH_START.exec(from.n)!;
  return from && f ? { line: from, month: Number(f[1]), said: f[0] } : undefined;
}
/** An end not yet set: "结束时间待定", "end date to be announced", "TBA". */
const END_TBD = /待定|未定|另行通知|另行公布|to\s+be\s+(?:announced|determined|confirmed)|\btb[ad]\b/;
/** Before a range: the period for entries, not the whole event ("参赛时间", "投稿期间", "Submission period"). */
const ENTRY_PERIOD =
  /参赛时间|参赛期间|投稿时间|投稿期间|征稿时间|征稿期间|征文时间|收稿时间|收件时间|(?:征件|征稿|征文|投稿|收件)日期|(?:접수|공모|모집|응모|참여|참가)\s*기간|submission\s+(?:period|window|dates?)|entry\s+period/;
/** Right after a date: "前" and the entries' sending ("8月29日前报送至…"), not the results' ("3月1日前公布"). */
const SEND_BEFORE = /^\s?(?:或\s?)?(?:之|以)?前\s?(?:报送|提交|投稿|发送|寄送|寄出|上传|交)/;
/** A line that asks for the entries: where to send them, or to write them. */
const SUBMISSION_SAID =
  /(?:发送|发|寄|报送|投稿|投|提交)至|撰写|(?<!\bwill\s)\bsubmit\s+(?:your|an?|entries|stories|essays)\b|(?<!\bwill\s)\bsend\s+(?:your|in\s+your)\b/;
/** Right before a single date: "from 12:30 PM (UTC) on", "since", "since Wednesday,", "starting on". */
const FROM_BEFORE = /\b(?:from|since|starting(?:\s+on)?|beginning(?:\s+on)?)\s+(?:[^.;,]{0,28}\s)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/;
const START_KEYWORD =
  /opening\s+date|დაიწყება|\d-?d[əa]n\s+başla|kuulut(?:ab|as|ati)\s+(?:\S+\s+){0,3}välja|vyhlásenie\s+súťaže|vyhlášení\s+soutěže|\d\s?e?tik(?![a-z])|தொடங்கும்|ஆரம்பிக்கும்|开始|开启|启动|起始|开放|收件日期|收稿日期|\d\s*[日号]\s*起|start(?:s|ing)?\b|begins?\b|opens?\b|launch(?:es|ed)?\b|kicks?\s+off|dimulai|\bmulai\b|\bdesde\b|\binicio\b|\binicia\b|data\s+(?:d['’])?inici\b|\bapertura\b|\babre\b|\babrirá(?![a-z])|depuis\s+(?:ce|le)\b|\blancement\b|\bse\s+lanz[óoa](?![a-z])|a\s+partir\s+d[eo]|bắt\s+đầu|từ\s+ngày|à\s+partir\s+du|เปิดรับ|ตั้งแต่|(?<![a-z])(?:du|dal|od|van|începând\s+cu|de\s+la)(?=\s+\d)|(?<![\u0400-\u04ff])[сз](?=\s+\d)|начин|начал|старт|стартует|부터|öppnar|\bkezd/;
/** Right before a date: a deadline moved to it ("has been extended to", "延長收件期間至", "延期至"). */
const EXTENDED =
  /(?:extended|postponed|pushed\s+back|延长|延期|顺延|展延)[^.。;；!！]{0,24}?(?:to|until|till|至|到)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$/;
/** Before a date: the deadline moved from another date to it ("has extended the deadline … from October 31 to November 7"). */
const EXTENDED_FROM = /(?:extended|postponed|pushed\s+back)\b[^.;!]{0,100}\bfrom\s+[^.;!]{3,30}?\s+(?:to|until)\s+$/;
/**
 * Right before a date: it is a deadline ("before 27 Nov 2017", "by midnight on August 31", "before midnight UK time on",
 * "by midnight PST latest on", "by 5 p.m., Monday,", "due 8/31", "no later than"; Dutch "vóór 1 april", "tot 1 februari",
 * Czech and Slovak "do 30. září").
 */
const BY_DATE =
  /(?<![a-z])(?<!\bto\s)do\s+$|\b(?:before|by|v[oó]{2}r|tot|inn[ae]n|hingga|sampai(?:\s+dengan)?|due(?:\s+(?:on|by))?|no\s+later\s+than|not\s+later\s+than|prior\s+to)\s+(?:(?:midnight|noon|\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\b\.?)?|\d{4}\s?(?:[(（][^()（）]{1,12}[)）]\s?)?hours?),?\s+(?:[a-z]{2,4}\s+)?(?:latest\s+)?)?(?:(?:[a-z]{2,9}\s+){1,2}time\s+|[a-z]{2,4},\s+)?(?:on\s+|of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)-?day,?\s+)?(?:the\s+)?$/;
/** After a deadline's date, in its clause: its time ("June 23: Submissions due at 11:59 PM", "May 1, entries close at 17:00"). */
const TIME_LATER = /^[^,，.。;；!?()（）]{0,30}?\b(?:due|close[sd]?|ends?)\s+(?:at|by)\s+(\d{1,2})(?::(\d{2}))?\s?(?:([ap])\.?m\b|(?<=:\d{2}))/;
/**
 * After a deadline's date, its time in a clause of its own: "截稿日期為2021年08月15日,截稿時間為23:59:59" (groups
 * as TIME_LATER's: hour, minute, an empty am/pm, then seconds).
 */
const TIME_LATER_ZH = /^\s?[,，]?\s?(?:截稿|截止|结束)时间\s?(?:为|是)?\s?[:：]?\s?(\d{1,2}):(\d{2})()(?::(\d{2}))?/;
/** Later in a Basque deadline's sentence, its hour: "azaroaren 17a baino lehen … Udal Bulegoetan, 14:00ak baino lehen". */
const TIME_LATER_EU = /^[^.;!?]{0,90}?(?<![\d:])(\d{1,2}):(\d{2})()ak\s+bain[oa]?\s+lehen/;
const END_KEYWORD =
  /(?:submitted|received|sent)\s+after\b|(?:not|n['’]t)\s+be\s+accepted\s+(?:past|after)\b|ĝis(?=\s+(?:la\s+)?\d{1,2}(?:-an?\b|\.\s?\d))|s[ck]adenza|(?:data|jum)\s+tal-g(?:ħ|h)eluq|sa\s+mhux\s+aktar\s+tard|(?<![a-z])sluit(?=\s+(?:op\s+|om\s+|teen\s+)?\d)|дейін|তারিখের\s+মধ্যে|[إا]لى\s+غاية|آخری\s+تاریخ|අවසන්\s+දිනය|დასრულდება|[ა-ჰ]მდე(?![ა-ჰ])|\d-?d[əa]k(?![a-z])|(?:jaanuari|veebruari|märtsi|aprilli|mai|juuni|juuli|augusti|septembri|oktoobri|novembri|detsembri)ks(?![a-z])|शेवटची\s+तारीख|अंतिम\s+तारीख|dyddiad\s+cau|(?<![a-z])tan(?=\s+(?:ionawr|chwefror|ebrill|mehefin|gorffennaf|awst|hydref|tachwedd|rhagfyr|\d))|termiņš|(?<![a-z])deri\s+(?:më|me|në)(?![a-zë])|(?<![a-z])afati(?![a-z])|í\s+síðasta\s+lagi|(?:aren|ren)\s+\d{1,2}e?ra(?![a-z])|\d[a-z]{0,3}\s+arte(?![a-z])|baino\s+lehen|bukatuko|amaituko|skilafrest|lokafrest|முடியும்\s*(?:நாள்|தேதி)|(?:இறுதி|கடைசி)\s*(?:நாள்|தேதி)|结束|截止|截至|截稿|截件|(?:持续|开展|进行|举办|举行)\s*(?:到|至)|\bends?\b|ending|deadline|closes?\b|closing\s+(?:date|entries|for\s+(?:all\s+)?(?:submissions?|entries))|due\s+date|\b(?:submissions?|entries|stories|poems|essays|articles)\s+(?:are\s+)?due\b|final\s+(?:submission|entry)\s+date|last\s+(?:day|date)\s+(?:for|to|of)|until|(?:accept\w*|open)\s+(?:\w+\s+){0,5}through\b|batas\s+akhir|berakhir|ditutup|penutupan|paling\s+lambat|date\s+limite|jusqu['’]?(?:au|à)|au\s+plus\s+tard|avant\s+le|entro\s+(?:e\s+non\s+oltre\s+)?il|\bfino\s+a(?:l|ll['’])?\b|do\s+dnia|do\s+godz|do\s+(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli)\b|termin|uiterlijk|tot\s+en\s+met|uzávěrk|uzávierk|p[âă]n[aă]\s+(?:la|pe)|\bantes\s+d(?:el?|[ao]s?)\b|uiterste\b|ถึง|data[-\s]limit[aă]|λήξη|προθεσμία|התאריך\s+האחרון|מועד\s+אחרון|\bsaakka\b|(?<![\u0590-\u05ff])עד(?=\s)|tarikh\s+tutup|\bsebelum\b|selewat-lewatnya|締切|締め切り|〆切|必着|หมดเขต|ภายใน|آخر\s+موعد|तक|अंतिम\s+तिथि|শেষ\s+তারিখ|آخر\s+أجل|مهلت|تا\s+پایان|határid|\bsenast\b|الموعد\s+النهائي|\bhasta\b|einsendeschluss|abgabeschluss|\bbis(?:\s+(?:zum|am|spätestens))?\s+\d|son\s+(?:\S+\s+)?(?:başvuru|katılım|gönderim|teslim|tarih)|\bkadar\b|\bclos\b|clôtur|date[-\s]butoir|d['’]ici\s+(?:le|au)\b|finalitz|data\s+final\b|do\s+końca|frist(?:en)?\b|t[äa]htaeg|\brok\s+(?:za|prijav|dostav|predaj)|\biki\b|\blīdz\b|mennessä|päättyy|viimeistään|\bsenest\b|kapat[ıi]l|sona\s+er|kapan[ıi]r|kapanacak|beendet|\bendet\b|hạn\s+(?:chót|cuối)|đến\s+(?:hết\s+)?ngày|kết\s+thúc|conclu(?:ye|i)|termina|finaliza|cierra|\bcierre\b|\bfin\s+de(?:l|\s+la)?\b|\bplazo\b|\bprazo\b|fecha\s+l[ií]mite|data\s+limite|\baté(?![a-z\u00e0-\u024f])|mwisho\s+wa|마감|까지|(?<![\u0400-\u04ff])до(?![\u0400-\u04ff])|срок|дедлайн|заверш|окончани|не\s+позднее|включительно|включително|включно/;
/** "即日起至…", "Starting today until…": the date given is the end; the start is the post's day, unknown here. */
const FROM_NOW =
  /từ\s+nay|即日起|即日开始|自即日|从即日|即刻起|从现在起|现在起|(?:发布|公布|印发|发出|下发)之日起|starting\s+(?:today|now)|from\s+(?:today|now)|starts?\s+(?:today|now)/;
/** An event without an end ("長期有效", "ongoing"), or one that recurs ("月底結算", "monthly"): the first said, else the second. */
const OPEN_ENDED = [/长期有效|长期活动|长期进行|永久有效|不限时|ongoing|no\s+end\s+date|until\s+further\s+notice/, /月底结算|每月|月度|\bmonthly\b/];

/**
 * Dates with another role than the contest's window: registration and team building, review and voting, judging, results and prize payout, a rule's
 * effective date, an eligibility cut-off ("must have posted before…", "registered before…", "must have
 * been written between…"), a publication or update date. A range on such a line is a window only when nothing better is there.
 */
const OTHER_ROLE =
  /yay[ıi][mn]lanm[ıi]ş|نتائج|نتیجہ|تقسیم\s+انعامات|تقریب|\bat\s+an?\s+(?:award\s+|prize[-\s]?giving\s+)?ceremony\b|在[\u4e00-\u9fff]{2,6}(?:举办|舉辦|举行|舉行)|(?:வெற்றியாளர்|முடிவு(?:கள்)?)\s+அறிவிப்பு|预约|报名|出生|(?<![学师])生于|born\s+(?:on|between|after|before)|date\s+of\s+birth|组队|招募队长|团队组建|team[-\s]?up\s+(?:period|phase|time)|team\s+(?:building|formation)|captain\s+recruit|审核|投票|review\s+(?:time|period|phase)|voting|vote\s+(?:time|period|until|by|before|from|between)|registration|register(?:ed)?\s+(?:on\s+or\s+)?(?:for|from|before|by|between)|评审|评选|评定|审核期|公布(?!之日)|公示|揭晓|颁奖|发放|派发|到账|生效|发布于|更新于|注册于|之前注册|前注册|之前发布|前发[布帖]|judg|prize[-\s]?giving|\bwill\s+win\b|awards?\s+ceremony|\b(?:conference|festival|exhibition|ceremony|fair|week)(?:\s+[a-z]+){0,2}\s+(?:will\s+(?:take\s+place|be\s+held)|takes\s+place|took\s+place|is\s+held)\b|\bworkshops?\s*[(（]|cycle\s+d['’]animations|\bsera\s+présentée?s?\b|\bnotif(?:y|ied)\s+(?:you|the\s+winners|winners|entrants|participants|applicants|authors)\b|winners?\s+(?:will\s+be\s+)?announc|winners?\s+(?:will\s+be\s+)?(?:chosen|selected|drawn|picked)|winner\s+selection|early[-\s]?bird|announc\w*\s+(?:of\s+)?(?:the\s+)?(?:winners|results)|results?\s+(?:will|announc|publish)|prizes?\s+(?:will\s+be\s+)?distribut|rewards?\s+(?:will\s+be\s+)?(?:distribut|sent|paid|credited)|\bpaid\s+(?:out\s+)?(?:by|on|before|within)|\bpayouts?\b|\bpayments?\s+(?:date|will|on|by)|distribution|effective|registered\s+before|(?:posted|published|created|joined)\s+(?:before|prior)|(?:have|has)\s+been\s+(?:written|published|produced|created)\s+(?:between|before|after|during|from|in)\b|更新时间|last\s+updated|updated\s+on|published\s+on|\b(?:published|updated)\s*:|\bage[sd]?\b[^.;]{0,24}\bas\s+of\b|pengumuman|diumumkan|penjurian|penilaian|\banuncio\b|votaci[oó]n|vota[cç][aã]o|ganadores|vencedores|công\s+bố|trao\s+giải|объявлены|объявят|победител|résultats|proclamation|remise\s+des\s+prix|premiazione|proclamazione|risultati|ogłoszeni|wyniki|rozstrzygnięci|uitslag|prijsuitreiking|vyhlášení|výsledk|rezultat|festivitat|keputusan|ประกาศผล|\bjury\b|giuria|발표|시상|심사|atualizad|actualizad|mis\s+à\s+jour|aggiornat|aktualisiert|güncellen|cập\s+nhật|diperbarui|juriu|porota|награжд|подведени|жюри|итог/;
/** A date's words whose only other role is signing up ("报名时间:", "registration closes"). */
const SIGN_UP = /报名|registration|register(?:ed)?\s+(?:on\s+or\s+)?(?:for|from|before|by|between)/g;
const signUpOnly = (words: string) => {
  const rest = words.replace(SIGN_UP, ' ');
  return rest !== words && !OTHER_ROLE.test(rest);
};

/**
 * A contest that comes round again: daily topics, weekly rounds, "10 consecutive days", "every
 * Monday": each round has its own window, which a single start and end cannot hold.
 */
const RECURRING =
  /每天|每日|每周|每星期|每个?(?:周|星期)[一二三四五六日天]|每期|连续\s*\d{1,3}\s*天|\bdaily\b|\bweekly\b|every\s+(?:day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?<!\d)\d{1,3}\s+consecutive\s+days|each\s+(?:day|week)\b/;

/** One round or stage of a contest ("Preliminary Round", "复赛", "第二轮"): part of the window, not all of it. */
const ROUND = /\bround\b|preliminar|semi-?finals?|\bfinals?\b|初赛|复赛|决赛|第[一二三四五六七八九十\d]+[轮期]/;

/** Right after a date: "前" (before it), past a weekday in brackets ("于2024年6月7日(周五)前", "11點59分前", "或之前"). */
const BEFORE_AFTER_DATE = /^\s?(?:[(（]\s?(?:周|星期|礼拜)[一二三四五六日天]\s?[)）]\s?)?(?:或\s?)?(?:之|以)?前(?!往)/;

/** Right after a date: a news report's dateline ("2月8日讯", "8日电", "7月28日消息"). */
const DATELINE = /^\s?(?:讯|电(?!话|子|视|影|脑|竞)|消息)/;

/** After a start date, how long the contest lasts ("run for 90 days", "last 2 weeks", "为期30天", "持续 7 天"). */
const LASTS = /\b(?:run|last|continue|be\s+open)s?\s+(?:for\s+)?(\d{1,3})\s+(days?|weeks?|hours?)\b|(?:为期|持续|历时)\s*(\d{1,3})\s*(天|日|周|星期|小时)/;
/** On a line soon after the start: how long the writers have ("Writers have 24 hours to complete", "参赛者有48小时"). */
const HAVE_TIME =
  /\b(?:writers|you|participants|entrants|contestants)\s+(?:will\s+)?have\s+(\d{1,3})\s+(days?|hours?)\b|(?:有|共)\s*(\d{1,3})\s*(小时|天)(?:的?时间)?(?:完成|创作|写作)/;

/** Right before two numbers: an age or a grade, not a month and day. */
const NOT_A_DAY = /\b(?:ages?|aged|grades?|years?|yrs?)\s+(?:of\s+|from\s+|between\s+)?$|年龄\s*$|年级\s*$/;

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** The years the text writes, by line ("Sperax Meme Contest 2023", "24年…"): where a year-less window may take one. */
type TextClock = Clock & { years?: { line: number; year: number }[] };

function yearsIn(lines: Line[]): { line: number; year: number }[] {
  const out: { line: number; year: number }[] = [];
  // ("限2000字以內", "2000元", "2000 words", "字数 :2000至4000字", "字数:2000" are counts, not years; after a
  // colon a year goes on as a date: "截止日期:2019-07-15".)
  for (const l of lines)
    for (const m of l.n.matchAll(
      /(?<![\d./-]|\d:)(?<!:\s?(?=20\d{2}(?![-/.年])))(20\d{2})(?![\d:]|\s?(?:[-~～至到]\s?\d+\s?)?(?:字|词|元|人|名|篇|份|个|words?|usdt|usd|points?))/g,
    ))
      out.push({ line: l.i, year: Number(m[1]) });
  return out;
}

export function readWindow(lines: Line[], given: Clock, notes: Notes): WindowRead {
  const clock: TextClock = { ...given, years: yearsIn(lines) };
  /** `base`: the score without the "Event period" keyword, which only a table's first row has. */
  type Candidate = { a: LineDate; b: LineDate; line: Line; endLine: Line; score: number; base: number };
  const candidates: Candidate[] = [];
  const singles: Single[] = [];
  /** Single dates whose only role is the sign-up's ("报名时间", "registration"). */
  const signUps: Single[] = [];
  const order = dayOrderOf(lines.map((l) => l.n).join('\n'));
  /** Lines whose two dates came in reverse order and were read in time order. */
  const reversed = new Set<Line>();
  // "鲁网·泰山财经2月8日讯": a news item's dateline is the report's day, no date of the contest.
  // "between the ages of 12-16 on 31 May 2018", "grades 9-12", "6 - 8 grade": numbers beside an age or a grade are no month and day.
  // "即日起至2018年1月2" as the stored text's last characters: a date cut off (1月2日? 1月20日?) is none.
  const last = lines.findLast((l) => l.n.trim() !== '');
  const first = lines.find((l) => l.n.trim() !== '');
  const cut = (line: Line, d: LineDate) => line === last && d.end >= line.n.trimEnd().length && /月\s?\d{1,2}$/.test(line.n.trimEnd());
  const dated = lines.map((line) =>
    lineDates(line.n, order, clock.dates).filter(
      (d) =>
        !cut(line, d) &&
        !DATELINE.test(line.n.slice(d.end, d.end + 3)) &&
        // (" date 2020-12-29 CHEYENNE — …" opening the text: a stored page's own date stamp; not "Date: May 1 - May 7", a range.)
        !(line === first && /^\s*date\s$/.test(line.n.slice(0, d.index)) && !/^\s?(?:[-–~～]|to\b|至)/.test(line.n.slice(d.end))) &&
        !(
          d.year === undefined &&
          /^\d/.test(line.n.slice(d.index)) &&
          (NOT_A_DAY.test(line.n.slice(Math.max(0, d.index - 24), d.index)) || /^(?:th)?\s?grades?\b/.test(line.n.slice(d.end)))
        ),
    ),
  );
  // "July 19th" in the summary and "no later than July 19th at 11:59pm" in the rules: an end without
  // a time takes the time another end-mention of the same day states.
  const timed = (x: { d: LineDate; line: Line }): { d: LineDate; line: Line } => {
    if (x.d.hour !== undefined) return x;
    // "June 23: Submissions due at 11:59 PM PDT": the time later in the date's own clause.
    const own =
      TIME_LATER.exec(x.line.n.slice(x.d.end, x.d.end + 48)) ??
      TIME_LATER_ZH.exec(x.line.n.slice(x.d.end, x.d.end + 24)) ??
      TIME_LATER_EU.exec(x.line.n.slice(x.d.end, x.d.end + 100));
    // (Not another role's time: "June 23 (voting ends at 8 pm)".)
    if (own && !OTHER_ROLE.test(own[0])) {
      const h = (Number(own[1]) % 12) + (own[3] === 'p' ? 12 : 0);
      return { d: { ...x.d, hour: own[3] ? h : Number(own[1]), minute: Number(own[2] ?? 0), second: Number(own[4] ?? 0) }, line: x.line };
    }
    for (const line of lines) {
      for (const o of dated[line.i]) {
        if (o.hour === undefined || o.month !== x.d.month || o.day !== x.d.day || (o.year !== undefined && x.d.year !== undefined && o.year !== x.d.year))
          continue;
        // ("請于2021年11月30日22:00前發送": a time "before" which is a deadline.)
        const ends =
          END_KEYWORD.test(line.n.slice(Math.max(0, o.index - 60), o.end + 20)) ||
          BY_DATE.test(line.n.slice(Math.max(0, o.index - 50), o.index)) ||
          BEFORE_AFTER_DATE.test(line.n.slice(o.end));
        if (ends) return { d: { ...o, year: o.year ?? x.d.year }, line };
      }
    }
    return x;
  };
  for (const line of lines) {
    const dts = dated[line.i];
    if (dts.length === 0) continue;
    // "Registration Period:" / "Competition Period:" on a line of its own above its dates: the
    // heading says the dates' role, unless the dates' own line says one.
    const heading = headingAbove(lines, dated, line);
    const keyword = WINDOW_KEYWORD.test(line.n) || (heading !== undefined && WINDOW_KEYWORD.test(heading.n));
    // A lone date's role is in its own clause ("徵稿日期自即日起至111年7月31日止,一律採掛號郵寄報名":
    // the registration by mail is another clause); a range's anywhere on its line.
    const own = dts.length === 1 ? clauseAround(line.n, dts[0]) : line.n;
    const otherRole = OTHER_ROLE.test(own) || (heading !== undefined && !WINDOW_KEYWORD.test(line.n) && OTHER_ROLE.test(heading.n));
    if (dts.length >= 4) {
      // "招募队长:12月14日18:00-12月21日18:00 2)团队组建:…-12月28日18:00 3)交易竞赛:12月28日18:00-1月6日18:00":
      // several ranges on one line, each with its own label before it (from the range before's end).
      // Two dates make a range only when written as one ("…-…", "至"); a date left alone is read as
      // a single in its own clause ("4月22日截止 … 即日起至107年4月22日止 … 揭曉:預定107年5月25日").
      for (let k = 0; k < dts.length;) {
        const [a, b] = [dts[k], dts[k + 1]];
        const from = k === 0 ? 0 : dts[k - 1].end;
        if (b && ((a.range === 'start' && b.range === 'end') || RANGE_SEPARATOR.test(line.n.slice(a.end, b.index)))) {
          const segment = line.n.slice(from, b.end);
          // ("Winner Selection: … one for the period 30 October-14 December, and one for the period 15-28 December": a
          // role said at the line's head holds for a later range that has no label of its own.)
          const inherited = k > 0 && !/[:：]/.test(segment) && OTHER_ROLE.test(line.n.slice(0, dts[0].index));
          const base = baseOf(a, b, true, OTHER_ROLE.test(segment) || inherited, segment);
          // (The first range takes its line's keyword only when no later range has one of its own: "活动介绍:…7月24日-8月1日,
          // 一年一度的车展… 活动时间:7月24日-8月10日".)
          const own = WINDOW_KEYWORD.test(segment) || (k === 0 && keyword && !WINDOW_KEYWORD.test(line.n.slice(b.end)));
          candidates.push({ a, b, line, endLine: line, score: base + (own ? 2 : 0), base });
          k += 2;
        } else {
          if (!OTHER_ROLE.test(aroundOf(line.n, a, from))) singles.push(single(a, line, heading, from));
          k += 1;
        }
      }
      continue;
    }
    if (dts.length >= 2) {
      let [a, b] = dts;
      // "11月16日,…活动正式启动。11月16日至12月31日,参赛者可…": of three dates, the two written as a range.
      const joined = (x: LineDate, y: LineDate) => (x.range === 'start' && y.range === 'end') || RANGE_SEPARATOR.test(line.n.slice(x.end, y.index));
      if (dts.length === 3 && !joined(dts[0], dts[1]) && joined(dts[1], dts[2])) {
        [a, b] = [dts[1], dts[2]];
        if (!OTHER_ROLE.test(clauseAround(line.n, dts[0]))) singles.push(single(dts[0], line, heading));
      }
      const between = line.n.slice(a.end, b.index);
      // "due August 24, 2021 … as of July 28, 2021": two dates in reverse, not written as a range, are read in time order.
      if (
        !RANGE_SEPARATOR.test(between) &&
        b.year !== undefined &&
        a.year !== undefined &&
        Date.UTC(b.year, b.month - 1, b.day) < Date.UTC(a.year, a.month - 1, a.day)
      ) {
        [a, b] = [b, a];
        reversed.add(line);
      }
      // ("2018年7月15日启动,持续到2019年1月15日": a start word, then "until".)
      const written =
        (a.range === 'start' && b.range === 'end') ||
        RANGE_SEPARATOR.test(between) ||
        (BETWEEN_AND.test(between) && BETWEEN.test(line.n.slice(0, a.index))) ||
        /^\s*(?:正式)?(?:启动|开始|开启|起)\s*[,，]?\s*(?:持续|进行|开展|截止)?\s*(?:到|至)\s*$/.test(between);
      // "Deadline extended until December 14th at midnight. You can vote until Monday, December 16th":
      // two dates in two sentences (the stop may end the first date's match: "Thursday 26th February."), not written as a range, are two dates, each with its own role.
      // "The closing date for entries is October 9, with a prize-giving planned for October 20": the
      // second in a clause of its own with another role
      // ("The deadline for submission is 15 February, 2010 and we will notify you by 15 March": a clause joined by "and".)
      const joint = between.search(/[,，;；،]|\s(?:and|جبکہ)\s/);
      // (The first date's clause ends where the second's begins.)
      const aClause = clauseAround(joint >= 0 ? line.n.slice(0, a.end + joint) : line.n, a);
      const ownClauses = joint >= 0 && OTHER_ROLE.test(clauseAround(line.n, b)) && !OTHER_ROLE.test(aClause);
      // "更新時間:2024-04-14    截止日期:2024-05-01": each date under its own label, the first another role's
      // (a listing's update time): the second alone is read.
      if (!written && dts.length === 2 && OTHER_ROLE.test(line.n.slice(Math.max(0, a.index - 12), a.index)) && END_KEYWORD.test(between)) {
        singles.push(single(b, line, heading, a.end));
        continue;
      }
      // ("the closing date for soft-copy entries is 31st December 2013, 2359 hrs, while the deadline for hard-copy
      // submissions is 5th January 2014": two deadlines, set against each other by "while", are no range.)
      const twoEnds =
        /\b(?:while|whereas)\b/.test(between) && END_KEYWORD.test(aClause) && END_KEYWORD.test(clauseAround(line.n, b)) && !START_KEYWORD.test(aClause);
      if (!written && !reversed.has(line) && dts.length === 2 && (SENTENCE_STOP.test(line.n.slice(stopFrom(line.n, a), b.index)) || ownClauses || twoEnds)) {
        for (const d of dts) if (!OTHER_ROLE.test(d === a ? aClause : clauseAround(line.n, d))) singles.push(single(d, line, heading, d === b ? a.end : 0));
        continue;
      }
      const base = baseOf(a, b, written, otherRole, line.n);
      // Two dates not written as a range take "活动时间" from a heading, not from anywhere on their line
      // ("由于活动时间设置,1月15号开始参与…,1月19号开始参加…").
      const said = written ? keyword : heading !== undefined && WINDOW_KEYWORD.test(heading.n);
      // "[活动时间]:…-08月09日" (judging and results included) and "参赛时间:…-08月06日": the entries' period is the window.
      const entries = said && ENTRY_PERIOD.test(line.n.slice(0, a.index));
      // "2、读书活动阶段:5月10日——9月9日。…撰写读书心得。将电子稿发送至…" beside "好书推荐…阶段:4月25日——4月29日": the
      // phase whose line asks for the entries is the entries' period.
      const sending = !otherRole && !entries && SUBMISSION_SAID.test(line.n);
      // (Half a point: it breaks a tie between phases but never makes a range said to be the period.)
      candidates.push({ a, b, line, endLine: line, score: base + (said ? 2 : 0) + (entries ? 1 : sending ? 0.5 : 0), base });
    } else if (!otherRole) singles.push(single(dts[0], line, heading));
    // "报名时间:即日起至2025415日" with no other dates: the sign-up's end, often the entries' too.
    else if (signUpOnly(`${heading?.n ?? ''} ${own}`)) signUps.push(single(dts[0], line, heading));
  }
  // "Wednesday February 13th 2019, 05:17 UTC ~" with the end on the next line: one range.
  for (const s of singles) {
    if (!LINE_ENDS_IN_RANGE.test(s.line.n.slice(s.d.end))) continue;
    const next = singles.find((o) => o.line.i > s.line.i && lines.slice(s.line.i + 1, o.line.i).every((l) => !l.n.trim()));
    if (!next) continue;
    const heading = headingAbove(lines, dated, s.line);
    const keyword = WINDOW_KEYWORD.test(s.line.n) || (heading !== undefined && WINDOW_KEYWORD.test(heading.n));
    const base = 1 + (s.d.hour !== undefined && next.d.hour !== undefined ? 1 : 0);
    candidates.push({ a: s.d, b: next.d, line: s.line, endLine: next.line, score: base + (keyword ? 2 : 0), base });
  }
  let pick: Candidate | undefined;
  for (const c of candidates) if (!pick || c.score > pick.score) pick = c;
  // "📅 活动时间:7月11日 18:00 - 7月15日 22:00" (the campaign), then under "活动一" "📅 活动时间:2025年7月12日 22:00 -
  // 7月15日 22:00" above "在 Gate 广场发布…": the part that asks for the square's posts holds the posts' window.
  // (Not a bonus, early-bird, trading or voting period inside it: those are no entries' window.)
  if (pick) {
    const outer = pick;
    const inner = candidates
      .filter(
        (c) =>
          c !== outer && c.score >= outer.score && inside(c, outer) && !SUB_PERIOD.test(c.line.n) && postsOnSquare(lines, c) && !postsOnSquare(lines, outer),
      )
      .sort((x, y) => y.score - x.score)[0];
    if (inner) {
      notes.warn(
        'window-ambiguous',
        'window',
        `line ${inner.line.i + 1}'s period, where the square's posts are asked for, is read inside the campaign's (line ${outer.line.i + 1}); check it`,
        inner.line,
      );
      pick = inner;
    }
  }
  // The same days said again with their times ("접수기간 2024-08-13 ~ 2024-09-10" and "… 09월 10일(화) 오후 5시"):
  // the end (or start) that knows its time.
  if (pick) {
    for (const c of candidates) {
      if (c === pick || !sameDay(c.a, pick.a) || !sameDay(c.b, pick.b)) continue;
      if (pick.b.hour === undefined && c.b.hour !== undefined) pick = { ...pick, b: { ...c.b, year: c.b.year ?? pick.b.year }, endLine: c.endLine };
      if (pick.a.hour === undefined && c.a.hour !== undefined) pick = { ...pick, a: { ...c.a, year: c.a.year ?? pick.a.year } };
    }
  }
  // "EDIT: The deadline has been extended to Monday, 16th of November!", "延長收件期間至8月5日": the
  // new deadline ends the window (a range on the notice's own line is no range: "延長徵件至8/5 … 2014-07-17 馬祖日報").
  const extended = lines.flatMap((line) =>
    dated[line.i]
      .filter((d) => EXTENDED.test(line.n.slice(Math.max(0, d.index - 40), d.index)) || EXTENDED_FROM.test(line.n.slice(Math.max(0, d.index - 160), d.index)))
      .map((d) => ({ d, line })),
  );
  if (extended.length) {
    const found = extended.find((x) => x.d.year !== undefined) ?? extended[0];
    // "由原定的2021531日,延期至630日": a new date without a year takes the year of the one it replaces.
    const sameLine = dated[found.line.i].find((x) => x.year !== undefined)?.year;
    const ext = found.d.year === undefined && sameLine !== undefined ? { ...found, d: { ...found.d, year: sameLine } } : found;
    const year = ext.d.year ?? pick?.a.year ?? pick?.b.year ?? 2000;
    const sayExtended = () =>
      notes.warn('window-guessed', 'window.end', `the deadline was extended (line ${ext.line.i + 1}): the new deadline ends the window; check it`, ext.line);
    // (A range that holds the notice's date is no range; one before the notice on its line is the first window.)
    const inPick = (x: { d: LineDate }) => pick !== undefined && (x.d === pick.a || x.d === pick.b);
    if (pick && !extended.some(inPick) && dayMs(pick.a, year) < dayMs(ext.d, year)) {
      sayExtended();
      pick = { ...pick, b: { ...ext.d, year: ext.d.year ?? pick.b.year }, endLine: ext.line, score: Math.max(pick.score, 2) };
    } else if (!pick || extended.some(inPick) || pick.score < 2) {
      sayExtended();
      return partialWindow(lines, clock, notes, undefined, timed(ext));
    }
  }
  // "四、活动时间:11月20日—12月3日" and later "截稿日期:11月27日": the deadline inside the event's
  // period ends the entries when the period's last day is another role's ("12月3日公布获奖名单").
  if (pick) {
    const { end } = startAndEnd(singles, false);
    const startYear = pick.a.year ?? pick.b.year ?? 2000;
    const endYear = pick.b.year ?? (pick.b.month < pick.a.month ? startYear + 1 : startYear);
    const from = dayMs(pick.a, startYear);
    const until = dayMs(pick.b, endYear);
    // (A deadline without a year takes the year that puts it inside the period: "12月20日—1月10日", "1月5日".)
    const insideYear = end ? [startYear, endYear].find((y) => from < dayMs(end.d, y) && dayMs(end.d, y) < until) : undefined;
    const b = { ...pick.b, year: endYear };
    // (Only when the period's last day is another role's elsewhere: the results, the judging.)
    const otherRoleEnd = lines.some((l) => l !== pick!.line && l !== pick!.endLine && OTHER_ROLE.test(l.n) && dated[l.i].some((d) => sameDay(d, b)));
    // (Not a period whose own end is said to close the entries: "Entries open 30/10/25 and close … 28 December".)
    if (end && otherRoleEnd && !END_KEYWORD.test(pick.endLine.n) && end.line !== pick.line && end.line !== pick.endLine && insideYear !== undefined) {
      notes.warn(
        'window-guessed',
        'window.end',
        `line ${end.line.i + 1} gives a deadline inside the period of line ${pick.line.i + 1}: the deadline ends the window; check it`,
        end.line,
      );
      // (A year only where the period has one: else the text's or the post's, as for any date.)
      const year = end.d.year ?? (pick.a.year !== undefined || pick.b.year !== undefined ? insideYear : undefined);
      pick = { ...pick, b: { ...end.d, year }, endLine: end.line };
    }
  }
  /** A range whose first date is said to start it ("accepted from the 1st August 2011 and …"). */
  const saidToStart = (p: Candidate) => startSaidBefore(p.line.n, p.a.index, p.a.end);
  // "报名作品须于8月29日前报送…,9月9日在…公布": the first of two dates on a line with another role is a
  // deadline ("前", before it), not a range's start: it ends the window alone.
  if (pick && pick.score < 0 && pick.line === pick.endLine && singles.length === 0 && SEND_BEFORE.test(pick.line.n.slice(pick.a.end)))
    return partialWindow(lines, clock, notes, undefined, timed({ d: pick.a, line: pick.line }));
  // Only ranges with another role (judging, results), or none that says it is the event's period:
  // "開始:…" and "截止:…" lines (or clauses on the range's own line: "The competition begins February 15,
  // 2010. All entries must be received by March 15th … voting … from April 1st through April 20th"),
  // if any, are the window; a deadline alone ("活動時間:2022/7/15 截止")
  // ends it when the ranges all have another role.
  if (pick && pick.score < 2) {
    // Two dates not even written as a range ("1月15号开始参与…,1月19号开始参加…") weigh less than "即日起至…止".
    const loose = pick.base < 1 && pick.score < 1;
    const { start, end } = startAndEnd(singles, loose);
    if (start && end && (start.line.i < end.line.i || (start.line === end.line && (start.line === pick.line || pick.score < 0) && start.d.index < end.d.index)))
      pick = { a: start.d, b: end.d, line: start.line, endLine: end.line, score: 0, base: 0 };
    // ("Deadline: 19 September 2011" over "accepted from the 1st August 2011 and … not … after the 19th
    // September 2011": a range that ends on the deadline's day is the window the deadline ends.)
    else if (end && !start && (pick.score < 0 || loose) && !(sameDay(pick.b, end.d) && saidToStart(pick)))
      return partialWindow(lines, clock, notes, undefined, timed(end));
    else if (start && !end && pick.score < 0) return partialWindow(lines, clock, notes, start, undefined);
  }
  if (!pick) {
    // "開始時間:…" and "結束時間:…" on lines of their own.
    const { start, end } = startAndEnd(singles, true);
    if (start && end) pick = { a: start.d, b: end.d, line: start.line, endLine: end.line, score: 0, base: 0 };
    else if (end) return partialWindow(lines, clock, notes, undefined, timed(end));
    else if (start) return partialWindow(lines, clock, notes, start, undefined);
  }
  // "Power Up must be done on 1 July 2020" (and "July 1st" elsewhere): one day, named again and
  // again and nothing else, is a one-day contest, with a doubt. (Named once, it is more often the
  // page's own date.)
  if (!pick && singles.length >= 2) {
    const day = singles.find((x) => x.d.year !== undefined) ?? singles[0];
    if (singles.every((x) => x.d.month === day.d.month && x.d.day === day.d.day && (x.d.year ?? day.d.year) === day.d.year)) {
      const { offset: zone, line: tzLine, near } = findOffset(lines, day.line, day.line);
      const offset = zoneOn(zone, day.d, clock);
      notes.use(day.line, 'window');
      const whole = { ...day.d, hour: undefined, minute: undefined, second: undefined };
      const start = resolve(whole, 'start', offset, clock, undefined, notes, day.line);
      const end = resolve(whole, 'end', offset, clock, start, notes, day.line);
      recordOffset(offset, tzLine, notes, near);
      notes.find('window.start', start.iso, day.line);
      notes.find('window.end', end.iso, day.line);
      notes.warn('window-guessed', 'window', `the announcement names one day only (line ${day.line.i + 1}): read as a one-day contest; check it`, day.line);
      warnRecurring(lines, notes, true);
      return { start: start.iso, end: end.iso, displayOffset: offset, startYear: start.year };
    }
  }
  if (!pick) {
    // No date that starts or ends the window but the sign-up's: its end, said as a guess (a 征文's "报名" is often the entries' period).
    const { end } = startAndEnd(signUps, true);
    if (end) {
      notes.warn('window-guessed', 'window', `the only dates are the sign-up's (line ${end.line.i + 1}): its end is read as the window's; check it`, end.line);
      return partialWindow(lines, clock, notes, undefined, timed(end));
    }
  }
  if (!pick) return noWindow(lines, clock, notes);
  const unsupported = pick.score < 0 || (pick.score < 2 && candidates.length + singles.length > 1);
  if (unsupported && candidates.includes(pick)) {
    // No "Event period" on or above the line, and other dates in the text (or the line names another
    // role): the range may be another one (judging, a rule's date).
    notes.warn(
      'window-guessed',
      'window',
      `line ${pick.line.i + 1} has a date range but does not say it is the contest's period: check that it is the window`,
      pick.line,
    );
  }
  if (reversed.has(pick.line) && pick.line === pick.endLine) {
    notes.warn(
      'window-guessed',
      'window',
      `line ${pick.line.i + 1} names two dates, the later first, not as a range: the earlier is read as the start; check it`,
      pick.line,
    );
  }
  if (pick.a.orderAssumed || pick.b.orderAssumed) {
    notes.warn(
      'date-order-assumed',
      'window',
      `the dates are numbers that read either day-first or month-first, and the announcement never says which: read month-first; check them`,
      pick.line,
    );
  }

  // "Round 1: March 1 - March 31 … Round 6: August 1 - August 31": the contest spans its rounds
  // (a table's rows included, though only its first row sits under the "Time" header).
  const rounds = candidates.filter((c) => c.base === pick!.base && ROUND.test(c.line.n));
  if (rounds.length >= 2 && rounds.includes(pick)) {
    const [first, last] = [rounds[0], rounds[rounds.length - 1]];
    pick = { a: first.a, b: last.b, line: first.line, endLine: last.line, score: pick.score, base: pick.base };
    notes.warn(
      'window-recurring',
      'window',
      `the contest runs in ${rounds.length} rounds (lines ${first.line.i + 1}–${last.line.i + 1}): the window spans them all; each round has its own end`,
      first.line,
    );
  }
  // "预热期:6月4日 17:00——6月4日 20:00" then "挖矿期:6月4日 20:00——6月14日 20:00": phases back to
  // back, each starting when the one before ends, are one event; the window spans them, with a doubt.
  if (candidates.includes(pick) && rounds.length < 2) {
    const same = (x: LineDate, y: LineDate) =>
      x.month === y.month && x.day === y.day && x.hour === y.hour && x.minute === y.minute && (x.year ?? y.year) === (y.year ?? x.year);
    let last = pick;
    for (;;) {
      // (Not a review or voting period that starts when taking part ends: a phase with another role.)
      const next = candidates.find((c) => c.line.i > last.endLine.i && c.line.i <= last.endLine.i + 2 && c.base >= 0 && same(c.a, last.b));
      if (!next) break;
      last = next;
    }
    if (last !== pick) {
      notes.warn(
        'window-ambiguous',
        'window',
        `lines ${pick.line.i + 1}–${last.endLine.i + 1} are phases back to back: the window spans them; check whether only one phase counts`,
        pick.line,
      );
      pick = { ...pick, b: last.b, endLine: last.endLine };
    }
  }
  // "招募队长:12月14日18:00-12月21日18:00 … 交易竞赛:12月28日18:00-1月6日18:00" on one line: several ranges, one read.
  // (Said once: the ranges of that line that are as likely as the one read.)
  const onLine = dated[pick.line.i].length;
  const rivalsOnLine = candidates.filter((c) => c !== pick && c.line === pick!.line && c.score >= pick!.score).length;
  if (candidates.includes(pick) && pick.line === pick.endLine && onLine >= 4 && rounds.length < 2 && (rivalsOnLine > 0 || pick.score < 2)) {
    notes.warn('window-ambiguous', 'window', `line ${pick.line.i + 1} has ${onLine} dates: the window is read from one of its ranges; check it`, pick.line);
  }
  const others = candidates.filter((c) => c !== pick && c.line !== pick!.line && !rounds.includes(c) && c.score >= pick!.score);
  if (others.length) {
    notes.warn('window-ambiguous', 'window', `${others.length + 1} date ranges found: the window is read from line ${pick.line.i + 1}`, pick.line);
  }
  const closing = timed({ d: pick.b, line: pick.endLine });
  pick = { ...pick, b: closing.d, endLine: closing.line };
  notes.use(pick.line, 'window');
  notes.use(pick.endLine, 'window');
  const { offset: zone, line: tzLine, near } = findOffset(lines, pick.line, pick.endLine);
  // "Aug 7 – Aug 12, 2025": the year written at the end serves the start too.
  let a = pick.a;
  if (a.year === undefined && pick.b.year !== undefined) {
    const sameYear = Date.UTC(pick.b.year, a.month - 1, a.day) <= Date.UTC(pick.b.year, pick.b.month - 1, pick.b.day);
    a = { ...a, year: sameYear ? pick.b.year : pick.b.year - 1 };
  }
  // "PT": -08:00 in winter, -07:00 in summer, each end its own ("March 5 – April 6 (PT)").
  const offset = zoneOn(zone, a, clock);
  const start = resolve(a, 'start', offset, clock, undefined, notes, pick.line);
  const end = resolve(pick.b, 'end', zoneOn(zone, { ...pick.b, year: pick.b.year ?? start.year }, clock), clock, start, notes, pick.endLine);
  recordOffset(offset, tzLine, notes, near);
  notes.find('window.start', start.iso, pick.line);
  notes.find('window.end', end.iso, pick.endLine);
  if (end.ms <= start.ms) {
    notes.warn('window-reversed', 'window.end', `the end ${end.iso} is not after the start ${start.iso}`, pick.endLine);
  }
  warnRecurring(lines, notes, true);
  return { start: start.iso, end: end.iso, displayOffset: offset, startYear: start.year };
}

/** A range's score before any "Event period" keyword: written as a range, both times given, another role (or years apart), a round. */
function baseOf(a: LineDate, b: LineDate, written: boolean, otherRole: boolean, text: string): number {
  // "(October 27, 1976 - October 27, 2024)": years apart, an anniversary or a life, no contest.
  const ages = a.year !== undefined && b.year !== undefined && b.year - a.year >= 2;
  // ("2014-04-05 - 2014-04-05": one day twice with no times, a page's stamp more often than a period, is the weakest range.)
  const oneDay = a.year === b.year && sameDay(a, b) && a.hour === undefined && b.hour === undefined;
  return (
    (written && !oneDay ? 1 : 0) -
    (oneDay ? 1 : 0) +
    (a.hour !== undefined && b.hour !== undefined ? 1 : 0) -
    (otherRole || ages ? 3 : 0) -
    (ROUND.test(text) ? 1 : 0)
  );
}

/**
 * A date alone on its line, or in its own part of it. `near`: the line's heading if it has one
 * ("Submissions close" / "October 15, 2024"), the line up to the date and the rest of the date's
 * clause, where a start or an end is said ("April 20, 11:59 PM EST: Submissions close" ends; "date
 * 2025-06-30 Houston, we have a deadline!" does not).
 */
interface Single {
  d: LineDate;
  line: Line;
  near: string;
}

function single(d: LineDate, line: Line, heading: Line | undefined, from = 0): Single {
  const around = aroundOf(line.n, d, from);
  return { d, line, near: heading ? `${heading.n} ${around}` : around };
}

/** Right before a date's bracket: a deadline's word, so the bracket is no aside ("by (end of March 2027)"). */
const BY_BRACKET = /\b(?:by|until|till|before|deadline|due|closes?|closing)\s*[:：]?\s*[(（]\s?$/;

/**
 * The words a date's role is said in: its line before it (from `from`, the date before it) and the
 * rest of its clause after it, up to a stop or the next list item ("… 4月22日止(以郵戳為憑) 九、揭曉").
 */
function aroundOf(n: string, d: LineDate, from: number): string {
  const after = /^[^,，。;；!！?？]{0,40}/.exec(n.slice(d.end))![0].split(/\.\s|\s(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、)])/)[0];
  // ("European Money Week (end of March 2020)": the month's end an aside names is no deadline's word.)
  // (Not "by (end of March 2027)": a deadline's word before the bracket makes it the deadline.)
  const aside = /[(（]\s?$/.test(n.slice(Math.max(0, d.index - 2), d.index)) && !BY_BRACKET.test(n.slice(Math.max(0, d.index - 24), d.index));
  const own = aside ? n.slice(d.index, d.end).replace(/^end\s+of\b/, (w) => ' '.repeat(w.length)) : n.slice(d.index, d.end);
  return n.slice(from, d.index) + own + after;
}

/** Where a sentence stop after a date may be: its match's last character when that is a full stop ("February.", "26th.", not "a.m."). */
const stopFrom = (n: string, d: LineDate) => (/(?:\d[a-z]*|[a-z]{3,})\.$/.test(n.slice(d.index, d.end)) ? d.end - 1 : d.end);

/** The clause of a folded line that holds a date: from the stop before it to the stop after it. */
function clauseAround(n: string, d: LineDate): string {
  const STOPS = [',', '，', '。', ';', '；', '. ', '! ', '? '];
  const from = Math.max(...STOPS.map((c) => n.lastIndexOf(c, d.index - 1))) + 1;
  // After the date, an aside in brackets is another clause ("截稿日期爲111年12月10日(一律線上報名投稿…").
  // (A stop may end the date's own match: "The deadline is Thursday 26th February. The top 50 …".)
  const stops = [...STOPS, '(', '（'].map((c) => n.indexOf(c, stopFrom(n, d))).filter((i) => i >= 0);
  return n.slice(from, stops.length ? Math.min(...stops) : n.length);
}

/**
 * The nearest line above `line`, past blank ones (at most two), if it is a label: no date, and a
 * colon at its end or a few words ("Submissions open", "Competition Period", "活動時間:"), not a title.
 */
function headingAbove(lines: Line[], dated: LineDate[][], line: Line): Line | undefined {
  for (let k = line.i - 1; k >= 0 && k >= line.i - 3; k--) {
    const t = lines[k].text.trim();
    if (!t) continue;
    // (A short line with a number is a sentence, not a label: "下月15截止报名".)
    const label = /[:：]$/.test(t) || (t.length <= 30 && !/\d/.test(t) && t.split(/\s+/).length <= 4 && (t.match(/[\u3400-\u9fff]/g) ?? []).length <= 8);
    return dated[k].length === 0 && label ? lines[k] : undefined;
  }
  return undefined;
}

/**
 * A start's word right before a date ("contados a partir de hoxe luns, día 2 de abril", "accepted
 * from the 1st August 2011", "od 27. 2."), and no end's word between them. Not "开始" or "부터": in
 * Chinese and Korean a start's word follows its date, and one before a date ends the clause before
 * it ("2021年4月中下旬开始,5月15日截止").
 */
function startSaidBefore(n: string, index: number, end: number): boolean {
  const said = n.slice(Math.max(0, index - 30), index);
  // ("Start writing now — 31 January 2027 is the deadline": the date's own clause ends something.)
  // (Up to the next date or "and": "opens on Monday, November 2 and closes Wednesday, December 2".)
  if (END_KEYWORD.test(/^[^,，。;；.!?\d]{0,40}/.exec(n.slice(end))![0].split(/\s(?:and|und|et|y|e|i|og|och)\s/)[0])) return false;
  // (With the date's first characters: "od 27. 2." is "od" before a number.)
  const word = START_KEYWORD.exec(n.slice(Math.max(0, index - 30), index + 2))?.[0];
  const from = FROM_BEFORE.test(n.slice(Math.max(0, index - 40), index));
  return (from || (word !== undefined && !/[\u3040-\u9fff\uac00-\ud7af]/.test(word))) && !END_KEYWORD.test(said);
}

/** A bonus, early-bird, trading or voting period: a part of a campaign that is no entries' window. */
const SUB_PERIOD = /bonus|early[\s-]?bird|double\s+points|加成|加倍|双倍|早鸟|交易|trading|投票|vot(?:e|ing)/;

/** A range's line or the two lines below it, in its own part (up to the next "活动一" heading), ask for the square's posts. */
function postsOnSquare(lines: Line[], c: { line: Line; endLine: Line }): boolean {
  const below = lines.slice(c.endLine.i + 1, c.endLine.i + 3);
  const part = below.findIndex((l) => PART_HEADING.test(l.n.trim()));
  return [...lines.slice(c.line.i, c.endLine.i + 1), ...(part < 0 ? below : below.slice(0, part))].some((l) => SQUARE_POSTING.test(l.n));
}

/** Range `c` lies within range `o` (month, day and time; a year is compared only where both give it). */
function inside(c: { a: LineDate; b: LineDate }, o: { a: LineDate; b: LineDate }): boolean {
  // (`x`'s moment, its year only where `other` gives one too.)
  const at = (x: LineDate, other: LineDate) =>
    Date.UTC(x.year !== undefined && other.year !== undefined ? x.year : 2001, x.month - 1, x.day, x.hour ?? 0, x.minute ?? 0);
  const [ca, oa, cb, ob] = [at(c.a, o.a), at(o.a, c.a), at(c.b, o.b), at(o.b, c.b)];
  return ca >= oa && cb <= ob && (ca !== oa || cb !== ob);
}

/** A date's day as UTC milliseconds, `year` where it has none. */
function dayMs(d: LineDate, year: number): number {
  return Date.UTC(d.year ?? year, d.month - 1, d.day);
}

/** The same calendar day (a year missing on either side matches any). */
function sameDay(x: LineDate, y: LineDate): boolean {
  return x.month === y.month && x.day === y.day && (x.year === undefined || y.year === undefined || x.year === y.year);
}

/**
 * The single dates that say they start or end the window ("開始時間:…", "截止:…"); with
 * `fromNow`, "即日起至…" ends it too (its start is the post's day, which the text does not give).
 */
function startAndEnd<T extends Single>(singles: T[], fromNow: boolean): { start?: T; end?: T } {
  // "2022年12月12日起,结束时间待定": an end still to be announced ends nothing.
  const ends = (n: string) => (END_KEYWORD.test(n) && !END_TBD.test(n)) || (fromNow && FROM_NOW.test(n));
  // "上傳作品日期: 2023 年 6 月 7 日 晚上 11 點 59 分前": a date "before" which is a deadline; "收件日期至…5月31日止" one it stops at.
  // "at any time before 27 Nov 2017", "by midnight on August 31", "due 8/31": likewise.
  const before = (s: T) =>
    BEFORE_AFTER_DATE.test(s.line.n.slice(s.d.end)) ||
    /^\s?止/.test(s.line.n.slice(s.d.end)) ||
    BY_DATE.test(s.line.n.slice(Math.max(0, s.d.index - 50), s.d.index)) ||
    // "征文时间:至2021年6月30日": "至" (until) right before it.
    /(?:^|[^截])至\s?$/.test(s.line.n.slice(Math.max(0, s.d.index - 3), s.d.index));
  // "O prazo … estará aberto durante 15 días hábiles contados a partir de hoxe luns, día 2 de abril":
  // a start's word right before the date makes it the start, whatever else its line says.
  const startsRightBefore = (s: T) => startSaidBefore(s.line.n, s.d.index, s.d.end);
  const ending = singles.filter((s) => (ends(s.near) && !startsRightBefore(s)) || before(s));
  // The same day said twice ("4月22日截止", "即日起至107年4月22日止"): the mention that knows more (a year, a time).
  const knowsMore = (x: T) => (x.d.year !== undefined ? 1 : 0) + (x.d.hour !== undefined ? 2 : 0);
  const end = ending
    .filter((s) => s.d.month === ending[0].d.month && s.d.day === ending[0].d.day)
    .reduce<T | undefined>((best, s) => (!best || knowsMore(s) > knowsMore(best) ? s : best), undefined);
  const starts = (s: T) => START_KEYWORD.test(s.near) || FROM_BEFORE.test(s.line.n.slice(Math.max(0, s.d.index - 40), s.d.index));
  // ("From now until 11:59pm EST on Thursday, June 14th": the start is the post's day, not a later "launch date".)
  const start =
    end && FROM_NOW.test(end.near) ? undefined : singles.find((s) => s !== end && (startsRightBefore(s) || (starts(s) && !ends(s.near))) && !before(s));
  // Dutch "vóór 1 april", "tot 1 februari" (not "tot en met"): the day named is not in the window, which ends at its 00:00.
  const exclusive = end && end.d.hour === undefined && DUTCH_BEFORE.test(end.line.n.slice(Math.max(0, end.d.index - 30), end.d.index));
  return { start, end: exclusive ? { ...end, d: { ...end.d, hour: 0, minute: 0, second: 0 } } : end };
}
const DUTCH_BEFORE = /\b(?:v[oó]{2}r|tot)\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag,?\s+)?$/;

function partialWindow(
  lines: Line[],
  clock: Clock,
  notes: Notes,
  startRead: { d: WallTime; line: Line } | undefined,
  endRead: { d: WallTime; line: Line } | undefined,
): WindowRead {
  warnRecurring(lines, notes, true);
  const anchor = startRead?.line ?? endRead?.line;
  const { offset: zone, line: tzLine, near } = anchor ? findOffset(lines, anchor, anchor) : { offset: ASSUMED_OFFSET, line: undefined, near: true };
  const offset = zoneOn(zone, (startRead ?? endRead)!.d, clock);
  if (startRead) {
    notes.use(startRead.line, 'window');
    const start = resolve(startRead.d, 'start', offset, clock, undefined, notes, startRead.line);
    recordOffset(offset, tzLine, notes, near);
    notes.find('window.start', start.iso, startRead.line);
    // "will start on 21 November 2018, and will run for 90 days", "为期30天": the end is the start plus that.
    const later = lines.slice(startRead.line.i + 1, startRead.line.i + 5).find((l) => HAVE_TIME.test(l.n));
    const lasts = LASTS.exec(startRead.line.n.slice(startRead.d.end)) ?? (later && HAVE_TIME.exec(later.n));
    if (lasts) {
      const n = Number(lasts[1] ?? lasts[3]);
      const unit = lasts[2] ?? lasts[4];
      const ms = n * (/^(?:week|周|星期)/.test(unit) ? WEEK : /^(?:hour|小时)/.test(unit) ? 3_600_000 : DAY);
      const end = isoFromMs(start.ms + ms, offset);
      notes.find('window.end', end, startRead.line);
      notes.warn('window-guessed', 'window.end', `the end is ${n} ${unit} after the start ("${lasts[0].trim()}"): check it`, startRead.line);
      return { start: start.iso, end, displayOffset: offset, startYear: start.year };
    }
    const end = isoFromMs(start.ms + WEEK, offset);
    notes.miss('window.end', end, 'no end of the window found: a week after the start is a placeholder');
    return { start: start.iso, end, displayOffset: offset, startYear: start.year };
  }
  notes.use(endRead!.line, 'window');
  const end = resolve(endRead!.d, 'end', offset, clock, undefined, notes, endRead!.line);
  recordOffset(offset, tzLine, notes, near);
  notes.find('window.end', end.iso, endRead!.line);
  // "for the month of July (valid until July 31, 2018)", "7月整月", "从12月起 … 截止日期为2015年3月20日": a start
  // given as a month alone is its first day, the last such month before the end (a doubt: the day is not written).
  const named = monthAsStart(lines, endRead!.d.month);
  if (named) {
    const endYear = yearAt(end.ms - 1, offset);
    const startYear = named.month <= endRead!.d.month ? endYear : endYear - 1;
    const start = isoOf(startYear, named.month, 1, 0, 0, 0, offset);
    if (named.month >= 1 && named.month <= 12 && Date.parse(start) < end.ms) {
      notes.find('window.start', start, named.line);
      notes.warn('window-guessed', 'window.start', `the start is the first of the month the announcement names ("${named.said}"): check it`, named.line);
      return { start, end: end.iso, displayOffset: offset, startYear };
    }
  }
  const startMs = Math.min(end.ms - DAY, clock.now);
  const start = isoFromMs(Math.floor(startMs / 60_000) * 60_000, offset);
  notes.miss(
    'window.start',
    start,
    FROM_NOW.test(endRead!.line.n)
      ? `the window starts when the announcement was posted ("${FROM_NOW.exec(endRead!.line.n)![0]}"): set that day as the start`
      : 'no start of the window found: a placeholder is set',
  );
  return { start, end: end.iso, displayOffset: offset, startYear: yearAt(startMs, offset) };
}

/** No dates: today 00:00 for a week, in the assumed zone, all three fields missing. */
function noWindow(lines: Line[], clock: Clock, notes: Notes): WindowRead {
  const offset = ASSUMED_OFFSET;
  const day = new Date(clock.now + offsetMinutes(offset) * 60_000);
  const start = isoOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 0, 0, 0, offset);
  const end = isoFromMs(Date.parse(start) + WEEK, offset);
  notes.miss('window.start', start, 'no contest window found: set the start');
  notes.miss('window.end', end, 'no contest window found: set the end');
  notes.miss('window.displayOffset', offset, `no time zone found: ${offsetLabel(offset)} assumed`);
  let open: Line | undefined;
  for (const re of OPEN_ENDED) open ??= lines.find((l) => re.test(l.n));
  if (!open) warnRecurring(lines, notes, false);
  if (open) {
    notes.warn(
      'window-open-ended',
      'window.end',
      'the announcement gives no dates, only that the event is ongoing or recurring: the window is a placeholder; set the end the countdown should use',
      open,
    );
  }
  return { start, end, displayOffset: offset, startYear: day.getUTCFullYear() };
}

/**
 * Say that the contest recurs ("每日話題", "every Monday", "10 consecutive days"): with dates read,
 * they may be the whole series' or one round's; without, each round's window is the writer's to set.
 */
function warnRecurring(lines: Line[], notes: Notes, dated: boolean): void {
  const line = lines.find((l) => RECURRING.test(l.n));
  if (!line) return;
  const what = RECURRING.exec(line.n)![0];
  notes.warn(
    'window-recurring',
    'window',
    dated
      ? `the contest recurs ("${what}"): the window read may be the whole series or one round; check it`
      : `the contest recurs ("${what}") and gives no dates: each round has its own window; set the one you are writing for`,
    line,
  );
}

/** A zone's offset on a date (dates.ts's zoneOffsetOn); a date without a year takes the post's, else now's. */
function zoneOn(zone: string, d: WallTime, clock: Clock): string {
  return zoneOffsetOn(zone, { ...d, year: d.year ?? yearAt(clock.published ?? clock.now, 'Z') });
}

/** The zone on the window's line(s), else next to them, else anywhere in the text. */
function findOffset(lines: Line[], first: Line, last: Line): { offset: string; line?: Line; near: boolean } {
  const around = [first, last, lines[last.i + 1], lines[first.i - 1]].filter((l): l is Line => Boolean(l));
  for (const line of [...around, ...lines]) {
    // Away from the window, a publication stamp's zone ("2021-12-16 01:48:20 UTC 5755364") is the page's, not the contest's.
    if (!around.includes(line) && STAMP.test(line.n)) continue;
    const offset = offsetIn(line.n);
    if (offset) return { offset, line, near: around.includes(line) };
  }
  return { offset: ASSUMED_OFFSET, near: true };
}

/**
 * The zone as found. One stated only away from the window (a publication timestamp's "UTC", another
 * section's time) may not be the window's: kept, with a doubt.
 */
function recordOffset(offset: string, line: Line | undefined, notes: Notes, near: boolean): void {
  if (!line) {
    notes.miss('window.displayOffset', offset, `no time zone stated: ${offsetLabel(offset)} assumed`);
    notes.warn('timezone-assumed', 'window.displayOffset', `no time zone stated; assumed ${offsetLabel(offset)}`);
    return;
  }
  notes.find('window.displayOffset', offset, line);
  if (!near) {
    notes.warn(
      'timezone-assumed',
      'window.displayOffset',
      `the window states no time zone; ${offsetLabel(offset)} is taken from line ${line.i + 1}, away from it: check it`,
      line,
    );
  }
}

/** The year of a date the text gives without one (and no other date of the window gives). */
function yearFor(d: WallTime, which: 'start' | 'end', offset: string, clock: TextClock, notes: Notes, line: Line): number {
  if (clock.published !== undefined) {
    // The post's year, the one before ("12月28日" posted on 2 January) or the one after ("1月5日"
    // posted on 28 December): whichever puts the date nearest the post (never more than half a year
    // away: a window some weeks before the post is one the post looks back on, not next year's).
    const published = clock.published;
    const year = yearAt(published, offset);
    const distance = (y: number) => Math.abs(Date.parse(isoOf(y, d.month, d.day, 0, 0, 0, offset)) - published);
    return [year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
  }
  // A year the text writes elsewhere ("… June, 11th … June, 30" under "Meme Contest 2023"): likelier
  // than today's, and still a doubt. The year written most often ("2018 Competition" three times,
  // "written between January 1 and December 31, 2017" once), then the one nearest the window's line.
  const years = clock.years ?? [];
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
  const count = (year: number) => counts.get(year)!;
  const near = years.reduce<{ line: number; year: number } | undefined>(
    (best, y) =>
      !best || count(y.year) > count(best.year) || (count(y.year) === count(best.year) && Math.abs(y.line - line.i) < Math.abs(best.line - line.i)) ? y : best,
    undefined,
  );
  if (near) {
    notes.warn('year-assumed', `window.${which}`, `no year stated with the window; took ${near.year} from line ${near.line + 1}`, line);
    return near.year;
  }
  const year = yearAt(clock.now, offset);
  notes.warn('year-assumed', `window.${which}`, `no year stated; took ${year} from the current date`, line);
  return year;
}

function resolve(
  d: WallTime,
  which: 'start' | 'end',
  offset: string,
  clock: TextClock,
  start: { ms: number; year: number } | undefined,
  notes: Notes,
  line: Line,
): { iso: string; ms: number; year: number } {
  let year = d.year ?? (start ? start.year : yearFor(d, which, offset, clock, notes, line));
  let hour = d.hour;
  let minute = d.minute ?? 0;
  const second = d.second ?? 0;
  if (hour === undefined) {
    hour = which === 'start' ? 0 : 24;
    minute = 0;
    notes.warn(
      'time-assumed',
      `window.${which}`,
      which === 'start' ? 'no start time stated; 00:00 assumed' : 'no end time stated; the end of that day (24:00) assumed',
      line,
    );
  }
  let iso = isoOf(year, d.month, d.day, hour, minute, second, offset);
  let ms = Date.parse(iso);
  // "12月28日 – 1月5日": an end without a year before its start is in the next year.
  if (start && d.year === undefined && ms <= start.ms) {
    year += 1;
    iso = isoOf(year, d.month, d.day, hour, minute, second, offset);
    ms = Date.parse(iso);
  }
  if (which === 'end' && hour === 23 && minute === 59) {
    notes.warn(
      'end-before-midnight',
      'window.end',
      `the end is stated as 23:59${second ? `:${pad2(second)}` : ''}: kept as stated (the window closes then, not at midnight)`,
      line,
    );
  }
  return { iso, ms, year };
}
