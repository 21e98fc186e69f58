import { classifyScreenshot } from '../../lib/ocr/classify';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS, CONTEST_LIMITS, parseContest, type Contest, type ContestInput } from '../../lib/contests';
import { MAX_ANNOUNCEMENT_CHARS, readAnnouncement, type AnnouncementDraft } from '../../lib/contests/announcement';
import { offsetIn } from '../../lib/contests/announcement/dates';

const FIXTURES = new URL('../fixtures/announcements/', import.meta.url);
/** Before every fixture's window, in the same year: a year the text leaves out is 2025. */
const NOW = Date.parse('2025-06-01T00:00:00Z');
const SEED = BUILTIN_CONTESTS.find((c) => c.id === 'wxtm-2025')!;

function fixture(file: string): string {
  return readFileSync(new URL(file, FIXTURES), 'utf8');
}

function read(file: string, now = NOW): AnnouncementDraft {
  return readAnnouncement(fixture(file), { now });
}

/** The draft as the options page would save it (defaults filled in by the schema). */
function parsed(draft: AnnouncementDraft): Contest {
  const result = parseContest(draft.contest);
  if (!result.ok) throw new Error(`draft does not parse: ${JSON.stringify(result.issues)}`);
  return result.contest;
}

/** The fields a test compares: everything but names, rules and OCR signals. */
function essentials(c: Contest | ContestInput) {
  return {
    tags: c.tags,
    length: c.length,
    window: c.window,
    screenshot: { requirement: c.screenshot.requirement, kinds: c.screenshot.kinds, token: c.screenshot.token },
    prizes: c.prizes,
    pool: c.pool,
  };
}

const codes = (draft: AnnouncementDraft) => draft.warnings.map((w) => w.code);

/** The Launchpool fixture with one phrase of it replaced. */
const launchpoolFixtureWith = (from: string, to: string) => fixture('launchpool-required-zh-hans.txt').replace(from, to);
const missingFields = (draft: AnnouncementDraft) => draft.missing.map((m) => m.field);

describe('the seed announcement (Traditional Chinese, #WXTM创作大赛#)', () => {
  const draft = read('wxtm-2025-seed.txt');

  test('becomes a draft that passes the contest schema', () => {
    expect(parseContest(draft.contest).ok).toBe(true);
  });

  test('equals the built-in contest on tags, length, window, screenshot, prizes and pool', () => {
    expect(essentials(parsed(draft))).toEqual(essentials(SEED));
  });

  test('is slugged and named like the built-in contest, and carries no copy of Gate’s UI words (they are the vocabulary’s)', () => {
    const contest = parsed(draft);
    expect(contest.id).toBe('wxtm-2025');
    expect(contest.name).toEqual(SEED.name);
    expect(contest.screenshot.signals).toEqual({});
    expect(draft.contest.screenshot.signals).toBeUndefined();
  });

  test('keeps the tag characters exactly: Simplified 创/赛 inside a Traditional announcement', () => {
    expect(draft.lang).toBe('zh-Hant');
    expect(draft.contest.tags?.map((t) => t.text)).toEqual(['WXTM创作大赛', 'WXTM']);
  });

  test('says which line each value came from', () => {
    const windowLine = '2025年8月7日 17:00 - 8月12日 24:00(UTC+8)';
    expect(draft.found).toEqual(
      expect.arrayContaining([
        { field: 'window.start', value: '2025-08-07T17:00:00+08:00', source: windowLine, line: 7 },
        { field: 'window.end', value: '2025-08-13T00:00:00+08:00', source: windowLine, line: 7 },
        { field: 'window.displayOffset', value: '+08:00', source: windowLine, line: 7 },
        { field: 'tags.0', value: '#WXTM创作大赛#', source: '添加標籤: #WXTM创作大赛# 和 #WXTM#', line: 11 },
        { field: 'tags.1', value: '#WXTM#', source: '添加標籤: #WXTM创作大赛# 和 #WXTM#', line: 11 },
        { field: 'length.min', value: '100', source: '內容不少於 100 字,形式不限(觀點分析、教程分享、圖文創意等)', line: 10 },
        { field: 'screenshot.requirement', value: 'preferred', source: '附帶參與截圖者優先', line: 20 },
        { field: 'prizes.0', value: '一等獎 ×1: 20000 WXTM', source: '一等獎(1名):20,000 枚 WXTM', line: 14 },
        { field: 'pool', value: '70000 WXTM', source: '聚焦 CandyDrop 第59期 —— MinoTari (WXTM),總獎池 70,000 枚 WXTM 等你贏!', line: 2 },
      ]),
    );
  });

  test('misses nothing; warns that the text stops where Gate clamps it (the rules are quoted as written, not a doubt)', () => {
    expect(draft.missing).toEqual([]);
    expect(codes(draft)).toEqual(['text-cut-off']);
    // 601 characters, ending "需完成 Gate廣場實名" without its 認證: the seed was copied from the clamped preview.
    expect(draft.warnings[0]).toMatchObject({ field: 'rules', line: 23, source: '獲獎用戶需完成 Gate廣場實名' });
  });

  test('reads the two rule lines (originality, real-name), converted to Simplified', () => {
    expect(draft.contest.rules).toEqual([
      { 'zh-Hant': '內容必須原創,禁止抄襲和小號刷量行爲', 'zh-Hans': '内容必须原创,禁止抄袭和小号刷量行为', en: '內容必須原創,禁止抄襲和小號刷量行爲' },
      { 'zh-Hant': '獲獎用戶需完成 Gate廣場實名', 'zh-Hans': '获奖用户需完成 Gate广场实名', en: '獲獎用戶需完成 Gate廣場實名' },
    ]);
  });

  test('pasted together with the post below it, it reads the same contest', () => {
    expect(read('wxtm-2025-seed-with-post.txt').contest).toEqual(draft.contest);
  });
});

