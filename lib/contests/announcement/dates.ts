/**
 * Dates, times and zones as announcements write them, on folded lines (lower case, Simplified):
 * "2025年8月7日 17:00", "2025/12/31 18:00", "Aug 18, 2025, 10:00", "7 August 2025, 9:00 AM",
 * "August 11 – 20, 2025" (one month and year for both ends), "(UTC)", "(UTC+8)", "北京时间".
 * Each run of spaces has one place to go in every pattern (two `\s*` side by side split a long
 * run every possible way: quadratic).
 */
import { gregorianOf } from './calendars';
import { cnNumber } from './numbers';
import { offsetMinutes, wallClockToIso } from '../phase';

export interface WallTime {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  index: number;
  end: number;
  /** Numbers that read either way ("07-05-2025"): the text's day order decided them. */
  eitherOrder?: boolean;
}

/** Urdu months ("10 دسمبر", "10/ اکتوبر 2021"). */
const URDU_MONTHS: readonly string[] = ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'];
/** Sinhala months ("2023 මාර්තු 31"), each also without the joiner a stored page may have lost ("අප්රේල්"). */
const SINHALA_MONTHS: readonly string[] = [
  'ජනවාරි',
  'පෙබරවාරි',
  'මාර්තු',
  'අප\u0dca\u200dරේල්',
  'මැයි',
  'ජූනි',
  'ජූලි',
  'අගෝස්තු',
  'සැප්තැම්බර්',
  'ඔක්තෝබර්',
  'නොවැම්බර්',
  'දෙසැම්බර්',
];
/**
 * A month's name: English, with its abbreviations, and in full the Indonesian, Spanish, Portuguese,
 * German and Turkish names Gate's squares in those languages write ("6 Desember 2023", "2 de mayo de
 * 2025", "1º de março", "21. August", "26 Mart 2021"), the French, Italian, Polish, Dutch, Czech,
 * Romanian, Malay, Filipino and Thai ones ("29 janvier", "30 settembre", "23 października", "15 Ogos",
 * "20 มิถุนายน 2567", "28 يناير 2026"), and the
 * Russian, Ukrainian and Bulgarian ones ("30 июня", "31 березня", "30-ти юни"); those first, so "mayıs" is
 * not read as "may".
 */
/**
 * Finnish (nominative and partitive: "31. joulukuuta 2016"), Lithuanian (genitive: "2018 m. kovo 11 d."),
 * Latvian (nominative, genitive, dative and locative: "2026. gada 9. februārim") and Estonian months, by
 * month: no three letters of theirs can be trusted to another language's month (Finnish marraskuu is
 * November, Estonian juuni and juuli share theirs). And Bengali's ("৩১ আগস্ট ২০২১").
 * (Marathi ('ऑगस्ट'), Estonian's 'by July' forms ('juuliks'), Welsh ('tachwedd', 'ebrill'; not
 * 'mawrth', 'medi' or 'mai', which are other words too: "dydd Mawrth" is Tuesday), Albanian's
 * ('nëntor', 'nëntorit'), Estonian's 'in June' forms ('juunil') and Icelandic's first: 'janúar' is
 * no 'jan' and a rest.
 */
const NORTHERN_MONTHS: readonly string[][] = [
  [
    'जानेवारी',
    'jaanuariks',
    'janarit',
    'janar',
    'jaanuaril',
    'janúar',
    'tammikuu',
    'tammikuuta',
    'sausio',
    'janvāris',
    'janvāra',
    'janvārim',
    'janvārī',
    'jaanuar',
    'জানুয়ারি',
    'জানুয়ারী',
    'ionawr',
    'januaro',
    'jannar',
    'januarie',
  ],
  [
    'फेब्रुवारी',
    'veebruariks',
    'shkurtit',
    'shkurt',
    'veebruaril',
    'febrúar',
    'helmikuu',
    'helmikuuta',
    'vasario',
    'februāris',
    'februāra',
    'februārim',
    'februārī',
    'veebruar',
    'ফেব্রুয়ারি',
    'ফেব্রুয়ারী',
    'chwefror',
    'februaro',
    'frar',
  ],
  ['märtsiks', 'marsit', 'märtsil', 'maaliskuu', 'maaliskuuta', 'kovo', 'marts', 'martam', 'martā', 'märts', 'মার্চ', 'marto', 'marzu'],
  [
    'एप्रिल',
    'aprilliks',
    'prillit',
    'prill',
    'aprillil',
    'apríl',
    'huhtikuu',
    'huhtikuuta',
    'balandžio',
    'aprīlis',
    'aprīļa',
    'aprīlim',
    'aprīlī',
    'aprill',
    'এপ্রিল',
    'ebrill',
    'aprilo',
  ],
  ['maiks', 'majit', 'maí', 'toukokuu', 'toukokuuta', 'gegužės', 'maijs', 'maija', 'maijam', 'maijā', 'মে', 'majo', 'mejju'],
  [
    'juuniks',
    'qershorit',
    'qershor',
    'juunil',
    'júní',
    'kesäkuu',
    'kesäkuuta',
    'birželio',
    'jūnijs',
    'jūnija',
    'jūnijam',
    'jūnijā',
    'juuni',
    'জুন',
    'mehefin',
    'ġunju',
    'gunju',
    'junie',
  ],
  [
    'जुलै',
    'juuliks',
    'korrikut',
    'korrik',
    'juulil',
    'júlí',
    'heinäkuu',
    'heinäkuuta',
    'liepos',
    'jūlijs',
    'jūlija',
    'jūlijam',
    'jūlijā',
    'juuli',
    'জুলাই',
    'gorffennaf',
    'lulju',
  ],
  [
    'ऑगस्ट',
    'augustiks',
    'gushtit',
    'gusht',
    'augustil',
    'ágúst',
    'elokuu',
    'elokuuta',
    'rugpjūčio',
    'augusts',
    'augustam',
    'augustā',
    'আগস্ট',
    'আগষ্ট',
    'awst',
    'aŭgusto',
    'awwissu',
  ],
  [
    'सप्टेंबर',
    'septembriks',
    'shtatorit',
    'shtator',
    'septembril',
    'syyskuu',
    'syyskuuta',
    'rugsėjo',
    'septembris',
    'septembrim',
    'septembrī',
    'সেপ্টেম্বর',
    'septembro',
    'settembru',
  ],
  [
    'ऑक्टोबर',
    'oktoobriks',
    'tetorit',
    'tetor',
    'oktoobril',
    'lokakuu',
    'lokakuuta',
    'spalio',
    'oktobris',
    'oktobrim',
    'oktobrī',
    'oktoober',
    'অক্টোবর',
    'hydref',
    'oktobro',
    'ottubru',
  ],
  [
    'नोव्हेंबर',
    'novembriks',
    'nëntorit',
    'nëntor',
    'novembril',
    'nóvember',
    'marraskuu',
    'marraskuuta',
    'lapkričio',
    'novembris',
    'novembrim',
    'novembrī',
    'নভেম্বর',
    'tachwedd',
    'novembru',
  ],
  [
    'डिसेंबर',
    'detsembriks',
    'dhjetorit',
    'dhjetor',
    'detsembril',
    'joulukuu',
    'joulukuuta',
    'gruodžio',
    'decembris',
    'decembrim',
    'decembrī',
    'detsember',
    'ডিসেম্বর',
    'rhagfyr',
    'decembro',
    'diċembru',
    'dicembru',
  ],
].map((names, i) => [...new Set([...names, SINHALA_MONTHS[i], SINHALA_MONTHS[i].replace(/\u200d/g, ''), URDU_MONTHS[i]])]);
/** An English month's name (no "8.martam"-like glue after a day's dot for it: "version 2.may be"). */
const ENGLISH_MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_NAME = String.raw`(${NORTHERN_MONTHS.flat().join('|')}|januara|februara|marta|aprila|juna|jula|avgusta|augusta|septembra|oktobra|novembra|decembra|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|studenog|prosinca|gener|febrer|març|maig|juny|juliol|agost|setembre|desembre|जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|يناير|ماي|يوليوز|غشت|شتنبر|نونبر|دجنبر|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|maart|augustus|augusti|maj|január|február|március|április|május|június|július|augusztus|szeptember|október|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|julai|ogos|disember|mac|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|januari|februari|maret|mei|juni|juli|agustus|oktober|nopember|desember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|μαίου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|jänner|januar|februar|märz|maerz|mai|dezember|ocak|şubat|mart|n[iİ]san|may[ıi]s|haziran|temmuz|ağustos|eylül|ekim|kas[ıi]m|aral[ıi]k|${ENGLISH_MONTH})`;
/** The Levantine month names an Arabic text may add after the Western one ("15 من نوفمبر/ تشرين الثاني 2016"). */
const LEVANTINE_MONTH = '(?:كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول)';
/** The Solar Hijri months, with Persian yeh; texts also write the Arabic one (ي), which the pattern and the lookup accept. */
const PERSIAN_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const PERSIAN_MONTH = PERSIAN_MONTHS.map((name) => name.replace(/ی/g, '[یي]')).join('|');
const persianMonthOf = (name: string) => PERSIAN_MONTHS.indexOf(name.replace(/ي/g, 'ی')) + 1;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Each month's names in the other languages, by their first three letters where those are not the English ones'. */
const OTHER_MONTH_STARTS = [
  'oca ene янв яну січ gen sty led ian sij',
  'fev şub фев лют fév lut úno peb vel',
  'mär mae мар бер maa bře már mac ožu',
  'abr nis nİs апр кві avr kwi dub ápr tra',
  'mei mai мая май тра mag maj kvě máj svi',
  'haz июн юни чер giu cze iun hun jún',
  'tem июл юли лип lug lip iul hul júl',
  'agu ago ağu авг сер aoû aou sie srp ogo kol avg',
  'set eyl сен сеп вер wrz zář sze ruj',
  'okt out eki окт жов ott paź říj',
  'nop kas ноя ное лис lis nob stu noi',
  'des dic dez ara дек гру déc gru pro dis',
];
/** Names whose first three letters two months share (French juin/juillet, Czech června/července, Croatian lipnja/Polish lipca), and Thai's, Arabic's (Egyptian, Gulf and Maghrebi) and Hindi's. */
const MONTH_BY_NAME = new Map([
  // Croatian months whose first letters Czech or Polish give another month (lipnja June, srpnja July; listopada stays
  // Polish November, Croatian October being the rarer reading).
  ['lipnja', 6],
  ['srpnja', 7],
  ['มกราคม', 1],
  ['กุมภาพันธ์', 2],
  ['มีนาคม', 3],
  ['เมษายน', 4],
  ['พฤษภาคม', 5],
  ['มิถุนายน', 6],
  ['กรกฎาคม', 7],
  ['สิงหาคม', 8],
  ['กันยายน', 9],
  ['ตุลาคม', 10],
  ['พฤศจิกายน', 11],
  ['ธันวาคม', 12],
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['أبريل', 4],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يوليو', 7],
  ['أغسطس', 8],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['أكتوبر', 10],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
  ['जनवरी', 1],
  ['फरवरी', 2],
  ['फ़रवरी', 2],
  ['मार्च', 3],
  ['अप्रैल', 4],
  ['अप्रेल', 4],
  ['मई', 5],
  ['जून', 6],
  ['जुलाई', 7],
  ['अगस्त', 8],
  ['सितंबर', 9],
  ['सितम्बर', 9],
  ['अक्टूबर', 10],
  ['अक्तूबर', 10],
  ['नवंबर', 11],
  ['नवम्बर', 11],
  ['दिसंबर', 12],
  ['दिसम्बर', 12],
  ['ماي', 5],
  ['يوليوز', 7],
  ['غشت', 8],
  ['شتنبر', 9],
  ['نونبر', 11],
  ['دجنبر', 12],
  ['jänner', 1],
  ...[
    'ιανουαρίου',
    'φεβρουαρίου',
    'μαρτίου',
    'απριλίου',
    'μαΐου',
    'ιουνίου',
    'ιουλίου',
    'αυγούστου',
    'σεπτεμβρίου',
    'οκτωβρίου',
    'νοεμβρίου',
    'δεκεμβρίου',
  ].map((name, i) => [name, i + 1] as const),
  ['μαίου', 5],
  ['juin', 6],
  ['juillet', 7],
  ['června', 6],
  ['července', 7],
  ...NORTHERN_MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
]);
const OTHER_MONTHS = new Map(OTHER_MONTH_STARTS.flatMap((starts, i) => starts.split(' ').map((start) => [start, i + 1] as const)));
/** {@link MONTH_NAME} without its capture, for patterns that only look at a month. */
const MONTH_WORD = `(?:${MONTH_NAME.slice(1)}`;
/** 1–12 for a month's name or its first three letters ("jul", "july", "julio", "desember"). */
export const monthOf = (name: string) => MONTH_BY_NAME.get(name) ?? OTHER_MONTHS.get(name.slice(0, 3)) ?? MONTHS.indexOf(name.slice(0, 3)) + 1;

const buddhistEra = (year: number | undefined) => (year !== undefined && year >= 2400 ? year - 543 : year);

type Day = { year?: number; month: number; day: number; index: number; end: number; eitherOrder?: boolean };

interface DatePattern {
  re: RegExp;
  weak: boolean;
  /** One date, or two for a compact range ("August 11 – 20, 2025"). */
  pick: (m: RegExpExecArray, dayFirst: boolean) => Day[];
}

/** "(EST)", "( UTC )": a zone's letters in brackets, written inside a date ("November 13th(EST), 2018"). */
const ZONE_IN_BRACKETS = String.raw`(?:\s?[(（][a-z]{2,5}[)）])`;

const opt = (s: string | undefined) => (s === undefined ? undefined : Number(s));
/** Croatian months no other language spells so, and words of a Croatian call (listopad is October in Croatian, November in Polish). */
const CROATIAN_MONTH = /siječnja|veljače|ožujka|travnja|svibnja|kolovoza|rujna|studenoga?\b|prosinca|natječaj|\brok\s+za\b|\bradova\b/;
const GEORGIAN_MONTHS = ['იანვ', 'თებერვ', 'მარტ', 'აპრილ', 'მაის', 'ივნის', 'ივლის', 'აგვისტ', 'სექტემბ', 'ოქტომბ', 'ნოემბ', 'დეკემბ'];
const AZERBAIJANI_MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
const HEBREW_MONTHS = ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'];
/** Kazakh month stems (the ninth's final к softens before a case ending: "қыркүйегіне"). */
const KAZAKH_MONTHS: readonly string[] = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйе', 'қазан', 'қараша', 'желтоқсан'];
const BASQUE_MONTHS = ['urtarril', 'otsail', 'martxo', 'apiril', 'maiatz', 'ekain', 'uztail', 'abuztu', 'irail', 'urri', 'azaro', 'abendu'];
const whole = (m: RegExpExecArray) => ({ index: m.index, end: m.index + m[0].length });

/** "915" → 9/15, "1115" → 11/15; "111" (1/11 or 11/1) reads two ways and is none. */
function gluedMonthDay(s: string): { month: number; day: number } | null {
  const ok = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (s.length === 4) return ok(Number(s.slice(0, 2)), Number(s.slice(2))) ? { month: Number(s.slice(0, 2)), day: Number(s.slice(2)) } : null;
  if (s.length === 2) return ok(Number(s[0]), Number(s[1])) ? { month: Number(s[0]), day: Number(s[1]) } : null;
  const a = { month: Number(s[0]), day: Number(s.slice(1)) };
  const b = { month: Number(s.slice(0, 2)), day: Number(s[2]) };
  const readings = [a, b].filter((x) => ok(x.month, x.day));
  return readings.length === 1 ? readings[0] : null;
}

/** Two numbers, day and month in the text's order; a number above 12 decides its own date ("22.06.2023" in a month-first text). */
const dayAndMonth = (a: number, b: number, dayFirst: boolean) => ((dayFirst && b <= 12) || a > 12 ? { day: a, month: b } : { month: a, day: b });
/** The same, marked when both numbers could be either ("07-05-2025"): the text's day order decided them. */
const numericDay = (a: number, b: number, dayFirst: boolean) => ({
  ...dayAndMonth(a, b, dayFirst),
  ...(a <= 12 && b <= 12 && a !== b ? { eitherOrder: true } : {}),
});

/** Two days of one month and year written once ("August 11 – 20, 2025"): the day groups `first` and `second` of `m`. */
function sharedMonth(m: RegExpExecArray, month: number, year: number | undefined, first: number, second: number): Day[] {
  const [, firstEnd] = m.indices![first];
  const [secondStart] = m.indices![second];
  return [
    { year, month, day: Number(m[first]), index: m.index, end: firstEnd },
    { year, month, day: Number(m[second]), index: secondStart, end: m.index + m[0].length },
  ];
}

/** The year before an era's first (平成元年 is 1989); Taiwan's (民國) otherwise. */
const ERA_START: Record<string, number> = { 平成: 1988, 令和: 2018, 昭和: 1925 };