/** Each announcement written for these tests, and exactly what it must become. */
const CASES: {
  name: string;
  file: string;
  lang: AnnouncementDraft['lang'];
  id: string;
  expected: ReturnType<typeof essentials>;
  warnings: string[];
  missing: string[];
}[] = [
  {
    name: '(a) single-# tags (#CreatorLeaderboard #GateSquare), a "~" window, 第N名 places and a 第3-10名 range',
    file: 'creator-leaderboard-single-tags.txt',
    lang: 'zh-Hant',
    id: 'creator-leaderboard-2025',
    expected: {
      tags: [
        { text: 'CreatorLeaderboard', style: 'single', alternatives: [] },
        { text: 'GateSquare', style: 'single', alternatives: [] },
      ],
      length: { min: 200, unit: 'zi' },
      window: { start: '2025-09-01T10:00:00+08:00', end: '2025-09-15T22:00:00+08:00', displayOffset: '+08:00' },
      screenshot: { requirement: 'preferred', kinds: ['trade'], token: { symbols: ['GT'], names: [] } },
      prizes: [
        { rank: { 'zh-Hant': '第1名', 'zh-Hans': '第1名', en: '1st place' }, winners: 1, amount: 500, unit: 'USDT' },
        { rank: { 'zh-Hant': '第2名', 'zh-Hans': '第2名', en: '2nd place' }, winners: 1, amount: 300, unit: 'USDT' },
        { rank: { 'zh-Hant': '第3-10名', 'zh-Hans': '第3-10名', en: '3rd–10th place' }, winners: 8, amount: 100, unit: 'USDT' },
      ],
      pool: undefined,
    },
    warnings: [],
    missing: ['pool'],
  },
  {
    name: '(b) an English word minimum ("Minimum 80 words") and a "Solana (SOL)" token',
    file: 'sol-english-word-minimum.txt',
    lang: 'en',
    id: 'sol-summer-2025',
    expected: {
      tags: [
        { text: 'SOLSummer', style: 'weibo', alternatives: [] },
        { text: 'GateSquare', style: 'weibo', alternatives: [] },
      ],
      length: { min: 80, unit: 'words' },
      window: { start: '2025-10-01T12:00:00+08:00', end: '2025-10-07T12:00:00+08:00', displayOffset: '+08:00' },
      screenshot: { requirement: 'preferred', kinds: ['deposit'], token: { symbols: ['SOL'], names: ['Solana'] } },
      prizes: [
        { rank: { 'zh-Hant': '一等獎', 'zh-Hans': '一等奖', en: 'First prize' }, winners: 1, amount: 1000, unit: 'USDT' },
        { rank: { 'zh-Hant': '二等獎', 'zh-Hans': '二等奖', en: 'Second prize' }, winners: 2, amount: 500, unit: 'USDT' },
        { rank: { 'zh-Hant': '三等獎', 'zh-Hans': '三等奖', en: 'Third prize' }, winners: 10, amount: 100, unit: 'USDT' },
      ],
      pool: { amount: 3000, unit: 'USDT' },
    },
    warnings: [],
    missing: [],
  },
  {
    name: '(c) a UTC window in English month names, a required trade screenshot, tags on the line below',
    file: 'eth-utc-window.txt',
    lang: 'en',
    id: 'eth-week-2025',
    expected: {
      tags: [
        { text: 'ETHWeek', style: 'weibo', alternatives: [] },
        { text: 'GateSquare', style: 'weibo', alternatives: [] },
      ],
      length: { min: 150, unit: 'zi' },
      window: { start: '2025-08-07T09:00:00Z', end: '2025-08-12T16:00:00Z', displayOffset: 'Z' },
      screenshot: { requirement: 'required', kinds: ['trade'], token: { symbols: ['ETH'], names: ['Ethereum'] } },
      prizes: [
        { rank: { 'zh-Hant': '前3名', 'zh-Hans': '前3名', en: 'Top 3' }, winners: 3, amount: 500, unit: 'USDT' },
        { rank: { 'zh-Hant': 'Lucky Draw', 'zh-Hans': 'Lucky Draw', en: 'Lucky Draw' }, winners: 20, amount: 25, unit: 'USDT' },
      ],
      pool: undefined,
    },
    warnings: ['prize-shared', 'untranslated'],
    missing: ['pool'],
  },
  {
    name: '(d) a tag with a space inside (#WXTM Creative Contest#), its Chinese alternative and an English 24:00',
    file: 'wxtm-english-tag-with-space.txt',
    lang: 'en',
    id: 'wxtm-creative-contest-2025',
    expected: {
      tags: [
        { text: 'WXTM Creative Contest', style: 'weibo', alternatives: [{ text: 'WXTM创作大赛', style: 'weibo' }] },
        { text: 'WXTM', style: 'weibo', alternatives: [] },
      ],
      length: { min: 100, unit: 'zi' },
      window: SEED.window,
      screenshot: { requirement: 'preferred', kinds: ['deposit', 'trade', 'candydrop'], token: { symbols: ['WXTM'], names: ['MinoTari'] } },
      prizes: SEED.prizes,
      pool: SEED.pool,
    },
    warnings: [],
    missing: [],
  },
  {
    name: '(e) no screenshot rule, no year and no time zone (9月20日 20:00 至 9月27日 20:00), 字數 300 字以上',
    file: 'btc-no-screenshot-rule.txt',
    lang: 'zh-Hant',
    id: 'btc-2025',
    expected: {
      tags: [{ text: 'BTC行情觀點', style: 'weibo', alternatives: [] }],
      length: { min: 300, unit: 'zi' },
      window: { start: '2025-09-20T20:00:00+08:00', end: '2025-09-27T20:00:00+08:00', displayOffset: '+08:00' },
      screenshot: { requirement: 'none', kinds: [], token: { symbols: ['BTC'], names: [] } },
      prizes: [
        { rank: { 'zh-Hant': '前10名', 'zh-Hans': '前10名', en: 'Top 10' }, winners: 10, amount: 50, unit: 'USDT' },
        { rank: { 'zh-Hant': '幸運獎', 'zh-Hans': '幸运奖', en: '幸運獎' }, winners: 25, amount: 20, unit: 'USDT' },
      ],
      pool: { amount: 1000, unit: 'USDT' },
    },
    warnings: ['year-assumed', 'timezone-assumed', 'token-guessed', 'untranslated'],
    missing: ['window.displayOffset', 'screenshot.requirement'],
  },
  {
    name: '(f) Simplified Chinese, a required Launchpool (staking) screenshot and a 23:59 end kept as stated',
    file: 'launchpool-required-zh-hans.txt',
    lang: 'zh-Hans',
    id: 'launchpool-2025',
    expected: {
      tags: [{ text: 'Launchpool创作季', style: 'weibo', alternatives: [] }],
      length: { min: 300, unit: 'zi' },
      window: { start: '2025-11-03T00:00:00+08:00', end: '2025-11-09T23:59:00+08:00', displayOffset: '+08:00' },
      screenshot: { requirement: 'required', kinds: ['staking'], token: { symbols: ['ZKJ'], names: ['Polyhedra Network'] } },
      prizes: [
        { rank: { 'zh-Hant': '一等獎', 'zh-Hans': '一等奖', en: 'First prize' }, winners: 1, amount: 1000, unit: 'USDT' },
        { rank: { 'zh-Hant': '二等獎', 'zh-Hans': '二等奖', en: 'Second prize' }, winners: 5, amount: 200, unit: 'USDT' },
        { rank: { 'zh-Hant': '幸運獎', 'zh-Hans': '幸运奖', en: '幸运奖' }, winners: 50, amount: 20, unit: 'USDT' },
      ],
      pool: { amount: 3000, unit: 'USDT' },
    },
    warnings: ['end-before-midnight', 'untranslated'],
    missing: [],
  },
  {
    name: '(g) start and end on lines of their own (北京时间), tags listed below the instruction, $DOGE and a shared prize',
    file: 'doge-separate-lines-zh-hans.txt',
    lang: 'zh-Hans',
    id: 'doge-2025',
    expected: {
      tags: [
        { text: 'DOGE牛市', style: 'weibo', alternatives: [] },
        { text: 'Gate广场', style: 'weibo', alternatives: [] },
      ],
      length: { min: 500, unit: 'zi' },
      window: { start: '2025-12-01T10:00:00+08:00', end: '2025-12-08T18:00:00+08:00', displayOffset: '+08:00' },
      screenshot: { requirement: 'none', kinds: [], token: { symbols: ['DOGE'], names: [] } },
      prizes: [{ rank: { 'zh-Hant': '前20名', 'zh-Hans': '前20名', en: 'Top 20' }, winners: 20, amount: 500, unit: 'DOGE' }],
      pool: undefined,
    },
    warnings: ['prize-shared', 'untranslated'],
    missing: ['screenshot.requirement', 'pool', 'rules'],
  },
];