/** A word that says a date follows: "on", "by", "until", "from", "deadline", "date", "até", "đến", "hasta", "עד"… */
export const DATE_WORD_BEFORE =
  /(?:\b(?:on|by|until|till|from|before|after|due|deadline|date|dates|starts?|starting|beginning|ends?|closes?|opens?|hasta|desde|bis|ab|vom|au|du|dal|al|do|od|tot|van|le|sampai|hingga|tanggal|tgl\.?)|até|עד|jusqu['’]?(?:au|à)|từ(?:\s+ngày)?|ngày|đến|tới)\s*:?\s*$/;
/** Right before a short date ("10/31/21"): a date's word ("starting 10/1/21") or a time ("until 11:59 pm (central time) 10/31/21"). */
const TIME_RIGHT_BEFORE = /(?:\d(?:[:.]\d{2})?\s?[ap]\.?m\.?|\d{1,2}:\d{2})\s*(?:[(（][^()（）]{0,20}[)）]\s*)?$/;
export const shortDateSaid = (before: string) => DATE_WORD_BEFORE.test(before) || TIME_RIGHT_BEFORE.test(before);

const DATE_PATTERNS: DatePattern[] = [
  // 平成26年12月12日, 令和6年9月10日, 民國95年6月30日, 民国九十五年六月三十日: a year of Japan's or Taiwan's era,
  // in digits or numerals ("元年" is its first).
  {
    re: /(平成|令和|昭和|中華民國|中华民国|民國|民国)\s*(\d{1,3}|元|[一二三四五六七八九十百]{1,4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/g,
    weak: false,
    pick: (m) => {
      const number = (s: string) => (/\d/.test(s) ? Number(s) : s === '元' ? 1 : cnNumber(s));
      const year = (ERA_START[m[1]] ?? 1911) + number(m[2]);
      return [{ year, month: number(m[3]), day: number(m[4]), ...whole(m) }];
    },
  },
  // Estonian "in May" after a dotted day ("14. mail 2020"): not "mail" anywhere else ("by mail 15 copies", "2. mail it").
  {
    re: /(?<![\d.])(\d{1,2})\.\s?mail(?![a-z])(?:\s+(\d{4})(?!\d))?/dg,
    weak: false,
    // (With its year, or on an Estonian line: "2. mail it to us" is a list's step.)
    pick: (m) => (m[2] !== undefined || /[õäöü]/.test(m.input) ? [{ year: opt(m[2]), month: 5, day: Number(m[1]), ...whole(m) }] : []),
  },
  // Georgian, the month with its case ending: "13 აპრილს", "20 მაისს", "4 ნოემბრამდე" (until).
  {
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s+(${GEORGIAN_MONTHS.join('|')})[ა-ჰ]*`, 'dg'),
    weak: false,
    pick: (m) => [{ month: GEORGIAN_MONTHS.indexOf(m[2]) + 1, day: Number(m[1]), ...whole(m) }],
  },
  // Azerbaijani, the month first in the genitive, the day with its case ending: "sentyabrın 23-dən"
  // (from), "dekabrın 1-dək" (until), "mayın 10-dək".
  {
    // (Each month's own genitive, "martın" with a dotless ı: "Martin 2 Publishing" is no 2 March.)
    re: /(?<![a-z])(?:(yanvar|fevral|mart|may|sentyabr|oktyabr|noyabr|dekabr)ın|(aprel)in|(iyun|iyul|avqust)un)\s+(\d{1,2})(?!\d)(?:-?(?:dən|dan|dək|dak|də|da))?/dg,
    weak: false,
    pick: (m) => [{ month: AZERBAIJANI_MONTHS.indexOf(m[1] ?? m[2] ?? m[3]) + 1, day: Number(m[4]), ...whole(m) }],
  },
  // Kazakh, the month with its case ending, the year first with "жылдың" (of the year): "2022 жылдың 20 қыркүйегіне дейін"
  // (until), "15 қазанға дейін".
  {
    re: new RegExp(String.raw`(?<![\d.])(?:((?:19|20)\d{2})\s?ж(?:ылдың|ылы|\.)\s+)?(\d{1,2})\s+(${KAZAKH_MONTHS.join('|')})[а-яәғқңөұүһі]*`, 'dg'),
    weak: false,
    pick: (m) => [{ year: opt(m[1]), month: KAZAKH_MONTHS.indexOf(m[3]) + 1, day: Number(m[2]), ...whole(m) }],
  },
  // Hebrew, the month after "ב" (in): "עד ליום 10 במאי 2020", "ה-15 בינואר 2021".
  {
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s+ב-?(${HEBREW_MONTHS.join('|')}|מרס)(?![\u0590-\u05ff])(?:\s*,?\s*(\d{4})(?!\d))?`, 'dg'),
    weak: false,
    pick: (m) => [{ year: opt(m[3]), month: HEBREW_MONTHS.indexOf(m[2] === 'מרס' ? 'מרץ' : m[2]) + 1, day: Number(m[1]), ...whole(m) }],
  },
  // Slovak and Czech, day first with dots and spaces, no year: "od 27. 2. do 27. 4." (from … to).
  {
    re: /(?<![a-z\d])od\s+(\d{1,2})\.\s?(\d{1,2})\.\s+do\s+(\d{1,2})\.\s?(\d{1,2})\.(?!\s?\d)/dg,
    weak: false,
    pick: (m) => {
      const start = m.index + m[0].indexOf(m[1]);
      const second = m.index + m[0].lastIndexOf(' do ') + 4;
      return [
        { month: Number(m[2]), day: Number(m[1]), index: start, end: m.index + m[0].lastIndexOf(' do ') },
        { month: Number(m[4]), day: Number(m[3]), index: second, end: m.index + m[0].length },
      ];
    },
  },
  // Basque, year first and the month in the genitive, the day with its case ending: "2015eko apirilaren
  // 15etik" (from), "maiatzaren 15era" (to), "azaroaren 17a", "2016ko apirilaren 24an".
  {
    re: new RegExp(String.raw`(?<![a-z])(?:(\d{4})\s?e?ko\s+)?(${BASQUE_MONTHS.join('|')})a?(?:ren)?\s+(\d{1,2})(?!\d)(?:e?(?:tik|ra|an|n)|a)?(?![a-z])`, 'dg'),
    weak: false,
    pick: (m) => [{ year: opt(m[1]), month: BASQUE_MONTHS.indexOf(m[2]) + 1, day: Number(m[3]), ...whole(m) }],
  },
  // August 11 – 20, 2025 / Aug 11-20 / between March 1 and 10: the month (and year) written once for both ends
  // (not "Jan 5 to 3 pm", "March 1 to March 10": a time or a month after the second number).
  {
    re: new RegExp(
      String.raw`\b${MONTH_NAME}\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-~]\s*|\s+(?:to|through|thru|and)\s+)(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?!\s*(?:[ap]\.?m\b|${MONTH_WORD}))(?:\s*(?:,\s*)?(\d{4})(?!\d))?`,
      'dg',
    ),
    weak: false,
    pick: (m) => {
      // "between March 1 and 10": "and" joins two days only after "between".
      if (/^\S+\s+\d+\S*\s+and\s/.test(m[0]) && !/between\s+$/.test(m.input.slice(0, m.index))) return [];
      return sharedMonth(m, monthOf(m[1]), opt(m[4]), 2, 3);
    },
  },
  // "del 1 al 30 de abril de 2024", "du 1er au 30 avril 2024", "de 1 a 30 de abril", "dal 1 al 30 aprile", "من 16 إلى 28 يناير 2026":
  // the same, day first, in the languages of Gate's other squares.
  {
    re: new RegExp(
      String.raw`(?<![a-z])(?:del|du|dal|de|od|vom|van|من)\s+(\d{1,2})(?:er|º|°|\.)?\s+(?:al|au|a|do|bis(?:\s+zum)?|tot|hasta\s+el|até|إلى|الى|حتى)\s+(\d{1,2})(?:er|º|°|\.)?\s+(?:de\s+)?${MONTH_NAME}(?![a-z])(?:\s*(?:,\s*)?(?:de\s+|del\s+)?(\d{4})(?!\d))?`,
      'dg',
    ),
    weak: false,
    pick: (m) => {
      return sharedMonth(m, monthOf(m[3]), opt(m[4]), 1, 2);
    },
  },
  // "2024. február 17.": Hungarian, the year first and the month by name.
  {
    re: new RegExp(String.raw`(?<![\d.])((?:19|20)\d{2})\.\s?${MONTH_NAME}\s+(\d{1,2})\.?(?!\d)`, 'g'),
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: monthOf(m[2]), day: Number(m[3]), ...whole(m) }],
  },
  // "Periode: 1 - 31 Juli 2022", "1-31 July 2022", "1.– 30. dubna 2020", "18 s.d. 30 November 2019": day first, the month and year written once, with a dash.
  {
    re: new RegExp(
      String.raw`(?<![\d.,/:-])(\d{1,2})\.?\s?(?:[-–]|s\.\s?d\.|s\/d|sampai(?:\s+dengan)?|hingga)\s?(\d{1,2})\.?\s+${MONTH_NAME}(?![a-z])(?:\s*(?:,\s*)?(\d{4})(?!\d))?`,
      'dg',
    ),
    weak: false,
    pick: (m) => sharedMonth(m, monthOf(m[3]), opt(m[4]), 1, 2),
  },
  // "۳۱ اردیبهشت ماه ۱۳۹۸" (digits folded): a Solar Hijri day, month by name, and year.
  {
    re: new RegExp(String.raw`(?<![\d/])(\d{1,2})\s*(?:ام|م)?\s+(${PERSIAN_MONTH})(?:\s*ماه)?\s+(?:سال\s+)?(1[34]\d{2})(?!\d)`, 'g'),
    weak: false,
    pick: (m) => {
      const month = persianMonthOf(m[2]);
      const day = gregorianOf('persian', Number(m[3]), month, Number(m[1]));
      return day ? [{ ...day, ...whole(m) }] : [];
    },
  },
  // "5 / 6 / 1427هـ", "1398/02/31": a Hijri year, day first or year first. Lunar (Umm al-Qura) when "هـ" or "قمری" says so
  // or the text is Arabic; Solar (Persian) when the text is Persian.
  {
    re: /(?<![\d/.])(?:(\d{1,2})\s?\/\s?(\d{1,2})\s?\/\s?(1[34]\d{2})|(1[34]\d{2})\s?\/\s?(\d{1,2})\s?\/\s?(\d{1,2}))(?![\d/])(\s?(?:هـ|ه\.?ق|ق(?![\u0600-\u06ff])|قمر[یي]))?/g,
    weak: false,
    pick: (m) => {
      const lunar = m[7] !== undefined || /قمر[یي]|هجر[یي]ة|هـ/.test(m.input) || !/[پچژگکی]/.test(m.input);
      const [year, month, dayOf] = m[3] ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[4]), Number(m[5]), Number(m[6])];
      const day = gregorianOf(lunar ? 'islamic-umalqura' : 'persian', year, month, dayOf);
      return day ? [{ ...day, ...whole(m) }] : [];
    },
  },
  // "2023. 1. 13. ~ 1. 27.", "2023. 3. 1. ~ 2023. 5. 31": Korean dotted dates with spaces, the second's year may be left out.
  {
    re: /(?<![\d.])((?:19|20)\d{2})\.\s(\d{1,2})\.\s(\d{1,2})\.?(?:\s?(?:\([^()\d]{1,3}\))?\s?[~～-]\s?(?:((?:19|20)\d{2})\.\s)?(\d{1,2})\.\s(\d{1,2})(?!\d)\.?)?/dg,
    weak: false,
    pick: (m) => {
      const first = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      if (m[5] === undefined) return [{ ...first, ...whole(m) }];
      return [
        // (The first day's own stop is its: "13." before the "~".)
        { ...first, index: m.index, end: m.indices![3][1] + (m.input[m.indices![3][1]] === '.' ? 1 : 0) },
        { year: m[4] ? Number(m[4]) : first.year, month: Number(m[5]), day: Number(m[6]), index: m.indices![5][0], end: m.index + m[0].length },
      ];
    },
  },
  // 8月11日至20日, 9月1日——30日: the same in Chinese.
  {
    re: /(?<!\d)(?:(\d{4}|\d{3})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:-{1,2}|~|至|到)\s*(\d{1,2})\s*[日号]/dg,
    weak: false,
    pick: (m) => {
      const year = opt(m[1]);
      const month = Number(m[2]);
      return [
        { year, month, day: Number(m[3]), index: m.index, end: m.indices![3][1] + 1 },
        { year, month, day: Number(m[4]), index: m.indices![4][0], end: m.index + m[0].length },
      ];
    },
  },
  // 由十一月一日至三十日: the same in numerals, the month written once.
  {
    re: /(?<![〇○o零一二三四五六七八九十年])([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]\s*(?:-{1,2}|~|至|到)\s*([一二三四五六七八九十]{1,3})\s*[日号]/dg,
    weak: false,
    pick: (m) => {
      const month = cnNumber(m[1]);
      const [first, second] = [cnNumber(m[2]), cnNumber(m[3])];
      if (!(month >= 1 && month <= 12 && first >= 1 && second > first && second <= 31)) return [];
      return [
        { month, day: first, index: m.index, end: m.indices![2][1] + 1 },
        { month, day: second, index: m.indices![3][0], end: m.index + m[0].length },
      ];
    },
  },
  // 二O一一年三月二十日, 二零二三年六月七日: the year digit by digit, month and day in numerals
  {
    re: /(?<![〇○o零一二三四五六七八九])([〇○o零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/g,
    weak: false,
    pick: (m) => {
      const year = Number([...m[1]].map((c) => (/[〇○o零]/.test(c) ? '0' : String('一二三四五六七八九'.indexOf(c) + 1))).join(''));
      const [month, day] = [cnNumber(m[2]), cnNumber(m[3])];
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [{ year, month, day, ...whole(m) }] : [];
    },
  },
  // 2017年4月至2017年8月28日, 自2019年3月起至2019年8月31日: a range that starts with a whole month (its first day)
  {
    re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:起\s*)?(?:至|到|-|–|~|～)\s*(?=(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号])/g,
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: 1, index: m.index, end: m.index + m[0].length }],
  },
  // 截稿日期20141115: a date's eight digits after its label
  {
    re: /(?<=(?:日期|截止|截稿|(?<![a-z])deadline|(?<![a-z])date)\s?[:：]?\s?)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g,
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...whole(m) }],
  },
  // 2025 9 20日: a date whose 年 and 月 were lost, the 日 kept
  {
    re: /(?<![\d.])((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})\s*日/g,
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...whole(m) }],
  },
  // 201910月30日: a year glued to its month, the 年 lost
  {
    re: /(?<![\d.])((?:19|20)\d{2})(1[0-2]|0?[1-9])\s*月\s*(\d{1,2})\s*[日号]/g,
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...whole(m) }],
  },
  // 七月二十三日 (no year): month and day in numerals
  {
    re: /(?<![〇○o零一二三四五六七八九十年])([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/g,
    weak: false,
    pick: (m) => {
      const [month, day] = [cnNumber(m[1]), cnNumber(m[2])];
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [{ month, day, ...whole(m) }] : [];
    },
  },
  // 5月—6月, 2025年5月至6月: whole months, from the first's first day to the second's last
  {
    re: /(?<![\d年])(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:份)?\s*(?:—{1,2}|-{1,2}|–|~|～|至|到)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:份)?(?![\d份]|\s*\d|底|末|初)/dg,
    weak: false,
    pick: (m) => {
      const [y1, m1, y2, m2] = [opt(m[1]), Number(m[2]), opt(m[3]), Number(m[4])];
      if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return [];
      const year = y1 ?? y2;
      const last = new Date(Date.UTC((y2 ?? year ?? 2001) + (y2 === undefined && m2 < m1 ? 1 : 0), m2, 0)).getUTCDate();
      const split = m.indices![4][0];
      return [
        { year, month: m1, day: 1, index: m.index, end: split },
        { year: y2 ?? (year !== undefined && m2 < m1 ? year + 1 : year), month: m2, day: last, index: split, end: m.index + m[0].length },
      ];
    },
  },
  // "from July to December 2016": whole months in English, the year once, from the first's first day to the second's last.
  {
    re: new RegExp(String.raw`\bfrom\s+(${ENGLISH_MONTH})\s+(?:to|until|till|through)\s+(${ENGLISH_MONTH})\s*,?\s*((?:19|20)\d{2})(?!\d)`, 'dg'),
    weak: false,
    pick: (m) => {
      const [m1, m2, year] = [monthOf(m[1]), monthOf(m[2]), Number(m[3])];
      if (m2 < m1) return [];
      const split = m.indices![2][0];
      return [
        { year, month: m1, day: 1, index: m.indices![1][0], end: split },
        { year, month: m2, day: daysIn(year, m2), index: split, end: m.index + m[0].length },
      ];
    },
  },
  // 6/1-8/31, 9/1 ~ 10/12: a range of two month/days without a year (day-first when a number says so).
  {
    re: /(?<![\d/.:])(\d{1,2})\/(\d{1,2})\s?(?:-|–|—|~|～|至|到)\s?(\d{1,2})\/(\d{1,2})(?![\d/.:])/dg,
    weak: false,
    pick: (m, dayFirst) => {
      const split = m.indices![3][0];
      return [
        { ...numericDay(Number(m[1]), Number(m[2]), dayFirst), index: m.index, end: split },
        { ...numericDay(Number(m[3]), Number(m[4]), dayFirst), index: split, end: m.index + m[0].length },
      ];
    },
  },
  // 2016年9月底 (the month's last day), 9月初 (its first)
  {
    re: /(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(底|末|初)(?!\d)/g,
    weak: false,
    pick: (m) => {
      const [year, month] = [opt(m[1]), Number(m[2])];
      const day = m[3] === '初' ? 1 : daysIn(year ?? 2001, month);
      return month >= 1 && month <= 12 ? [{ year, month, day, ...whole(m) }] : [];
    },
  },
  // "until the end of July 2024", "do końca września", "jusqu'à la fin de janvier", "bis Ende März": the month's last day
  // (in English only with its year: "At the end of June, round two begins" is prose, not a deadline).
  {
    re: new RegExp(
      String.raw`(?:\bend\s+of(?:\s+the\s+month\s+of)?(?=\s+${MONTH_WORD}\s*,?\s*\d{4}(?!\d))|\bdo\s+końca|\bfin\s+(?:de|d['’])|\bfine(?:\s+di)?|\bfinales\s+de|\bende|\beinde|\bslutet\s+av|\bkoncem|\bkonca)(?:\s+|(?<=['’]))${MONTH_NAME}(?![a-z\u00e0-\u024f])(?:\s*(?:,\s*)?(\d{4})(?!\d))?`,
      'g',
    ),
    weak: false,
    pick: (m) => {
      const [year, month] = [opt(m[2]), monthOf(m[1])];
      return [{ year, month, day: daysIn(year ?? 2001, month), ...whole(m) }];
    },
  },
  // 至2021年底 (the year's last day)
  {
    re: /(?<!\d)(\d{4})\s*年\s*(?:底|末)(?![\d月])/g,
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: 12, day: 31, ...whole(m) }],
  },
  // 2025年8月7日, 8月12日, 8月12号, 今(114)年12月31日
  {
    re: /(?<!\d)(?:(?:[(（]\s?)?(\d{4}|\d{3})(?:\s?[)）])?\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/g,
    weak: false,
    pick: (m) => [{ year: opt(m[1]), month: Number(m[2]), day: Number(m[3]), ...whole(m) }],
  },
  // 2025-08-07, 2025/08/07, 2025.08.07
  {
    re: /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/g,
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...whole(m) }],
  },
  // 29/05/2026, 07-05-2025, 31.12.2020, 1. 4. 2023, "5 / 11 / 2025", "20 – 05- 2022": the year last; day or month first as the text writes them.
  // Not inside 2025-07-05; after a time's dash ("00:00-17.1.2022") it is the range's second date.
  {
    re: /(?<![\d/.:])(?!(?<=(?<!:\d)\d-)\d{1,2}\s?-)(\d{1,2})\s?([-–/.])\s?(\d{1,2})(?:\2(?:(?<=\.)\s)?|(?<=\/\s?\d{1,2})\s?\/\s?|(?<=[-–]\s?\d{1,2})\s?[-–]\s?)(\d{4})(?![\d/]|[.]\d|:\d)/g,
    weak: false,
    pick: (m, dayFirst) => {
      // (Spaced dashes only around a zero-padded number: "20 – 05- 2022", not "ages 8 – 12 – 2027".)
      if (/[-–]/.test(m[2]) && /\s/.test(m[0]) && !m[3].startsWith('0') && !m[1].startsWith('0')) return [];
      return [{ year: Number(m[4]), ...numericDay(Number(m[1]), Number(m[3]), dayFirst), ...whole(m) }];
    },
  },
  // 10/31/21, 1/5/22: a year in two digits after slashes (20xx), month or day first as the text writes them, only
  // where the text says it is a date: a date's word or a time before it ("starting 10/1/21", "until 11:59 pm
  // (central time) 10/31/21"). Not "24/7/52", "grades 10/11/12" or weights "10/20/70".
  {
    re: /(?<![\d/.:])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/]|[.,]\d|:\d)/g,
    weak: false,
    pick: (m, dayFirst) => {
      if (!shortDateSaid(m.input.slice(Math.max(0, m.index - 40), m.index))) return [];
      return [{ year: 2000 + Number(m[3]), ...numericDay(Number(m[1]), Number(m[2]), dayFirst), ...whole(m) }];
    },
  },
  // 2018 m. kovo 11 d., 2010 metų rugsėjo 30 dienos (Lithuanian), 2026. gada 9. februārim (Latvian): the year first, "year" said
  {
    re: new RegExp(
      String.raw`(?<![\d.,/-])((?:19|20)\d{2})(?:\s*m\.|\s+metų|\.\s*gada)\s+(?:${MONTH_NAME}\s+(\d{1,2})(?!\d)|(\d{1,2})\.\s*${MONTH_NAME}(?![a-z\u0100-\u017f]))`,
      'g',
    ),
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: monthOf(m[2] ?? m[5]), day: Number(m[3] ?? m[4]), ...whole(m) }],
  },
  // 2021 September 28th: the year first, the month by name
  {
    re: new RegExp(String.raw`(?<![\d.,/-])((?:19|20)\d{2})\s+${MONTH_NAME}\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])`, 'g'),
    weak: false,
    pick: (m) => [{ year: Number(m[1]), month: monthOf(m[2]), day: Number(m[3]), ...whole(m) }],
  },
  // Aug 7, 2025 / August 12 / November 13th(EST), 2018 (a zone in brackets before the year); a
  // table's label glued to it ("Deadline for EntriesFebruary 28, 2013").
  {
    re: new RegExp(
      String.raw`(?:\b|(?<=(?:entries|deadline|date|dates|period)))${MONTH_NAME}\.?\s+(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)))?(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:${ZONE_IN_BRACKETS}?\s*(?:,\s*)?(\d{4})(?!\d))?`,
      'g',
    ),
    weak: false,
    pick: (m) => [{ year: opt(m[3]), month: monthOf(m[1]), day: Number(m[2]), ...whole(m) }],
  },
  // 7 Aug 2025 / 12th of August
  {
    re: new RegExp(
      String.raw`(?<!\d)(\d{1,2})(?:\s?(?:st|nd|rd|th)\.?|º|°|er|\.|-(?:го|ти|ви|ри|ми)|-an?(?=\s+de\s))?(?:\s+|(?<=\d\.)(?!${ENGLISH_MONTH}(?![a-z]))|\/\s?(?=[\u0600-\u06ff]))(?:of\s+|de\s+|ta['’]\s?|من\s+)?${MONTH_NAME}\.?(?![a-z\u0400-\u04ff])(?:\s?\/\s?${LEVANTINE_MONTH})?(?:\s*(?:,\s*)?(?:de\s+|del\s+)?(\d{4})(?!\d))?`,
      'g',
    ),
    weak: false,
    // (A Thai year is the Buddhist era's: "20 มิถุนายน 2567" is 2024.)
    pick: (m) => [{ year: buddhistEra(opt(m[3])), month: monthOf(m[2]), day: Number(m[1]), ...whole(m) }],
  },
  // 2023915-20231115, 2025919-1110, 2012914日, 2021531日 (the separators lost): a year and a month/day read one way only.
  {
    re: /(?<![\d/.])(20\d{2})(\d{3,4})(?:\s?日|(?=\s?[-–~至到]\s?(?:20\d{5,6}|\d{3,4})(?!\d))|(?<=[-–~至到]\s?20\d{5,6}))(?!\d)/g,
    weak: false,
    pick: (m) => {
      const day = gluedMonthDay(m[2]);
      return day ? [{ year: Number(m[1]), ...day, ...whole(m) }] : [];
    },
  },
  // 至113913日截止 (民國113年9月13日, the 年 and 月 lost): a year of Taiwan's era glued to its month and day, between "至"
  // and an end's word (not "100000至112525日元", an amount).
  {
    re: /(?<=至\s?)(1[01]\d)(\d{3,4})\s?日(?=\s?(?:截止|止|为止|前))/g,
    weak: false,
    pick: (m) => {
      const day = gluedMonthDay(m[2]);
      return day ? [{ year: 1911 + Number(m[1]), ...day, ...whole(m) }] : [];
    },
  },
  // 201973日 (2019年7月3日), 截止日期为2021710 (2021年7月10日): a one-digit month and day glued the same way, before 日
  // or after a deadline's label.
  {
    re: /(?<![\d/.])(20\d{2})(\d{2})\s?日|(?<=(?:日期|截止|截稿)(?:为|是)?\s?[:：]?\s?)(20\d{2})(\d{3,4})(?![\d/.])/g,
    weak: false,
    pick: (m) => {
      const day = gluedMonthDay(m[2] ?? m[4]);
      return day ? [{ year: Number(m[1] ?? m[3]), ...day, ...whole(m) }] : [];
    },
  },
  // …延期至630日, 2016225日—330: a month/day glued the same way, after a full date on the same line.
  {
    re: /(?<=[至到]\s?)(\d{3,4})\s?日|(?<=20\d{5,6}\s?日?\s?[-–—~]\s?)(\d{3,4})(?:\s?日)?(?![\d/.:])/g,
    weak: true,
    pick: (m) => {
      const day = gluedMonthDay(m[1] ?? m[2]);
      return day ? [{ ...day, ...whole(m) }] : [];
    },
  },
  // 08/12 (month/day without a year): only after a full date on the same line ("2021/02/01-03/22";
  // inside "2025-07-05" the full date covers it); not a street's numbers ("Hundestraße 5-17").
  {
    re: /(?<![\d/.:])(?<!(?:stra(?:ß|ss)e|str\.|street|road|weg|gasse|platz|allee|ulica|ul\.|calle|rue|nr\.|no\.)\s*)(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.:])/g,
    weak: true,
    pick: (m, dayFirst) => [{ ...dayAndMonth(Number(m[1]), Number(m[2]), dayFirst), ...whole(m) }],
  },
];

/** A zone's letters as announcements write them after a time ("23:59 HKT", "00.00 WIB", "(HKT 23:59)"). */
const ZONE_LETTERS = String.raw`utc|gmt|wib|wita|wit|hkt|sgt|ict|kst|jst|[ecmp][sd]t|cest|cet|bst|msk`;
/**
 * What may sit between a date and its time: a weekday ("(星期五)", "(五)", "(Fri.)"), a comma, "at", ISO's "T", an opening bracket
 * ("August 1st 2022 (09:00 AM UTC)", "May 26, 2021 (at 23:59 UTC)"), a stop before an am/pm time ("January 25, 2025. 23.59 PM
 * EST"), "a las", "às", "pukul", an aside before "at" ("the 8th of
 * January (24th of Poush) at 11:59 PM"). Each run of spaces
 * has one place to go: two `\s*` side by side split a long run every possible way (quadratic).
 */
const DATE_TIME_GAP = new RegExp(
  String.raw`\s*(?:\.\s+(?=\d{1,2}[.:]\d{2}\s?[ap]\.?m\b|u\s\d{1,2}:\d{2}))?(?:(?:года|г\.|року|р\.)\s*)?(?:(?:pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar)\s+)?(?:[)）]\s*(?=,\s*at\s)|[(（][^()（）:]{1,30}[)）]\s*(?=,?\s*at\s+\d))?(?:(?:[(]\s*)?(?:周|星期|礼拜)[一二三四五六日天](?:\s*[)])?\s*|[(]\s*(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*\.?\s*[)]\s*|[(][一二三四五六日天月火水木金土월화수목금토일][)]\s*)?(?:,\s*)?(?:at(?=\s)|(?:hasta\s+)?a?\s?las(?=\s)|às(?=\s)|até\s+[àa]s(?=\s)|pukul(?=\s)|เวลา(?=\s?\d)|jam(?=\s\d)|kl\.?(?=\s?\d)|(?:günü\s+)?saat:?(?=\s)|@(?=\s?\d)|do\s+godz(?:iny|\.)(?=\s)|в(?=\s\d)|[uo]m(?=\s\d)|u(?=\s\d{1,2}:\d{2})|(?:në\s+)?ora(?=\s\d)|à(?=\s\d)|alle(?=\s\d)|lúc(?=\s\d)|by(?=\s+\d{1,2}(?::\d{2})?\s?[ap]\.?m\b)|t(?=\d)|[(（]\s?(?:at(?=\s)|(?:${ZONE_LETTERS})(?=\s\d))?(?=\s?\d))?\s*`,
  'y',
);
/** What may follow a dotted time ("00.00 WIB", "9.30 pm", "23.59,"): a zone, am/pm or a stop; "2.50 USDT" is no time. */
export const DOTTED_TIME_ENDS = new RegExp(
  String.raw`\s*(?:[ap]\.?m\b|['’](?:de|da|te|ta)\b|[(（]?\s?(?:${ZONE_LETTERS})(?![a-z])|\s?น\.|[,，;；)）]|\.(?=\s|$)|$)`,
); /** A time: "17:00", "9:00 am", "1159pm", "下午3点半", "오후 5시", "晚10:00", "23.59 น.", "23h59", "18h", "15’00h", "2359 hrs", "00.00 WIB" (dotted only before a zone, am/pm or a stop: "2.50 USDT" is no time). */
const TIME_RE = new RegExp(
  String.raw`(?:(上午|早上|中午|下午|晚上|晚间|晚|凌晨|夜间|夜里|夜|오전|오후)\s*)?(\d{1,2}|零)(?:\s*:\s*(\d{2})(?:\s*:\s*(\d{2}))?|\.(\d{2})(?!\d|\.\d)(?=${DOTTED_TIME_ENDS.source})|\s*[点时시](?:\s*(\d{1,2})\s*[分분]|(半))?|(\d{2})(?=\s?(?:[ap]\.?m\b|hrs?\b|hours\b(?!\s+of)))|(?:h|['’])(\d{2})(?!\d)(?:\s?h(?![a-z]))?|h(?![a-z\d])|(?=\s*[ap]\.?m\b)|(?<=(?:^|\s)ora\s\d{1,2})(?![\d:.]\d))(?:\s*([ap])\.?m\b\.?)?`,
  'y',
);