describe('announcements written for these tests', () => {
  test('every fixture is covered by a test', () => {
    const covered = new Set([...CASES.map((c) => c.file), 'wxtm-2025-seed.txt', 'wxtm-2025-seed-with-post.txt']);
    expect(
      readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual([...covered].sort());
  });

  test.each(CASES)('$name', ({ file, lang, id, expected, warnings, missing }) => {
    const draft = read(file);
    const contest = parsed(draft);
    expect(draft.lang).toBe(lang);
    expect(contest.id).toBe(id);
    expect(essentials(contest)).toEqual(expected);
    expect(codes(draft)).toEqual(warnings);
    expect(missingFields(draft)).toEqual(missing);
    // Policy only: the words of Gate's pages are the vocabulary's, never copied into a contest.
    expect(contest.screenshot.signals).toEqual({});
  });

  test('a screenshot page the checker does not know is named in the warning', () => {
    const text = launchpoolFixtureWith('Launchpool 质押记录', 'Launchpad 申购记录');
    const draft = readAnnouncement(text, { now: NOW });
    const warning = draft.warnings.find((w) => w.code === 'screenshot-kind-unknown');
    expect(warning).toMatchObject({ field: 'screenshot.kinds', line: 7, source: '须附上本人 Launchpad 申购记录截图,未附截图的作品不计入评选' });
    expect(warning?.message).toContain('Launchpad');
    expect(draft.contest.screenshot.kinds).toEqual([]);
    expect(missingFields(draft)).toContain('screenshot.kinds');
  });

  test('a Launchpool staking record is the staking kind, and the classifier knows its page from the vocabulary', () => {
    const contest = parsed(read('launchpool-required-zh-hans.txt'));
    expect(contest.screenshot.kinds).toEqual(['staking']);
    const v = classifyScreenshot(['质押记录', contest.screenshot.token.symbols[0], '已质押 1,000', '预估收益 12.5', '领取'].join('\n'), contest.screenshot);
    expect(v).toMatchObject({ kind: 'staking', token: true });
  });

  test('the 23:59 end is noted, not rounded up to midnight', () => {
    const draft = read('launchpool-required-zh-hans.txt');
    expect(draft.found).toContainEqual({
      field: 'window.end',
      value: '2025-11-09T23:59:00+08:00',
      source: '活动时间:2025年11月3日 00:00 - 2025年11月9日 23:59 (UTC+8)',
      line: 3,
    });
    expect(draft.warnings.find((w) => w.code === 'end-before-midnight')?.message).toMatch(/23:59: kept as stated/);
  });

  test('a year the announcement leaves out comes from now', () => {
    const draft = read('btc-no-screenshot-rule.txt', Date.parse('2026-03-01T00:00:00Z'));
    expect(draft.contest.window).toEqual({ start: '2026-09-20T20:00:00+08:00', end: '2026-09-27T20:00:00+08:00', displayOffset: '+08:00' });
    expect(draft.warnings).toContainEqual(expect.objectContaining({ code: 'timezone-assumed', message: 'no time zone stated; assumed UTC+8' }));
    expect(draft.warnings).toContainEqual(expect.objectContaining({ code: 'year-assumed', message: 'no year stated; took 2026 from the current date' }));
  });

  test('the English name comes from the English alternative tag, or from the Chinese tag through the glossary', () => {
    expect(read('wxtm-english-tag-with-space.txt').contest.name.en).toBe('WXTM Creative Contest');
    expect(read('launchpool-required-zh-hans.txt').contest.name).toEqual({
      'zh-Hant': 'Launchpool 創作季',
      'zh-Hans': 'Launchpool 创作季',
      en: 'Launchpool Creator Season',
    });
  });

  test('the rules are read in English too', () => {
    expect(read('sol-english-word-minimum.txt').contest.rules?.map((r) => r.en)).toEqual([
      'Content must be original; plagiarism leads to disqualification',
      'Winners must complete identity verification (KYC)',
    ]);
  });

  test('a given language wins over detection', () => {
    const draft = readAnnouncement(fixture('wxtm-2025-seed.txt'), { now: NOW, lang: 'zh-Hans' });
    expect(draft.lang).toBe('zh-Hans');
    expect(draft.contest.rules?.[1]).toEqual({
      'zh-Hant': '獲獎用戶需完成 Gate廣場實名',
      'zh-Hans': '獲獎用戶需完成 Gate廣場實名',
      en: '獲獎用戶需完成 Gate廣場實名',
    });
  });
});

/** One-line announcements: the sentence, then the field and what it must read. */
describe('one line at a time', () => {
  const reading = (text: string) => readAnnouncement(text, { now: NOW });

  test.each([
    ['不少於 100 字', { min: 100, unit: 'zi' }],
    ['内容至少100字', { min: 100, unit: 'zi' }],
    ['Minimum 80 words', { min: 80, unit: 'words' }],
    ['Write at least 150 characters', { min: 150, unit: 'zi' }],
    ['字數 300 字以上', { min: 300, unit: 'zi' }],
    ['a 120-word minimum', { min: 120, unit: 'words' }],
    ['不少于 1,000 字', { min: 1000, unit: 'zi' }],
    ['ＷＸＴＭ 全角：不少於１００字', { min: 100, unit: 'zi' }],
  ])('"%s" is the minimum %o', (text, length) => {
    expect(reading(text).contest.length).toEqual(length);
  });

  test('"more than 50 words" is a minimum of 51, with a warning', () => {
    const draft = reading('Posts of more than 50 words');
    expect(draft.contest.length).toEqual({ min: 51, unit: 'words' });
    expect(codes(draft)).toContain('length-more-than');
  });

  test.each([
    ['2025年8月7日 17:00 - 8月12日 24:00(UTC+8)', '2025-08-07T17:00:00+08:00', '2025-08-13T00:00:00+08:00', '+08:00'],
    ['Aug 7, 2025 09:00 – Aug 12, 2025 16:00 (UTC)', '2025-08-07T09:00:00Z', '2025-08-12T16:00:00Z', 'Z'],
    ['2025/08/07 17:00 ~ 2025/08/12 23:59 UTC+8', '2025-08-07T17:00:00+08:00', '2025-08-12T23:59:00+08:00', '+08:00'],
    ['2025/08/07 17:00 ~ 08/12 23:59:59 (UTC+8)', '2025-08-07T17:00:00+08:00', '2025-08-12T23:59:59+08:00', '+08:00'],
    ['2025-08-07T17:00 to 2025-08-12T24:00 (GMT+8)', '2025-08-07T17:00:00+08:00', '2025-08-13T00:00:00+08:00', '+08:00'],
    ['7 August 2025, 9:00 AM – 12 August 2025, 4:00 PM (UTC-5)', '2025-08-07T09:00:00-05:00', '2025-08-12T16:00:00-05:00', '-05:00'],
    ['2025年12月28日 10:00 - 1月5日 18:00 (UTC+8)', '2025-12-28T10:00:00+08:00', '2026-01-05T18:00:00+08:00', '+08:00'],
    ['活動時間:2025年8月7日下午5點 至 8月12日晚上11點半(UTC+8)', '2025-08-07T17:00:00+08:00', '2025-08-12T23:30:00+08:00', '+08:00'],
    ['Campaign period: Aug 7 – Aug 12, 2025 (UTC+5:30)', '2025-08-07T00:00:00+05:30', '2025-08-13T00:00:00+05:30', '+05:30'],
  ])('"%s" is the window %s – %s (%s)', (text, start, end, displayOffset) => {
    const draft = reading(text);
    expect(draft.contest.window).toEqual({ start, end, displayOffset });
    expect(parseContest(draft.contest).ok).toBe(true);
  });

  test('a window without times says so: start 00:00, end 24:00 assumed', () => {
    const draft = reading('Campaign period: Aug 7 – Aug 12, 2025 (UTC+5:30)');
    expect(draft.warnings.filter((w) => w.code === 'time-assumed').map((w) => w.field)).toEqual(['window.start', 'window.end']);
  });

  test('an end before the start, both stated in full, is kept and warned about', () => {
    const draft = reading('2025年8月12日 17:00 - 2025年8月7日 17:00 (UTC+8)');
    expect(codes(draft)).toContain('window-reversed');
    expect(parseContest(draft.contest)).toMatchObject({ ok: false, issues: [{ path: 'window.end' }] });
  });

  test.each([
    ['附帶參與截圖者優先', 'preferred'],
    ['Posts with a deposit screenshot get priority', 'preferred'],
    ['You must attach a screenshot of your trade', 'required'],
    ['須附充值截圖', 'required'],
    ['须附上交易截图,否则无效', 'required'],
    ['Screenshots are optional', 'none'],
    ['無需截圖', 'none'],
    ['Attach a screenshot of your deposit', 'required'],
    ['No proof rule here at all', 'none'],
  ])('"%s" makes the screenshot %s', (text, requirement) => {
    expect(reading(text).contest.screenshot.requirement).toBe(requirement);
  });

  test('a screenshot asked for without "must" or "priority" is read as required, with a warning', () => {
    expect(codes(reading('Attach a screenshot of your deposit'))).toContain('screenshot-implied');
  });

  test.each([
    ['附本人活動截圖(如充值記錄、交易頁面或 CandyDrop 報名圖)', ['deposit', 'trade', 'candydrop']],
    ['Must attach a screenshot of your deposit record', ['deposit']],
    ['必須附上現貨交易截圖', ['trade']],
    ['須附 CandyDrop 報名截圖', ['candydrop']],
  ])('"%s" accepts the kinds %o', (text, kinds) => {
    expect(reading(text).contest.screenshot.kinds).toEqual(kinds);
  });

  test.each([
    ['一等獎(1名):20,000 枚 WXTM', { 'zh-Hant': '一等獎', 'zh-Hans': '一等奖', en: 'First prize' }, 1, 20000, 'WXTM'],
    ['1st Prize (1 winner): 20,000 WXTM', { 'zh-Hant': '一等獎', 'zh-Hans': '一等奖', en: 'First prize' }, 1, 20000, 'WXTM'],
    ['二等奖(3名):每人 10,000 枚 WXTM', { 'zh-Hant': '二等獎', 'zh-Hans': '二等奖', en: 'Second prize' }, 3, 10000, 'WXTM'],
    ['4th-10th Place: 50 USDT each', { 'zh-Hant': '第4-10名', 'zh-Hans': '第4-10名', en: '4th–10th place' }, 7, 50, 'USDT'],
    ['Lucky Draw (20 winners): $25', { 'zh-Hant': 'Lucky Draw', 'zh-Hans': 'Lucky Draw', en: 'Lucky Draw' }, 20, 25, 'USD'],
    ['十二等獎(5名):1萬 GT', { 'zh-Hant': '十二等獎', 'zh-Hans': '十二等奖', en: '12th prize' }, 5, 10000, 'GT'],
  ])('"%s" is the prize %o ×%i: %d %s', (text, rank, winners, amount, unit) => {
    expect(reading(text).contest.prizes).toEqual([{ rank, winners, amount, unit }]);
  });

  test.each([
    ['總獎池 70,000 枚 WXTM', { amount: 70000, unit: 'WXTM' }],
    ['Total prize pool: 3,000 USDT', { amount: 3000, unit: 'USDT' }],
    ['总奖池高达 5万 USDT', { amount: 50000, unit: 'USDT' }],
  ])('"%s" is the pool %o', (text, pool) => {
    expect(reading(text).contest.pool).toEqual(pool);
  });

  test('prizes that do not add up to the pool are warned about', () => {
    const draft = reading('總獎池 1,000 USDT\n一等獎(1名):600 USDT\n二等獎(2名):300 USDT');
    expect(draft.warnings).toContainEqual(
      expect.objectContaining({ code: 'prizes-vs-pool', message: 'the prizes add up to 1200 USDT but the pool is 1000 USDT' }),
    );
  });
});

describe('tags', () => {
  const tagsOf = (text: string) => readAnnouncement(text, { now: NOW }).contest.tags;

  test('only the tags of the instruction line are required', () => {
    expect(tagsOf('📢 #Other# 活動開始\n添加標籤: #WXTM创作大赛# 和 #WXTM#')).toEqual([
      { text: 'WXTM创作大赛', style: 'weibo', alternatives: [] },
      { text: 'WXTM', style: 'weibo', alternatives: [] },
    ]);
  });

  test('without an instruction line every tag is required, with a warning', () => {
    const draft = readAnnouncement('Join #GateSquare now! Post with #WXTM# today.', { now: NOW });
    expect(draft.contest.tags).toEqual([
      { text: 'GateSquare', style: 'single', alternatives: [] },
      { text: 'WXTM', style: 'weibo', alternatives: [] },
    ]);
    expect(codes(draft)).toContain('tags-not-instructed');
  });

  test('decoration is not a tag: markdown headings, keycaps, links, C#', () => {
    const text = '# Rules\n## How to join\n#️⃣ Step one: see https://www.gate.com/post#comments\nC# developers welcome\nUse the hashtag #GateSquare#';
    expect(tagsOf(text)).toEqual([{ text: 'GateSquare', style: 'weibo', alternatives: [] }]);
  });

  test('a full-width ＃ is not a tag (the hashtag definition), so a tag written with one is not required', () => {
    expect(tagsOf('添加標籤: ＃WXTM＃ 和 #WXTM创作大赛#')).toEqual([{ text: 'WXTM创作大赛', style: 'weibo', alternatives: [] }]);
  });

  test('an "or" between two tags makes the second an alternative', () => {
    expect(tagsOf('Use the hashtags #WXTM Creative Contest# or #WXTM创作大赛#, and #WXTM#')).toEqual([
      { text: 'WXTM Creative Contest', style: 'weibo', alternatives: [{ text: 'WXTM创作大赛', style: 'weibo' }] },
      { text: 'WXTM', style: 'weibo', alternatives: [] },
    ]);
  });
});

/** What issue 11 asked of the reader, one short text at a time (the real texts are in announcement-real.test.ts). */
describe('doubts are warnings on their fields', () => {
  const reading = (text: string, options: { published?: number } = {}) => readAnnouncement(text, { now: NOW, ...options });
  const on = (draft: AnnouncementDraft) => draft.warnings.map((w) => `${w.code}@${w.field}`);

  describe('a year the text leaves out', () => {
    const yearless = '時間:9月20日 20:00 至 9月27日 20:00 (UTC+8)';

    test("comes from the post's own date when the page shows one, without a doubt", () => {
      const draft = reading(yearless, { published: Date.parse('2024-09-01T12:00:00Z') });
      expect(draft.contest.window).toEqual({ start: '2024-09-20T20:00:00+08:00', end: '2024-09-27T20:00:00+08:00', displayOffset: '+08:00' });
      expect(codes(draft)).not.toContain('year-assumed');
    });

    test.each([
      ['five days after the start: the same year', yearless, '2024-09-25T12:00:00Z', '2024-09-20T20:00:00+08:00'],
      ['on 28 December, for 5 January: the next year', '時間:1月5日 20:00 至 1月10日 20:00 (UTC+8)', '2024-12-28T12:00:00Z', '2025-01-05T20:00:00+08:00'],
    ])('published %s', (_name, text, published, start) => {
      expect(reading(text, { published: Date.parse(published) }).contest.window.start).toBe(start);
    });

    test("without a post date it is taken from now, with a doubt on the start (the end takes the start's year)", () => {
      expect(on(reading(yearless)).filter((w) => w.startsWith('year-assumed'))).toEqual(['year-assumed@window.start']);
    });
  });

  test.each([
    ['Event Period: August 11 – 20, 2025 (UTC)', '2025-08-11T00:00:00Z', '2025-08-21T00:00:00Z', 'Z'],
    ['活动时间:2025年8月11日至20日 10:00 (UTC+8)', '2025-08-11T00:00:00+08:00', '2025-08-20T10:00:00+08:00', '+08:00'],
    ['2025年8月11日 — 8月20日', '2025-08-11T00:00:00+08:00', '2025-08-21T00:00:00+08:00', '+08:00'],
  ])('"%s": a compact range, the month and year written once', (text, start, end, displayOffset) => {
    expect(reading(text).contest.window).toEqual({ start, end, displayOffset });
  });

  test('a window without a zone assumes UTC+8 and says so on the zone', () => {
    const draft = reading('2025年8月11日 — 8月20日');
    expect(on(draft)).toEqual(['time-assumed@window.start', 'time-assumed@window.end', 'timezone-assumed@window.displayOffset']);
    expect(draft.warnings[2].message).toBe('no time zone stated; assumed UTC+8');
  });

  test('an event with no dates, only "長期有效", says the end is a placeholder', () => {
    const draft = reading('📅 活動時間: 長期有效(月底結算)');
    expect(on(draft)).toEqual(['window-open-ended@window.end']);
    expect(missingFields(draft)).toEqual(expect.arrayContaining(['window.start', 'window.end']));
  });

  test.each([
    ['帖子字數需 大於30字', 31, 'zi'],
    ['内容超过 50 字', 51, 'zi'],
    ['Posts of more than 50 words', 51, 'words'],
  ])('"%s" is strictly more: a minimum of %i, with a warning on the minimum', (text, min, unit) => {
    const draft = reading(text);
    expect(draft.contest.length).toEqual({ min, unit });
    expect(on(draft)).toContain('length-more-than@length.min');
  });

  test('a minimum for the first post only, or an image post instead, is kept with a warning', () => {
    const draft = reading('首月发首帖(≥ 50 字或图文帖)即可得 $50 仓位体验券');
    expect(draft.contest.length).toEqual({ min: 50, unit: 'zi' });
    expect(on(draft)).toContain('length-conditional@length.min');
    expect(on(reading('內容不少於 100 字'))).not.toContain('length-conditional@length.min');
  });

  test('a title tag that differs from the rule tag: the rule tag is kept, the warning names both', () => {
    const draft = reading('發布您的 #我的2026第一帖,與全球用戶共同迎接\n參與方式:\n帶話題 #我的2026第一条帖 發帖');
    expect(draft.contest.tags).toEqual([{ text: '我的2026第一条帖', style: 'single', alternatives: [] }]);
    expect(draft.warnings).toContainEqual(
      expect.objectContaining({ code: 'title-tag-differs', field: 'tags.0', line: 1, message: expect.stringMatching(/#我的2026第一帖.*#我的2026第一条帖/) }),
    );
  });

  test('the same tag in the title and the rule raises nothing', () => {
    expect(codes(reading('📢 #PUBLIC创作大赛# 正式开启\n添加话题: #PUBLIC创作大赛#'))).not.toContain('title-tag-differs');
  });

  test('"must attach" against "posts with one get priority": required, with a warning', () => {
    const draft = reading('帖子需附帶 Launchpool 參與截圖\n含有 Launchpool 參與截圖的帖子將優先考慮');
    expect(draft.contest.screenshot.requirement).toBe('required');
    expect(on(draft)).toContain('screenshot-conflict@screenshot.requirement');
  });

  test.each([
    ['須附 Launchpool 質押記錄截圖', ['staking']],
    ['Include CandyDrop or Launchpool participation screenshot', ['candydrop', 'staking']],
    ['Must attach a screenshot of your staking record', ['staking']],
  ])('"%s" accepts the kinds %o', (text, kinds) => {
    expect(reading(text).contest.screenshot.kinds).toEqual(kinds);
  });

  test('a "Details:" link is the contest page, and the writer is told the rules continue there', () => {
    const draft = reading('Apply Now: https://www.gate.com/questionnaire/7159\nDetails: https://www.gate.com/announcements/article/47889');
    expect(draft.contest.url).toBe('https://www.gate.com/announcements/article/47889');
    expect(on(draft)).toContain('rules-linked@rules');
  });

  test('a stablecoin in brackets is a table header, not the token', () => {
    const draft = reading('Rank Reward (USDT) Slots\n1st Place 200 1');
    expect(draft.found.some((f) => f.field === 'screenshot.token.symbols')).toBe(false);
  });

  test('"1,500 $PUBLIC" is an amount in PUBLIC, and a keycap number is not part of the rank', () => {
    expect(reading('🥇 一等奖(1名):1,500 $PUBLIC').contest.prizes).toEqual([
      { rank: { 'zh-Hant': '一等獎', 'zh-Hans': '一等奖', en: 'First prize' }, winners: 1, amount: 1500, unit: 'PUBLIC' },
    ]);
    expect(reading('1️⃣ Daily Lucky Winner (1 winner): 30 GT').contest.prizes?.[0].rank.en).toBe('Daily Lucky Winner');
  });

  test('a registration step and who may take part are kept as rules', () => {
    expect(reading('报名活动表单:https://www.gate.com/questionnaire/7315').contest.rules?.map((r) => r['zh-Hans'])).toEqual([
      '报名活动表单:https://www.gate.com/questionnaire/7315',
    ]);
    expect(reading('用戶需爲首次發帖的新用戶或一個月未發帖的回歸用戶。').contest.rules).toHaveLength(1);
  });

  describe('a text cut off mid-way', () => {
    const cut = (text: string) => reading(text).warnings.find((w) => w.code === 'text-cut-off');

    test.each([
      [
        'a bracket left open',
        'Include screenshots of your Launchpool participation (e.g., staking record, reward',
        'screenshot.kinds',
        'a bracket or quote is left open',
      ],
      ['a rank with nothing after it', '🏆 Rewards:\n🥇 1st', 'prizes', 'it ends on a rank with no prize'],
      ['a heading with nothing after it', '📌 How to Participate:\nMinimum 80 words\n🏆 Rewards:', '', 'it ends on a heading'],
      ['a word cut after a full sentence', 'Submissions must be original. Plagiarism or re', 'rules', 'it stops mid-sentence'],
      ['an item cut after a full item', '1. Publish at least 7 posts.\n2. Con', '', 'it stops mid-sentence'],
      ['an ellipsis', '活動時間:2025年8月11日 — 8月20日\n內容需原創,禁止抄襲…', 'rules', 'it ends with an ellipsis'],
      [
        "Gate's clamp: about 600 characters, no closing punctuation",
        `${'活動說明。\n'.repeat(99)}獲獎用戶需完成實名`,
        'rules',
        'the length Gate clamps pinned posts to',
      ],
    ])('%s is warned about, on the field of its last line', (_name, text, field, because) => {
      expect(cut(text)).toMatchObject({ field });
      expect(cut(text)?.message).toContain(because);
    });

    test.each([
      ['a Chinese list line without a full stop', '注意事項\n所有內容須爲原創\nGate 保留本次活動的最終解釋權'],
      ['a closing link', 'Apply Now: https://www.gate.com/questionnaire/7159'],
      ['a finished sentence', 'Winners must complete Gate Square real-name verification.'],
      ['a closing bracket', '- Winners must complete identity verification (KYC)'],
      ['an emoji', '現在就開始廣場創作之旅吧!🎉'],
      ['a line of Latin words after lines without stops', '奖励:前 20 名瓜分 10,000 DOGE'],
    ])('%s is not', (_name, text) => {
      expect(cut(text)).toBeUndefined();
    });
  });

  test('the fold keeps every position: a folded line is as long as the line', async () => {
    const { foldProse } = await import('../../lib/text/fold');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => foldProse(s).length === s.length));
    expect(foldProse('帶上話題 ＃ＷＸＴＭ — 須')).toBe('带上话题 #wxtm - 须');
  });
});

describe('what could not be found', () => {
  const EVERYTHING = [
    'name',
    'window.start',
    'window.end',
    'window.displayOffset',
    'length.min',
    'tags',
    'screenshot.requirement',
    'screenshot.token.symbols',
    'prizes',
    'pool',
    'rules',
  ];

  test.each([
    ['an empty text', ''],
    ['an irrelevant text', 'Hello world.\n今天天氣不錯,我們去公園散步吧。\n\n   '],
  ])('%s yields a valid draft whose missing list names every field', (_name, text) => {
    const draft = readAnnouncement(text, { now: NOW });
    expect(draft.found).toEqual([]);
    expect(missingFields(draft)).toEqual(EVERYTHING);
    expect(parseContest(draft.contest).ok).toBe(true);
    expect(draft.contest.window).toEqual({ start: '2025-06-01T00:00:00+08:00', end: '2025-06-08T00:00:00+08:00', displayOffset: '+08:00' });
    expect(draft.contest.screenshot.token.symbols).toEqual(['TOKEN']);
  });
});

describe('robustness', () => {
  const nowArb = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') });
  const valid = (draft: AnnouncementDraft) => parseContest(draft.contest).ok || draft.warnings.some((w) => w.code === 'window-reversed');

  test('never throws on arbitrary strings, and the draft always parses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), nowArb, (text, now) => {
        const draft = readAnnouncement(text, { now });
        expect(valid(draft)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on shuffled announcement fragments', () => {
    const fragments = [
      '#WXTM创作大赛#',
      '#WXTM#',
      '#',
      '＃',
      '#A B#',
      '#CreatorLeaderboard',
      '添加標籤:',
      'Use the hashtags',
      ' 或 ',
      ' or ',
      '2025年8月7日 17:00',
      ' - ',
      '8月12日 24:00',
      '(UTC+8)',
      'Aug 7, 2025 09:00',
      '(UTC)',
      '23:59',
      '2025/08/12',
      '不少於 100 字',
      'Minimum 80 words',
      '截圖',
      '優先',
      'must attach a screenshot',
      'Launchpool',
      '一等獎(1名):',
      '20,000 枚 WXTM',
      '總獎池',
      '1st Prize (1 winner):',
      '$',
      'MinoTari (WXTM)',
      '\n',
      '\n',
      ' ',
      '內容必須原創',
      'https://www.gate.com/post#x',
      '🏆',
      '0',
      '99999999999999999999',
      '第3-10名',
      '瓜分',
      'Top 3',
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 4 })), { maxLength: 40 }), nowArb, (parts, now) => {
        const draft = readAnnouncement(parts.join(''), { now });
        expect(valid(draft)).toBe(true);
        for (const f of draft.found) expect(f.line).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  test('odd arguments give a draft, not an exception', () => {
    expect(() => readAnnouncement(undefined as unknown as string, { now: NaN })).not.toThrow();
    expect(readAnnouncement(42 as unknown as string, { now: NOW, lang: 'xx' as never }).lang).toBe('en');
  });
});

describe('hostile text', () => {
  const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const N = 200_000;
  const valid = (draft: AnnouncementDraft) => parseContest(draft.contest).ok || draft.warnings.some((w) => w.code === 'window-reversed');

  /**
   * Shapes that made a pattern backtrack (scripts/bench-reader.ts times more). Read whole, past the
   * paste limit, so every pattern meets 200,000 characters; vitest's default 5 s is the bound
   * (200k digits took 210 s before).
   */
  const HOSTILE: [sentence: string, text: string][] = [
    ['200,000 digits', fill('1', N)],
    ['200,000 digits and a letter', `${fill('1', N - 1)}x`],
    ['200,000 capitals (a ticker that never ends)', fill('A', N)],
    ['capitals, then a ticker in brackets', `${fill('A', N - 7)} (WXTM)`],
    ['a date, then 200,000 spaces', `8月7日${fill(' ', N)}x`],
    ['a month and day, then spaces', `aug 7${fill(' ', N)}x`],
    ['two dates 200,000 spaces apart', `8月7日${fill(' ', N)}8月12日`],
    ['"minimum", then spaces', `minimum${fill(' ', N)}x`],
    ['"加" (add), then spaces', `加${fill(' ', N)}x`],
    ['a number, then spaces and a letter', `1${fill(' ', N)}x`],
    ['"第", then spaces and a number', `第${fill(' ', N)}1x`],
    ['a prize rank with a long dash tail', `第1名${fill('- ', N)}100 USDT`],
    ['a link of 200,000 closing brackets', `https://www.gate.com/${fill(')', N)}`],
    ['a link with a long punctuation tail', `https://www.gate.com/${fill('.', N)}x`],
    ['100 links of 2,000 closing brackets', fill(`https://www.gate.com/${')'.repeat(1978)} `, N)],
    ['links of 16 closing brackets, the most a link may end in', fill(`https://www.gate.com/${')'.repeat(16)} `, N)],
    ['200,000 # signs', fill('#', N)],
    ['#a runs', fill('#a', N)],
    ['100,000 short lines', fill('1\n', N)],
    ['digits, spaces, # and dates mixed', fill('12,345 #1 8月 7 日 17: 00 - ', N)],
    ['a wall of minimums on one line', fill('至少100字 ', N)],
    ['a wall of categories and minimums on one line', fill('组:100字以上,', N)],
    ['a wall of lengths too small to count', fill('至少五字 ', N)],
    ['a wall of titles’ lengths', fill('标题10字以上 ', N)],
    ['a length, then spaces', `100字${fill(' ', N)}x`],
    ['spaces, then a minimum', `x${fill(' ', N)}y至少100字`],
    ['"word count min", then spaces', `word count min${fill(' ', N)}x`],
    ['same-day time ranges', fill('aug 1, 2025 8am-8pm and then some more text ', N)],
  ];

  test.each(HOSTILE)(
    '%s: read in time, and the draft still parses',
    (_sentence, text) => {
      const draft = readAnnouncement(text, { now: NOW, limit: Infinity });
      expect(valid(draft)).toBe(true);
    },
    5_000,
  );

  test('a paste past the limit is read from its start: the announcement on top still makes its contest', () => {
    const text = `${fixture('wxtm-2025-seed.txt')}\n${fill('9', N)}`;
    const draft = readAnnouncement(text, { now: NOW });
    expect(essentials(parsed(draft))).toEqual(essentials(SEED));
    expect(draft.warnings[0]).toMatchObject({ code: 'text-truncated', field: '' });
    expect(draft.warnings[0].message).toBe(`the text has ${text.length} characters; only the first ${MAX_ANNOUNCEMENT_CHARS} were read`);
  });

  test.each([
    ['a paste of exactly the limit is read whole', fill('a', MAX_ANNOUNCEMENT_CHARS), MAX_ANNOUNCEMENT_CHARS, false],
    ['one character more is cut at the limit', fill('a', MAX_ANNOUNCEMENT_CHARS + 1), MAX_ANNOUNCEMENT_CHARS, true],
    [
      'the cut falls on the last line break before the limit',
      `${fill('a', MAX_ANNOUNCEMENT_CHARS - 10)}\n${fill('b', 100)}`,
      MAX_ANNOUNCEMENT_CHARS - 10,
      true,
    ],
    ['the cut never splits an emoji', `a${fill('🏆', MAX_ANNOUNCEMENT_CHARS + 10)}`, MAX_ANNOUNCEMENT_CHARS - 1, true],
  ])('%s', (_sentence, text, read, truncated) => {
    const draft = readAnnouncement(text, { now: NOW });
    const warning = draft.warnings.find((w) => w.code === 'text-truncated');
    if (!truncated) return expect(warning).toBeUndefined();
    expect(warning?.message).toBe(`the text has ${text.length} characters; only the first ${read} were read`);
  });

  test('more than ten instructed tags: the first ten are kept, with a warning, and the draft parses', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `#Tag${i}#`).join(' ');
    const draft = readAnnouncement(`添加標籤: ${tags}\n2025年8月7日 - 8月12日`, { now: NOW });
    expect(draft.contest.tags?.map((t) => t.text)).toEqual(Array.from({ length: CONTEST_LIMITS.tags }, (_, i) => `Tag${i}`));
    expect(draft.warnings).toContainEqual(expect.objectContaining({ code: 'over-limit', field: 'tags' }));
    expect(parseContest(draft.contest).ok).toBe(true);
  });

  test('more than fifty prize rows: the first fifty are kept, with a warning, and the draft parses', () => {
    const rows = Array.from({ length: 55 }, (_, i) => `第${i + 1}名:10 USDT`).join('\n');
    const draft = readAnnouncement(`#GateSquare#\n${rows}`, { now: NOW });
    expect(draft.contest.prizes).toHaveLength(CONTEST_LIMITS.prizes);
    expect(draft.warnings).toContainEqual(expect.objectContaining({ code: 'over-limit', field: 'prizes' }));
    expect(parseContest(draft.contest).ok).toBe(true);
  });

  test('a name glossed from a long tag is clipped to the name limit', () => {
    const draft = readAnnouncement(`添加話題 #${'征文'.repeat(32)}#`, { now: NOW });
    expect(draft.contest.name.en.length).toBeLessThanOrEqual(CONTEST_LIMITS.shortText);
    expect(draft.contest.name.en).toMatch(/^Writing Contest Writing Contest/);
    expect(parseContest(draft.contest).ok).toBe(true);
  });
});