/** Right after a date's time: another time, the end of a range within that day ("12:00-13:00", "8AM – 8PM"). */
const SAME_DAY_END = /^\s?(?:[-–—~～至到]|to)\s?(\d{1,2})(?::(\d{2})(?![\d:/.-])(?:\s?([ap])\.?m\b)?|\s?([ap])\.?m\b)/;
/**
 * A time that ends right before a date: "00:00 ", "3:00 ", "12:30 pm (utc) on ", "07:00, ", "12:00 noon taiwan time on ",
 * "11:59 pm (central time) ", "1159 pm of ", "5 p.m, wednesday, ", "23:59 horas del ", "até 23h59 de ".
 */
const TIME_BEFORE =
  /(?<![\d:.])(\d{1,2})(?:(?:[:h]|\.(?=\d{2}\s?h(?:oras?|ours?)\b|\d{2}\s+on\s))(\d{2})(?::(\d{2}))?|(\d{2})(?=\s?[ap]\.?m\b|\s?(?:[(（][^()（）]{1,12}[)）]\s?)?hours?\b)|(?=\s?[ap]\.?m\b))\s?(?:([ap])\.?m\b\.?)?\s?(?:noon\s)?(?:,\s)?(?:[(（]?\s?(?:(?:utc|gmt)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|мск|(?:[a-z]{3,12}\s+){1,2}time)\s?[)）]?)?\s?(?:horas?\s|hours?\s)?(?:,\s?)?(?:on|of|del|de|do|da)?\s?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s|(?:luns|martes|mércores|xoves|venres|sábado|domingo),?\s)?$/;

const NOON_BEFORE = /\bnoon\s(?:[a-z]{2,4},?\s)?(?:on\s)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)?$/;

const twelveHour = (hour: number, half: string | undefined) => (half === 'p' && hour < 12 ? hour + 12 : half === 'a' && hour === 12 ? 0 : hour);

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The dates of a folded line, in order, each with the time written after it (if any). Numbers with
 * the year last are read day-first when the text says so (date-layer.ts's dayOrderOf), else month-first.
 */
/** "元月" is January ("2015年元月30日"); the same length as "1月", so every place on the line stays where it was. Not "500元月底" (yuan, then 月底). */
const YUAN_YUE = /(?<![\d〇零一二三四五六七八九十百千万])元月/g;

export function dateTimesIn(n: string, dayFirst = false): WallTime[] {
  if (n.includes('元月')) n = n.replace(YUAN_YUE, '1月');
  const raw: (Day & { weak: boolean })[] = [];
  const roc = n.includes('民国');
  const croatian = CROATIAN_MONTH.test(n);
  for (const p of DATE_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(n); m; m = p.re.exec(n)) {
      const days = p.pick(m, dayFirst);
      // 民國100年 (Taiwan's era): year 100 is 2011. "111年7月31日" without 民國 is the same era (a
      // three-digit year before 月日 is no Gregorian one); other three digits are no year.
      for (const d of days) if (d.year !== undefined && d.year < 1000) d.year = roc || (d.year >= 80 && d.year <= 150) ? d.year + 1911 : undefined;
      const valid = days.every((d) => {
        const leap = d.year ?? 2024;
        if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(leap, d.month)) return false;
        return d.year === undefined || (d.year >= 1970 && d.year <= 2999);
      });
      // "od 16. rujna do 26. listopada 2023": listopad is Croatian October beside another Croatian month.
      if (croatian && m[0].includes('listopad')) for (const d of days) if (d.month === 11) d.month = 10;
      if (valid) for (const d of days) raw.push({ ...d, weak: p.weak });
    }
  }
  // Earliest first; at one place the longest, then the one that knows its year (a compact range's).
  raw.sort((a, b) => a.index - b.index || b.end - a.end || Number(b.year !== undefined) - Number(a.year !== undefined));
  const out: WallTime[] = [];
  let until = 0;
  let strongSeen = false;
  for (const d of raw) {
    if (d.index < until) continue;
    // A month/day alone is read after a full date, or with its time ("8.25 17:00 - 9.9 16:59 HKT").
    if (d.weak && !strongSeen && !/^\s?\d{1,2}:\d{2}/.test(n.slice(d.end))) continue;
    if (!d.weak) strongSeen = true;
    const { weak: _weak, ...wall } = d as WallTime & { weak: boolean };
    // "00:00 December 19th, 2023 - 23:59 December 25th, 2023", "12:30 PM (UTC) on 22.06.2023": a
    // time right before the date is its own, and the time after it is the next date's.
    const before = TIME_BEFORE.exec(n.slice(Math.max(until, d.index - 56), d.index));
    // "by noon on May 1st 2017": noon is 12:00 ("midnight" is left alone: which day's it is varies).
    const noon = !before && NOON_BEFORE.test(n.slice(Math.max(until, d.index - 24), d.index));
    const clock = before ? twelveHour(Number(before[1]), before[5]) : 12;
    const minute = before ? Number(before[2] ?? before[4] ?? 0) : 0;
    if ((before || noon) && clock <= 23 && minute <= 59) {
      Object.assign(wall, { hour: clock, minute, second: before?.[3] ? Number(before[3]) : 0 });
      out.push(wall);
      until = wall.end;
      continue;
    }
    DATE_TIME_GAP.lastIndex = d.end;
    const gap = DATE_TIME_GAP.exec(n);
    TIME_RE.lastIndex = gap ? DATE_TIME_GAP.lastIndex : d.end;
    const t = TIME_RE.exec(n);
    if (t) {
      let hour = t[2] === '零' ? 0 : Number(t[2]);
      const minute =
        t[3] !== undefined
          ? Number(t[3])
          : t[5] !== undefined
            ? Number(t[5])
            : t[6] !== undefined
              ? Number(t[6])
              : t[8] !== undefined
                ? Number(t[8])
                : t[9] !== undefined
                  ? Number(t[9])
                  : t[7]
                    ? 30
                    : 0;
      const second = t[4] !== undefined ? Number(t[4]) : 0;
      const night = t[1] === '晚上' || t[1] === '晚间' || t[1] === '晚' || (t[1] !== undefined && t[1].startsWith('夜'));
      const half = t[10] ?? (t[1] === '下午' || t[1] === '오후' || night ? 'p' : t[1] === '中午' && hour < 11 ? 'p' : undefined);
      if (half === 'p' && hour < 12) hour += 12;
      if (half === 'a' && hour === 12) hour = 0;
      // "晚上12点" is the midnight that ends the day (24:00, like "24:00"), "凌晨12点" the one that starts it.
      if (night && hour === 12) hour = 24;
      if (t[1] === '凌晨' && hour === 12) hour = 0;
      const ok = hour <= 24 && minute <= 59 && second <= 59 && (hour < 24 || (minute === 0 && second === 0));
      if (ok) {
        wall.hour = hour;
        wall.minute = minute;
        wall.second = second;
        wall.end = TIME_RE.lastIndex;
      }
    }
    out.push(wall);
    until = wall.end;
    // "2020年4月22日12:00-13:00 (HKT)": a second time on the same day, no date of its own after it, ends a range of that day.
    const to = wall.hour !== undefined ? SAME_DAY_END.exec(n.slice(wall.end)) : null;
    if (to && wall.hour !== undefined) {
      // ("8AM – 8PM EST": the end's own am/pm.)
      const [hour, minute] = [twelveHour(Number(to[1]), to[3] ?? to[4]), Number(to[2] ?? 0)];
      const at = wall.end + to[0].length;
      // (raw is sorted by where each date starts: the first one at or after the time's end, found by halving.)
      let lo = 0;
      for (let hi = raw.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (raw[mid].index < wall.end) lo = mid + 1;
        else hi = mid;
      }
      const dateNext = lo < raw.length && raw[lo].index < at + 16;
      if (!dateNext && hour <= 24 && minute <= 59 && hour * 60 + minute > wall.hour * 60 + (wall.minute ?? 0)) {
        const { index: _i, end: _e, ...day } = wall;
        out.push({ ...day, hour, minute, second: 0, index: wall.end + to[0].search(/\d/), end: at });
        until = at;
      }
    }
  }
  return out;
}