test('every draft warning code has a sentence in each UI language', async () => {
  const { OPTIONS_MESSAGES } = await import('../../lib/i18n/messages/options');
  const codes = [
    'timezone-assumed',
    'year-assumed',
    'time-assumed',
    'end-before-midnight',
    'window-reversed',
    'window-ambiguous',
    'tags-not-instructed',
    'length-more-than',
    'screenshot-implied',
    'screenshot-kind-unknown',
    'token-guessed',
    'winners-assumed',
    'prize-shared',
    'prizes-vs-pool',
    'untranslated',
    'text-truncated',
    'over-limit',
    'unreadable',
  ] satisfies import('../../lib/contests/announcement').DraftWarningCode[];
  for (const code of codes) {
    const entry = OPTIONS_MESSAGES[`options.warning.${code}`];
    expect(entry, code).toBeDefined();
    expect(Object.values(entry).every((text) => text.length > 4)).toBe(true);
  }
});

/** What a review found read wrong, silently: each case the way an announcement writes it. */
describe('read wrong before, without a doubt', () => {
  const reading = (text: string, options: { published?: number } = {}) => readAnnouncement(text, { now: NOW, ...options });
  const windowDoubts = (draft: AnnouncementDraft) => draft.warnings.filter((w) => w.field.startsWith('window')).map((w) => w.code);

  describe('a range dash after "UTC" is not an offset', () => {
    test.each([
      ['Event Period: 7 August 2025 10:00 UTC – 12 August 2025 10:00 UTC', '2025-08-07T10:00:00Z', '2025-08-12T10:00:00Z', 'Z'],
      ['Event Period: 7 August 2025 10:00 UTC - 12 Aug 2025 10:00 UTC', '2025-08-07T10:00:00Z', '2025-08-12T10:00:00Z', 'Z'],
      ['Event Period: 7 August 2025 10:00 UTC -12 August 2025 10:00 UTC', '2025-08-07T10:00:00Z', '2025-08-12T10:00:00Z', 'Z'],
      ['活动时间：2025年8月7日 10:00 UTC - 12月1日 10:00 UTC', '2025-08-07T10:00:00Z', '2025-12-01T10:00:00Z', 'Z'],
    ])('"%s" is in UTC', (text, start, end, displayOffset) => {
      const draft = reading(text);
      expect(draft.contest.window).toEqual({ start, end, displayOffset });
      expect(windowDoubts(draft)).not.toContain('timezone-assumed');
    });

    test.each([
      ['10:00 utc - 12:00 utc', 'Z'],
      ['10:00 utc - 12 august 2025', 'Z'],
      ['10:00 utc -12 aug', 'Z'],
      ['10:00 gmt - 12/08/2025', 'Z'],
      ['10:00 utc-12.08.2025', 'Z'],
      ['10:00 utc - 3 pm', 'Z'],
      ['10:00 utc + 8 and later', 'Z'],
      ['10:00 (utc + 8)', '+08:00'],
      ['10:00 utc - 3', '-03:00'],
      ['10:00 utc+8 2025年', '+08:00'],
      ['10:00 (utc+8时间)', '+08:00'],
    ])('the folded line "%s" states %s', (line, offset) => {
      expect(offsetIn(line)).toBe(offset);
    });

    test.each([
      ['(UTC+8)', '+08:00'],
      ['(UTC +8)', '+08:00'],
      ['UTC+08:00', '+08:00'],
      ['UTC+0800', '+08:00'],
      ['GMT-3', '-03:00'],
      ['(GMT -3)', '-03:00'],
      ['(UTC + 8)', '+08:00'],
      ['UTC+5:30', '+05:30'],
      ['(UTC-12)', '-12:00'],
      ['(UTC)', 'Z'],
      ['UTC+0', 'Z'],
    ])('an offset written "%s" is still %s', (zone, displayOffset) => {
      expect(reading(`Event Period: Aug 7, 2025 10:00 – Aug 12, 2025 10:00 ${zone}`).contest.window.displayOffset).toBe(displayOffset);
    });
  });

  describe('a year the text leaves out may be the year before the post', () => {
    test.each([
      [
        'published 2 January, for 28 December – 5 January: the start last year, the end this year',
        '活动时间：12月28日 10:00 – 1月5日 24:00（UTC+8）',
        '2026-01-02T08:00:00Z',
        '2025-12-28T10:00:00+08:00',
        '2026-01-06T00:00:00+08:00',
      ],
      [
        'published 10 January, for 20 – 31 December: a recap of last year',
        '活动时间：12月20日 10:00 – 12月31日 24:00（UTC+8）',
        '2026-01-10T08:00:00Z',
        '2025-12-20T10:00:00+08:00',
        '2026-01-01T00:00:00+08:00',
      ],
      [
        "published 10 May, for 1 – 15 March: the post looks back on this year's window, not on next year's",
        '活动时间：3月1日 10:00 – 3月15日 24:00（UTC+8）',
        '2025-05-10T08:00:00Z',
        '2025-03-01T10:00:00+08:00',
        '2025-03-16T00:00:00+08:00',
      ],
      [
        'published 20 December, for 28 December – 5 January: the end rolls into the next year',
        '活动时间：12月28日 10:00 – 1月5日 24:00（UTC+8）',
        '2025-12-20T08:00:00Z',
        '2025-12-28T10:00:00+08:00',
        '2026-01-06T00:00:00+08:00',
      ],
    ])('%s', (_name, text, published, start, end) => {
      const draft = reading(text, { published: Date.parse(published) });
      expect(draft.contest.window).toEqual({ start, end, displayOffset: '+08:00' });
      expect(windowDoubts(draft)).toEqual([]);
    });
  });

  describe('a stated maximum is never a minimum', () => {
    test.each([
      ['內容要求：不超過1000字，不少於100字', { min: 100, unit: 'zi' }],
      ['内容不多于 800 字，至少 200 字', { min: 200, unit: 'zi' }],
      ['字数不得超过2000字，须300字以上', { min: 300, unit: 'zi' }],
      ['Posts must be at least 100 words and no more than 500 words', { min: 100, unit: 'words' }],
      ['No more than 500 words, minimum 50 words', { min: 50, unit: 'words' }],
    ])('"%s": the minimum stated beside it, %o', (text, length) => {
      const draft = reading(text);
      expect(draft.contest.length).toEqual(length);
      expect(codes(draft)).not.toContain('length-more-than');
    });

    test.each([
      'Posts must be no more than 500 words',
      'Posts should not be more than 500 words',
      "Don't go over 500 words",
      '內容不超過1000字',
      '正文不大于 500 字',
    ])('"%s": no minimum found', (text) => {
      const draft = reading(text);
      expect(draft.contest.length.min).toBe(0);
      expect(missingFields(draft)).toContain('length.min');
      expect(codes(draft)).not.toContain('length-more-than');
    });
  });

  describe('"12 o\'clock at night" is midnight', () => {
    test.each([
      ['活动时间：2025年8月7日 下午5点 至 8月12日 晚上12点（UTC+8）', '2025-08-07T17:00:00+08:00', '2025-08-13T00:00:00+08:00'],
      ['活动时间：2025年8月7日 下午5点 至 8月12日 晚上12:00（UTC+8）', '2025-08-07T17:00:00+08:00', '2025-08-13T00:00:00+08:00'],
      ['活动时间：2025年8月7日 凌晨12点 至 8月12日 晚上11点（UTC+8）', '2025-08-07T00:00:00+08:00', '2025-08-12T23:00:00+08:00'],
      ['活动时间：2025年8月7日 中午12点 至 8月12日 晚上10点（UTC+8）', '2025-08-07T12:00:00+08:00', '2025-08-12T22:00:00+08:00'],
    ])('"%s"', (text, start, end) => {
      const draft = reading(text);
      expect(draft.contest.window).toEqual({ start, end, displayOffset: '+08:00' });
      expect(windowDoubts(draft)).toEqual([]);
    });
  });
});

test('a minimum after a comma ("原創內容，300字以上") is read: the comma is punctuation, not a thousands separator', () => {
  const draft = readAnnouncement('活動要求:原創內容，300字以上\n添加話題 #ABC創作大賽#', { now: Date.parse('2026-01-01T00:00:00Z') });
  expect(draft.contest.length).toEqual({ min: 300, unit: 'zi' });
  expect(readAnnouncement('要求 1,000字以上', { now: 0 }).contest.length.min).toBe(1000);
});