/**
 * A zone and its offset. The sign sits on "UTC"/"GMT" or one space from it and the digits sit on the
 * sign ("UTC+8", "UTC +8", "UTC+08:00", "GMT-3"), and what follows is not a date or a time: in
 * "10:00 UTC – 12 August" and "10:00 UTC - 12:00 UTC" the dash is the range's, the zone plain UTC
 * (read as UTC-12 it put the end 12 h late). A sign with a space on both sides ("UTC + 8") is an
 * offset only when a bracket or the line's end closes it.
 */
const OFFSET_AFTER_ZONE = String.raw`\s?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d|:\d|\s*(?:[ap]\.?m\b|(?:of\s+)?${MONTH_WORD}(?![a-z])|[年月日号]|[-/.]\s*\d))|\s([+-])\s(\d{1,2})(?::(\d{2}))?(?=\s*(?:[)\]]|$))`;
/**
 * Zones announcements name instead of an offset: abbreviations ("WIB", "( HKT)") and names ("Vietnam
 * time", "北京时间", "东八区时间"). Only names with one meaning: "CST" (China or US Central) and "IST"
 * (India or Israel) are left out, so the window falls back to a stated offset or says it assumed one.
 */
/** Right after a time ("11:59 PM Pacific", "6:00 pm (Central)"): where "Pacific", "Central" and the like name a zone. */
const AFTER_TIME = String.raw`(?<=(?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?|\d{1,2}[:.]\d{2})\s?[(（]?)`;
const NAMED_ZONES: [RegExp, string][] = [
  [
    /北京时间|香港时间|新加坡时间|台北时间|台湾时间|东八区|马来西亚时间|菲律宾时间|beijing\s+time|china\s+standard\s+time|singapore\s+time|hong\s*kong\s+time|taipei\s+time|taiwan\s+time|(?<![a-z])(?:sgt|hkt|pht|myt|awst|wita)(?![a-z])/,
    '+08:00',
  ],
  [
    /越南时间|泰国时间|印尼时间|雅加达时间|vietnam(?:ese)?\s+time|thailand\s+time|bangkok\s+time|jakarta\s+time|indonesia(?:n)?\s+(?:western\s+)?time|(?<![a-z])(?:wib|ict)(?![a-z])/,
    '+07:00',
  ],
  [
    /韩国时间|首尔时间|日本时间|东京时间|korea(?:n)?\s+(?:standard\s+)?time|seoul\s+time|japan(?:ese)?\s+(?:standard\s+)?time|tokyo\s+time|(?<![a-z])(?:kst|jst|wit)(?![a-z])/,
    '+09:00',
  ],
  [/印度时间|india(?:n)?\s+(?:standard\s+)?time/, '+05:30'],
  [/迪拜时间|dubai\s+time|gulf\s+standard\s+time|(?<![a-z])gst(?![a-z])/, '+04:00'],
  [/莫斯科时间|moscow\s+time|(?<![a-z])msk(?![a-z])|(?<![\u0400-\u04ff])мск(?![\u0400-\u04ff])|по\s+московскому\s+времени/, '+03:00'],
  // Africa's zones: East (Kenya, Tanzania), Central and South (Zimbabwe, South Africa), West (Nigeria); none keeps daylight time.
  [/east\s+africa(?:n)?\s+time|(?<![a-z])eat(?![a-z])/, '+03:00'],
  [/(?:central|south)\s+africa(?:n)?\s+(?:standard\s+)?time|(?<![a-z])(?:cat|sast)(?![a-z])/, '+02:00'],
  [/west\s+africa(?:n)?\s+time|(?<![a-z])wat(?![a-z])/, '+01:00'],
  [/newfoundland\s+standard\s+time|(?<![a-z])nst(?![a-z])/, '-03:30'],
  [/newfoundland\s+daylight\s+time|(?<![a-z])ndt(?![a-z])/, '-02:30'],
  [/(?<![a-z])cest(?![a-z])/, '+02:00'],
  [/(?<![a-z])(?:cet|bst)(?![a-z])/, '+01:00'],
  [/(?<![a-z])(?:edt|e\.d\.t\.?)(?![a-z])/, '-04:00'],
  [/(?<![a-z])(?:est|cdt|e\.s\.t\.?)(?![a-z])/, '-05:00'],
  [/(?<![a-z])(?:pdt|p\.d\.t\.?)(?![a-z])/, '-07:00'],
  [/(?<![a-z])(?:pst|p\.s\.t\.?)(?![a-z])/, '-08:00'],
  [/(?<![a-z])(?:mst|m\.s\.t\.?)(?![a-z])/, '-07:00'],
  [/(?<![a-z])(?:mdt)(?![a-z])/, '-06:00'],
  [/(?<![a-z])aedt(?![a-z])/, '+11:00'],
  [/(?<![a-z])aest(?![a-z])/, '+10:00'],
  // The UK's time by name: GMT, or BST while summer time runs (zoneOffsetOn).
  [/\b(?:uk|british|london)\s+time\b/, 'UK:Z'],
  // Eastern and Central Europe's time by name ("23:59 ч. българско време", "ora României", "Suomen aikaa",
  // "heure de Paris", "deutscher Zeit"): +02:00 and +01:00, an hour more while summer time runs (zoneOffsetOn).
  [
    /българско\s+време|bulgarian\s+time|ora\s+(?:româniei|romaniei|românească|romaneasca)|romanian\s+time|suomen\s+aikaa|finnish\s+time|helsinki\s+time|greek\s+time|athens\s+time|ώρα\s+ελλάδας|eastern\s+european\s+time/,
    'EU:+02:00',
  ],
  [
    /central\s+european\s+time|heure\s+(?:de\s+paris|française|francaise)|paris\s+time|(?:deutscher|mitteleuropäischer)\s+zeit|german\s+time|berlin\s+time|ora\s+italiana|italian\s+time|hora\s+(?:peninsular|española|espanola)|spanish\s+time|madrid\s+time|czasu\s+polskiego|polsk\w*\s+stref\w*\s+czasow\w*|polish\s+time|amsterdam\s+time|nederlandse\s+tijd|svensk\s+tid|stockholm\s+time/,
    'EU:+01:00',
  ],
  // Sydney's and Melbourne's time by name: +10:00, or +11:00 while their daylight time runs (zoneOffsetOn).
  [
    /(?:sydney|melbourne|canberra)(?:\s?\/\s?(?:sydney|melbourne|canberra))*\s+time\b|australian\s+(?:eastern\s+)?(?:(?:standard|daylight)\s+)?time\b/,
    'AU:+10:00',
  ],
  // A US zone without its standard/daylight letter ("PT", "太平洋时间", "Central Time (US)", "6:00 PM Central"):
  // its offset depends on the date (usZoneOffset).
  // ("Pacific", "Mountain", "Central", "Eastern" alone only after a time: "11:59 PM Pacific", not "the Commonwealth
  // Book Prize (Pacific region)", "Central Library", "Eastern Cape".)
  [new RegExp(String.raw`太平洋时间|美西时间|pacific\s+time|(?<![a-z])pt(?![a-z])|${AFTER_TIME}pacific(?![a-z])`), 'US:-08:00'],
  [new RegExp(String.raw`mountain\s+time|(?<![a-z])mt(?![a-z])|${AFTER_TIME}mountain(?![a-z])`), 'US:-07:00'],
  [new RegExp(String.raw`central\s+time|(?<![a-z])ct(?![a-z])|${AFTER_TIME}central(?![a-z])`), 'US:-06:00'],
  [new RegExp(String.raw`美东时间|美国东部时间|eastern\s+time|(?<![a-z])et(?![a-z])|${AFTER_TIME}eastern(?![a-z])`), 'US:-05:00'],
];

/**
 * The offset of a zone on a day: itself, or for a US zone named without its letter ("US:-08:00",
 * from "PT") the standard offset, or an hour more while daylight time runs (from 02:00 on March's
 * second Sunday to 02:00 on November's first, the rule since 2007); for Sydney's time by name
 * ("AU:+10:00") +11:00 from October's first Sunday to April's first ("Australian time" is read as
 * Sydney's, though Brisbane and Perth keep no daylight time); for the UK's ("UK:Z") +01:00 and for
 * Europe's ("EU:+02:00", "EU:+01:00") an hour more from March's last Sunday to October's last.
 */
export function zoneOffsetOn(zone: string, d: { year: number; month: number; day: number; hour?: number }): string {
  if (zone.startsWith('UK:') || zone.startsWith('EU:')) {
    // Summer time from 01:00 UTC on March's last Sunday to 01:00 UTC on October's last (the UK's and the EU's rule).
    const last = (month: number) => {
      const end = new Date(Date.UTC(d.year, month, 0));
      return end.getUTCDate() - end.getUTCDay();
    };
    const at = Date.UTC(d.year, d.month - 1, d.day, d.hour ?? 12);
    const standard = zone.slice(3);
    if (!(at >= Date.UTC(d.year, 2, last(3), 1) && at < Date.UTC(d.year, 9, last(10), 1))) return standard;
    return standard === 'Z' ? '+01:00' : `+${pad2(Number(standard.slice(1, 3)) + 1)}${standard.slice(3)}`;
  }
  if (zone.startsWith('AU:')) {
    // Daylight time from October's first Sunday to April's first (the rule since 2008).
    const first = (month: number) => 1 + ((7 - new Date(Date.UTC(d.year, month - 1, 1)).getUTCDay()) % 7);
    const at = Date.UTC(d.year, d.month - 1, d.day, d.hour ?? 12);
    const daylight = at < Date.UTC(d.year, 3, first(4), 3) || at >= Date.UTC(d.year, 9, first(10), 2);
    return daylight ? '+11:00' : zone.slice(3);
  }
  if (!zone.startsWith('US:')) return zone;
  const standard = zone.slice(3);
  const sunday = (month: number, nth: number) => {
    const first = new Date(Date.UTC(d.year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const at = Date.UTC(d.year, d.month - 1, d.day, d.hour ?? 12);
  const daylight = at >= Date.UTC(d.year, 2, sunday(3, 2), 2) && at < Date.UTC(d.year, 10, sunday(11, 1), 2);
  if (!daylight) return standard;
  const hours = Number(standard.slice(1, 3)) - 1;
  return `-${String(hours).padStart(2, '0')}:00`;
}
/** "UTC", "GMT+8"; not a field's name in a page's JSON ("date_gmt", "modified_gmt"). */
const TZ_RE = new RegExp(String.raw`(?<![a-z_])(utc|gmt)(?:${OFFSET_AFTER_ZONE})?(?![a-z0-9_])`);

/**
 * Where a named zone sits on a line, or null. An abbreviation or a lone word ("CET", "EST", "WIB",
 * "Central") counts only after a time ("10:00 CET", "5 pm EST", "midnight EST"), a whole date ("Jan 03, 2020 EST") or in brackets ("(HKT)"): alone it is as often a word or a
 * token ("10,000 CET" is CoinEx's token).
 */
function namedZoneAt(n: string, re: RegExp): number | null {
  for (const z of n.matchAll(new RegExp(re.source, 'g'))) {
    if (!/^[a-z]+$/.test(z[0])) return z.index;
    if (ZONE_CONTEXT.test(n.slice(Math.max(0, z.index - 24), z.index)) || /^\s?[)）]/.test(n.slice(z.index + z[0].length))) return z.index;
  }
  return null;
}
const ZONE_CONTEXT = new RegExp(
  String.raw`(?:\d[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?\s?(?:[(（]\s?noon\s?[)）]\s?)?[(（]?\s?|\d\s?[ap]\.?m\.?\s?[(（]?\s?|\b(?:midnight|noon)\s?[(（]?\s?|${MONTH_WORD}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d{2}\s?|[(（]\s?)$`,
);

/** The offset a line states ("UTC+8" → "+08:00", "(UTC)" → "Z", "WIB" → "+07:00"), or null. */
export function offsetIn(n: string): string | null {
  const m = TZ_RE.exec(n);
  // A named zone written before a bare "UTC" is the one meant ("10:00 WIB (UTC)" is rare; "HKT" alone is common).
  let named: { at: number; offset: string } | null = null;
  for (const [re, offset] of NAMED_ZONES) {
    const z = namedZoneAt(n, re);
    if (z !== null && (!named || z < named.at)) named = { at: z, offset };
  }
  if (!m) return named?.offset ?? null;
  const sign = m[2] ?? m[5];
  if (!sign) return named && named.at < m.index ? named.offset : 'Z';
  const h = Number(m[3] ?? m[6]);
  const min = Number(m[4] ?? m[7] ?? 0);
  if (h > 14 || min > 59) return null;
  if (h === 0 && min === 0) return 'Z';
  return `${sign}${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

export function isoOf(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: string): string {
  const base = wallClockToIso({ year, month, day }, { hour, minute }, offset);
  return second ? base.replace(/:00(?=Z$|[+-]\d\d:\d\d$)/, `:${pad2(second)}`) : base;
}

export function isoFromMs(ms: number, offset: string): string {
  const d = new Date(ms + offsetMinutes(offset) * 60_000);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), 0, offset);
}

export function yearAt(ms: number, offset: string): number {
  return new Date(ms + offsetMinutes(offset) * 60_000).getUTCFullYear();
}
