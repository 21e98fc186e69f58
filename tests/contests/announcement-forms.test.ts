/**
 * The forms of issue 18, one line each as real announcements write them: dates (time before date,
 * day-first numbers, month/day with times, a year once, dotted, "at"), named zones, windows that
 * are not two dates, dates and numbers with another role, and tags that are examples or end in "?".
 * Each expects the value, or a doubt on its field: never a wrong value with nothing said.
 */
import { describe, expect, test } from 'vitest';
import { readAnnouncement, type AnnouncementDraft } from '../../lib/contests/announcement';
import { dayOrderOf, lineDates } from '../../lib/contests/announcement/date-layer';
import { offsetIn } from '../../lib/contests/announcement/dates';

const NOW = Date.parse('2026-12-06T00:00:00Z');
const read = (text: string, published?: number) => readAnnouncement(text, { now: NOW, ...(published ? { published } : {}) });
const window = (d: AnnouncementDraft) => [d.contest.window.start, d.contest.window.end];
const codes = (d: AnnouncementDraft, field: string) => d.warnings.filter((w) => w.field === field || w.field.startsWith(`${field}.`)).map((w) => w.code);
const gaps = (d: AnnouncementDraft) => d.missing.map((m) => m.field);

describe('dates as the world writes them', () => {
  test.each([
    ['time before date', 'Event period: 14:00, January 6, 2025 to 14:00, January 12, 2025 (GMT+8)', '2025-01-06T14:00:00+08:00', '2025-01-12T14:00:00+08:00'],
    ['day-first numbers (a day above 12 says so)', 'Time: 09/12/2020 12:00–31/12/2020 12:00 (GMT+8)', '2020-12-09T12:00:00+08:00', '2020-12-31T12:00:00+08:00'],
    ['day-first, year last, dotted', 'Campaign period: 3.1.2022 00:00-17.1.2022 23:59 (UTC)', '2022-01-03T00:00:00Z', '2022-01-17T23:59:00Z'],
    ['a year given once', 'Contest period: June 30 to July 9, 2023 (UTC)', '2023-06-30T00:00:00Z', '2023-07-10T00:00:00Z'],
    ['dotted ISO dates', '活动时间:2023.04.27 10:00 - 2023.05.04 10:00 (UTC+8)', '2023-04-27T10:00:00+08:00', '2023-05-04T10:00:00+08:00'],
    ['"at" between date and time', 'Campaign Period: 2022-10-19 at 10:00 (UTC) - 2022-10-26 at 10:00 (UTC)', '2022-10-19T10:00:00Z', '2022-10-26T10:00:00Z'],
  ])('%s', (_, text, start, end) => {
    expect(window(read(text))).toEqual([start, end]);
  });

  test('month/day without a year but with times: read, and the year is said to be assumed', () => {
    const d = read('活動時間:2/27 16:00 - 3/1 12:00 (UTC+8)');
    expect(window(d)).toEqual(['2026-02-27T16:00:00+08:00', '2026-03-01T12:00:00+08:00']);
    expect(codes(d, 'window')).toContain('year-assumed');
  });

  test('month/day with the post date: the year is the post’s, without a doubt', () => {
    const d = read('活動時間:2/27 16:00 - 3/1 12:00 (UTC+8)', Date.parse('2025-02-26T12:00:00Z'));
    expect(window(d)).toEqual(['2025-02-27T16:00:00+08:00', '2025-03-01T12:00:00+08:00']);
    expect(codes(d, 'window')).not.toContain('year-assumed');
  });

  test('numbers that read either way, in a text that never says which: read month-first, with a doubt', () => {
    const d = read('Event period: 07-05-2025 00:00 to 07-06-2025 00:00 (UTC)');
    expect(window(d)).toEqual(['2025-07-05T00:00:00Z', '2025-07-06T00:00:00Z']);
    expect(codes(d, 'window')).toContain('date-order-assumed');
  });

  test('the same numbers in a text that writes 29/05/2026 elsewhere: day-first, no doubt', () => {
    const d = read('Registration opened 29/05/2026.\nEvent period: 07-06-2026 00:00 to 08-06-2026 00:00 (UTC)');
    expect(window(d)).toEqual(['2026-06-07T00:00:00Z', '2026-06-08T00:00:00Z']);
    expect(codes(d, 'window')).not.toContain('date-order-assumed');
  });

  test('the day order is one decision per text', () => {
    expect(dayOrderOf('29/05/2026 and 07-05-2025')).toEqual({ order: 'day-first', stated: true });
    expect(dayOrderOf('12/31/2025')).toEqual({ order: 'month-first', stated: true });
    expect(dayOrderOf('07-05-2025')).toEqual({ order: 'month-first', stated: false });
  });

  test('chrono never lends its reference: relative phrases are no dates', () => {
    const dates = lineDates('the contest closes on july 31st, 2019. the prize will be sent out a few days later.', { order: 'month-first', stated: false });
    expect(dates.map((d) => [d.year, d.month, d.day])).toEqual([[2019, 7, 31]]);
  });
});

describe('zones by name', () => {
  test.each([
    ['10:00 (Vietnam time)', '+07:00'],
    ['until 23:59 WIB', '+07:00'],
    ['14:00 HKT', '+08:00'],
    ['14:00 ( HKT)', '+08:00'],
    ['18:00 SGT', '+08:00'],
    ['20:00 ICT', '+07:00'],
    ['21:00 KST', '+09:00'],
    ['北京时间 20:00', '+08:00'],
    ['东八区时间 20:00', '+08:00'],
    ['新加坡时间 20:00', '+08:00'],
    ['10:00 utc+7', '+07:00'],
  ])('%s is %s', (line, offset) => {
    expect(offsetIn(line.toLowerCase())).toBe(offset);
  });

  test('a name with two meanings (CST) is no zone: the window says it assumed one', () => {
    expect(offsetIn('10:00 cst')).toBeNull();
  });
});

describe('windows that are not two dates', () => {
  test('"即日起至…": the end is read, the start is a gap that says the post’s day', () => {
    const d = read('活動時間:即日起至2026年1月31日中午12點');
    expect(d.contest.window.end).toBe('2026-01-31T12:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
    expect(d.missing.find((m) => m.field === 'window.start')!.message).toMatch(/posted/);
  });

  test('"Starting today … until": the same in English', () => {
    const d = read('Starting today until December 20, 2026 23:59 (UTC), post with #Tag');
    expect(d.contest.window.end).toBe('2026-12-20T23:59:00Z');
    expect(gaps(d)).toContain('window.start');
  });

  test('"10 consecutive days": no dates, stated as recurring, every window field a gap', () => {
    const d = read('Duration: 10 consecutive days. 10 creators win 1 BNB each day.');
    expect(codes(d, 'window')).toContain('window-recurring');
    expect(gaps(d)).toEqual(expect.arrayContaining(['window.start', 'window.end']));
  });

  test('"every Monday … until 23:59 WIB": weekly rounds are stated as such', () => {
    const d = read('Every Monday 00:00 WIB until Sunday 23:59 WIB, post your analysis with #Battle');
    expect(codes(d, 'window')).toContain('window-recurring');
    expect(gaps(d)).toContain('window.end');
  });

  test('a daily topic with a dated range: the window is read, and the recurrence is a doubt', () => {
    const d = read('今日話題 #BTC能否重返7万美元?\n活動時間:2/27 16:00 - 3/1 12:00 (UTC+8)\n每日話題,每天更新');
    expect(codes(d, 'window')).toContain('window-recurring');
  });
});

describe('dates with another role', () => {
  test('judging and results periods do not take the window', () => {
    const d = read(
      [
        'Judging of entries will be from November 11, 2022, 00:00 UTC to November 25, 2022, 23:59 UTC.',
        'The campaign runs from September 29, 2022, 00:00 UTC to November 10, 2022, 23:59 UTC.',
        'Winners will be announced from November 26, 2022 to December 1, 2022.',
      ].join('\n'),
    );
    expect(window(d)).toEqual(['2022-09-29T00:00:00Z', '2022-11-10T23:59:00Z']);
  });

  test('start and deadline lines beat a judging range', () => {
    const d = read('1. 征稿启动:2023年06月18日\n2. 投稿截止:2023年08月18日\n3. 评审过程:2023年8月19日至9月2日');
    expect(window(d)).toEqual(['2023-06-18T00:00:00+08:00', '2023-08-19T00:00:00+08:00']);
  });

  test('"must have posted before …" is no end of the window', () => {
    const d = read('Only accounts that posted before March 1, 2025 are eligible.\nEvent period: March 3, 2025 10:00 to March 10, 2025 10:00 (UTC)');
    expect(window(d)).toEqual(['2025-03-03T10:00:00Z', '2025-03-10T10:00:00Z']);
  });

  test('registration and a round are not the contest’s whole window', () => {
    const d = read(
      [
        'Participants can register for the event starting from 4 PM, March 31, 2022, until 3:59 PM April 7, 2022 (UTC).',
        'The contest will be a trading competition from 4 PM, April 7, 2022, to 3:59 PM, May 12, 2022 (UTC).',
        'The Preliminary Round will begin at 4 PM, April 7, 2022, and will end at 3:59 PM, April 14, 2022 (UTC).',
      ].join('\n'),
    );
    expect(window(d)).toEqual(['2022-04-07T16:00:00Z', '2022-05-12T15:59:00Z']);
  });

  test('报名 and 预约 periods lose to the contest’s own', () => {
    const d = read(
      '1、预约阶段:2023年03月07日00:00--2023年03月20日23:59 UTC\n2、正式报名:2023年03月24日00:00--2023年04月24日23:59 UTC\n3、正式比赛:2023年03月31日00:00--2023年04月27日23:59 UTC',
    );
    expect(window(d)).toEqual(['2023-03-31T00:00:00Z', '2023-04-27T23:59:00Z']);
  });

  test('rounds: the window spans them, and says the contest runs in rounds', () => {
    const d = read('Round 1: March 1 - March 31, 2022\nRound 2: April 1 - April 30, 2022\nRound 3: May 1 - May 31, 2022');
    expect(window(d)).toEqual(['2022-03-01T00:00:00+08:00', '2022-06-01T00:00:00+08:00']);
    expect(codes(d, 'window')).toContain('window-recurring');
  });

  test('review and voting periods lose to the time to take part', () => {
    const d = read(
      'Participate time:10:00 AM UTC, 23 December 2021 - 10:00 AM UTC, 28 December 2021\nReview time: 10:00 AM UTC, 28 December 2021 - 10:00 AM UTC, 30 December 2021\nVoting time: 10:00 AM UTC, 30 December 2021 - 10:00 AM UTC, 1 January 2022',
    );
    expect(window(d)).toEqual(['2021-12-23T10:00:00Z', '2021-12-28T10:00:00Z']);
    expect(codes(d, 'window')).not.toContain('window-ambiguous');
  });

  test("a publication stamp's zone is the page's: the window states none, so UTC+8 is assumed with a doubt", () => {
    const d = read('2021-12-16 01:48:20 UTC\nSome news.\nMore news.\nContest Time: 3.1.2022 00:00-17.1.2022 23:59');
    expect(d.contest.window.displayOffset).toBe('+08:00');
    expect(codes(d, 'window.displayOffset')).toContain('timezone-assumed');
  });

  test('a zone stated only far from the window (not a stamp) is kept with a doubt', () => {
    const d = read('All times below are in UTC.\nSome news.\nMore news.\nContest Time: 3.1.2022 00:00-17.1.2022 23:59');
    expect(d.contest.window.displayOffset).toBe('Z');
    expect(codes(d, 'window.displayOffset')).toContain('timezone-assumed');
  });

  test('a lone range on a line that names another role is a doubt, not a silent window', () => {
    const d = read('Rewards will be distributed from March 20, 2025 to March 25, 2025.');
    expect(codes(d, 'window')).toContain('window-guessed');
  });
});

describe('numbers with another role', () => {
  test('a view count and a maximum are no minimum', () => {
    for (const text of ['阅读量超过 100 即可获奖', 'Word limit 300', 'Max. 1200 words', 'Accounts with more than 1,000 followers']) {
      const d = read(text);
      expect(d.contest.length.min, text).toBe(0);
      expect(gaps(d), text).toContain('length.min');
    }
  });

  test('a title number and the rule’s number: the rule’s is read, and the other is a doubt', () => {
    const d = read('Beyond 300 Words: the usual rule is not less than 300 words\nThe article must be at least 500 words.');
    expect(d.contest.length.min).toBe(500);
    expect(codes(d, 'length')).toContain('length-ambiguous');
  });
});

describe('tags', () => {
  test('example tags are not required', () => {
    const d = read('添加话题 #我的观点# 发帖,可带上币种标签,例如 #BTC 或 #ETH');
    expect(d.contest.tags!.map((t) => t.text)).toEqual(['我的观点']);
    expect(codes(d, 'tags')).toContain('tag-example');
  });

  test('a hashtag in quotes is the tag', () => {
    expect(read('Add the hashtag “#GateSquare” to your post.').contest.tags!.map((t) => t.text)).toEqual(['GateSquare']);
    expect(read('帶上話題「#Gate廣場創作#」發帖').contest.tags!.map((t) => t.text)).toEqual(['Gate廣場創作']);
  });

  test('a daily topic whose tag ends in "?": the tag is read without it, and the doubt says so', () => {
    const d = read('今日話題:#BTC能否重返7万美元?\n帶上話題發帖');
    expect(d.contest.tags!.map((t) => t.text)).toEqual(['BTC能否重返7万美元']);
    expect(codes(d, 'tags')).toContain('tag-punctuation');
  });
});

describe('the token', () => {
  test('a cashtag named only as the prize is a doubt', () => {
    const d = read('1st placed articles will receive $100 in $BAT\nWrite about your favourite dapp.');
    expect(d.contest.screenshot.token.symbols).toEqual(['BAT']);
    expect(codes(d, 'screenshot.token')).toContain('token-guessed');
  });

  test('zones are no tokens', () => {
    const d = read('附上 WIB 時間的交易截圖');
    expect(d.contest.screenshot.token.symbols).not.toContain('WIB');
  });
});

describe('how many posts a contest asks for', () => {
  test('"发帖 3 篇以上" is read into the contest, with the line it came from', () => {
    const d = read('活動時間:2026年1月1日 10:00 - 2026年1月8日 10:00 (UTC+8)\n活動期間發帖 3 篇以上,帶上話題 #我的觀點#');
    expect(d.contest.entries).toEqual({ count: 3, per: 'contest' });
    expect(d.found.find((f) => f.field === 'entries')?.line).toBe(2);
  });

  test('an announcement that asks for one post carries no requirement', () => {
    expect(read('帶上話題 #我的觀點# 發帖,不少於 100 字').contest.entries).toBeUndefined();
  });
});

describe('forms found in the former held-back half (each a general rule, one line of real shape)', () => {
  test.each([
    [
      'a zone in brackets between the day and the year',
      'This reward program will run from November 13th(EST), 2018 to December 11th (EST).',
      '2018-11-13T00:00:00-05:00',
      '2018-12-12T00:00:00-05:00',
    ],
    [
      'a time in brackets after the date',
      'Start date: August 1st 2022 (09:00 AM UTC).\nEnd date: August 21th 2022 (10:00 PM UTC).',
      '2022-08-01T09:00:00Z',
      '2022-08-21T22:00:00Z',
    ],
    [
      'a range across two lines ("… UTC ~" / next line)',
      'The contest runs from\nWednesday February 13th 2019, 05:17 UTC ~\nTuesday February 19th 2019, 17:17 UTC',
      '2019-02-13T05:17:00Z',
      '2019-02-19T17:17:00Z',
    ],
    [
      'labels on their own lines name the role',
      'Registration Period:\n\n4 Aug 2025 04:00 PM UTC - 14 Aug 2025 04:00 PM UTC\n\nCompetition Period:\n\n14 Aug 2025 04:00 PM UTC - 21 Aug 2025 12:00 PM UTC',
      '2025-08-14T16:00:00Z',
      '2025-08-21T12:00:00Z',
    ],
    [
      '"Submissions open" / "Submissions close" above their dates',
      'Submissions open\nJuly 15, 2024\nSubmissions close\nOctober 15, 2024\nResults announcement\nAfter 3 months',
      '2024-07-15T00:00:00+08:00',
      '2024-10-16T00:00:00+08:00',
    ],
    [
      'explicit start and end lines beat an unlabelled range',
      '1. 征稿启动:2023年06月18日\n2. 投稿截止:2023年08月18日\n3. 评(píng)审过程:2022年8月19日至9月2日',
      '2023-06-18T00:00:00+08:00',
      '2023-08-19T00:00:00+08:00',
    ],
  ])('%s', (_, text, start, end) => {
    expect(window(read(text))).toEqual([start, end]);
  });

  test('a table of rounds under one "Time" header spans all its rows', () => {
    const d = read(
      'Competition Period\nNo. | TIME (EDT = UTC-4) | PAIR |\nRound 1 | 00:00 AM 6/27/2025 - 10:59 PM 6/27/2025 (EDT) | BTC |\nRound 2 | 00:00 AM 6/28/2025 - 10:59 PM 6/28/2025 (EDT) | BTC |\nRound 3 | 00:00 AM 7/1/2025 - 10:59 PM 7/1/2025 (EDT) | BTC |',
    );
    expect(window(d)).toEqual(['2025-06-27T00:00:00-04:00', '2025-07-01T22:59:00-04:00']);
    expect(codes(d, 'window')).toContain('window-recurring');
  });

  test('a dotted time before a zone ("at 00.00 WIB"); "2.50 USDT" after a date is no time', () => {
    const d = read('Deadline: 8 March 2018 at 00.00 WIB');
    expect(d.contest.window.end).toBe('2018-03-08T00:00:00+07:00');
    expect(gaps(d)).toContain('window.start');
    expect(read('Deadline: Aug 12, 2025 2.50 USDT').contest.window.end).toBe('2025-08-13T00:00:00+08:00');
  });

  test('a deadline beats ranges that all have another role', () => {
    const d = read('活動時間:2022/7/15 截止\n評選結果公布於2022年7月29日至8月7日');
    expect(d.contest.window.end).toBe('2022-07-16T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('"for the month of July (valid until July 31, 2018)": the month is the window, with a doubt', () => {
    const d = read('Our bounty for the month of July (valid until July 31, 2018).');
    expect(window(d)).toEqual(['2018-07-01T00:00:00+08:00', '2018-08-01T00:00:00+08:00']);
    expect(codes(d, 'window.start')).toContain('window-guessed');
  });

  test('one day named again and again is a one-day contest, with a doubt; named once, no window', () => {
    const d = read('Do not power down before or after July 1st.\nPower Up must be done on 1 July 2020\nYour post on 1 July can be screenshots.');
    expect(window(d)).toEqual(['2020-07-01T00:00:00+08:00', '2020-07-02T00:00:00+08:00']);
    expect(codes(d, 'window')).toContain('window-guessed');
    expect(gaps(read('Published 2024-08-26 05:45\nClick Register Now.'))).toEqual(expect.arrayContaining(['window.start', 'window.end']));
  });

  test("a publication stamp's zone does not set the window's", () => {
    expect(offsetIn('2021-12-16 01:48:20 utc 5755364')).toBe('Z');
    const d = read('2021-12-16 01:48:20 UTC 5755364\nNews.\nNews.\nContest Time: 2022-01-03 00:00 - 2022-01-17 23:59');
    expect(d.contest.window.displayOffset).toBe('+08:00');
  });

  test('tags: only the instructing sentence of a line, never its example sentence', () => {
    const tags = (text: string) => (read(text).contest.tags ?? []).map((t) => t.text);
    expect(
      tags('Welcome to the #DeFi Writing Contest! Simply submit your article with the #defi or #substrate tag, and once it is published you qualify.'),
    ).toEqual(['defi']);
    expect(tags('Write about #neoxian. Then add the #neoxian tag to your post.\nFor example, tell us why you use the #hive tag.')).toEqual(['neoxian']);
  });

  test('tags: "A and B" in one place, "A or B" in another is a doubt', () => {
    const d = read('Submit your article with the #defi and #substrate tag.\nRules: submit with the #defi or #substrate tag.');
    expect(codes(d, 'tags')).toContain('tag-rule-unclear');
  });

  test('tags: "and any other hashtags listed below" is a doubt', () => {
    const d = read(
      'Include the hashtag #TradeStories and any other relevant hashtags listed below.\nEligible Topics\n#MostRecentTrade: your latest trade.\n#BTCTrade: a trade.',
    );
    expect((d.contest.tags ?? []).map((t) => t.text)).toEqual(['TradeStories']);
    expect(codes(d, 'tags')).toContain('tag-rule-unclear');
  });

  test('tags: a required tag written once, next to a near-identical one written more often, takes the commoner spelling, with a doubt', () => {
    const d = read(
      'This week: #neoxian or #proofofbrain. Add either the #nexoian or #proofofbrain tag to your post.\nWhy #neoxian? Tell us.\nWe watch #neoxian weekly.',
    );
    const tag = (d.contest.tags ?? [])[0];
    expect([tag.text, (tag.alternatives ?? []).map((a) => a.text)]).toEqual(['neoxian', ['proofofbrain']]);
    expect(codes(d, 'tags')).toContain('tag-spelling');
  });

  test('token: an example cashtag is none; a ticker named again and again is suggested as a gap', () => {
    const example = read('Post with a token tag (e.g., $BTC) to earn.');
    expect(gaps(example)).toContain('screenshot.token.symbols');
    expect(example.contest.screenshot?.token?.symbols?.[0]).not.toBe('BTC');
    const frequent = read('The EOS trading competition.\nThe pair is EOS/USD.\nHold 50 EOS.\nReward TOP1 TOP2');
    expect(frequent.contest.screenshot?.token?.symbols?.[0]).toBe('EOS');
    expect(gaps(frequent)).toContain('screenshot.token.symbols');
    expect(read('The #ethereum Writing Contest.\nWrite about Ethereum.\nEthereum scaling.').contest.screenshot?.token?.symbols?.[0]).toBe('ETH');
  });

  test.each([
    ['a range: its first number', 'Length: 300–3000 words.', 300, 'words'],
    ['a range in Chinese', '字數:1200-2500字內', 1200, 'zi'],
    ['the unit named first ("word count is Min. 800")', 'Note: Blog content word count is Min. 800 and Max. 1200.', 800, 'words'],
    ['"no less then" (a typo)', 'We want to see no less then 200 words of original content.', 200, 'words'],
    ['"longer than" is strictly more', 'Articles must be longer than 900 words.', 901, 'words'],
  ])('minimum: %s', (_, text, min, unit) => {
    expect(read(text).contest.length).toEqual({ min, unit });
  });
});

describe('forms found in the fourth batch after its blind measurement (each a general rule)', () => {
  test.each([
    [
      'a time before each date, ordinals, one zone',
      'Event time: 00:00 December 19th, 2023 - 23:59 December 25th, 2023 (UTC)',
      '2023-12-19T00:00:00Z',
      '2023-12-25T23:59:00Z',
    ],
    ['an em dash between time-first dates', 'Duration: 3:00 April 13 — 16:00 April 19, 2020 (UTC)', '2020-04-13T03:00:00Z', '2020-04-19T16:00:00Z'],
    ['Taiwan’s era years (民國)', '活動時間:民國100年6月1日起至100年9月30日止', '2011-06-01T00:00:00+08:00', '2011-10-01T00:00:00+08:00'],
    ['"between … and …"', 'Post your photo between April 15, 2020 and April 21, 2020.', '2020-04-15T00:00:00+08:00', '2020-04-22T00:00:00+08:00'],
  ])('%s', (_, text, start, end) => {
    expect(window(read(text))).toEqual([start, end]);
  });

  test('"2022年12月12日起,结束时间待定": a start, and the end is a gap', () => {
    const d = read('活动时间\n2022年12月12日起,结束时间待定(请留意后续公告)');
    expect(d.contest.window.start).toBe('2022-12-12T00:00:00+08:00');
    expect(gaps(d)).toContain('window.end');
  });

  test('"from 12:30 PM (UTC) on 22.06.2023" starts a long-term promotion; a day above 12 reads day-first even in a month-first text', () => {
    const d = read('Promotion’s duration: from 12:30 PM (UTC) on 22.06.2023. The Promotion is long-term.\nPaid by 07.24.2023.');
    expect(d.contest.window.start).toBe('2023-06-22T12:30:00Z');
    expect(gaps(d)).toContain('window.end');
  });

  test('a zone abbreviation counts after a time or in brackets, not as a token ("10,000 CET")', () => {
    expect(offsetIn('first place: 0.5 bch+10,000 cet')).toBeNull();
    expect(offsetIn('ends at 10:00 cet')).toBe('+01:00');
    expect(offsetIn('ends 5 pm (hkt)')).toBe('+08:00');
  });

  test('a line with several ranges reads each with its own label: team building is another role than the trading phase', () => {
    const d = read('1)招募队长:2020年12月14日18:00-12月21日18:002)团队组建:12月21日18:00-12月28日18:003)交易竞赛:2020年12月28日18:00-2021年1月6日18:00');
    expect(window(d)).toEqual(['2020-12-28T18:00:00+08:00', '2021-01-06T18:00:00+08:00']);
    expect(codes(d, 'window')).not.toContain('window-ambiguous');
  });

  test('a line with several ranges, none labelled apart, says which one it read', () => {
    const d = read('活动一:2020年12月14日18:00-12月21日18:00 活动二:2020年12月22日18:00-12月28日18:00');
    expect(codes(d, 'window')).toContain('window-ambiguous');
  });

  test('"when" in a sentence is no window keyword: the range that says "between" is the window', () => {
    const d = read(
      'Post between April 15, 2020 and April 21, 2020.\nThe second stage starts on April 24, 2020 when we post the top 3. Deadline April 27, 2020.',
    );
    expect(window(d)).toEqual(['2020-04-15T00:00:00+08:00', '2020-04-22T00:00:00+08:00']);
  });

  test('a second length after "或" is another way to qualify', () => {
    const d = read('每本書的原因須滿200字,包含標點符號。或整篇文章需滿2500字。');
    expect(d.contest.length.min).toBe(200);
    expect(codes(d, 'length')).toContain('length-conditional');
  });

  test('a tag cut at a hyphen ("#decentralized-internet") is a doubt', () => {
    const d = read('Submit the article with the #decentralized-internet tag.');
    expect(codes(d, 'tags')).toContain('tag-punctuation');
  });

  test('token: "Influencer (KOL)" is no token; a "Name (SYM)" named once in an aside is a doubt', () => {
    expect(read('Join the CoinMarketCap Influencer (KOL) programme.').contest.screenshot?.token?.symbols?.[0]).not.toBe('KOL');
    const once = read('Trade in the contest.\nNews: OKX Chain (OKC) supports zero-fee transfers.');
    expect(codes(once, 'screenshot.token')).toContain('token-guessed');
  });
});

describe('forms found in the thirtieth batch after its blind measurement (each a general rule)', () => {
  test('"Essays must be 1500 words long or less" is a maximum', () => {
    expect(read('Essays must be 1500 words long or less; and must be written in English.').contest.length.min).toBe(0);
  });

  test('"以7至11字为宜" (a length said to be fitting) is read with a doubt that it may be a suggestion', () => {
    const d = read('征集要求:以7至11字为宜,每人限投1—5副。');
    expect(d.contest.length.min).toBe(7);
    expect(d.warnings.find((w) => w.code === 'length-conditional')?.message).toMatch(/"7至11字为宜".*suggestion/);
  });
});

describe('forms found in the twenty-ninth batch after its blind measurement (each a general rule)', () => {
  test('"活动时间:2017年5月――2017年6月": whole months joined by two horizontal bars', () => {
    expect(window(read('二、活动时间:2017年5月――2017年6月'))).toEqual(['2017-05-01T00:00:00+08:00', '2017-07-01T00:00:00+08:00']);
  });

  test('"submitted by Noon EST, April 15, 2020": a deadline after a time and a zone', () => {
    const d = read('The essay and entry form must be submitted by Noon EST, April 15, 2020. The entry form includes instructions.');
    // (On 15 April: its noon is not read yet, so the end of that day, with a doubt on the time.)
    const end = Date.parse(d.contest.window.end ?? '');
    expect(end).toBeGreaterThan(Date.parse('2020-04-15T00:00:00-05:00'));
    expect(end).toBeLessThanOrEqual(Date.parse('2020-04-16T00:00:00-05:00'));
    expect(gaps(d)).toContain('window.start');
  });
});

describe('forms found in the twenty-eighth batch after its blind measurement (each a general rule)', () => {
  test('"foreign exchange students", "money deposited into their account" are no crypto text: "Veterans of Foreign Wars (VFW)", "proof of ACT or SAT score" name no token', () => {
    const vfw = read(
      'This year’s Veterans of Foreign Wars (VFW) Patriot’s Pen essay contest.\nHome-schooled students can participate, too (foreign exchange students).',
    );
    expect(gaps(vfw)).toContain('screenshot.token.symbols');
    const act = read('Attach a high school transcript and proof of ACT or SAT score.\nWinners will have the money deposited into their account.');
    expect(gaps(act)).toContain('screenshot.token.symbols');
  });

  test('"只记录一篇长文(500字以上)和一篇短文": the length makes a long post, a short one counts too: a doubt', () => {
    const d = read('每个项目每天只记录一篇长文(500字以上)和一篇短文的表现');
    expect(d.contest.length.min).toBe(500);
    expect(d.warnings.find((w) => w.code === 'length-conditional')?.message).toMatch(/short post counts too/);
  });
});

describe('forms found in the twenty-seventh batch after its blind measurement (each a general rule)', () => {
  test('token: "such as Token tags($BTC) or BTC/USDT positions" is an example, not the contest’s token', () => {
    const d = read('Your content must include at least one trading-related component, such as Token tags($BTC) or BTC/USDT Perpetual positions.');
    expect(d.contest.screenshot?.token?.symbols?.[0] === 'BTC' && !gaps(d).includes('screenshot.token.symbols')).toBe(false);
  });

  test('"Application deadline: 2021 September 28th, 23:59": the year first, the month by name', () => {
    expect(read('6. Application deadline: 2021 September 28th, 23:59 (UTC).').contest.window.end).toBe('2021-09-28T23:59:00Z');
  });
});

describe('forms found in the twenty-sixth batch after its blind measurement (each a general rule)', () => {
  test('a suggested length ("200-500 words is the sweet spot", "we suggest a minimum of 500 words") is no minimum, said so', () => {
    for (const text of [
      'Write a FanPost. The length is up to you, but 200-500 words is the sweet spot, in my opinion.',
      'We suggest a minimum of 500 words.',
      'Essays: a recommended length of 800-1000 words.',
    ]) {
      const d = read(text);
      expect(gaps(d)).toContain('length.min');
      expect(d.warnings.find((w) => w.code === 'length-ambiguous')?.message).toMatch(/suggested, not required/);
    }
    expect(read('Entries must be 200-500 words.').contest.length.min).toBe(200);
  });

  test('zones are no tokens: "4 pm MST (Denver)"', () => {
    expect(read('Deploy on the exchange.\n# Deadline: Tuesday 27th 4 pm MST (Denver)').contest.screenshot?.token?.symbols?.[0]).not.toBe('MST');
  });
});

describe('forms found in the twenty-fifth batch after its blind measurement (each a general rule)', () => {
  test('"The closing date is February the 28th", "latest by Midnight of 19th August, 2018": deadlines', () => {
    const the = read('Shortlist in April 2015.\nThe closing date is February the 28th and the competition is in memory of the founder.');
    expect(the.contest.window.end).toBe('2015-03-01T00:00:00+08:00');
    const of = read('The Written submissions have to be sent, latest by Midnight of 19th August, 2018, in electronic format.');
    expect(of.contest.window.end).toBe('2018-08-20T00:00:00+08:00');
    expect(gaps(of)).toContain('window.start');
  });

  test('token: "Consolidated Broadcasting System (WA) Pty Ltd … trading as: 92.9 FM" is no crypto text', () => {
    const d = read('Consolidated Broadcasting System (WA) Pty Ltd trading as: 92.9 FM of 450 Roberts Road.\nEntries close 8 July 2013.');
    expect(gaps(d)).toContain('screenshot.token.symbols');
  });
});

describe('forms found in the twenty-fourth batch after its blind measurement (each a general rule)', () => {
  test('token: with no word of crypto in the text, "Glimmers of Hope Foundation (GLOHF)" is initials, a gap with a doubt, not a token', () => {
    const ngo = read('Your blog post will be shared on Glimmers of Hope Foundation (GLOHF) Facebook page.\nDeadline: July 10, 2013.');
    expect(gaps(ngo)).toContain('screenshot.token.symbols');
    expect(ngo.warnings.find((w) => w.code === 'token-guessed')?.message).toMatch(/names no coin or token.*GLOHF/);
    // The same words in a crypto text name the token.
    const coin = read('Trade MinoTari (WXTM) tokens on the exchange.\nDeadline: July 10, 2025.');
    expect(coin.contest.screenshot?.token?.symbols?.[0]).toBe('WXTM');
    expect(gaps(coin)).not.toContain('screenshot.token.symbols');
    // A ticker on the screenshot line, too, needs a crypto text.
    expect(gaps(read('Attach a screenshot of the ABC form to your essay.'))).toContain('screenshot.token.symbols');
  });
});

describe('forms found in the fifth batch after its blind measurement (each a general rule)', () => {
  test('a window without a year takes the year the text writes nearest it, with a doubt', () => {
    const d = read('Sperax Meme Contest 2023\nSubmissions run June, 11th - June, 30 (EDT time zone).');
    expect(window(d)).toEqual(['2023-06-11T00:00:00-04:00', '2023-07-01T00:00:00-04:00']);
    expect(d.warnings.find((w) => w.code === 'year-assumed')?.message).toMatch(/took 2023 from line 1/);
  });

  test('phases back to back (each starts when the one before ends) make one window, with a doubt', () => {
    const d = read('活动时间\n预热期:2024年6月4日 17:00——2024年6月4日 20:00(UTC+8)\n挖矿期:2024年6月4日 20:00——2024年6月14日 20:00(UTC+8)');
    expect(window(d)).toEqual(['2024-06-04T17:00:00+08:00', '2024-06-14T20:00:00+08:00']);
    expect(codes(d, 'window')).toContain('window-ambiguous');
  });

  test('"Optional tags:" is a doubt on the tags', () => {
    expect(codes(read('Optional tags: #citifiedfantasy, #frosttown, #winter.'), 'tags')).toContain('tag-rule-unclear');
  });

  test('dotted thousands ("2.500 - 5.000") and "word count between" are lengths; two kinds of post, two lengths: a doubt', () => {
    const d = read('Special rule for Poetry: the word count must be between 200 - 750 words.\nShort Story word count between 2.500 - 5.000 no more, no less.');
    expect(d.contest.length.min).toBe(200);
    expect(codes(d, 'length')).toContain('length-ambiguous');
  });

  test('token: "HMSTR (Hamster)" names the token, ticker first; "User IDs (UID)" does not', () => {
    const d = read('BingX Introduces HMSTR (Hamster) Deposit Reservation\nA deposit of ≥ 10,000 HMSTR is required.\nEnter your User IDs (UID).');
    expect(d.contest.screenshot?.token?.symbols?.[0]).toBe('HMSTR');
  });
});

describe('forms found in the sixth batch after its blind measurement (each a general rule)', () => {
  test('Taiwan’s era year without 民國 ("111年7月31日"), in a clause of its own beside a registration clause', () => {
    const d = read('四、徵稿日期自即日起至111年7月31日止,一律採掛號郵寄報名');
    expect(d.contest.window.end).toBe('2022-08-01T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('a month/day with its time is read without a full date ("8.25 17:00 - 9.9 16:59 HKT"), the year a doubt', () => {
    const d = read('活动时间:15天,8.25 17:00 - 9.9 16:59 HKT');
    expect(window(d)).toEqual(['2026-08-25T17:00:00+08:00', '2026-09-09T16:59:00+08:00']);
    expect(codes(d, 'window')).toContain('year-assumed');
  });

  test('a date "before" which (…前) is a deadline; a registration deadline is not', () => {
    const d = read('截止報名日期: 2023 年 6 月 5 日\n上傳作品日期: 2023 年 6 月 7 日 晚上 11 點 59 分前');
    expect(d.contest.window.end).toBe('2023-06-07T23:59:00+08:00');
  });

  test('two dates on one line in reverse order, not written as a range, are read in time order with a doubt', () => {
    const d = read('Submissions are due August 24, 2021. New material submitted as of July 28, 2021 is allowed.');
    expect(window(d)).toEqual(['2021-07-28T00:00:00+08:00', '2021-08-25T00:00:00+08:00']);
    expect(codes(d, 'window')).toContain('window-guessed');
  });
});

describe('forms found in the seventh batch after its blind measurement (each a general rule)', () => {
  test('a length for a part of the entry (a photo’s caption) is not the post’s minimum, and is said', () => {
    const d = read('散文类字数不超过3000字,诗歌不超过50行。照片为单幅或组照,图片说明必须在150字以上。');
    expect(d.contest.length.min).toBe(0);
    expect(codes(d, 'length')).toContain('length-ambiguous');
    // The post's own minimum, beside a title's, is still read.
    expect(read('标题不少于10字,正文不少于800字。').contest.length.min).toBe(800);
  });

  test('a token only paid out ("split 120,000 USDT in $HTX") is the prize, not the contest’s token', () => {
    const d = read('The top 20 teams will qualify to split 120,000 USDT in $HTX.');
    expect(gaps(d)).toContain('screenshot.token.symbols');
    expect(codes(d, 'screenshot')).toContain('token-guessed');
  });

  test('a cashtag beside a traded pair of another token is a doubt', () => {
    const d = read('本期交易挖礦指定現貨交易對:BTC/USDT\n本次活動獎勵為 $HTX 代幣,持續回購 $HTX。');
    expect(codes(d, 'screenshot')).toContain('token-guessed');
  });

  test('a news relay’s own items inside the announcement are not read, and are said', () => {
    const d = read(
      [
        '交易竞赛:2020年12月28日18:00-2021年1月6日18:00',
        '欧易OKX Jay Hao:OKCU已实现链上转账提现0手续费:7月28日消息,而OKX Chain(OKC)是高效异构生态枢纽。',
        '此前,OKC与Tether达成正式合作。[2022/7/28 2:44:16]',
        '四、奖励详情',
        '欧易OKEx DeFi播报:DeFi总市值503.3亿美元 据欧易',
      ].join('\n'),
    );
    expect(d.contest.screenshot?.token?.symbols?.[0]).not.toBe('OKC');
    expect(d.warnings.find((w) => w.code === 'news-inserted')?.message).toMatch(/lines 2, 3, 5 /);
    expect(window(d)).toEqual(['2020-12-28T18:00:00+08:00', '2021-01-06T18:00:00+08:00']);
  });
});

describe('windows found in the seventh batch after its blind measurement (each a general rule)', () => {
  test('registration phases (captain recruitment, team building, team-up) are another role than the trading phase', () => {
    const d = read(
      [
        'Captain Recruitment: 10:00 am on Dec. 14, 2021 – 10:00 am on Dec. 21, 2021 (UTC)',
        'Team building: 10:00 am on Dec. 21, 2021 – 10:00 am on Dec. 28, 2021 (UTC)',
        'Trading competition: 10:00 am on Dec. 28, 2021 – 10:00 am on Jan. 6, 2022 (UTC)',
      ].join('\n'),
    );
    expect(window(d)).toEqual(['2021-12-28T10:00:00Z', '2022-01-06T10:00:00Z']);
  });

  test('a year chrono is sure of but the text never writes marks its reading wrong: ours is used', () => {
    const dates = lineDates('captain recruitment: 10:00 am on dec. 14 – 10:00 am on dec. 21 (utc)', { order: 'month-first', stated: false });
    expect(dates.map((x) => [x.month, x.day, x.hour, x.year])).toEqual([
      [12, 14, 10, undefined],
      [12, 21, 10, undefined],
    ]);
  });

  test('a news report’s dateline ("2月8日讯") is no date of the contest', () => {
    const d = read('鲁网·泰山财经2月8日讯 记者从山东省图书馆了解到,即日起至2021年2月28日,读书征文汇活动将继续进行。');
    expect(d.contest.window.end).toBe('2021-03-01T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('a date after "before", "by" or "due" is a deadline, never a start, though the line says "open"', () => {
    const d = read('Deadline: 27th November 2017\nThe competition is open to young people; enter at any time before 27 Nov 2017.');
    expect(d.contest.window.end).toBe('2017-11-28T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
    const due = read('Submissions Due 8/31/2024\nSubmit your story by midnight on August 31, 2024.');
    expect(due.contest.window.end).toBe('2024-09-01T00:00:00+08:00');
    expect(gaps(due)).toContain('window.start');
  });

  test('"will start on … and will run for 90 days": the end is the start plus that, with a doubt', () => {
    const d = read('The Bounty campaign will start on 21 November 2018, and will run for 90 days.');
    expect(window(d)).toEqual(['2018-11-21T00:00:00+08:00', '2019-02-19T00:00:00+08:00']);
    expect(codes(d, 'window')).toContain('window-guessed');
  });
});

describe('windows found in the eighth batch after its blind measurement (each a general rule)', () => {
  test('a deadline word after the date counts only in the date’s own clause', () => {
    const d = read(' date 2025-06-30 Houston, we have a deadline!\nThe submissions window for Round 2 closes on July 7, 2025.');
    expect(d.contest.window.end).toBe('2025-07-08T00:00:00+08:00');
    const close = read('March 17, 2021: Submissions open\nApril 20, 2021, 11:59 PM EST: Submissions close');
    expect(window(close)).toEqual(['2021-03-17T00:00:00-05:00', '2021-04-20T23:59:00-05:00']);
  });

  test('截稿 ends the window', () => {
    expect(read('以上信息均注于文尾。截稿日期:2014年11月10日。除获奖奖金外,不另付稿酬。').contest.window.end).toBe('2014-11-11T00:00:00+08:00');
  });

  test('an end without a time takes the time another end-mention of the same day states', () => {
    const d = read('Contest runs May 17 – July 19, 2019.\nSubmit no later than July 19th at 11:59pm.');
    expect(window(d)).toEqual(['2019-05-17T00:00:00+08:00', '2019-07-19T23:59:00+08:00']);
  });

  test('on a run-on line, dates join as a range only when written as one; the same deadline twice is one deadline', () => {
    const d = read('第七屆青衿文學獎徵文要點 4月22日截止 七、收件日期:即日起至107年4月22日止(以郵戳為憑) 九、揭曉:預定107年5月25日 十、其他:另行公告於6月1日');
    expect(d.contest.window.end).toBe('2018-04-23T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('two dates in two sentences, not written as a range, keep their own roles', () => {
    const d = read('Note: Deadline extended until December 14th, 2024 at midnight. You can vote until Monday, December 16th, 2024 at midnight.');
    expect(d.contest.window.end).toBe('2024-12-15T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });
});

describe('windows found in the ninth batch after its blind measurement (each a general rule)', () => {
  test('零时 and 夜20时 are times', () => {
    const d = read('自2024年5月11日零时起,至2024年5月25日夜20时结束,历时15天');
    expect(window(d)).toEqual(['2024-05-11T00:00:00+08:00', '2024-05-25T20:00:00+08:00']);
  });

  test('a second time on the same day ends a range within that day ("12:00-13:00 (HKT)")', () => {
    const d = read('申购时间:2020年4月22日12:00-13:00 (HKT)');
    expect(window(d)).toEqual(['2020-04-22T12:00:00+08:00', '2020-04-22T13:00:00+08:00']);
    // A date of its own after the second time: a range across days, as before.
    expect(window(read('活动时间:2025年8月7日 17:00 - 8月20日 17:00'))).toEqual(['2025-08-07T17:00:00+08:00', '2025-08-20T17:00:00+08:00']);
  });

  test('an extended deadline ends the window, with a doubt; a notice’s own line is no range', () => {
    const d = read(
      'Date: Submit your entries between Sunday, 1st November, and Friday, 13th of November 2020. EDIT: The deadline has been extended to Monday, 16th of November!',
    );
    expect(window(d)).toEqual(['2020-11-01T00:00:00+08:00', '2020-11-17T00:00:00+08:00']);
    expect(codes(d, 'window')).toContain('window-guessed');
    const notice = read('馬祖文學獎延長徵件至2014/8/5 歡迎踴躍投稿 --2014-07-17 馬祖日報');
    expect(notice.contest.window.end).toBe('2014-08-06T00:00:00+08:00');
    expect(gaps(notice)).toContain('window.start');
  });

  test('"no later than midnight Monday, March 10, 2025" is a deadline', () => {
    const d = read(
      'You may enter at any time, but all entries are due no later than midnight Monday, March 10, 2025. No entries will be accepted after this date.',
    );
    expect(d.contest.window.end).toBe('2025-03-11T00:00:00+08:00');
  });
});

describe('dates found in the ninth batch after its blind measurement', () => {
  test('numbers after an age or a grade ("between the ages of 12-16") are no month and day', () => {
    const d = read('The deadline for submissions is 31 May 2018.\nIf you are between the ages of 12-16 on 31 May 2018, you are eligible.');
    expect(d.contest.window.end).toBe('2018-06-01T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });
});

describe('zones and times found in the tenth batch after its blind measurement', () => {
  test('a US zone without its letter (PT, Central) takes its offset on each date: daylight time in summer', () => {
    const d = read('Entry Period: The Contest begins on December 10, 2020 at 9:00 AM PT and ends on January 10, 2021 at 11:59 PM PT');
    expect(window(d)).toEqual(['2020-12-10T09:00:00-08:00', '2021-01-10T23:59:00-08:00']);
    const across = read('Submissions: March 5, 2025 9:00 AM PT – April 6, 2025 11:59 PM PT');
    expect(window(across)).toEqual(['2025-03-05T09:00:00-08:00', '2025-04-06T23:59:00-07:00']);
    const central = read(
      'The contest begins today (April 30, 2011) and continues until next week (May 7, 2011), at 6:00 PM Central (daylight saving times included).',
    );
    expect(window(central)).toEqual(['2011-04-30T00:00:00-05:00', '2011-05-07T18:00:00-05:00']);
  });

  test('a lone zone word is a zone only after a time or in brackets ("Central Bank" is none)', () => {
    const d = read('Contest period: May 1, 2024 – May 7, 2024. Sponsored by the Central Bank of Nowhere.');
    expect(d.contest.window.displayOffset).toBe('+08:00');
  });

  test('a four-digit time before am/pm ("1159pm") is a time', () => {
    const d = read('Submissions open 1 June 2021.\nSubmissions will remain open until 15 June 2021 at 1159pm PT.');
    expect(d.contest.window.end).toBe('2021-06-15T23:59:00-07:00');
  });
});

describe('deadlines found in the tenth batch after its blind measurement', () => {
  test('"closing date" ends the window; a time after "by" is the date’s', () => {
    expect(read('1. The closing date for entries is Friday 26 April 2013.').contest.window.end).toBe('2013-04-27T00:00:00+08:00');
    const d = read('Launch of Essay Writing Competition- 24th May 2018\nEssay should be submitted by 5th June, 2018 by 5 pm.');
    expect(window(d)).toEqual(['2018-05-24T00:00:00+08:00', '2018-06-05T17:00:00+08:00']);
  });
});

describe('windows found in the eleventh batch after its blind measurement', () => {
  test('two dates not written as a range take no "活动时间" from their own line, and weigh less than 即日起至…止', () => {
    const d = read(
      '一、活动时间\n1.1 即日起至2023年1月27日24时止。\n4.7 由于活动时间设置,1月15号开始参与活动的无法获得全勤奖,1月19号开始参加活动的无法获得勤奋奖。',
    );
    expect(d.contest.window.end).toBe('2023-01-28T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('a count ("限2000字以內", "2000元") is no year for a year-less window', () => {
    const d = read('收件日期:8月1日至10月15日中午12點\n字數:限2000字以內\n優等10名,每名獎金2000元');
    expect(d.contest.window.start.startsWith('2000')).toBe(false);
    expect(codes(d, 'window')).toContain('year-assumed');
  });
});

describe('minimums found in the eighth to eleventh batches after their blind measurements', () => {
  test.each([
    ['4. Your entry should be between 1000 and 2500 words.', 1000, 'words'],
    ['(三)內容至少需300字。', 300, 'zi'],
    ['散文組:兩千字至五千字', 2000, 'zi'],
    ['Entries should not be less than 350 words.', 350, 'words'],
    ['小说组:一万两千字以上', 12000, 'zi'],
  ])('%s → %i %s', (text, min, unit) => {
    expect(read(text).contest.length).toEqual({ min, unit });
  });

  test('Chinese numerals per group: the lowest is read, with a doubt; a fee per thousand characters is no minimum', () => {
    const d = read('◎高中組 朋友 兩千字以上\n◎社會人士組 人生 三千字以上');
    expect(d.contest.length.min).toBe(2000);
    expect(codes(d, 'length')).toContain('length-ambiguous');
    expect(read('稿酬每千字100元').contest.length.min).toBe(0);
  });
});

describe('dates found in the tenth batch after its blind measurement', () => {
  test('"2021/02/01-03/22": the month/day after a full date and a dash ends the range', () => {
    expect(window(read('徵稿時間\n2021/02/01-03/22'))).toEqual(['2021-02-01T00:00:00+08:00', '2021-03-23T00:00:00+08:00']);
  });

  test('今(114)年12月31日 is an era year in brackets; an aside in brackets after a date is its own clause', () => {
    expect(read('二、 徵文活動自即日起至今(114)年12月31日止,一律採掛號郵寄').contest.window.end).toBe('2026-01-01T00:00:00+08:00');
    expect(read('填寫名錶並上傳作品,截稿日期爲111年12月10日(一律線上報名投稿)').contest.window.end).toBe('2022-12-11T00:00:00+08:00');
  });
});

describe('minimums found in the twelfth batch after its blind measurement', () => {
  test.each([
    ['Stories must be 1,000 words each except the bonus prompt (which is 100 words minimum).', 1000, 'words'],
    ['Poetry must be 800 words or less. Short stories should be a minimum of 1000 words and not exceed 5000 words.', 1000, 'words'],
    ['(四) 小学组:文章以不少过600字为佳;', 600, 'zi'],
    ['1.小說獎(字數以5千至1萬5千字為準,含標點符號)', 5000, 'zi'],
  ])('%s → %i %s', (text, min, unit) => {
    expect(read(text).contest.length).toEqual({ min, unit });
  });

  test('"must be 500 words or less" is no minimum', () => {
    expect(read('Entries must be 500 words or less.').contest.length.min).toBe(0);
  });
});

describe('deadlines found in the twelfth batch after its blind measurement', () => {
  test('"于…或之前" is a deadline', () => {
    expect(read('有兴趣参加者可于2020年5月31日17时30分或之前投稿').contest.window.end).toBe('2020-05-31T17:30:00+08:00');
  });

  test('a short line with a number is a sentence, not a label that gives the dates below it a role', () => {
    const d = read('下月15截止报名\n欢迎踊跃投稿参加。大赛现已接受报名,截止日期为2024年11月15日', Date.parse('2024-10-01T00:00:00Z'));
    expect(d.contest.window.end).toBe('2024-11-16T00:00:00+08:00');
  });
});

describe('dates whose separators were lost (seen in batches 7 and 12)', () => {
  test('"2023915-20231115" and "2021531日" read one way only; "2021111日" (1/11 or 11/1) is no date', () => {
    expect(window(read('报名及翻译阶段:2023915-20231115'))).toEqual(['2023-09-15T00:00:00+08:00', '2023-11-16T00:00:00+08:00']);
    const d = read('截稿日期由原定的2021531日,延期至630日。');
    expect(d.contest.window.end).toBe('2021-07-01T00:00:00+08:00');
    expect(lineDates('截止日期为2021111日', { order: 'month-first', stated: false })).toEqual([]);
  });
});

describe('silent values found in the thirteenth batch after its blind measurement', () => {
  test('a minimum read where the text also lets any length do is a doubt', () => {
    const d = read('Write a story in as many or as few words as you like.\nWrite a micro-story (100-250 words).');
    expect(codes(d, 'length')).toContain('length-ambiguous');
  });

  test('a length winners owe after the prize is a doubt ("收到书以后写书评,一百五十字起")', () => {
    const d = read('本次活动的部分书需要收到书以后写书评,一百五十字起。');
    expect(codes(d, 'length')).toContain('length-conditional');
  });

  test('a shouted heading on the proof line names no token', () => {
    const d = read('ENTRANTS 17 AND UNDER: You MUST attach your proof of age, in PDF format, as a screenshot.');
    expect(d.contest.screenshot?.token?.symbols?.[0]).not.toBe('ENTRANTS');
  });
});

describe('windows found in the thirteenth batch after its blind measurement', () => {
  test('"至2016年9月底止": the month’s last day ends the window', () => {
    const d = read('征文自即日起至2016年9月底止,10月份公布获奖名单。');
    expect(d.contest.window.end).toBe('2016-10-01T00:00:00+08:00');
  });

  test('"收件日期:" above a date starts the window that "截止日期:" ends', () => {
    const d = read('收件日期:\n2015年7月1日\n截止日期:\n2015年9月30日\n揭晓颁奖:');
    expect(window(d)).toEqual(['2015-07-01T00:00:00+08:00', '2015-10-01T00:00:00+08:00']);
  });
});

describe('a silent value found in the fourteenth batch after its blind measurement', () => {
  test('a count in Chinese numerals below ten ("一字以上的关键词") is a word’s size, not a minimum', () => {
    expect(read('c,对于一字以上的关键词/短语,拆开使用算无效').contest.length.min).toBe(0);
  });
});

describe('windows found in the fourteenth batch after its blind measurement', () => {
  test('a date written in Chinese numerals ("二O一一年三月二十日") is a date', () => {
    expect(read('‧ 截稿日期為二O一一年三月二十日。').contest.window.end).toBe('2011-03-21T00:00:00+08:00');
  });

  test('a range of birth dates is eligibility, not the window', () => {
    const d = read('第48屆青年文學獎徵文比賽(2021年8月15日截止)\n • 出生於1980年08月16日至2010年08月15日之間即具參賽資格。');
    expect(d.contest.window.end).toBe('2021-08-16T00:00:00+08:00');
  });
});

describe('windows of whole months, and labels glued to dates (spent sets, after batch 15 was measured)', () => {
  test('"5月—6月" runs from the first month’s first day to the second’s last', () => {
    const d = read('活动时间:\n1、征文征集。2025年5月—6月', Date.parse('2025-05-12T12:00:00Z'));
    expect(window(d)).toEqual(['2025-05-01T00:00:00+08:00', '2025-07-01T00:00:00+08:00']);
  });

  test('"Deadline for EntriesFebruary 28, 2013, 11:59 PM": a label glued to its date', () => {
    expect(read('Deadline for EntriesFebruary 28, 2013, 11:59 PM').contest.window.end).toBe('2013-02-28T23:59:00+08:00');
  });
});

describe('silent values found in the fifteenth batch after its blind measurement', () => {
  test('"8-15萬字", "1.5-3萬字": the unit after a range’s second number is the first’s too', () => {
    expect(read('8-15萬字已完結長篇小說(簡繁不限)').contest.length.min).toBe(80_000);
    expect(read('字数要求:1.5万字以上').contest.length.min).toBe(15_000);
  });

  test('lengths per category: the lowest is read, with a doubt naming them', () => {
    const d = read('征文要求\n公开组每篇字数为 2000至6000字。\n高中组每篇字数为 1000至 3000字;\n初中组每篇字数为 800 至 1500 字;');
    expect(d.contest.length.min).toBe(800);
    expect(d.warnings.find((w) => w.code === 'length-ambiguous')?.message).toMatch(/category.*2000, 1000, 800/);
  });

  test('a length labelled as the length ("字數:", "要求:") is not a category', () => {
    const d = read('字數要求:至少300字\n標題:不超過20字\n活動要求:內文需達300字');
    expect(d.contest.length.min).toBe(300);
    expect(d.warnings.some((w) => w.message.includes('category'))).toBe(false);
  });

  test('"至少200個全形繁體中文字" and "內文需達200字" are minimums', () => {
    expect(read('d.文章內容需至少200個全形繁體中文字。').contest.length.min).toBe(200);
    expect(read('a.內文需達200字(只計算中文)').contest.length.min).toBe(200);
  });

  test('"Word count ranges from 500 to 2000 words" is read with a doubt: the range may be of limits', () => {
    const d = read('It must have a title, not exceed the word limit. Word count ranges from 500 to 2000 words.');
    expect(d.contest.length.min).toBe(500);
    expect(d.warnings.some((w) => w.field === 'length.min' && /ranges/.test(w.message))).toBe(true);
  });

  test('"QQ:481034941" is a contact, not a token', () => {
    expect(read('参与者需在活动截止前将作品链接及截图提交至QQ:481034941').contest.screenshot?.token?.symbols ?? []).not.toContain('QQ');
  });
});

describe('windows found in the fifteenth batch after its blind measurement', () => {
  const PUBLISHED = Date.parse('2017-09-30T12:00:00Z');

  test('"closing date … October 9, with a prize-giving planned for October 20": the second date has another role', () => {
    const d = read('The closing date for entries is October 9, with a prize-giving planned for October 20.', PUBLISHED);
    expect(d.contest.window.end).toBe('2017-10-10T00:00:00+08:00');
    expect(d.missing.some((m) => m.field === 'window.start')).toBe(true);
  });

  test('a date that ends its sentence ("Thursday 26th February.") is not a range with the next sentence’s', () => {
    const d = read(
      'The deadline is Thursday 26th February. The top 50 will be invited to the Final on Friday 29th May to hear the winners announced.',
      PUBLISHED,
    );
    expect(d.contest.window.end?.slice(5, 16)).toBe('02-27T00:00');
  });

  test('"a.m." is no sentence stop: "Jul 15, 12 a.m. UTC – Aug 15, 12 a.m. UTC" stays a range', () => {
    const d = read('Video Submission Period: Jul 15, 2021, 12 a.m. UTC – Aug 15, 2021, 12 a.m. UTC');
    expect(window(d)).toEqual(['2021-07-15T00:00:00Z', '2021-08-15T00:00:00Z']);
  });

  test('"The final submission date is Friday 13 March at 7pm" ends the window', () => {
    expect(read('The final submission date is Friday 13 March 2020 at 7pm, and any submissions after this time cannot be accepted.').contest.window.end).toBe(
      '2020-03-13T19:00:00+08:00',
    );
  });

  test('"June 23: Submissions due at 11:59 PM PDT": the deadline and its time later in the clause', () => {
    const d = read('Important Dates\n• June 12, 2024: Challenge begins!\n• June 23, 2024: Submissions due at 11:59 PM PDT\n• June 25, 2024: Winner Announced');
    expect(window(d)).toEqual(['2024-06-12T00:00:00-07:00', '2024-06-23T23:59:00-07:00']);
  });

  test('"6/1-8/31": a range of month/days without a year', () => {
    const d = read('比賽時程\n\n徵稿\n6/1-8/31\n初選\n9/1-10/12', Date.parse('2023-05-01T12:00:00Z'));
    expect(window(d)).toEqual(['2023-06-01T00:00:00+08:00', '2023-09-01T00:00:00+08:00']);
  });

  test('"Starts October 23, 2004 at 12 p.m." and "Writers have 24 hours": the end is a day later, with a doubt', () => {
    const d = read('1. Topic given at start\n2. Starts October 23, 2004 at 12 p.m.\n3. Topic posted on site\n4. Writers have 24 hours to complete short story');
    expect(window(d)).toEqual(['2004-10-23T12:00:00+08:00', '2004-10-24T12:00:00+08:00']);
    expect(d.warnings.some((w) => w.field === 'window.end' && /24 hours/.test(w.message))).toBe(true);
  });
});

describe('forms found in the sixteenth batch after its blind measurement', () => {
  test('"(October 27, 1976 - October 27, 2024)": a range years long is an anniversary, not the window', () => {
    const d = read(
      'On the occasion of the 48th anniversary of Binh Thuan Newspaper (October 27, 1976 - October 27, 2024), the newspaper is holding a contest.\nThe newspaper launched a reportage writing contest from now until October 10, 2024.',
    );
    expect(d.contest.window.end).toBe('2024-10-11T00:00:00+08:00');
  });

  test('"Last date for submissions: 31 October 2022" ends the window', () => {
    expect(read('Voting: second week of November\nLast date for submissions: 31 October 2022').contest.window.end).toBe('2022-11-01T00:00:00+08:00');
  });

  test('a post’s own stamp ("on 09/02/2023, 22:44:28 UTC") does not give the window its zone', () => {
    const d = read(
      'Re: Pie Making Contest\non 09/02/2023, 22:44:28 UTC\nSome text.\nMore text.\n• 1st Phase - From 14th February 2023 to 14th of March 2023 : submit your entries;',
    );
    expect(d.contest.window.displayOffset).toBe('+08:00');
    expect(d.contest.window.end).toBe('2023-03-15T00:00:00+08:00');
  });

  test('"May 26, 2021 (at 23:59 UTC)": a time in brackets after "at"', () => {
    expect(window(read('Contest dates: April 26, 2021 — May 26, 2021 (at 23:59 UTC).'))).toEqual(['2021-04-26T00:00:00Z', '2021-05-26T23:59:00Z']);
  });

  test('"MIDNIGHT EST on August 16": a zone after "midnight" is stated', () => {
    expect(read('Deadline for submission is MIDNIGHT EST on August 16, 2018.').contest.window.displayOffset).toBe('-05:00');
  });

  test('"作品总字数预计10万以上", "八百字為下限", "Text minimal size: 1500 letters"', () => {
    expect(read('作品总字数预计10万以上。').contest.length.min).toBe(100_000);
    expect(read('三、字數規定,八百字為下限,不設上限!').contest.length.min).toBe(800);
    expect(read('- Text minimal size: 1500 letters with spaces').contest.length).toEqual({ min: 1500, unit: 'zi' });
  });

  test('"不准壓線八百字": a post of exactly the floor does not count', () => {
    const d = read('三、字數規定,八百字為下限,不設上限!不准壓線八百字,壓線相當於棄權喔!');
    expect(d.contest.length.min).toBe(801);
    expect(d.warnings.some((w) => w.code === 'length-more-than')).toBe(true);
  });
});

describe('forms found in the seventeenth batch after its blind measurement', () => {
  test('"Add #YA, #MG, #NA, #A, or #PB": a list that ends in "or" is one tag and its alternatives', () => {
    const d = read('Make sure to include all the appropriate hashtags, especially #PitMad and your age category.\nAdd #YA, #MG, #NA, or #PB in your pitch.');
    expect((d.contest.tags ?? []).map((t) => [t.text, (t.alternatives ?? []).map((a) => a.text)])).toEqual([
      ['PitMad', []],
      ['YA', ['MG', 'NA', 'PB']],
    ]);
  });

  test('"字数在800-1000字(小学组200-300字)": a category’s length in brackets is the lowest', () => {
    const d = read('3.字数在800-1000字(小学组200-300字)。');
    expect(d.contest.length.min).toBe(200);
    expect(d.warnings.some((w) => w.code === 'length-ambiguous' && /category/.test(w.message))).toBe(true);
  });

  test('"不得低於150字", "500---10,000字", "a minimum of ~1,500 words", "minimum 50,000 new and/or rewritten words", "a 50,000-word (or longer) novel"', () => {
    expect(read('二、字數不得低於150字。').contest.length.min).toBe(150);
    expect(read('4、字数。500---10,000字。').contest.length.min).toBe(500);
    expect(read('Content submissions should be a minimum of ~1,500 words.').contest.length.min).toBe(1500);
    expect(read('your novel must reach minimum 50,000 new and/or rewritten words by the end').contest.length.min).toBe(50_000);
    expect(read('1. Write a 50,000-word (or longer) novel, between November 1 and November 30.').contest.length.min).toBe(50_000);
  });

  test('"We do not have a word limit, but … at least 1000 words": the minimum comes with a doubt', () => {
    const d = read('Answer: We do not have a word limit, but it is recommended that the article should be at least 1000 words.');
    expect(d.warnings.some((w) => w.code === 'length-ambiguous')).toBe(true);
  });

  test('"December 6, 2018 (8AM – 8PM EST)": a same-day range in 12-hour clock', () => {
    expect(window(read('#PitMad dates:\n• December 6, 2018 (8AM – 8PM EST)'))).toEqual(['2018-12-06T08:00:00-05:00', '2018-12-06T20:00:00-05:00']);
  });

  test('"Closes at 23:59 - Jan 03, 2020 EST": a zone after a whole date', () => {
    expect(read('Closes at 23:59 - Jan 03, 2020 EST').contest.window.end).toBe('2020-01-03T23:59:00-05:00');
  });

  test('"(Sydney/Melbourne time)": +11:00 in daylight time, +10:00 out of it', () => {
    expect(read('The deadline is 11:59:59pm Sunday 4 November 2018 (Sydney/Melbourne time).').contest.window.end).toBe('2018-11-04T23:59:59+11:00');
    expect(read('The deadline is 11:59pm Sunday 3 June 2018 (Sydney time).').contest.window.end).toBe('2018-06-03T23:59:00+10:00');
  });
});

describe('minimums in the spent sets, after batch 17 was opened', () => {
  test('"字数1000~4000", "字數限制在700~2,500": a range after 字数 with no unit', () => {
    expect(read('2.字数1000~4000,每个参赛者仅限投送一篇作品。').contest.length.min).toBe(1000);
    expect(read('1. 字數限制在700~2,500(新詩不受此規範限制)').contest.length.min).toBe(700);
  });

  test('"must be exactly 250 words" is a minimum; "exactly 100 words" in a story about the contest is not', () => {
    expect(read('- All entries must be exactly 250 words.').contest.length.min).toBe(250);
    expect(read('“People were laboring to trying to make it exactly 100 words,” he said.').contest.length.min).toBe(0);
  });

  test('"posts under 300 words (approximately) won’t be considered" and "from about 100 to about 1,000 words"', () => {
    expect(read("- posts under 300 words (approximately) won't be considered").contest.length.min).toBe(300);
    expect(read('1. Make your story somewhere from about 100 to about 1,000 words in length.').contest.length.min).toBe(100);
  });
});

describe('forms found in the eighteenth batch after its blind measurement', () => {
  test('"80字以上未滿100字": "未滿" is no minimum', () => {
    expect(read('b 內文需80字以上 (1) 80字以上未滿100字 且符合資格的文章 -> 第1篇800').contest.length.min).toBe(80);
  });

  test('"單張 200字以上": a length per picture is a part’s, not the post’s', () => {
    const d = read('(六)創作文稿:單張 200字以上,4個桌布皆需有提供桌布說明。');
    expect(d.contest.length.min).toBe(0);
    expect(d.warnings.some((w) => w.code === 'length-ambiguous')).toBe(true);
  });

  test('"must be 1,500 characters — about 250 words — or fewer" is a maximum', () => {
    expect(read('Responses must be 1,500 characters — about 250 words — or fewer.').contest.length.min).toBe(0);
  });

  test('tags asked for on three or more lines come with a doubt', () => {
    const d = read(
      'You can enter just by adding the tag #Wattys2015 to your story\nNominate a story by sharing it using the hashtag #MyWattysChoice.\nTag it with #Wattys2015 AND the following tags: #newadult, #urban, or #feels to enter.',
    );
    expect(d.warnings.some((w) => w.code === 'tag-rule-unclear' && /3 different lines/.test(w.message))).toBe(true);
  });

  test('"Dec. 16, 2022(Fri.) 12:00 p.m.": an English weekday in brackets before the time', () => {
    expect(read('Deadline: from now until Dec. 16, 2022(Fri.) 12:00 p.m.').contest.window.end).toBe('2022-12-16T12:00:00+08:00');
  });

  test('"(Australian time)": Sydney’s offset on that day', () => {
    expect(read('Entries close on 1 October 2019 (Australian time, so don’t be fooled).').contest.window.end).toBe('2019-10-02T00:00:00+10:00');
  });
});

describe('windows in the spent sets, after batch 18 was opened', () => {
  test('"七月二十三日零時": a month and day in numerals without a year', () => {
    const d = read('2008年女鬼祭徵文\n徵文日期=自即日起至七月二十三日零時');
    expect(d.contest.window.end).toBe('2008-07-23T00:00:00+08:00');
  });

  test('"参赛时间" is the window when "活动时间" also covers judging and results', () => {
    const d = read('[活动时间]:2010年07月25日-08月09日\n参赛时间:2010年07月25日-08月06日;\n评判时间:2010年08月07日~08月08日;');
    expect(window(d)).toEqual(['2010-07-25T00:00:00+08:00', '2010-08-07T00:00:00+08:00']);
  });
});

describe('forms found in the nineteenth batch after its blind measurement', () => {
  test('"2017年4月至2017年8月28日": a range that starts with a whole month', () => {
    expect(window(read('A. 征文日期:2017年4月至2017年8月28日'))).toEqual(['2017-04-01T00:00:00+08:00', '2017-08-29T00:00:00+08:00']);
  });

  test('"截稿日期 2025 9 20日": a date whose 年 and 月 were lost', () => {
    expect(read('六、截稿日期 2025 9 20日').contest.window.end).toBe('2025-09-21T00:00:00+08:00');
  });

  test('"accepting entries through Sunday, January 21" ends the window', () => {
    expect(read('The Contest is now officially open, and I will be accepting entries through Sunday, January 21, 2024.').contest.window.end).toBe(
      '2024-01-22T00:00:00+08:00',
    );
  });

  test('"Min. word count 500 words", "a story in exactly 140 characters"', () => {
    expect(read('Min. word count 500 words. (No maximum).').contest.length.min).toBe(500);
    expect(read('Can you tell a story in exactly 140 characters?').contest.length).toEqual({ min: 140, unit: 'zi' });
  });
});

describe('windows in the spent sets, after batch 19 was opened', () => {
  test('"徵件日期自112年4月27日至6月30日止" outranks a notice’s display period with an update time', () => {
    const d = read(
      '日期起迄 2023-05-01 00:00~2023-05-08 23:50 更新時間: 2023-05-01 21:20:45\n一、 本徵文活動徵件日期自112年4月27日至6月30日止,徵選文類有新詩。',
    );
    expect(window(d)).toEqual(['2023-04-27T00:00:00+08:00', '2023-07-01T00:00:00+08:00']);
  });

  test('"between March 1 and 10, 2013": the month written once, joined by "and" after "between"', () => {
    expect(window(read('Tweet your poems @NYPL between March 1 and 10, 2013.'))).toEqual(['2013-03-01T00:00:00+08:00', '2013-03-11T00:00:00+08:00']);
  });

  test('a period in which a story "will win" an award is not the window', () => {
    const d = read('Deadline to enter is August 31, 2015.\nThe story that is most shared between August 24 and 31 will win the People’s Choice Award.');
    expect(d.contest.window.end).toBe('2015-09-01T00:00:00+08:00');
    expect(d.missing.some((m) => m.field === 'window.start')).toBe(true);
  });
});

describe('forms found in the twentieth batch after its blind measurement', () => {
  test('"#康养之都∙激情澎排": a tag followed by a middle dot and more letters comes with a doubt', () => {
    const d = read('同时添加话题: #康养之都∙激情澎排,');
    expect(d.warnings.some((w) => w.code === 'tag-punctuation' && w.message.includes('∙激情澎排'))).toBe(true);
  });

  test('"with or without the hashtag #futureletter": the tag is optional, with a doubt', () => {
    const d = read('The only requirement is that your letter fits in a single tweet, with or without the hashtag #futureletter.');
    expect(d.warnings.some((w) => w.code === 'tag-rule-unclear')).toBe(true);
  });

  test('"Minimum word count is 50."', () => {
    expect(read('- All works cannot exceed 2000 words. Minimum word count is 50.').contest.length).toEqual({ min: 50, unit: 'words' });
  });

  test('"征文时间:即日起至201910月30日止": a year glued to its month, the 年 lost; "Due date for entries is Sunday, 2 April 2023" is a deadline', () => {
    const zh = read('2、征文时间:即日起至201910月30日止。');
    expect(zh.contest.window.end).toBe('2019-10-31T00:00:00+08:00');
    expect(zh.missing.map((m) => m.field)).toContain('window.start');
    const en = read('Due date for entries is Sunday, 2 April 2023.\nThe shortlist will be announced Saturday, 6 May 2023.');
    expect(en.contest.window.end).toBe('2023-04-03T00:00:00+08:00');
    expect(en.missing.map((m) => m.field)).toContain('window.start');
  });

  test('"截稿日期20141115": eight digits after a date’s label', () => {
    expect(read('截稿日期20141115').contest.window.end).toBe('2014-11-16T00:00:00+08:00');
  });

  test('"107年9月19日(三)12:00起至11月9日(五) 23:59止": a weekday numeral in brackets before the time', () => {
    expect(window(read('(二)線上表單開放期間:107年9月19日(三)12:00起至11月9日(五) 23:59止'))).toEqual([
      '2018-09-19T12:00:00+08:00',
      '2018-11-09T23:59:00+08:00',
    ]);
  });
});

describe('forms found in the twenty-first batch after its blind measurement', () => {
  test('"#WedC (preferred) or #WednesdayChallenge": an aside before "or" keeps the alternative', () => {
    const d = read('Post it, remembering to include either the tag #WedC (preferred) or #WednesdayChallenge if you need to fill space!');
    expect((d.contest.tags ?? []).map((t) => [t.text, (t.alternatives ?? []).map((a) => a.text)])).toEqual([['WedC', ['WednesdayChallenge']]]);
  });

  test('of three dates on a line, the two written as a range are the window', () => {
    const d = read('本报讯 2025年11月16日,全国大型短视频征集展示活动正式启动。11月16日至12月31日,参赛者可登录抖音,搜索话题参与。');
    expect(window(d)).toEqual(['2025-11-16T00:00:00+08:00', '2026-01-01T00:00:00+08:00']);
  });

  test('"midnight UK time": +01:00 in summer time, UTC in winter; "M.S.T." is MST', () => {
    expect(read('13. Entries must be received before midnight UK time on 9th July 2018.').contest.window.end).toBe('2018-07-10T00:00:00+01:00');
    expect(read('Entries close on 9 January 2019 (UK time).').contest.window.end).toBe('2019-01-10T00:00:00Z');
    expect(read('My essay was submitted by October 31, 2022, at 11:59 p.m. M.S.T.').contest.window.end).toBe('2022-10-31T23:59:00-07:00');
  });
});

describe('forms found in the twenty-second batch after its blind measurement', () => {
  test('"The word minimum is around 3000"', () => {
    expect(read('1. The word minimum is around 3000, this is merely so I don’t get a paragraph.').contest.length).toEqual({ min: 3000, unit: 'words' });
  });

  test('a year after a label’s colon ("截止日期:2019-07-15") dates a yearless window; "字数 :2000至4000字" does not', () => {
    const d = read('更新时间:2019-06-25    截止日期:2019-07-15\n征集阶段:7月6日-7月15日,评选阶段:7月16日-7月19日');
    expect(window(d)).toEqual(['2019-07-06T00:00:00+08:00', '2019-07-16T00:00:00+08:00']);
    const e = read('字数 :2000至4000字\n截稿日期:8月31日');
    expect(e.warnings.some((w) => w.code === 'year-assumed' && w.message.includes('2000'))).toBe(false);
  });
});

describe('a minimum stated under one contest of several (spent 22)', () => {
  test('"Writing Contests … at least 1,000 words" beside "Poetry Contests" with no length comes with a doubt', () => {
    const d = read(
      'Here are the rules for both:\nPoetry Contests\n-Must be your own writing\nWriting Contests\n-Must be your own writing\n-Must be at least 1,000 words long',
    );
    expect(d.contest.length.min).toBe(1000);
    expect(d.warnings.find((w) => w.code === 'length-conditional')?.message).toMatch(/"Writing Contests" only; "Poetry Contests"/);
  });

  test('one section alone raises no doubt', () => {
    const d = read('Writing Contest\n-Must be at least 1,000 words long');
    expect(d.warnings.some((w) => w.code === 'length-conditional')).toBe(false);
  });
});

describe('found by a review of this session’s rules', () => {
  test('"Jan 5~12, 2026" keeps the year it writes once', () => {
    expect(window(read('The 2025 writing contest: Jan 5~12, 2026 (UTC)'))).toEqual(['2026-01-05T00:00:00Z', '2026-01-13T00:00:00Z']);
  });

  test('"5000-1万字" is 5,000: a range’s unit serves the first number only while it stays below the second', () => {
    expect(read('征文要求:5000-1万字').contest.length.min).toBe(5000);
  });

  test('a title’s length is no category’s: "标题不少于10字" beside two categories', () => {
    expect(read('小说组:5000字以上\n散文组:2000字以上\n标题不少于10字').contest.length.min).toBe(2000);
  });

  test('another role’s time in brackets is not the deadline’s: "June 23, 2025 (voting ends at 8 pm UTC)"', () => {
    const d = read('Event period: June 1 - June 23, 2025 (voting ends at 8 pm UTC)');
    expect(d.contest.window.end).toBe('2025-06-24T00:00:00Z');
  });

  test('"字数:2000" is no year; "london timetable", "update20141115" and "ranked 5, 2024 cet" are no zone or date', () => {
    expect(read('字数:2000\n活动时间:8月7日-8月12日').warnings.some((w) => w.code === 'year-assumed' && w.message.includes('2000'))).toBe(false);
    expect(offsetIn('london timetable 10:00')).toBeNull();
    expect(offsetIn('ranked 5, 2024 cet')).toBeNull();
    expect(lineDates('update20141115', { order: 'month-first', stated: false }, 'own')).toEqual([]);
  });
});

describe('forms found in the thirty-second batch after its blind measurement', () => {
  test('"(如$BTC )": a cashtag in brackets after 如 is an example, not the contest’s token', () => {
    const d = read('當讀者點擊創作者帖子中的某個幣種標籤(如$BTC )或價格小部件,然後進行交易時,創作者將獲得交易費用的佣金。');
    expect(d.contest.screenshot?.token?.symbols ?? []).not.toContain('BTC');
    expect(gaps(d)).toContain('screenshot.token.symbols');
  });

  test('"作品征集:2016225日—330": the end’s month/day glued after a glued full date and a dash', () => {
    expect(window(read('作品征集:2016225日—330'))).toEqual(['2016-02-25T00:00:00+08:00', '2016-03-31T00:00:00+08:00']);
  });

  test('"by midnight PST latest on Sunday 15 October 2017": a deadline, in its zone', () => {
    const d = read('Send the article and the form to our Editor by midnight PST latest on Sunday 15 October 2017 latest!');
    expect(d.contest.window.end).toBe('2017-10-16T00:00:00-08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('"the 8th of January (24th of Poush) at 11:59 PM NST": the time after an aside is the date’s', () => {
    const d = read('The competition deadline is the 8th of January 2023 (24th of Poush) at 11:59 PM NST (UTC +5:45).');
    expect(d.contest.window.end).toBe('2023-01-08T23:59:00+05:45');
  });

  test('a start and a deadline in two clauses of the line whose range is voting: they are the window', () => {
    const d = read(
      'The competition begins February 15, 2010. All entries must be received by March 15th, and finalists will be announced on March 31, 2010. On-line voting will take place from April 1st through April 20th, and all winners will be announced on May 1, 2010.',
    );
    expect(window(d)).toEqual(['2010-02-15T00:00:00+08:00', '2010-03-16T00:00:00+08:00']);
  });

  test('"must have been written between January 1 and December 31, 2017": an eligibility period; the year written most often serves the deadline', () => {
    const d = read(
      '2018 University Writing Awards Competition\n2018 Competition 2018 Competition Categories:\nDeadline for Submission:\n5:00 pm, Monday, February 19\nSubmissions must have been written between January 1 and December 31, 2017.',
    );
    expect(d.contest.window.end).toBe('2018-02-19T17:00:00+08:00');
    expect(codes(d, 'window')).toContain('year-assumed');
  });
});

describe('forms found in the thirty-third batch after its blind measurement', () => {
  test('"What\'s at stake?" is no crypto word: "The Zeribe Nwosu Foundation (ZNF)" is initials, with a doubt', () => {
    const d = read(
      "The Zeribe Nwosu Foundation (ZNF) presents its Annual Essay Competition for 2024.\nWhat's at stake? Participating is not just about the prize.",
    );
    expect(gaps(d)).toContain('screenshot.token.symbols');
  });

  test.each([
    ['Entries in this category are expected not to be less than 450 words', 450],
    ['The Theme must be in Filipino, not less than five words, and must not exceed fifteen words.', 5],
    ['- Panjang artikel minimal 1000 kata.', 1000],
  ])('"%s": a minimum of %i words', (text, min) => {
    expect(read(text).contest.length).toEqual({ min, unit: 'words' });
  });

  test('"personal feedback (400-500 words)" is the judges’ length, not the entries’', () => {
    const d = read(
      'The winner each month will receive personal feedback (400-500 words) on their short story.\nSubmit your short stories (1000-3000 words) to the editor.',
    );
    expect(d.contest.length?.min).toBe(1000);
  });

  test('a table flattened to lines ("小說組", "|", "2500至6000字"): each category’s length, the lowest read, with a doubt', () => {
    const d = read('組別\n|\n字數限制\n|\n小說組\n|\n2500至6000字\n|\n2000禮券\n|\n散文組\n|\n1000至3500字\n|\n1500禮券');
    expect(d.contest.length).toEqual({ min: 1000, unit: 'zi' });
    expect(codes(d, 'length')).toContain('length-ambiguous');
  });

  test('"征稿截至日期:2022年9月30日(太平洋时间)": Pacific time by its Chinese name, daylight time in September', () => {
    expect(read('征稿截至日期:2022年9月30日(太平洋时间)').contest.window.end).toBe('2022-10-01T00:00:00-07:00');
  });

  test('"报名时间: 即日起至2025415日" and no other date: the sign-up’s end is the window’s, with a doubt', () => {
    const d = read('发布时间:2025-03-27\n参赛对象:\n全日制在校本科生。\n报名时间:\n即日起至2025415日。\n参赛方式:\n投稿邮箱');
    expect(d.contest.window.end).toBe('2025-04-16T00:00:00+08:00');
    expect(codes(d, 'window')).toContain('window-guessed');
  });

  test('"…收件截止日期:即日起至2018年1月2" as the stored text’s last characters: a cut-off date is no date', () => {
    const d = read('泰北文學獎徵選\n報名方式與收件截止日期:即日起至2018年1月2');
    expect(gaps(d)).toContain('window.end');
  });
  test.each([
    ['Event Bittime Writer berlangsung dari tanggal 6 Desember 2023 hingga 24 Januari 2024.', '2023-12-06T00:00:00+08:00', '2024-01-25T00:00:00+08:00'],
    [
      'Peserta lomba adalah mereka yang menulis artikel per 1 Januari 2022 - 31 Januari 2022.\nPengumuman pemenang pada tanggal 7 Februari 2022.',
      '2022-01-01T00:00:00+08:00',
      '2022-02-01T00:00:00+08:00',
    ],
  ])('Indonesian months and "hingga": %s', (text, start, end) => {
    expect(window(read(text))).toEqual([start, end]);
  });

  test('Spanish: "hasta el 2 de mayo de 2025" ends the window; the vote and the winners’ dates have other roles', () => {
    const d = read(
      'Plazo para participar: Desde [fecha de inicio] hasta el 2 de mayo de 2025\nInicio de la votación en la web: 3 de mayo de 2025\nAnuncio de ganadores: 11 de mayo de 2025',
    );
    expect(d.contest.window.end).toBe('2025-05-03T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('Spanish: "concluye el próximo Jueves 19 de Abril a las 16:00 UTC": the time after "a las", the year assumed', () => {
    const d = read('El plazo para participar se inicia tras la publicación de este post y concluye el próximo Jueves 19 de Abril a las 16:00 UTC.');
    expect(d.contest.window.end?.slice(5)).toBe('04-19T16:00:00Z');
    expect(codes(d, 'window')).toContain('year-assumed');
  });
});

describe('forms found in the thirty-fourth batch after its blind measurement', () => {
  test('"带话题#说出你的王者故事发布动态/帖子/资讯均可": a single-# tag glued to a posting verb is said to be unsure', () => {
    const d = read('通过在营地发布内容(带话题#说出你的王者故事发布动态/帖子/资讯均可)参与主题征集。');
    expect(codes(d, 'tags')).toContain('tag-punctuation');
  });

  test('"300字以上" and "a minimum of 300 words" in one text: the unit is said to be unsure', () => {
    const d = read('• 题目自拟,中英文不限,300字以上。\n• Choose your own topic, write in either English or Chinese, with a minimum of 300 words.');
    expect(d.contest.length?.min).toBe(300);
    expect(codes(d, 'length')).toContain('length-ambiguous');
  });
  test.each([
    [
      'Die unveröffentlichten Texte sollen ab 21. August bis zum 10. Oktober 2021 elektronisch geschickt werden.',
      '2021-08-21T00:00:00+08:00',
      '2021-10-11T00:00:00+08:00',
    ],
    ['応募期間:2022年12月15日(木)11:00から2023年1月15日(日)24:00まで', '2022-12-15T11:00:00+08:00', '2023-01-16T00:00:00+08:00'],
  ])('German months after a dotted day, "bis zum"; a Japanese weekday before the time: %s', (text, start, end) => {
    expect(window(read(text))).toEqual([start, end]);
  });

  test.each([
    ['Son başvuru tarihi 14 NİSAN 2017 Cuma mesai bitimidir.\nSonuçlar 01 MAYIS 2017 Pazartesi günü duyurulacaktır.', '2017-04-15T00:00:00+08:00'],
    ['Einsendeschluss für die Geschichten ist der 23. Mai 2016.', '2016-05-24T00:00:00+08:00'],
  ])('a deadline in Turkish or German: %s', (text, end) => {
    expect(read(text).contest.window.end).toBe(end);
  });
  test('Vietnamese: "Thời gian nhận bài dự thi: Từ ngày 19/04/2023 đến" (cut off): the start, and no end', () => {
    const d = read('Thể lệ cuộc thi viết\n- Thời gian nhận bài dự thi: Từ ngày 19/04/2023 đến');
    expect(d.contest.window.start).toBe('2023-04-19T00:00:00+08:00');
    expect(gaps(d)).toContain('window.end');
  });
});

describe('forms found in the thirty-fifth batch after its blind measurement', () => {
  test.each([
    ['quando cliccano su un cashtag di moneta (es. $BTC) nei tuoi contenuti'],
    ['Usa un cashtag (p. ej. $BTC) en tu publicación'],
    ['Verwende einen Cashtag (z. B. $BTC) in deinem Beitrag'],
  ])('an example cashtag in another language is no token: %s', (text) => {
    expect(read(text).contest.screenshot.token.symbols).not.toContain('BTC');
  });

  test('"纯文1200字及以上,图文结合图4张以上,字600及以上": two lengths on one line, said to be unsure', () => {
    const d = read('作品要求:A组纯文1200字及以上,图文结合图4张以上,字600及以上,情节生动。');
    expect([1200, 600]).toContain(d.contest.length?.min);
    expect(codes(d, 'length')).toContain('length-ambiguous');
  });

  test('"征文将持续开展至2021年底": the end of that year is the deadline', () => {
    const d = read('即日起,主题征文活动启动。\n征文将持续开展至2021年底,广大市民可将投稿发至邮箱。');
    expect(d.contest.window.end).toBe('2022-01-01T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('Vietnamese "từ 10/2/2024 - 9/3/2024": a text in a day-first language is read day-first', () => {
    const d = read(
      'Chỉ bài viết gắn tag được publish trong khoảng thời gian từ 10/2/2024 - 9/3/2024 (tháng Giêng âm lịch) và đang có trạng thái là public mới được tính.',
    );
    expect(window(d)).toEqual(['2024-02-10T00:00:00+08:00', '2024-03-10T00:00:00+08:00']);
    expect(codes(d, 'window')).not.toContain('date-order-assumed');
    expect(dayOrderOf('event period: 10/2/2024 - 9/3/2024 for the writers of the contest')).toEqual({ order: 'month-first', stated: false });
  });

  test.each([
    ['选“第五人格同人征文大赛”,并打上“第五人格”和“悬疑”tag即可参与。', ['第五人格', '悬疑']],
    ['All you have to do is add a “WritingContest” tag before you publish.', ['WritingContest']],
    ["Tag your story with the label 'TheWriteAwards2013' so we can find it.", ['TheWriteAwards2013']],
    ['原创区联动PK主题: 腹黑与傲娇 (活动标签:自橙-腹黑与傲娇 ①类型:动人情感', ['自橙-腹黑与傲娇']],
  ])('a tag named without a # sign is read, and said: %s', (text, tags) => {
    const d = read(text);
    expect((d.contest.tags ?? []).map((t) => t.text)).toEqual(tags);
    expect(codes(d, 'tags')).toContain('tag-unmarked');
  });

  test('a page’s own tags ("标签:书评,征集,图书") are no contest tag', () => {
    expect(read('征文启事\n标签:书评,征集,图书').contest.tags).toEqual([]);
  });

  test.each([
    ['Los textos deben tener entre 300 y 500 palabras.', 300, 'words'],
    ['Bài dự thi có độ dài tối thiểu 350 ký tự.', 350, 'zi'],
    ['Yazılar en az 500 kelime olmalıdır.', 500, 'words'],
    ['Os textos devem ter no mínimo 1000 palavras.', 1000, 'words'],
    ['Texte mit mindestens 800 Wörtern.', 800, 'words'],
  ])('a minimum in another language: %s', (text, min, unit) => {
    const d = read(text);
    expect([d.contest.length?.min, d.contest.length?.unit]).toEqual([min, unit]);
  });
});

describe('forms found in the thirty-sixth batch after its blind measurement', () => {
  test.each([
    ['Объявлен конкурс эссе к 120-летию Николая Заболоцкого. Дедлайн 31 марта 2023 года.', '2023-04-01T00:00:00+08:00'],
    ['Завершится прием конкурсных работ в 18:00 (МСК) 15 ноября 2018 года.', '2018-11-15T18:00:00+03:00'],
    ['Есетата могат са се подават на e-mail до 30-ти юни, включително, 2019 г.', '2019-07-01T00:00:00+08:00'],
    ['El plazo quedará abierto hasta el 25 de Mayo de 2014 hasta las 11:59 pm.', '2014-05-25T23:59:00+08:00'],
    ['Son başvuru tarihi 26 Mart 2021 Cuma saat 17.00’de sona erecektir.', '2021-03-26T17:00:00+08:00'],
    ['Lomba dimulai sejak pengumuman ini dipublikasikan, dan ditutup pada tanggal 01 Januari 2014 jam 24.00', '2014-01-02T00:00:00+08:00'],
    ['收件日期至本(113)年5月31日止。', '2024-06-01T00:00:00+08:00'],
    ['Son Başvuru Tarihi:12 KASIM 2021\nSonuç Açıklanma Tarihi:30 KASIM 2021', '2021-11-13T00:00:00+08:00'],
    ['Senden Sie Ihre Geschichte bis am 15. August 2021 an schreibstar@zol.ch.', '2021-08-16T00:00:00+08:00'],
    ['11. Penutupan penerimaan artikel tanggal 10 Desember 2012\n12. Pengumuman pemenang tanggal 15 Desember 2012', '2012-12-11T00:00:00+08:00'],
    ['- Karya Tulis ditayangkan oleh peserta paling lambat tanggal 17 September 2010.', '2010-09-18T00:00:00+08:00'],
  ])('a deadline in Russian, Bulgarian, Spanish, Turkish, Indonesian or ROC Chinese: %s', (text, end) => {
    const d = read(text);
    expect(d.contest.window.end).toBe(end);
    expect(gaps(d)).toContain('window.start');
  });

  test('"Прием заявок … с 25 сентября 2018 года" starts the window; winners "будут объявлены" on another date do not end it', () => {
    const d = read(
      'Прием заявок для участия в Конкурсе будет осуществляться с 25 сентября 2018 года.\nЗавершится прием конкурсных работ в 18:00 (МСК) 15 ноября 2018 года.\nПобедители будут объявлены не позднее 30 ноября 2018 года.',
    );
    expect(window(d)).toEqual(['2018-09-25T00:00:00+03:00', '2018-11-15T18:00:00+03:00']);
  });

  test('prose folds Cyrillic and accented Latin capitals to lower case, length kept', async () => {
    const { foldProse } = await import('../../lib/text/fold');
    expect(foldProse('Завершится MARÇO Ёлка')).toBe('завершится março ёлка');
    expect(foldProse('ŞUBAT NİSAN ĞÜ Łódź')).toBe('şubat nisan ğü łódź');
  });
});

describe('forms found in the thirty-seventh batch after its blind measurement', () => {
  test.each([
    ['Lancement le 1er septembre 2017, clôture des inscriptions le 29 janvier 2018.', 1, 29],
    ['Il termine per la consegna è il 30 settembre 2020.', 9, 30],
    ['Prace należy nadsyłać do dnia 23 października 2020 r.', 10, 23],
    ['Uzávěrka soutěže je 30. června 2023.', 6, 30],
    ['Tarikh tutup penyertaan ialah 15 Ogos 2021.', 8, 15],
    ['Data limită de trimitere: 14 aprilie 2018.', 4, 14],
    ['Envoyez vos textes avant le 1er juillet 2022.', 7, 1],
  ])('a date in French, Italian, Polish, Czech, Malay or Romanian: %s', (text, month, day) => {
    const d = read(text);
    const end = new Date(Date.parse(d.contest.window.end) - 1);
    expect([end.getUTCMonth() + 1, end.getUTCDate()]).toEqual([month, day]);
  });

  test('"締切日" above "2019年9月27日(金)": a Japanese deadline on the line below its label', () => {
    const d = read('- 締切日\n- 2019年9月27日(金)\n- 主催者');
    expect(d.contest.window.end).toBe('2019-09-28T00:00:00+08:00');
    expect(codes(d, 'window')).not.toContain('window-guessed');
  });

  test('"du 1er novembre 2021 au 30 avril 2022": a French range; "résultats" on another line is another role', () => {
    const d = read('Le concours est ouvert du 1er novembre 2021 au 29 avril 2022.\nRésultats le 15 juin 2022.');
    expect(window(d)).toEqual(['2021-11-01T00:00:00+08:00', '2022-04-30T00:00:00+08:00']);
  });

  test.each([
    ['Panjang esei hendaklah antara 300 hingga 700 patah perkataan.', 300, 'words'],
    ['Le texte devra comprendre entre 1000 et 20000 signes espaces compris.', 1000, 'zi'],
  ])('a range minimum in Malay or French: %s', (text, min, unit) => {
    const d = read(text);
    expect([d.contest.length?.min, d.contest.length?.unit]).toEqual([min, unit]);
  });

  test.each([
    ['El plazo de admisión será del 1 al 30 de abril de 2024.'],
    ['Le concours est ouvert du 1er au 30 avril 2024.'],
    ['Prazo de inscrição: de 1 a 30 de abril de 2024.'],
  ])('a compact day-first range in Spanish, French or Portuguese: %s', (text) => {
    expect(window(read(text))).toEqual(['2024-04-01T00:00:00+08:00', '2024-05-01T00:00:00+08:00']);
  });

  test('"Son katılım tarihi: 30 Nisan 2024" is a Turkish deadline', () => {
    expect(read('Son katılım tarihi: 30 Nisan 2024').contest.window.end).toBe('2024-05-01T00:00:00+08:00');
  });

  test('Thai: month names and the Buddhist era ("เปิดรับผลงาน วันที่ 31 พฤษภาคม – 31 กรกฎาคม 2567" is 2024)', () => {
    expect(window(read('เปิดรับผลงาน วันที่ 31 พฤษภาคม – 31 กรกฎาคม 2567'))).toEqual(['2024-05-31T00:00:00+08:00', '2024-08-01T00:00:00+08:00']);
    expect(read('หมดเขตส่งผลงาน 20 มิถุนายน 2567').contest.window.end).toBe('2024-06-21T00:00:00+08:00');
  });

  test('Arabic: "تمتد المسابقة من 16 إلى 28 يناير 2026" is a range, its month and year written once', () => {
    expect(window(read('تمتد المسابقة من 16 إلى 28 يناير 2026'))).toEqual(['2026-01-16T00:00:00+08:00', '2026-01-29T00:00:00+08:00']);
  });
});

describe('forms found in the thirty-eighth batch after its blind measurement', () => {
  test('Korean dates: "접수기간 - 2017년 9월 13일(수) ~ 10월 31일(화)", "5월24일부터 6월3일까지"', () => {
    expect(window(read('접수기간 - 2017년 9월 13일(수) ~ 10월 31일(화)'))).toEqual(['2017-09-13T00:00:00+08:00', '2017-11-01T00:00:00+08:00']);
    expect(window(read('챌린지는 2021년 5월24일부터 6월3일까지 총 11일 동안 진행된다.'))).toEqual(['2021-05-24T00:00:00+08:00', '2021-06-04T00:00:00+08:00']);
    // (월 and 일 alone are weekdays, not units: "(월)" stays Korean.)
    expect(window(read('마감: 2021년 6월 7일(월) 18시'))[1]).toBe('2021-06-07T18:00:00+08:00');
  });

  test('"du lundi 1er mai 2023 à 00h00 au mercredi 31 mai 2023 à 23h59": French times with "h"', () => {
    expect(window(read('Durée du jeu : du lundi 1er mai 2023 à 00h00 au mercredi 31 mai 2023 à 23h59.'))).toEqual([
      '2023-05-01T00:00:00+08:00',
      '2023-05-31T23:59:00+08:00',
    ]);
  });

  test('"envoi até o dia 02 de setembro de 2024": "até" ends a window (its accent no longer hides it)', () => {
    expect(read('O envio dos trabalhos poderá ser realizado até o dia 02 de setembro de 2024.').contest.window.end).toBe('2024-09-03T00:00:00+08:00');
  });

  test('"2009年9月1日——30日": a Chinese range whose end gives only the day, after a double dash', () => {
    expect(window(read('征文时间\n2009年9月1日——30日'))).toEqual(['2009-09-01T00:00:00+08:00', '2009-10-01T00:00:00+08:00']);
  });

  test('"征文启事发布之日起至2021年6月30日", "征文时间:至…": the date after "至" is the end, the start the post’s day', () => {
    for (const text of ['征文时间:征文启事发布之日起至2021年6月30日。', '征文时间:至2021年6月30日。']) {
      const d = read(text);
      expect(d.contest.window.end).toBe('2021-07-01T00:00:00+08:00');
      expect(d.missing.map((m) => m.field)).toContain('window.start');
    }
  });

  test('"活动介绍:…7月24日-8月1日,车展… 活动时间:7月24日-8月10日": the range its own keyword labels, not the first', () => {
    const d = read('活动介绍:7月24日-8月1日,一年一度的车展盛大上线! 活动时间:7月24日-8月10日 活动规则:发布小视频', Date.parse('2020-07-20T00:00:00Z'));
    expect(window(d)).toEqual(['2020-07-24T00:00:00+08:00', '2020-08-11T00:00:00+08:00']);
  });

  test('"#蓉城观展 打卡新车" in the title and "#蓉城观展 打卡新车#" in the rules: one weibo-style tag, not two', () => {
    const d = read('#蓉城观展 打卡新车\n参与#蓉城观展 打卡新车#小视频活动,在话题内发布小视频');
    expect(d.contest.tags).toEqual([{ text: '蓉城观展 打卡新车', style: 'weibo', alternatives: [] }]);
  });

  test('"maneno yasiyopungua 800 na yasiyozidi 1000": a Swahili word floor written unit first', () => {
    expect(read('Insha iwe na maneno yasiyopungua 800 na yasiyozidi 1000.').contest.length).toMatchObject({ min: 800, unit: 'words' });
  });

  test('"20/08/2014 11h35 – Atualizado em 20/08/2014 11h35": an update stamp is no window', () => {
    const d = read(
      '20/08/2014 11h35 – Atualizado em 20/08/2014 11h35\nAs escolas selecionam o texto de um aluno, que deve ser inscrito até 22 de agosto de 2014.',
    );
    expect(d.contest.window.end).toBe('2014-08-23T00:00:00+08:00');
  });
});

describe('forms found in the thirty-eighth batch after its blind measurement, continued', () => {
  test.each([
    ['本贴发帖日开始至2021年3月10日晚10:00结束。', '2021-03-10T22:00:00+08:00'],
    ['El plazo de presentación de trabajos finalizará el día 23 de diciembre de 2009 a las 15’00h.', '2009-12-23T15:00:00+08:00'],
    ['The event will end at 12:00 noon Taiwan time on May 31st, 2021.', '2021-05-31T12:00:00+08:00'],
    ['Deadline date to submit essay is 1159 PM of 29 Feb 2020, Saturday.', '2020-02-29T23:59:00+08:00'],
    ['The deadline for entries is 5 p.m, Wednesday, March 27, 2013. No exceptions!', '2013-03-27T17:00:00+08:00'],
    ['Essays must be delivered no later than 2 p.m. on Saturday, August 31, 2013.', '2013-08-31T14:00:00+08:00'],
    ['Entries must be submitted online by 5pm, Friday October 14, 2016, she said.', '2016-10-14T17:00:00+08:00'],
    ['Submission will be closed by January 25, 2025. 23.59 PM EST. Any late entry is disqualified.', '2025-01-25T23:59:00-05:00'],
  ])('an end time written in another way: %s', (text, end) => {
    expect(read(text).contest.window.end).toBe(end);
  });

  test('"截稿日期為2021年08月15日,截稿時間為23:59:59": the deadline’s time in a clause of its own', () => {
    expect(read('截稿日期為2021年08月15日,截稿時間為23:59:59。').contest.window.end).toBe('2021-08-15T23:59:59+08:00');
  });

  test('"請于2021年11月30日22:00前發送": a time "before" which on the range’s last day is its end', () => {
    const d = read('征文時間:2021年11月5日至11月30日\n請于2021年11月30日22:00前發送至郵箱');
    expect(window(d)).toEqual(['2021-11-05T00:00:00+08:00', '2021-11-30T22:00:00+08:00']);
  });
});

describe('forms found in the thirty-ninth batch after its blind measurement', () => {
  test.each([
    ['Bidraget ska vara mellan 5 000 och 10 000 tecken långt inklusive blanksteg.', 5000, 'zi'],
    ['Önskvärd längd är 16 000 - 18 000 tecken inklusive blanksteg', 16000, 'zi'],
    ['Terjedelem • 30 000 - 50 000 közötti leütés (szóközökkel)', 30000, 'zi'],
    ['אורכו של הסיפור הקצר יהיה בין 400-1500 מילים', 400, 'words'],
    ['هر داستان باید حداقل ۱۵۰۰ و حداکثر ۵۰۰۰ کلمه باشد', 1500, 'words'],
    ['Stories must be at least 1500 and at most 5000 words.', 1500, 'words'],
  ])('a minimum in Swedish, Hungarian, Hebrew or Persian, or a floor and a ceiling before one unit: %s', (text, min, unit) => {
    const d = read(text);
    expect([d.contest.length?.min, d.contest.length?.unit]).toEqual([min, unit]);
  });

  test.each([
    ['A pályázatok benyújtási határideje: 2024. február 17.', '2024-02-18T00:00:00+08:00'],
    ['Senast den 1 december 2012 ska novellen vara dem tillhanda.', '2012-12-02T00:00:00+08:00'],
    ['آخر أجل لتلقي المشاركات هو يوم 12 أبريل 2026', '2026-04-13T00:00:00+08:00'],
    ['Thời gian nhận bài dự thi từ nay đến ngày 28-2-2021 (theo dấu bưu điện).', '2021-03-01T00:00:00+08:00'],
    ['इच्छुक उम्मीदवार 15 अगस्त 2017 तक आवेदन कर सकते हैं', '2017-08-16T00:00:00+08:00'],
    ['Entries must be delivered to a library staff member by noon on May 1st 2017.', '2017-05-01T12:00:00+08:00'],
  ])('a deadline in Hungarian, Swedish, Arabic, Vietnamese or Hindi, or by noon: %s', (text, end) => {
    const d = read(text);
    expect(d.contest.window.end).toBe(end);
    expect(d.missing.map((m) => m.field)).toContain('window.start');
  });

  test('"På torsdag den 1 juni öppnar … senast torsdag den 31 augusti": a Swedish start and end', () => {
    const d = read('Novelltävling 2023\nPå torsdag den 1 juni öppnar sommarens novelltävling. Skicka ditt bidrag senast torsdag den 31 augusti.');
    expect(window(d)).toEqual(['2023-06-01T00:00:00+08:00', '2023-09-01T00:00:00+08:00']);
  });

  test('"自2019年3月起至2019年8月31日": a range from a whole month, with 起', () => {
    expect(window(read('征文时间:自2019年3月起至2019年8月31日'))).toEqual(['2019-03-01T00:00:00+08:00', '2019-09-01T00:00:00+08:00']);
  });
});

describe('forms found in the tuned sets (late 2026-12-07)', () => {
  test('"自启事公布之日起至2018年2月28日止": "公布之日起" starts the window, it is no results date', () => {
    const d = read('(三)投稿时间:自启事公布之日起至2018年2月28日止');
    expect(d.contest.window.end).toBe('2018-03-01T00:00:00+08:00');
    expect(d.missing.map((m) => m.field)).toContain('window.start');
  });

  test.each([
    ['مهلت ارسال آثار ۳۱ اردیبهشت ماه ۱۳۹۸ اعلام شده است', '2019-05-22T00:00:00+08:00'],
    ['آخرین مهلت ارسال: ۱۳۹۸/۰۲/۳۱', '2019-05-22T00:00:00+08:00'],
  ])('a Solar Hijri deadline, Persian digits: %s', (text, end) => {
    expect(read(text).contest.window.end).toBe(end);
  });

  test('"من اليوم 5 / 6 / 1427هـ … إلى 25 / 6 / 1427هـ": a lunar Hijri (Umm al-Qura) window', () => {
    expect(window(read('ستبدأ المسابقة اعتبارا من اليوم 5 / 6 / 1427هـ ، و تستمر إلى 25 / 6 / 1427هـ'))).toEqual([
      '2006-07-01T00:00:00+08:00',
      '2006-07-22T00:00:00+08:00',
    ]);
  });

  test('"Winner Selection: … the period 30 October-14 December, and … 15-28 December": the heading’s role holds for both ranges', () => {
    const d = read(
      'Competition Period: Entries open 30 October 2025 and close 11:59pm on 28 December 2025.\n' +
        'Winner Selection: Winners will be chosen at random, one for the period 30 October-14 December, and one for the period 15-28 December.',
    );
    expect(window(d)).toEqual(['2025-10-30T00:00:00+08:00', '2025-12-28T23:59:00+08:00']);
  });

  test('"Inicio de la inscripción:" / "Fin de la inscripción:" above their dates: a Spanish start and end', () => {
    const d = read('Inicio de la inscripción:\n6 de febrero de 2023\nFin de la inscripción:\n9 de abril de 2023');
    expect(window(d)).toEqual(['2023-02-06T00:00:00+08:00', '2023-04-10T00:00:00+08:00']);
  });

  test('"Early Bird Deadline" is a fee tier: the regular deadline ends the window', () => {
    const d = read('Early Bird Deadline: December 18, 2017.\nRegular Deadline: February 25, 2018.');
    expect(d.contest.window.end).toBe('2018-02-26T00:00:00+08:00');
  });

  test('"بين 30 أبريل و 10 ماي 2026": the Maghrebi name of May; the fair’s dates are not the deadline', () => {
    const d = read('تنظم الدورة 31 للمعرض الدولي للنشر والكتاب مابين 30 أبريل و 10 ماي 2026.\nآخر أجل لتلقي المشاركات هو يوم 12 أبريل 2026.');
    expect(d.contest.window.end).toBe('2026-04-13T00:00:00+08:00');
  });

  test('"更新時間:2024-04-14    截止日期:2024-05-01": a listing’s update time is no start', () => {
    const d = read('信息发布:征集码头网    点击次数:8708     更新时间:2024-04-14    截止日期:2024-05-01');
    expect(d.contest.window.end).toBe('2024-05-02T00:00:00+08:00');
    expect(d.missing.map((m) => m.field)).toContain('window.start');
  });

  test.each([
    ['The Essay competition was launched on 1 March 2021. The deadline is 15 June 2021.'],
    ['Entries have been on since Monday, 1st March 2021. Deadline for applications is Tuesday, 15th June 2021.'],
  ])('a start said with "launched on" or "since Monday,": %s', (text) => {
    expect(window(read(text))).toEqual(['2021-03-01T00:00:00+08:00', '2021-06-16T00:00:00+08:00']);
  });

  test('"the top 10 writers are awarded one $WRITE token", no screenshot and no tag naming it: the token is a doubt', () => {
    const d = read(
      'For this we created the $WRITE token.\n$WRITE RACE is a weekly vote: at the end of each week, the top 10 writers are awarded one $WRITE token.',
    );
    expect(d.contest.screenshot.token?.symbols).toEqual(['WRITE']);
    expect(codes(d, 'screenshot.token')).toContain('token-guessed');
  });

  test('"2018年7月15日启动,持续到2019年1月15日" below a listing’s "截止日期:2019-01-15": the start word and "持续到" make a range', () => {
    const d = read('信息发布:威客码头网    点击次数:3890    更新时间:2018-08-03    截止日期:2019-01-15\n二、征文时间:2018年7月15日启动,持续到2019年1月15日');
    expect(window(d)).toEqual(['2018-07-15T00:00:00+08:00', '2019-01-16T00:00:00+08:00']);
  });

  test('"Periode: 1 - 31 Juli 2022": a day-first range with a dash, the month and year written once', () => {
    expect(window(read('- Periode: 1 - 31 Juli 2022'))).toEqual(['2022-07-01T00:00:00+08:00', '2022-08-01T00:00:00+08:00']);
  });

  test('"do poniedziałku 22 kwietnia 2024, do godziny 23.59.": a Polish deadline with its dotted time before a stop', () => {
    expect(read('Wpis należy opublikować do poniedziałku 22 kwietnia 2024, do godziny 23.59.').contest.window.end).toBe('2024-04-22T23:59:00+08:00');
    // (A dotted number before a stop with no date before it is still no time.)
    expect(read('Deadline 22 April 2024 at 1.2.3.').contest.window.end).toBe('2024-04-23T00:00:00+08:00');
  });
});

describe('forms found in the fortieth batch after its blind measurement', () => {
  test.each([
    ['Yarışmanın son eser teslim tarihi 23 Şubat 2021’dir.', '2021-02-24T00:00:00+08:00'],
    ['Eserler 14 Nisan 2017’a Kadar gönderilmelidir.', '2017-04-15T00:00:00+08:00'],
    ['Der Wettbewerb wird am 31. Dezember 2007 beendet.', '2008-01-01T00:00:00+08:00'],
    ['Podrán enviar su texto hasta las 23:59 horas del 5 de diciembre de 2020.', '2020-12-05T23:59:00+08:00'],
    ['Tarikh tutup penyertaan ialah pada 15 Mac 2009.', '2009-03-16T00:00:00+08:00'],
    ['Penyertaan hendaklah dihantar sebelum atau pada 09 Mac 2018.', '2018-03-10T00:00:00+08:00'],
  ])('a deadline in Turkish (with its suffix), German, Malay, or Spanish with its time first: %s', (text, end) => {
    const d = read(text);
    expect(d.contest.window.end).toBe(end);
    expect(d.missing.map((m) => m.field)).toContain('window.start');
  });

  test('"من السبت3-3-2012 الى الجمعة 9-3-2012": an Arabic text writes the day first', () => {
    const d = read('التحدي للاسبوع الرابع من السبت3-3-2012 الى الجمعة 9-3-2012 والمشاركة مفتوحة للجميع في المنتدى');
    expect(window(d)).toEqual(['2012-03-03T00:00:00+08:00', '2012-03-10T00:00:00+08:00']);
  });
});

describe('forms found in the forty-first batch after its blind measurement', () => {
  test('"the public votes … Tweets should include … the hashtag #NGTW": the voters’ tag is not the entrants’', () => {
    const d = read(
      'Submit your travel story of up to 500 words by 31 March 2017.\nTravelex will let the public vote for their favourite: the writer who gets the most tweets supporting their entry wins. Tweets should include the hashtag #NGTW.',
    );
    expect(d.contest.tags).toEqual([]);
    expect(codes(d, 'tags')).toContain('tag-rule-unclear');
  });

  test('"모집 기간 : 2023. 1. 13. ~ 1. 27.": Korean dotted dates, the end without its year', () => {
    expect(window(read('모집 기간 : 2023. 1. 13. ~ 1. 27.[15일간]'))).toEqual(['2023-01-13T00:00:00+08:00', '2023-01-28T00:00:00+08:00']);
  });

  test.each([
    ['Essay is due on December 29, 2024 @ 11:59PM', '2024-12-29T23:59:00+08:00'],
    ['Son başvuru: 14 Ocak 2022 Saat: 23:59’a kadar yalnızca internet sitesi üzerinden', '2022-01-14T23:59:00+08:00'],
  ])('a time after "@" or "Saat:": %s', (text, end) => {
    expect(read(text).contest.window.end).toBe(end);
  });
});

describe('forms found in the forty-second batch after its blind measurement', () => {
  test('"Essays should be 500 words in length.": a length stated without a floor is read, with a doubt', () => {
    const d = read('Essays should be 500 words in length.');
    expect(d.contest.length?.min).toBe(500);
    expect(codes(d, 'length')).toContain('length-conditional');
    // ("at least" says the floor: no doubt.)
    expect(codes(read('Essays must be at least 500 words.'), 'length')).not.toContain('length-conditional');
  });

  test('"短篇小说、微剧本5000—30000字,小小说控制在2000字左右": another kind of entry’s rough length makes the floor a doubt', () => {
    const d = read('(一)体裁:短篇小说、微剧本5000—30000字,小小说控制在2000字左右。');
    expect(d.contest.length?.min).toBe(5000);
    expect(codes(d, 'length')).toContain('length-conditional');
  });

  test('"rimarrà aperto fino al 27 ottobre 2023": "fino al" (until) ends an Italian window', () => {
    const d = read('Il concorso rimarrà aperto fino al 27 ottobre 2023.');
    expect(d.contest.window.end).toBe('2023-10-28T00:00:00+08:00');
    expect(d.missing.map((m) => m.field)).toContain('window.start');
  });
});

describe('forms found in the forty-third batch after its blind measurement, and in the tuned sets', () => {
  test('Dutch "vóór 1 augustus" and "tot 1 februari" end the window before that day; "tot en met" takes it in', () => {
    expect(read('Stuur je verhaal vóór 1 augustus 2022 naar de redactie.').contest.window.end).toBe('2022-08-01T00:00:00+08:00');
    expect(read('Inzenden van je verhaal als bijlage tot 1 februari 2026 naar het secretariaat.').contest.window.end).toBe('2026-02-01T00:00:00+08:00');
    expect(read('Inzenden kan tot en met 1 februari 2026.').contest.window.end).toBe('2026-02-02T00:00:00+08:00');
  });

  test('Czech and Slovak deadlines: "do 30. září 2012 včetně", "Uzávierka súťaže je 15. marca 2005", "1.– 30. dubna 2020"', () => {
    expect(read('• soutěžní práce přijímáme do 30. září 2012 včetně;').contest.window.end).toBe('2012-10-01T00:00:00+08:00');
    expect(read('Uzávierka súťaže je 15. marca 2005.').contest.window.end).toBe('2005-03-16T00:00:00+08:00');
    // (English "things to do on May 5" is no deadline.)
    expect(read('Things to do on May 5, 2022: read a book.').missing.map((m) => m.field)).toContain('window.end');
    const range = read('Práce se přijímají jeden měsíc: 1.– 30. dubna 2020');
    expect([range.contest.window.start, range.contest.window.end]).toEqual(['2020-04-01T00:00:00+08:00', '2020-05-01T00:00:00+08:00']);
  });

  test('"From now until 11:59pm EST on Thursday, June 14th": the start is the post’s day, not a later launch date', () => {
    const d = read('June 18th is the official launch date of the Zone.\nFrom now until 11:59pm EST on Thursday, June 14th, we accept articles.');
    expect(d.contest.window.end.slice(5)).toBe('06-14T23:59:00-05:00');
    expect(d.missing.map((m) => m.field)).toContain('window.start');
  });

  test('"open to students under age 19 as of Oct. 1, 2019" and "Published: Mar. 7, 2021" are not the window', () => {
    const d = read('The contest is open to students under age 19 as of Oct. 1, 2019.\nSubmit essays no later than Jan. 29, 2020.');
    expect(d.contest.window.end).toBe('2020-01-30T00:00:00+08:00');
    expect(d.missing.map((m) => m.field)).toContain('window.start');
    expect(read('Published: Mar. 7, 2021 at 5:45 PM EST\nWinners will be announced on April 30th.').missing.map((m) => m.field)).toContain('window.end');
  });

  test('lengths in Dutch and Czech, a ceiling written before its floor, and "the word limit is between"', () => {
    expect(read('Schrijfwerk moet exact 100 woorden bevatten.').contest.length).toEqual({ min: 100, unit: 'words' });
    expect(read('Het verhaal moet minstens 500 woorden tellen.').contest.length).toEqual({ min: 500, unit: 'words' });
    expect(read('Text musí mít alespoň 3000 znaků.').contest.length).toEqual({ min: 3000, unit: 'zi' });
    expect(read('una extensión máxima de 8500 caracteres (espacios incluidos) y un mínimo de 3000 (espacios incluidos),').contest.length).toEqual({
      min: 3000,
      unit: 'zi',
    });
    expect(read('The word limit is between 2,500 and 10,000. No more or less.').contest.length).toEqual({ min: 2500, unit: 'words' });
    // ("Maximaal 2.500 woorden" alone is a ceiling.)
    expect(read('Maximaal 2.500 woorden.').contest.length?.min ?? 0).toBe(0);
  });

  test('Africa’s and Newfoundland’s zones by name: "11:59PM CAT", "11:59 pm (EAT)", "12:00 a.m., Newfoundland Standard Time, on Monday,"', () => {
    expect(read('The deadline to submit is 11:59PM CAT on Friday, March 31, 2023').contest.window.end).toBe('2023-03-31T23:59:00+02:00');
    expect(read('The deadline for submissions is 11:59 pm (EAT), Saturday, 15th June, 2024.').contest.window.end).toBe('2024-06-15T23:59:00+03:00');
    expect(read('Entries accepted until 12:00 a.m., Newfoundland Standard Time, on Monday, March 2, 2020.').contest.window.end).toBe(
      '2020-03-02T00:00:00-03:30',
    );
  });

  test('"by Noon EST, April 15, 2020", "November 4, 2022, by 12:00 p.m. (noon) EST.", "26 Mart 2021 Cuma saat 17.00’de … kapatılacaktır"', () => {
    expect(read('The essay and entry form must be submitted by Noon EST, April 15, 2020.').contest.window.end).toBe('2020-04-15T12:00:00-05:00');
    expect(read('Deadline: November 4, 2022, by 12:00 p.m. (noon) EST.').contest.window.end).toBe('2022-11-04T12:00:00-05:00');
    expect(read('  • 26 Mart 2021 Cuma saat 17.00’de başvuru sistemi kapatılacaktır.').contest.window.end).toBe('2021-03-26T17:00:00+08:00');
  });
});

describe('forms found in the forty-fourth batch after its blind measurement', () => {
  test('Indonesian "18 s.d. 30 November 2019 pukul 23.59 WIB" is a range; "berlangsung hingga 5 Agustus 2020" ends the window', () => {
    const d = read('- Pengumpulan naskah lomba dibuka tanggal 18 s.d. 30 November 2019 pukul 23.59 WIB.');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2019-11-18T00:00:00+07:00', '2019-11-30T23:59:00+07:00']);
    expect(read('Penerimaan essay akan berlangsung hingga 5 Agustus 2020.').contest.window.end).toBe('2020-08-06T00:00:00+08:00');
  });

  test('French "sera clos le 31 août 2017" ends the window; "by Mon-day April 10, 2017" is a deadline', () => {
    expect(read('Le concours sera clos le 31 août 2017, le cachet de la poste faisant foi.').contest.window.end).toBe('2017-09-01T00:00:00+08:00');
    expect(read('Each club should conduct its own contest to be completed by Mon-day April 10, 2017.').contest.window.end).toBe('2017-04-11T00:00:00+08:00');
  });

  test('"open to 6 - 8 grade students" is a grade range, not 8 June', () => {
    const d = read('Patriots Pen is open to 6 - 8 grade students.\nEssays must be in the hands of the Post Chairman by midnight Nov. 1, 2013.');
    expect(d.contest.window.end).toBe('2013-11-02T00:00:00+08:00');
    expect(d.missing.map((m) => m.field)).toContain('window.start');
  });

  test('" date 2020-12-29" opening a stored page is its date stamp, not the window', () => {
    const d = read(' date 2020-12-29 CHEYENNE — The deadline is fast approaching. The postmark deadline is Saturday, Jan. 9, 2021.');
    expect(d.contest.window.end).toBe('2021-01-10T00:00:00+08:00');
    // ("Date: May 1 - May 7, 2024" opening an announcement is its window.)
    const range = read('Date: May 1 - May 7, 2024\nWrite about the market.');
    expect([range.contest.window.start, range.contest.window.end]).toEqual(['2024-05-01T00:00:00+08:00', '2024-05-08T00:00:00+08:00']);
  });

  test('lengths: "into exactly 6 words", "must write three hundred words", "at least: 150 words for grades 1-6; 200 words for grades 7-8" (each group’s own, with a doubt)', () => {
    expect(read('Get creative to fit an entire year into exactly 6 words!').contest.length).toEqual({ min: 6, unit: 'words' });
    expect(read('Students in the fourth grade must write three hundred words.').contest.length).toEqual({ min: 300, unit: 'words' });
    expect(read('Essays must be at least two thousand words.').contest.length).toEqual({ min: 2000, unit: 'words' });
    const groups = read('Essays should be at least: 150 words for grades 1-6; 200 words for grades 7-8; and 250 words for grades 9-12.');
    expect(groups.contest.length).toEqual({ min: 150, unit: 'words' });
    expect(codes(groups, 'length')).toContain('length-ambiguous');
    // (One group only: nothing to check.)
    expect(codes(read('Essays must be at least 500 words for grades 9-12.'), 'length')).not.toContain('length-ambiguous');
    // ("must write 500 words or less" is a ceiling.)
    expect(read('You must write 500 words or less.').contest.length?.min ?? 0).toBe(0);
  });
});

describe('forms found in the forty-fifth batch after its blind measurement', () => {
  test('Norwegian "Frist: 15. desember 2016, kl. 23.59", "innan 5. august 2019", "Leveringsfrist … er 15. mai"', () => {
    expect(read('Frist: 15. desember 2016, kl. 23.59').contest.window.end).toBe('2016-12-15T23:59:00+08:00');
    expect(read('Teksten skal sendast til innan 5. august 2019. Merk med namn.').contest.window.end).toBe('2019-08-06T00:00:00+08:00');
    expect(read('4. Leveringsfrist for bidrag til konkurransen er 15. mai 2010.').contest.window.end).toBe('2010-05-16T00:00:00+08:00');
  });

  test('Finnish "30.4.2017 keskiyöhön mennessä" ends the window; "Kilpailuaika on 1.4.2022–14.8.2022" is a range, day first', () => {
    expect(read('Novellit on lähetettävä 30.4.2017 keskiyöhön mennessä osoitteeseen.').contest.window.end).toBe('2017-05-01T00:00:00+08:00');
    const d = read('Kilpailuaika on 1.4.2022–14.8.2022.');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2022-04-01T00:00:00+08:00', '2022-08-15T00:00:00+08:00']);
    // (Inside 2025-07-05 no day-first date is read.)
    expect(read('Deadline 2025-07-05.').contest.window.end).toBe('2025-07-06T00:00:00+08:00');
  });
});

describe('forms found in the forty-sixth batch after its blind measurement', () => {
  test('"作品须附20至100字的图片说明": a length followed by the part it measures is no minimum (it was read as 20 字, silently)', () => {
    const d = read('摄影作品长边像素不低于1200,分辨率不低于300dpi,作品须附20至100字的图片说明,组照须提供总说明和单幅照片分说明');
    expect(d.contest.length?.min ?? 0).toBe(0);
    expect(read('征文作品不少于800字。作品须附20至100字的图片说明。').contest.length).toEqual({ min: 800, unit: 'zi' });
    expect(read('Include a 50-word biography with your entry.').contest.length?.min ?? 0).toBe(0);
  });

  test('Persian "نباید کمتر از ۱۰۰۰ و زیاد تر از ۴۰۰۰ کلمه باشد": not fewer than 1000 words', () => {
    expect(read('داستان نباید کمتر از ۱۰۰۰ و زیاد تر از ۴۰۰۰ کلمه باشد').contest.length).toEqual({ min: 1000, unit: 'words' });
  });

  test('Catalan "Data Inici: 01/11/2017 / Data Final: 20/05/2018" and "s’inicia l’1 de febrer i finalitza el 31 de març del 2021"', () => {
    const labelled = read('Data Inici: 01/11/2017\nData Final: 20/05/2018');
    expect([labelled.contest.window.start, labelled.contest.window.end]).toEqual(['2017-11-01T00:00:00+08:00', '2018-05-21T00:00:00+08:00']);
    const prose = read('El termini de participació s’inicia l’1 de febrer i finalitza el 31 de març del 2021.');
    expect([prose.contest.window.start, prose.contest.window.end]).toEqual(['2021-02-01T00:00:00+08:00', '2021-04-01T00:00:00+08:00']);
  });

  test('Bosnian and Croatian months: "od 15. juna/lipnja, do 15. jula/srpnja 2022."; Polish "do końca 25 listopada 2015 roku"', () => {
    const d = read('Konkurs/Natječaj ostaje otvoren od 15. juna/lipnja, do 15. jula/srpnja 2022. godine.');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2022-06-15T00:00:00+08:00', '2022-07-16T00:00:00+08:00']);
    expect(read('Konkurs trwa od momentu opublikowania notki do końca 25 listopada 2015 roku.').contest.window.end).toBe('2015-11-26T00:00:00+08:00');
  });
});

describe('forms found in the forty-seventh batch after its blind measurement (its two silently wrong minimums)', () => {
  test('"Comentar en 3 livestreams diferentes al día (cada uno ≥ 5 caracteres)": a comment’s length is no minimum (it was read as 5, silently)', () => {
    const d = read('Comentar en 3 livestreams diferentes al día (cada uno ≥ 5 caracteres) 10');
    expect(d.contest.length?.min ?? 0).toBe(0);
    expect(d.warnings.some((w) => w.field === 'length.min' && /comments/.test(w.message))).toBe(true);
    expect(read('Leave a comment of at least 20 words on three posts.').contest.length?.min ?? 0).toBe(0);
    // A commentary is an essay, and its length the post's.
    expect(read('Write a commentary of at least 800 words.').contest.length).toEqual({ min: 800, unit: 'words' });
  });

  test('"extensión mínima de 20 cuartillas … (28-30 renglones y 60-65 caracteres)": characters on a line are the page’s format, no minimum (it was read as 60, silently)', () => {
    const d = read(
      'Los ensayos deberán tener una extensión mínima de 20 cuartillas y máxima de 35 a doble espacio (28?30 renglones y 60-65 caracteres) y no haber sido enviados a otros certámenes.',
    );
    expect(d.contest.length?.min ?? 0).toBe(0);
    expect(d.warnings.some((w) => w.field === 'length.min' && /format/.test(w.message))).toBe(true);
    expect(read('Manuscripts of at least 3,000 words, typed at 65 characters per line.').contest.length).toEqual({ min: 3000, unit: 'words' });
  });

  test('"于2024年6月7日(周五)前": "前" past a weekday in brackets ends the window ("学生于" is no "生于", a birth date)', () => {
    expect(read('请参赛学生于2024年6月7日(周五)前将作品发送至邮箱。').contest.window.end).toBe('2024-06-08T00:00:00+08:00');
  });

  test('Austrian "Einsendeschluss: 31. Jänner 2023"; French "d’ici le 11 avril 2023", "la date-butoir est le 24 septembre"', () => {
    expect(read('Einsendeschluss: 31. Jänner 2023').contest.window.end).toBe('2023-02-01T00:00:00+08:00');
    expect(read("Les textes doivent être soumis en ligne d'ici le 11 avril 2023.").contest.window.end).toBe('2023-04-12T00:00:00+08:00');
    expect(read('Concours de nouvelles 2024 : la date-butoir est le 24 septembre 2024.').contest.window.end).toBe('2024-09-25T00:00:00+08:00');
  });

  test('minimums: "extensión mínima de dos mil (2000) y máxima de cuatro mil (4000) palabras", "eine Mindestlänge von 4.000 Zeichen"', () => {
    expect(read('Los cuentos deberán tener una extensión mínima de dos mil (2000) y máxima de cuatro mil (4000) palabras.').contest.length).toEqual({
      min: 2000,
      unit: 'words',
    });
    expect(read('Der Text muss eine Mindestlänge von 4.000 Zeichen inkl. Leerzeichen aufweisen.').contest.length).toEqual({ min: 4000, unit: 'zi' });
  });

  test('starts in Spanish and French: "El concurso abre el día 15 de julio del 2022", "ouvert, depuis ce 15 novembre"', () => {
    const es = read('El concurso abre el día 15 de julio del 2022.\nEl concurso cierra el día 15 de septiembre del 2022.');
    expect([es.contest.window.start, es.contest.window.end]).toEqual(['2022-07-15T00:00:00+08:00', '2022-09-16T00:00:00+08:00']);
    const fr = read('Le concours est ouvert, depuis ce 15 novembre.\nLes textes doivent nous parvenir avant le 15 février 2020.');
    expect(fr.contest.window.start).toBe('2019-11-15T00:00:00+08:00');
  });
});

describe('forms found in the tuned sets while batch 47 was studied', () => {
  test('"Data-limita … este 30 martie 2002" (no diacritics), Finnish "31.1.2009 saakka", Hebrew "עד 11/5/21", "on or before Friday 29th. April 2011"', () => {
    expect(read('Data-limita de expediere a lucrarilor este 30 martie 2002 (data postei).').contest.window.end).toBe('2002-03-31T00:00:00+08:00');
    expect(read('Kirjoitusaikaa on 31.1.2009 saakka.').contest.window.end).toBe('2009-02-01T00:00:00+08:00');
    expect(read('ניתן להגיש יצירות לתחרות עד 11/5/21').contest.window.end).toBe('2021-05-12T00:00:00+08:00');
    expect(read('Entries must be submitted, by post only, on or before Friday 29th. April 2011.').contest.window.end).toBe('2011-04-30T00:00:00+08:00');
  });

  test('French "Lancement le 1er septembre 2017" starts the window', () => {
    expect(read('Lancement le 1er septembre 2017.\nLa clôture des dépôts est le 29 janvier 2018.').contest.window.start).toBe('2017-09-01T00:00:00+08:00');
  });

  test('a page’s JSON field "date_gmt" names no zone: "until May 31st 2023 at 5pm (EST)" stays in EST (it was read in UTC)', () => {
    const d = read(
      '{"id":1883,"date":"2023-05-13T15:05:33","date_gmt":"2023-05-13T19:05:33","modified_gmt":"2023-05-13T19:13:19","status":"publish","type":"tribe_events",' +
        '"title":{"rendered":"The Writing District Short Story Prize 2023"},"content":{"rendered":"<p>The Writing District Prize 2023 is open to writers across the globe, until May 31st 2023 at 5pm (EST).</p>"}}',
    );
    expect(d.contest.window.end).toBe('2023-05-31T17:00:00-05:00');
  });
});

describe('forms found in the forty-eighth batch after its blind measurement', () => {
  test('Romanian "noiembrie" ("Data limită de primire a lucrărilor: 10 noiembrie 2024"), Greek "Λήξη: 02 Απριλίου 2024", Hebrew "התאריך האחרון … 30/09/2024"', () => {
    expect(read('Data limită de primire a lucrărilor: 10 noiembrie 2024.').contest.window.end).toBe('2024-11-11T00:00:00+08:00');
    expect(read('Λήξη: 02 Απριλίου 2024.').contest.window.end).toBe('2024-04-03T00:00:00+08:00');
    expect(read('התאריך האחרון לקבלת הסיפורים בכתובת המייל הוא 30/09/2024').contest.window.end).toBe('2024-10-01T00:00:00+08:00');
  });

  test('times in French and Turkish: "avant le Samedi 25 mai à 18h", "9 Eylül 2020 günü saat 17.00’de sona erecek"', () => {
    expect(read('Les nouvelles devront être remises avant le Samedi 25 mai 2024 à 18h.').contest.window.end).toBe('2024-05-25T18:00:00+08:00');
    expect(read('Yarışmaya katılma süresi 9 Eylül 2020 günü saat 17.00’de sona erecek.').contest.window.end).toBe('2020-09-09T17:00:00+08:00');
  });

  test('"2015年元月30日至3月5日": 元月 is January; "500元月底" is no month', () => {
    const d = read('征稿时间 2015年元月30日至3月5日(元宵节)');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2015-01-30T00:00:00+08:00', '2015-03-06T00:00:00+08:00']);
    expect(read('奖金500元月底发放，截止2024年3月5日').contest.window.end).toBe('2024-03-06T00:00:00+08:00');
  });
});

describe('forms found in the forty-ninth batch after its blind measurement', () => {
  test('Baltic and Finnish months: "iki 2018 m. kovo 11 dienos", "iki 2010 metų rugsėjo 30 dienos", "līdz 2026. gada 9. februārim", "31. joulukuuta 2016 mennessä"', () => {
    expect(read('Konkursinius darbus prašome publikuoti iki 2018 m. kovo 11 dienos (imtinai).').contest.window.end).toBe('2018-03-12T00:00:00+08:00');
    expect(read('Konkursas vyks iki 2010 metų rugsėjo 30 dienos.').contest.window.end).toBe('2010-10-01T00:00:00+08:00');
    expect(read('Darbus var iesniegt līdz 2026. gada 9. februārim.').contest.window.end).toBe('2026-02-10T00:00:00+08:00');
    expect(read('Kilpailutyöt tulee toimittaa 31. joulukuuta 2016 mennessä.').contest.window.end).toBe('2017-01-01T00:00:00+08:00');
  });

  test('deadline words: Danish "Indsendelsesfristen er 1. oktober 2008", Bosnian "Rok za dostavljanje radova je 31.01.2023. godine"', () => {
    expect(read('Indsendelsesfristen er 1. oktober 2008.').contest.window.end).toBe('2008-10-02T00:00:00+08:00');
    expect(read('Rok za dostavljanje radova je 31.01.2023. godine.').contest.window.end).toBe('2023-02-01T00:00:00+08:00');
  });

  test('Czech "od 1. 4. 2023 do 10. 8. 2023" is day-first (a Czech text), its numbers spaced', () => {
    const d = read(
      'Literární soutěž Kolébka: napište povídačku, příběh ze svého kraje. Soutěž probíhá od 1. 4. 2023 do 10. 8. 2023 (včetně). ' +
        'Rukopis musí být v češtině, s maximálním počtem 9 000 znaků (včetně mezer).',
    );
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2023-04-01T00:00:00+08:00', '2023-08-11T00:00:00+08:00']);
  });

  test('"The deadline … is 15 February, 2010 and we will notify you by 15 March": the notice is another role; "Thee closing for all submissions is on 7 April 2023"', () => {
    const d = read('The deadline for submission is 15 February, 2010 and we will notify you by 15 March on whether you have been selected.');
    expect(d.contest.window.end).toBe('2010-02-16T00:00:00+08:00');
    expect(d.missing.map((m) => m.field)).toContain('window.start');
    expect(
      read('Thee closing for all submissions is on 7 April 2023. The winners will be revealed at an awards ceremony in 27 May 2023.').contest.window.end,
    ).toBe('2023-04-08T00:00:00+08:00');
  });

  test('lengths: Bulgarian "между 1500 и 3000 думи", Latvian "6000–10 000 rakstzīmes"', () => {
    expect(read('Разказите трябва да са между 1500 и 3000 думи.').contest.length).toMatchObject({ min: 1500, unit: 'words' });
    expect(read('Esejas apjoms ir 6000–10 000 rakstzīmes (ieskaitot tukšumzīmes).').contest.length).toMatchObject({ min: 6000, unit: 'zi' });
  });

  test('"has extended the deadline … from October 31 to November 7 at midnight": the new deadline alone ends the window', () => {
    const d = read('JIS has extended the deadline for the submission of entries for its 2021 Heritage Competition from October 31, 2021 to November 7, 2021.');
    expect(d.contest.window.end).toBe('2021-11-08T00:00:00+08:00');
    expect(d.missing.map((m) => m.field)).toContain('window.start');
  });

  test('Bengali digits and months: "শেষ তারিখ : ৩১ আগস্ট ২০২১"', () => {
    expect(read('প্রবন্ধ পৌছানাের শেষ তারিখ : ৩১ আগস্ট ২০২১').contest.window.end).toBe('2021-09-01T00:00:00+08:00');
  });

  test('Europe’s time by name keeps summer time: "българско време" is +03:00 in June, +02:00 in December; "heure de Paris" +02:00 in June', () => {
    expect(read('Срок за получаване на разказите: 30 юни 2024 г., 23:59 ч. българско време.').contest.window.end).toBe('2024-06-30T23:59:00+03:00');
    expect(read('Срок за получаване на разказите: 10 декември 2024 г., 23:59 ч. българско време.').contest.window.end).toBe('2024-12-10T23:59:00+02:00');
    expect(read('Date limite : le 15 juin 2024 à 18:00 (heure de Paris).').contest.window.end).toBe('2024-06-15T18:00:00+02:00');
  });

  test('a range that lost its 年/月: "活动时间 2025919-1110"; a workshop\'s date in brackets is another event', () => {
    const d = read('活动时间\n2025919-1110\n截止日期为20251110日。');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2025-09-19T00:00:00+08:00', '2025-11-11T00:00:00+08:00']);
    const w = read('Thee closing for all submissions is on 7 April 2023.\nPoetry Writing Workshop (25 Feb 2023 @ 10am-12pm)');
    expect(w.contest.window.end).toBe('2023-04-08T00:00:00+08:00');
  });

  test('"从12月起 … 截止日期均为2015年3月20日": the start is the month’s first day, with a doubt; a conference’s dates are another event', () => {
    const d = read('从12月起,南明区将举行征文比赛。\n投稿截止日期均为2015年3月20日。');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2014-12-01T00:00:00+08:00', '2015-03-21T00:00:00+08:00']);
    expect(d.warnings.some((w) => w.code === 'window-guessed' && w.field === 'window.start')).toBe(true);
    const c = read('The conference will take place on May 3-4, 2010 at the University.\nThe deadline for submission is 15 February, 2010.');
    expect(c.contest.window.end).toBe('2010-02-16T00:00:00+08:00');
  });
});

describe('forms found in the fiftieth batch after its blind measurement', () => {
  test('a page that lists other contests\' lengths ("between 100 and 200 words", then "Use all three prompts in 300 words"): the minimum is doubted', () => {
    const d = read(
      'I usually submit stories to:\n• #MenageMonday\n• 3 Prompts, between 100 and 200 words\n• #FridayPictureShow\n• Picture prompt and exactly 100 words\n' +
        '3 For Thursdays\nThree ways to play:\n1. Classic Play\n• Use all three prompts in 300 words',
    );
    expect(d.contest.length.min).toBe(100);
    expect(codes(d, 'length.min')).toContain('length-ambiguous');
  });

  test('a ceiling or a range\'s end stated beside the minimum is no other length: "at least 300 words, up to 500 words", "300-500字"', () => {
    expect(codes(read('Essays must be at least 300 words and may be up to 500 words long.'), 'length.min')).not.toContain('length-ambiguous');
    expect(codes(read('征文要求:字数300-500字,500字以内为宜。'), 'length.min')).not.toContain('length-ambiguous');
  });

  test('deadline words: Romanian "pâna la data de", Spanish "antes del miércoles … a las 20:00 horas", Dutch "De uiterste inleverdatum is", Thai "ถึงวันที่ … เวลา 23.59 น."', () => {
    expect(read('Lucrările vor fi trimise pâna la data de 22 noiembrie 2021.').contest.window.end).toBe('2021-11-23T00:00:00+08:00');
    expect(read('Los relatos deberán presentarse antes del miércoles 18 de diciembre de 2019 a las 20:00 horas.').contest.window.end).toBe(
      '2019-12-18T20:00:00+08:00',
    );
    expect(read('De uiterste inlever-/inzenddatum is 10 maart 2024.').contest.window.end).toBe('2024-03-11T00:00:00+08:00');
    expect(read('เปิดรับผลงานถึงวันที่ 29 พฤศจิกายน 2567 เวลา 23.59 น.').contest.window.end).toBe('2024-11-29T23:59:00+08:00');
  });

  test('Korean times: "2024년 09월 10일(화) 오후 5시" is 17:00, "오전 10시 30분" 10:30', () => {
    const d = read('작품 공모 : 2024년 08월 13일(화) ~ 2024년 09월 10일(화) 오후 5시');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2024-08-13T00:00:00+08:00', '2024-09-10T17:00:00+08:00']);
    expect(read('마감: 2024년 9월 10일 오전 10시 30분').contest.window.end).toBe('2024-09-10T10:30:00+08:00');
  });

  test('era years: "平成26年12月12日~平成27年1月21日", "令和6年9月10日", "民国九十五年六月三十日", "民國95年6月30日"', () => {
    const d = read('募集期間 平成26年12月12日(金)~平成27年1月21日(水)');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2014-12-12T00:00:00+08:00', '2015-01-22T00:00:00+08:00']);
    expect(read('締切 令和6年9月10日').contest.window.end).toBe('2024-09-11T00:00:00+08:00');
    expect(read('收件截止日期:民国九十五年六月三十日').contest.window.end).toBe('2006-07-01T00:00:00+08:00');
    expect(read('收件截止日期:民國95年6月30日').contest.window.end).toBe('2006-07-01T00:00:00+08:00');
  });

  test('a street\'s numbers are no date ("bis zum 31. März 2022 … Hundestraße 5-17")', () => {
    const d = read('Die Beiträge können bis zum 31. März 2022 per Post an Stadtbibliothek Lübeck, Hundestraße 5-17, 23552 Lübeck eingereicht werden.');
    expect(d.contest.window.end).toBe('2022-04-01T00:00:00+08:00');
  });

  test('"A partir du 15 octobre … au plus tard le 15 janvier 2019" on one line is the window; an events programme "sera présenté du … au …" is another event', () => {
    const d = read(
      'A partir du 15 octobre, les médiathèques organisent leur premier Concours de nouvelles. Les textes sont à remettre au plus tard le 15 janvier 2019.\n' +
        'Un cycle d’animations autour de la nouvelle sera présenté du 19 janvier au 30 mars 2019 sous le titre « Donne-nous de tes nouvelles ! ».',
    );
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2018-10-15T00:00:00+08:00', '2019-01-16T00:00:00+08:00']);
  });

  test('"decorre … entre os dias 18 de julho e até 23h59 de 10 de agosto de 2021", "Tävlingen pågår mellan 16 september och 31 oktober 2024": ranges with "between … and"', () => {
    const p = read('No âmbito do aniversário, decorre no instagram entre os dias 18 de julho e até 23h59 de 10 de agosto de 2021, o passatempo.');
    expect([p.contest.window.start, p.contest.window.end]).toEqual(['2021-07-18T00:00:00+08:00', '2021-08-10T23:59:00+08:00']);
    const s = read('Tävlingen pågår mellan 16 september och 31 oktober 2024.\nNytt: Tävlingen förlängs och pågår till den 31 oktober!');
    expect([s.contest.window.start, s.contest.window.end]).toEqual(['2024-09-16T00:00:00+08:00', '2024-11-01T00:00:00+08:00']);
  });

  test('lengths: "minimal memuat 1.600 karakter", "no LESS than 50 and no MORE than 350 words", "de 10.000 à 15.000 caractères", "400字詰め原稿用紙2枚を超え"', () => {
    expect(read('Opini, esai, dan cerpen yang dibuat peserta minimal memuat 1.600 karakter.').contest.length).toMatchObject({ min: 1600, unit: 'zi' });
    expect(read('You must have no LESS than 50 and no MORE than 350 words in your fiction piece.').contest.length).toMatchObject({ min: 50, unit: 'words' });
    expect(read('Les textes, de 10.000 à 15.000 caractères maximum (5 à 8 pages) doivent être dactylographiés.').contest.length).toMatchObject({
      min: 10000,
      unit: 'zi',
    });
    // More than two sheets of 400: 801 characters at least.
    expect(read('本文は400字詰め原稿用紙2枚を超え、3枚(1200字)以内').contest.length).toMatchObject({ min: 801, unit: 'zi' });
  });

  test('"using the #FlashFicFriday hashtag (optionally #FFF, use both if you have space)": the optional tag is not required, with a doubt', () => {
    const d = read('Remember to tweet your link, using the #FlashFicFriday hashtag (optionally #FFF, use both if you have space).');
    expect((d.contest.tags ?? []).map((t) => t.text)).toEqual(['FlashFicFriday']);
    expect(codes(d, 'tags')).toContain('tag-rule-unclear');
  });

  test('the same days said twice, once with a time ("접수기간 2024-08-13 ~ 2024-09-10", "… 09월 10일(화) 오후 5시"): the time is kept', () => {
    const d = read('접수기간\n2024-08-13 ~ 2024-09-10\n공모요강\n작품 공모 : 2024년 08월 13일(화) ~ 2024년 09월 10일(화) 오후 5시');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2024-08-13T00:00:00+08:00', '2024-09-10T17:00:00+08:00']);
  });

  test('the end of a month: "do końca września 2024", "jusqu\'à la fin de janvier 2020", "Ende März 2022", "until the end of July 2024"; not English prose without a year', () => {
    expect(read('Prace przyjmowane są do końca września 2024 w Bibliotece.').contest.window.end).toBe('2024-10-01T00:00:00+08:00');
    expect(read("Les textes sont à envoyer jusqu'à la fin de janvier 2020.").contest.window.end).toBe('2020-02-01T00:00:00+08:00');
    expect(read('Einsendeschluss ist Ende März 2022.').contest.window.end).toBe('2022-04-01T00:00:00+08:00');
    expect(read('Submissions are open until the end of July 2024.').contest.window.end).toBe('2024-08-01T00:00:00+08:00');
    expect(read('At the end of June, round two begins!').missing.map((m) => m.field)).toContain('window.end');
  });

  test('a one-digit month and day glued to the year: "截止时间为:201973日", "截止日期为2021710综合档案室"', () => {
    expect(read('3.征文报档案馆截止时间为:201973日;').contest.window.end).toBe('2019-07-04T00:00:00+08:00');
    expect(read('截止日期为2021710综合档案室统一报山西省档案局').contest.window.end).toBe('2021-07-11T00:00:00+08:00');
  });

  test('slashes with spaces ("يوم 5 / 11 / 2025 … يوم 15/ 11 / 2025"), day first in Arabic; "晚間23時" is 23:00', () => {
    const d = read('# تبدأ المسابقة يوم 5 / 11 / 2025 وتنتهي يوم 15/ 11 / 2025 #');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2025-11-05T00:00:00+08:00', '2025-11-16T00:00:00+08:00']);
    expect(read('收件時間:即日起至臺北時間 2024年2月28日晚間23時止').contest.window.end).toBe('2024-02-28T23:00:00+08:00');
  });

  test('"no later than 2359 (GMT+8) hours on 31 May 2023" keeps its time; "w polskiej strefie czasowej" is Poland\'s time', () => {
    const d = read('Competition closes on 31 May 2023.\nEmail your essay no later than 2359 (GMT+8) hours on 31 May 2023.');
    expect(d.contest.window.end).toBe('2023-05-31T23:59:00+08:00');
    const p = read('Konkurs trwa do końca 25 listopada 2015 roku. Decyduje koniec dnia w polskiej strefie czasowej.');
    expect(p.contest.window.end).toBe('2015-11-26T00:00:00+01:00');
  });

  test('a start word that ends in an accented letter ("El 17 de diciembre de 2022 se lanzó el concurso") is a start word', () => {
    const d = read('El 17 de diciembre de 2022 se lanzó el concurso.\nLa convocatoria estará disponible hasta el 28 de abril de 2023, a las 20:00 horas.');
    expect([d.contest.window.start, d.contest.window.end]).toEqual(['2022-12-17T00:00:00+08:00', '2023-04-28T20:00:00+08:00']);
  });

  test('a festival\'s dates ("The Festival will take place from March 7th to 9th, 2025") are another event; "Deadline: December 6th @ 5pm, 2024" ends the window', () => {
    const d = read('The Festival will take place from March 7th to 9th, 2025, marking its 19th year.\nDeadline: December 6th @ 5pm, 2024');
    expect(d.contest.window.end).toBe('2024-12-06T17:00:00+08:00');
  });

  test('an issue of a magazine ("SchreibRäume 2/23") is no date; "seguem até 8/10", "từ ngày 14/8 đến 5/9" still are', () => {
    const d = read(
      'Einsendeschluss: 31. Jänner 2023\n• Alle Autor*innen der zur Publikation in SchreibRäume 2/23 ausgewählten Texte erhalten ein Exemplar der SchreibRäume 2/23.',
    );
    expect(d.contest.window.end).toBe('2023-02-01T00:00:00+08:00');
    const v = read('Cuộc thi kéo dài từ ngày 14/8/2024 đến 5/9, mở hai hạng mục tham gia.');
    expect([v.contest.window.start, v.contest.window.end]).toEqual(['2024-08-14T00:00:00+08:00', '2024-09-06T00:00:00+08:00']);
  });
});

describe('forms found in the fifty-first batch after its blind measurement', () => {
  test('a deadline inside the event\'s period ends the window when the period\'s last day is the results\' ("活动时间:11月20日—12月3日", "截稿日期:11月27日", "12月3日公布获奖名单")', () => {
    const text = '四、活动时间:2019年11月20日—12月3日\n3、截稿日期:11月27日\n5、于12月3日公布获奖名单。';
    const d = read(text);
    expect(window(d)).toEqual(['2019-11-20T00:00:00+08:00', '2019-11-28T00:00:00+08:00']);
    expect(codes(d, 'window')).toContain('window-guessed');
    // An earlier deadline of one part, with no other role on the period's last day, leaves the period alone.
    expect(window(read('四、申报时间:2009年3月1日至2009年4月20日为个人申报期。\n六、教师征文请在4月16日前报送至教务处。'))).toEqual([
      '2009-03-01T00:00:00+08:00',
      '2009-04-21T00:00:00+08:00',
    ]);
  });

  test('Tamil start and end lines ("தொடங்கும் நாள் – 06.02.2023", "முடியும் நாள் – 16.02.2023"); the winners\' day is another role', () => {
    const d = read(
      'கட்டுரை வெற்றியாளர் அறிவிப்பு நாள் 03.03.2023\nகட்டுரை போட்டி தொடங்கும் நாள் – 06.02.2023\nகட்டுரை போட்டி முடியும் நாள் – 16.02.2023\nகட்டுரை போட்டி வெற்றியாளர் அறிவிப்பு நாள் – 03.03.2023',
    );
    expect(window(d)).toEqual(['2023-02-06T00:00:00+08:00', '2023-02-17T00:00:00+08:00']);
  });

  test('"currently accepting entries for its 2022 edition through May 5, 2022" ends on 5 May', () => {
    const d = read('The Kendeka Prize for African Literature is currently accepting entries for its 2022 edition through May 5, 2022.');
    expect(d.contest.window.end).toBe('2022-05-06T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('a start\'s word right before a date starts the window, whatever else its line says ("O prazo … 15 días hábiles contados a partir de hoxe luns, día 2 de abril"); not "开始," before the next clause\'s date', () => {
    const d = read('O prazo de presentación estará aberto durante 15 días hábiles contados a partir de hoxe luns, día 2 de abril de 2018.');
    expect(d.contest.window.start).toBe('2018-04-02T00:00:00+08:00');
    expect(gaps(d)).toContain('window.end');
    expect(read('2021年4月中下旬开始,5月15日截止').contest.window.end).toBe('2021-05-16T00:00:00+08:00');
  });

  test('Basque dates, year first with case endings ("2015eko apirilaren 15etik 2015eko maiatzaren 15era"), and a deadline\'s hour later in its sentence ("azaroaren 17a baino lehen … 14:00ak bain lehen")', () => {
    expect(window(read('– Testuak bidaltzeko epea hauxe: 2015eko apirilaren 15etik 2015eko maiatzaren 15era (biak barne).'))).toEqual([
      '2015-04-15T00:00:00+08:00',
      '2015-05-16T00:00:00+08:00',
    ]);
    const d = read(
      'Lanak entregatu beharko dira azaroaren 17a baino lehen Zizurkilgo udaletxean edo Udal Bulegoetan, 14:00ak bain lehen.',
      Date.parse('2025-10-22T12:00:00Z'),
    );
    expect(d.contest.window.end).toBe('2025-11-17T14:00:00+08:00');
    expect(read('Lehiaketa 2016ko apirilaren 24an bukatuko da.').contest.window.end).toBe('2016-04-25T00:00:00+08:00');
  });

  test('Icelandic deadlines ("Skilafrestur er til miðnættis 20. september"), Galician ones ("antes das 14.00 horas do luns 17 de abril de 2023")', () => {
    expect(read('Skilafrestur er til miðnættis 20. september.', Date.parse('2019-09-18T12:00:00Z')).contest.window.end).toBe('2019-09-21T00:00:00+08:00');
    expect(read('Deberán enviar os seus relatos ao Concello, antes das 14.00 horas do luns 17 de abril de 2023.').contest.window.end).toBe(
      '2023-04-17T14:00:00+08:00',
    );
  });

  test('Croatian "listopada" is October beside another Croatian month, and "2023. u 23:59" keeps its time; Polish "listopada" stays November', () => {
    expect(window(read('Natječaj je otvoren od 16. rujna do 26. listopada 2023. u 23:59.'))).toEqual([
      '2023-09-16T00:00:00+08:00',
      '2023-10-26T23:59:00+08:00',
    ]);
    expect(read('Konkurs trwa do 25 listopada 2015 roku.').contest.window.end).toBe('2015-11-26T00:00:00+08:00');
  });

  test('a range said to start ("accepted from the 1st August 2011 and … not … after the 19th September 2011") under a "Deadline:" line of the same day stays the window', () => {
    const d = read('Deadline: 19 September 2011\nEntries will be accepted from the 1st August 2011 and will not be accepted after the 19th September 2011.');
    expect(window(d)).toEqual(['2011-08-01T00:00:00+08:00', '2011-09-20T00:00:00+08:00']);
  });

  test('Slovak: "od 27. 2. do 27. 4." with a deadline of the same day later, and "Vyhlásenie súťaže: → 5. 2. 2024" starts the window', () => {
    const d = read(
      'Literárnej súťaže Poviedka 2023\nSúťažné príspevky sa prijímajú od 27. 2. do 27. 4., slávnostné vyhlásenie výsledkov bude 7. 7. na festivale.\nPoviedku odošlite najneskôr do 27. apríla',
    );
    expect(window(d)).toEqual(['2023-02-27T00:00:00+08:00', '2023-04-28T00:00:00+08:00']);
    const m = read('Vyhlásenie súťaže: → 5. 2. 2024\nUzávierka súťaže: → 29. 3. 2024\nLetná škola literatúry: → 25. – 31. augusta 2024.');
    expect(window(m)).toEqual(['2024-02-05T00:00:00+08:00', '2024-03-30T00:00:00+08:00']);
  });

  test('Icelandic months ("19. nóvember", "1. febrúar 2020") and "í síðasta lagi" (at the latest)', () => {
    const d = read('Smásögum á að skila í síðasta lagi miðvikudaginn 19. nóvember.', Date.parse('2014-10-30T12:00:00Z'));
    expect(d.contest.window.end).toBe('2014-11-20T00:00:00+08:00');
  });

  test('Hebrew dates ("עד ליום 10 במאי 2020", "ה-15 בינואר 2021")', () => {
    expect(read('מועד הגשת הסיפורים עד ליום 10 במאי 2020').contest.window.end).toBe('2020-05-11T00:00:00+08:00');
  });

  test('the first of two dates on a line with another role is a deadline when "前" follows it ("须于8月29日前报送…,9月9日在…公布")', () => {
    const d = read(
      '首期报名作品须于8月29日前报送至指定邮箱,魏都区科协将对全部报送作品逐一评选,9月9日在魏都区科协官方网站公布。',
      Date.parse('2023-07-01T12:00:00Z'),
    );
    expect(window(d)).toEqual([expect.any(String), '2023-08-30T00:00:00+08:00']);
    expect(gaps(d)).toContain('window.start');
  });

  test('an event held in a city ("將於8月7日—11日(暫定)在福州舉辦") is another role than "即日起至7月10日"', () => {
    const d = read(
      '“兩岸天氣聽我說”征集活動正式啟動。即日起至7月10日,兩岸青年可投稿。\n海峽氣象青年匯活動將於8月7日—11日(暫定)在福州舉辦。',
      Date.parse('2023-06-28T12:00:00Z'),
    );
    expect(d.contest.window.end).toBe('2023-07-11T00:00:00+08:00');
  });

  test('a page\'s own row of tags ("해시태그 #에세이 #골목") is no rule: no tag taken, with a doubt; a row of tags closing a post is kept (on Gate it is often the contest\'s)', () => {
    const k = read('풀잎서점 에세이 공모전\n접수기간 2024년 10월 7일 ~ 11월 22일\n해시태그 #에세이 #골목 #동네');
    expect(k.contest.tags).toEqual([]);
    expect(codes(k, 'tags')).toContain('tags-not-instructed');
    const g = read('Writing contest\nDeadline: 31 January 2027\n#GateSquare #WritingContest');
    expect(g.contest.tags?.map((t) => t.text)).toEqual(['GateSquare', 'WritingContest']);
    expect(codes(g, 'tags')).toContain('tags-not-instructed');
    // A tag the text asks for is still taken.
    expect(read('Add #MyContest to your post.\nDeadline: May 10, 2020\n#MyContest').contest.tags?.map((t) => t.text)).toEqual(['MyContest']);
  });

  test('a Tamil floor ("1500 சொற்களுக்கு மேலும், 2500 சொற்களுக்கு மிகாமலும்")', () => {
    expect(read('கட்டுரை 1500  சொற்களுக்கு மேலும், 2500 சொற்களுக்கு மிகாமலும் இருக்க வேண்டும்.').contest.length).toMatchObject({ min: 1500, unit: 'words' });
  });

  test('floors in Portuguese ("no mínimo, 200 palavras"), Arabic ("لا يقل عن 250 مفردة", "ألا يقل عدد كلمات قصته عن 1500 كلمة") and Malay ("lebih daripada 180 perkataan", more than); "tidak lebih daripada" is a ceiling', () => {
    const min = (text: string) => read(text).contest.length?.min ?? 0;
    expect(min('Na categoria “Contos” o material deve ter, no mínimo, 200 palavras, e, no máximo, 7500.')).toBe(200);
    expect(min('8 - عدد مفردات القصة القصيرة لا يقل عن 250 مفردة.')).toBe(250);
    expect(min('مع ضرورة ألا يقل عدد كلمات قصته عن 1500 كلمة وألا يزيد عن 5 آلاف كلمة')).toBe(1500);
    expect(min('Panjang esei tersebut hendaklah lebih daripada 180 perkataan.')).toBe(181);
    expect(min('Panjang esei tersebut hendaklah tidak lebih daripada 180 perkataan.')).toBe(0);
  });

  test('Estonian: "kuulutab … konkursi välja 14. mail 2020" starts the window, "tähtaeg on 30. september 2020" ends it; "by mail 15 copies" is no date', () => {
    const d = read(
      '1.2 Tallinna Kirjanduskeskus kuulutab lühijuttude konkursi välja 14. mail 2020. aastal. Konkursitööde esitamise tähtaeg on 30. september 2020.',
    );
    expect(window(d)).toEqual(['2020-05-14T00:00:00+08:00', '2020-10-01T00:00:00+08:00']);
    expect(lineDates('send by mail 15 copies', dayOrderOf(''))).toEqual([]);
  });

  test('"before midnight Central European Time on 15 March 2020" ends the window; Swahili "tarehe 20 – 05- 2022" is a date', () => {
    const d = read('Essays must be submitted in English using the official submission form before midnight Central European Time on 15 March 2020.');
    expect(d.contest.window.end).toBe('2020-03-16T00:00:00+01:00');
    expect(read('Mwisho wa kupokea insha zote ni tarehe 20 – 05- 2022. Washindi watatangazwa mwezi wa sita, 2022.').contest.window.end).toBe(
      '2022-05-21T00:00:00+08:00',
    );
  });
});

describe('forms found in the fifty-second batch after its blind measurement', () => {
  test('Albanian dates and deadlines ("deri më 10 nëntor 2022, në ora 9", "Afati … deri më 12 shkurt 2023")', () => {
    expect(read('3. Punimet duhet të dorëzohen deri më 10 nëntor 2022, në ora 9.').contest.window.end).toBe('2022-11-10T09:00:00+08:00');
    expect(read('Afati për konkurrim është i hapur deri më 12 shkurt 2023;').contest.window.end).toBe('2023-02-13T00:00:00+08:00');
  });

  test('Welsh months and closing dates ("dyddiad cau … yw 30 Tachwedd 2020", "tan Ionawr 31"); Latvian "līdz 8.martam"', () => {
    expect(read('Y dyddiad cau ar gyfer derbyn straeon yw 30 Tachwedd 2020.').contest.window.end).toBe('2020-12-01T00:00:00+08:00');
    expect(read('Mae gan ddysgwyr tan Ionawr 31 i gyflwyno’u straeon.', Date.parse('2022-01-10T12:00:00Z')).contest.window.end).toBe(
      '2022-02-01T00:00:00+08:00',
    );
    expect(read('Darbi līdz 8.martam jāsūta uz e-pastu.', Date.parse('2020-01-27T12:00:00Z')).contest.window.end).toBe('2020-03-09T00:00:00+08:00');
    expect(lineDates('version 2.may be', dayOrderOf(''))).toEqual([]);
  });

  test('floors in Marathi ("किमान १२०० शब्दात"), Azerbaijani ("300-500 söz"), Georgian ("120-დან 300 სიტყვამდე"), Welsh ("o leiaf 1000 o eiriau", "union 500 gair") and Latvian ("500 līdz 1000 vārdus")', () => {
    const min = (text: string) => read(text).contest.length?.min ?? 0;
    expect(min('‘माझी मायबोली’ या विषयावर किमान १२०० शब्दात निबंध पाठवायचा आहे.')).toBe(1200);
    expect(min('“Times New Roman” 14 şriftində yığılmalı, 300-500 söz həcmində olmalıdır.')).toBe(300);
    expect(min('ესე (ქართულ ენაზე/ მოც. 120-დან 300 სიტყვამდე)')).toBe(120);
    expect(min('Disgwyliwn i bob cais fod o leiaf 1000 o eiriau ac uchafswm o 4000 o eiriau.')).toBe(1000);
    expect(min('Rhaid i bob stori fer fod yn union 500 gair o hyd.')).toBe(500);
    expect(min('Tai jābūt 500 līdz 1000 vārdus garai.')).toBe(500);
  });

  test('Azerbaijani ("sentyabrın 23-dən başlanan … dekabrın 1-dək"), Georgian ("დაიწყება 13 აპრილს და დასრულდება 20 მაისს"), Estonian ("oodatakse 1. juuliks 2019") and Marathi ("शेवटची तारीख २० ऑगस्ट २०२१") windows', () => {
    const az = read('Sentyabrın 23-dən başlanan müsabiqə dekabrın 1-dək davam edəcək.', Date.parse('2019-10-31T12:00:00Z'));
    expect(window(az)).toEqual(['2019-09-23T00:00:00+08:00', '2019-12-02T00:00:00+08:00']);
    const ka = read('კონკურსი დაიწყება 13 აპრილს და დასრულდება 20 მაისს.', Date.parse('2017-04-13T12:00:00Z'));
    expect(window(ka)).toEqual(['2017-04-13T00:00:00+08:00', '2017-05-21T00:00:00+08:00']);
    expect(read('Võistlustöid oodatakse 1. juuliks 2019 aadressil Pärnu mnt 20.').contest.window.end).toBe('2019-07-02T00:00:00+08:00');
    expect(read('निबंध पाठवण्याची शेवटची तारीख २० ऑगस्ट २०२१ असेल.').contest.window.end).toBe('2021-08-21T00:00:00+08:00');
  });

  test('of phases, the one whose line asks for the entries ("2、读书活动阶段:5月10日——9月9日。…撰写读书心得。将电子稿发送至…") is the window', () => {
    const d = read(
      '1、好书推荐与精读图书产生阶段:4月25日——4月29日。在推荐书目中产生精读图书一种。\n2、读书活动阶段:5月10日——9月9日。请全校师生认真阅读选定的精读图书,撰写读书心得。将电子稿发送至:2764820335@qq.com。\n3、读书心得评选阶段:9月12日——10月30日。',
      Date.parse('2022-04-20T12:00:00Z'),
    );
    expect(window(d)).toEqual(['2022-05-10T00:00:00+08:00', '2022-09-10T00:00:00+08:00']);
  });

  test('"The opening date for entries is 00.01 on 1 September 2022. The closing date … is 23.59 on 28 February 2023"; "Entries submitted after Monday, 31st May 2010, will not be considered"; a date "at a ceremony" is another role', () => {
    const d = read('The opening date for entries is 00.01 on 1 September 2022. The closing date of the prize draw is 23.59 on 28 February 2023.');
    expect(window(d)).toEqual(['2022-09-01T00:01:00+08:00', '2023-02-28T23:59:00+08:00']);
    expect(read('• Entries submitted after Monday, 31st May 2010, will not be considered.').contest.window.end).toBe('2010-06-01T00:00:00+08:00');
    const c = read(
      'The prize is open for submissions. The winner, to be revealed at a ceremony in Lusaka on March 1, 2018, gets US$1,000.\nSubmission Deadline is December 15, 2017.',
    );
    expect(c.contest.window.end).toBe('2017-12-16T00:00:00+08:00');
    expect(codes(c, 'window')).not.toContain('window-reversed');
  });

  test('"Closing entries : 31 August 2021" ends the window', () => {
    expect(read('National English Essay Competition 2021\nClosing entries : 31 August 2021').contest.window.end).toBe('2021-09-01T00:00:00+08:00');
  });
});

describe("the fifty-first and fifty-second batches' forms do not misread ordinary text (review of 2026-12-07)", () => {
  test('"arte" and "1ra" are Spanish words, not Basque end words; "Martin 2" is no Azerbaijani date; "dydd Mawrth" is Tuesday', () => {
    expect(window(read('Inicio del concurso de arte: 1 de marzo de 2027\nCierre: 30 de abril de 2027'))).toEqual([
      '2027-03-01T00:00:00+08:00',
      '2027-05-01T00:00:00+08:00',
    ]);
    expect(read('Organised by Martin 2 Publishing. Entries close 31 January 2027.').contest.window.end).toBe('2027-02-01T00:00:00+08:00');
    expect(read('Dyddiad cau: dydd Mawrth 30 Tachwedd 2027').contest.window.end).toBe('2027-12-01T00:00:00+08:00');
  });

  test('"2. mail it to us" is a list\'s step; "ages 8 – 12 – 2027" is no date; "Start writing now — 31 January 2027 is the deadline" ends the window', () => {
    expect(read('To enter: 1. write your story, 2. mail it to us before the deadline.\nDeadline: January 31, 2027').contest.window.end).toBe(
      '2027-02-01T00:00:00+08:00',
    );
    expect(read('For ages 8 – 12 – 2027 edition now open!\nSend your story by January 31, 2027.').contest.window.end).toBe('2027-02-01T00:00:00+08:00');
    const d = read('Start writing now — 31 January 2027 is the deadline.');
    expect(d.contest.window.end).toBe('2027-02-01T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('"前" before the results ("评审结果将于2027年3月1日前公布") is no entries\' deadline; a phase that shows the entries is not the entries\' period', () => {
    expect(codes(read('评审结果将于2027年3月1日前公布,3月15日举行颁奖典礼。'), 'window')).toContain('window-guessed');
    const d = read('一、征稿阶段:2027年1月1日—1月31日。\n二、展示阶段:2027年2月1日—2月10日,所有投稿作品在公众号展示。');
    expect(window(d)).toEqual(['2027-01-01T00:00:00+08:00', '2027-02-01T00:00:00+08:00']);
  });

  test('a deadline inside a period across the new year takes the year that puts it inside ("2026年12月20日—1月10日", "截稿日期:1月5日")', () => {
    const d = read('活动时间:2026年12月20日—1月10日\n截稿日期:1月5日\n1月10日公布获奖名单');
    expect(window(d)).toEqual(['2026-12-20T00:00:00+08:00', '2027-01-06T00:00:00+08:00']);
  });

  test('Croatian "listopada" is October on a line of a Croatian call without another month ("Rok za predaju radova: 26. listopada 2027."); Malay "tidak boleh lebih daripada" is a ceiling', () => {
    expect(read('Natječaj traje od 16. rujna 2027.\nRok za predaju radova: 26. listopada 2027.').contest.window.end).toBe('2027-10-27T00:00:00+08:00');
    expect(read('Panjang esei tidak boleh lebih daripada 800 perkataan.').contest.length?.min ?? 0).toBe(0);
    expect(read('Karangan tak lebih daripada 1500 perkataan.').contest.length?.min ?? 0).toBe(0);
  });

  test('a festival or a week that "takes place" is another event ("Book Week Scotland takes place 16-22 November 2020"): the deadline beside it ends the window, or the range is read with a doubt', () => {
    const d = read('The deadline for submitting is Monday 31 August 2020, 12 noon. Book Week Scotland takes place 16-22 November 2020.');
    expect(d.contest.window.end).toBe('2020-08-31T12:00:00+08:00');
    expect(codes(read('The festival takes place 16-22 November 2020. Entries close 31 August 2020.'), 'window')).toContain('window-guessed');
    expect(window(read('The contest takes place from 1 May to 31 May 2027.'))).toEqual(['2027-05-01T00:00:00+08:00', '2027-06-01T00:00:00+08:00']);
  });
});

describe('forms found in the fifty-third batch after its blind measurement', () => {
  test('ranges of words in Afrikaans, Maltese and Sinhala, and with two spaces before the dash', () => {
    expect(read('Kortverhale moet uit 1500 – 3000 woorde bestaan.').contest.length).toEqual({ min: 1500, unit: 'words' });
    expect(read('Jou kortverhaal moet uit 1 600–3 000 woorde bestaan.').contest.length).toEqual({ min: 1600, unit: 'words' });
    expect(read('Ix-xogħlijiet għandhom ikunu miktuba bil-Malti u bejn 20,000 u 25,000 kelma.').contest.length).toEqual({ min: 20000, unit: 'words' });
    expect(read('● submit a short written piece (500 words  – 750 words);').contest.length).toEqual({ min: 500, unit: 'words' });
    expect(read('රචනා තරගය\n- වචන : 1500-2000').contest.length).toEqual({ min: 1500, unit: 'words' });
  });

  test('dates in Esperanto, Maltese, Afrikaans and Kazakh, with their end words', () => {
    expect(read('Bonvolu sendi viajn kontribuojn ĝis la 30-a de septembro 2024.').contest.window.end).toBe('2024-10-01T00:00:00+08:00');
    expect(read('Id-data ta’ skadenza għas-sottomissjonijiet hija s-7 ta’ Settembru 2018.').contest.window.end).toBe('2018-09-08T00:00:00+08:00');
    expect(read('Is-sottomissjonijiet iridu jaslu sa mhux aktar tard mis-Sibt 24 ta’ Frar, 2018.').contest.window.end).toBe('2018-02-25T00:00:00+08:00');
    expect(read('Inskrywings sluit 1 Maart 2022 om 12:00.').contest.window.end).toBe('2022-03-01T12:00:00+08:00');
    expect(read('Байқау жұмыстарын 2022 жылдың 20 қыркүйегіне дейін қабылдайды.').contest.window.end).toBe('2022-09-21T00:00:00+08:00');
    expect(read('৩। রচনা ৩১ ডিসেম্বর ২০২০ তারিখের মধ্যে নিম্ন ঠিকানায় লেখা পাঠাতে হবে।').contest.window.end).toBe('2021-01-01T00:00:00+08:00');
  });

  test('English forms: "(HKT 23:59)" after the date, "20 th January", "will not be accepted past", a listing\'s one-day stamp, an aside "(end of March 2020)"', () => {
    expect(read('Submission Deadline: 10th July 2017 (HKT 23:59)').contest.window.end).toBe('2017-07-10T23:59:00+08:00');
    expect(read('The deadline for submissions is Monday 20 th January 2020').contest.window.end).toBe('2020-01-21T00:00:00+08:00');
    expect(read('Submissions will not be accepted past February 27, 2019.').contest.window.end).toBe('2019-02-28T00:00:00+08:00');
    const listing = read(
      'Essay Competition\n\n2014-04-05 - 2014-04-05\n\nThe Competition officially opens on August 1, 2012 (Wednesday) and ends August 12, 2012 (Sunday).',
    );
    expect(window(listing)).toEqual(['2012-08-01T00:00:00+08:00', '2012-08-13T00:00:00+08:00']);
    const aside = read('Win a visit to the European Money Week (end of March 2020)!\nSubmit your opinion piece by Monday, 20th January 2020.');
    expect(aside.contest.window.end).toBe('2020-01-21T00:00:00+08:00');
  });

  test('a Taiwanese year glued to its month and day after "至" ("即日起至113913日截止")', () => {
    expect(read('收件日期:即日起至113913日截止(以郵戳為憑)。').contest.window.end).toBe('2024-09-14T00:00:00+08:00');
  });
});

describe('forms found in the fifty-third batch and the tuned sets, continued', () => {
  test('Sinhala months and "අවසන් දිනය" (last day), with or without the joiner; a two-digit year after slashes ("10/31/21")', () => {
    expect(read('නිර්මාණ භාර ගන්නා අවසන් දිනය 2023 මාර්තු 31.').contest.window.end).toBe('2023-04-01T00:00:00+08:00');
    expect(read('අවසන් දිනය 2023 අප්රේල් 5').contest.window.end).toBe('2023-04-06T00:00:00+08:00');
    const d = read('Memes can be entered starting 10/1/21 when the contest post goes up, until 11:59 pm (central time) 10/31/21');
    expect(window(d)).toEqual(['2021-10-01T00:00:00-05:00', '2021-10-31T23:59:00-05:00']);
  });

  test('"24/7/365" is no date', () => {
    expect(gaps(read('Support is available 24/7/365. Entries close 31 January 2027.'))).not.toContain('window.end');
    expect(read('Support is available 24/7/365. Entries close 31 January 2027.').contest.window.end).toBe('2027-02-01T00:00:00+08:00');
  });
});

describe("the fifty-third batch's forms do not misread ordinary text", () => {
  test('"sluit aan" (Dutch: fits) ends nothing; "Publishing – End of December, 2009" is still no start', () => {
    expect(codes(read('Dit thema sluit aan bij de viering van 5 mei 2027.'), 'window')).not.toEqual([]);
    expect(read('Dit thema sluit aan bij de viering van 5 mei 2027.').contest.window.end).not.toBe('2027-05-06T00:00:00+08:00');
    const d = read('Submission Deadline – 30 September, 2009\nPublishing – End of December, 2009 (Essays will start to be published on the website).');
    expect(d.contest.window.end).toBe('2009-10-01T00:00:00+08:00');
  });

  test('"Pacific", "Central" and "Eastern" name a zone only after a time', () => {
    expect(offsetIn('won the commonwealth book prize (pacific region)')).toBeNull();
    expect(offsetIn('held at the central library')).toBeNull();
    expect(offsetIn('writers from the eastern cape')).toBeNull();
    expect(offsetIn('11:59 pm pacific')).toBe('US:-08:00');
    expect(offsetIn('11:59 p.m. (central)')).toBe('US:-06:00');
    const d = read('Closes 31 January 2016\nHis first novel won the Commonwealth Book Prize (Pacific region).');
    expect(d.contest.window.displayOffset).toBe('+08:00');
  });

  test('"stories accepted past years" is no deadline; "২০০০ শব্দের মধ্যে" (within 2000 words) is no minimum', () => {
    expect(gaps(read('Themes of stories accepted past years: 12 March 2020 was the first.'))).toContain('window.end');
    expect(read('১। অনূর্ধ্ব ২০০০ শব্দের মধ্যে লিখতে হবে।').contest.length?.min ?? 0).toBe(0);
  });

  test('"1 Julie" is no date (Julie is a name in English); a Kazakh month needs its day before it', () => {
    expect(read('Entries close 31 January 2027.\nTeam 1 Julie Smith wrote the rules.').contest.window.end).toBe('2027-02-01T00:00:00+08:00');
    expect(read('Қазан қаласында 2027 жылы өтеді. Жұмыстар 15 қазанға дейін қабылданады.').contest.window.end).toMatch(/-10-16T00:00:00\+08:00$/);
  });
});

describe("the fifty-third batch's forms do not misread ordinary text (review of 2026-12-07, late)", () => {
  test('Afrikaans "sluit … in" (includes), Maltese "għeluq" (an anniversary), Esperanto "ĝis" in a range of words end nothing', () => {
    const includes = read(
      "Skryfkompetisie\nInskrywings moet teen 31 Maart 2027 ingedien word.\nPryse sluit 'n boekbewys in wat op 30 Junie 2027 om 17:00 (UTC+2) verval.",
    );
    expect(includes.contest.window.end).not.toBe('2027-06-30T17:00:00+02:00');
    const anniversary = read(
      "Konkors Letterarju\nIl-konkors jagħlaq fil-31/03/2027.\nF'għeluq il-mitt sena mit-twelid tal-poeta (15/05/2027, 18:00 CET) isir l-għoti tal-premjijiet.",
    );
    expect(anniversary.contest.window.end).not.toBe('2027-05-15T18:00:00+01:00');
    const range = read('Esperanto-konkurso\nVerkoj de 1000 ĝis 3000 vortoj. La premioj estos disdonitaj la 12-an de junio 2027, 18:00 UTC.');
    expect(range.contest.window.end).not.toBe('2027-06-12T18:00:00Z');
  });

  test('"Group 2-A June 2027" and "class 4-A may" are no Esperanto ordinals; "100000至112525日元" is an amount, no 民國 date', () => {
    expect(read('Essay contest\nGroup 2-A June 2027 intake: essays due at 17:00 UTC.').contest.window.end).not.toBe('2027-06-02T17:00:00Z');
    const may = read(
      'Essay contest\nEntries open 1 February 2027 at 09:00 UTC. Pupils of class 4-A may hand in essays until 17:00 UTC on the last day of term.',
    );
    expect(may.contest.window.end).not.toBe('2027-05-05T00:00:00Z');
    expect(gaps(read('征文比赛\n奖金为100000至112525日元。'))).toContain('window.end');
  });

  test('"by (end of March 2027)" is still the deadline; "31 March 2027 (Eastern Cape schools)" names no zone; "24/7/52" and "grades 10/11/12" are no dates', () => {
    expect(read('Essay contest\nEntries must reach us by (end of March 2027).').contest.window.end).toBe('2027-04-01T00:00:00+08:00');
    expect(read('Entries close at 17:00 on 31 March 2027 (Eastern Cape schools).').contest.window.end).toBe('2027-03-31T17:00:00+08:00');
    expect(gaps(read('Chat support 24/7/52 until results are out.'))).toContain('window.end');
    expect(gaps(read('Open to grades 10/11/12. Send your essay.'))).toContain('window.end');
  });
});

describe('forms found in the fifty-fourth batch after its blind measurement (its three silently wrong fields)', () => {
  test('a part of the announcement that posts on another platform ("在 X(推特)上发布") asks for that platform\'s tags, not the square post\'s', () => {
    const d = read(
      '活动一:创作广场贴文\n📌 参与方式:在 Gate 广场发布与 PUMP 项目相关的原创贴文\n必须带上话题标签: #创作者活动第一期# #PumpFun#\n✅ 活动二:发推同步传播\n📌 参与方式:在 X(推特)上发布与 PUMP 项目相关内容\n使用标签: #PumpFun # Gate',
    );
    expect(d.contest.tags!.map((t) => `${t.style}:${t.text}`)).toEqual(['weibo:创作者活动第一期', 'weibo:PumpFun']);
    expect(codes(d, 'tags')).toContain('tag-rule-unclear');
  });

  test('a part that posts on the square and shares on X keeps its tags; so does "Post on Binance Square …, then share it on X"', () => {
    expect(read('参与方式:在Gate广场发帖并带上话题 #我的创作# ,同时分享到推特').contest.tags!.map((t) => t.text)).toEqual(['我的创作']);
    expect(read('How to join: post on Binance Square with the hashtag #WriteToEarn, then share it on X.').contest.tags!.map((t) => t.text)).toEqual([
      'WriteToEarn',
    ]);
  });

  test('"建议控制在50-150字" is a suggestion, no floor; a floor beside a suggested ceiling stays', () => {
    const d = read('1. 参赛者所创作的作品不可分段,建议控制在50-150字。');
    expect(d.contest.length?.min ?? 0).toBe(0);
    expect(codes(d, 'length')).toContain('length-ambiguous');
    expect(read('作品字数不少于800字,建议控制在1000字以内。').contest.length).toEqual({ min: 800, unit: 'zi' });
  });

  test('Arabic "بين 300 و 500 كلمة" (between … and … words); another category\'s range with no unit is said', () => {
    expect(read('شرط أن تتراوح كلماتها بين 300 و 500 كلمة').contest.length).toEqual({ min: 300, unit: 'words' });
    expect(read('وقعت الأحداث بين 2015 و 2016 في المدينة').contest.length?.min ?? 0).toBe(0);
    const d = read('The word count for the adults category is from 2,500 to 7,000 words and 2,000 to 4,000 for the teens category.');
    expect(codes(d, 'length')).toContain('length-conditional');
    expect(codes(read('Stories must be 2,500 to 7,000 words and written in English.'), 'length')).not.toContain('length-conditional');
  });
});

describe('forms found in the fifty-fourth batch after its blind measurement, continued', () => {
  test("a Gate block's campaign period and, under \"活动一\", the square posts' own period inside it: the posts' period is the window, with a doubt", () => {
    const d = read(
      '📢 Gate广场 #创作者活动第一期# 火热开启\n📅 活动时间:7月11日 18:00 - 7月15日 22:00(UTC+8)\n🎁 活动总奖池:$500 USDT\n✅ 活动一:创作广场贴文,赢取优质内容奖励\n📅 活动时间:2025年7月12日 22:00 - 7月15日 22:00(UTC+8)\n📌 参与方式:在 Gate 广场发布与 PUMP 项目相关的原创贴文',
    );
    expect(window(d)).toEqual(['2025-07-12T22:00:00+08:00', '2025-07-15T22:00:00+08:00']);
    expect(codes(d, 'window')).toContain('window-ambiguous');
  });

  test('Arabic "إلى غاية 15 من نوفمبر/ تشرين الثاني 2016" (until the 15th of November, with its Levantine name); "from July to December 2016", whole months', () => {
    expect(read('بإمكانك أن ترسل لنا إلى غاية 15 من نوفمبر/ تشرين الثاني 2016 بقصة قصيرة').contest.window.end).toBe('2016-11-16T00:00:00+08:00');
    const months = read('The competition is being organised from July to December 2016 for individuals and groups.');
    expect(window(months)).toEqual(['2016-07-01T00:00:00+08:00', '2017-01-01T00:00:00+08:00']);
    expect(gaps(read('The workshop runs from May to June for all members.'))).toContain('window.end');
  });

  test('a voting period inside the campaign, or a period whose part asks for no square posts, does not replace the campaign', () => {
    const voting = read('活动时间:2027年1月1日 - 1月31日\n投稿后在广场发布作品\n投票时间:2027年1月20日 - 1月31日\n在广场为作品投票');
    expect(window(voting)).toEqual(['2027-01-01T00:00:00+08:00', '2027-02-01T00:00:00+08:00']);
  });
});

describe('forms found in the fifty-fifth batch after its blind measurement', () => {
  test('Russian "от 3000 до 10000 знаков", Urdu "کم سے کم 1200 الفاظ"', () => {
    expect(read('Допускаются тексты размером от 3000 до 10000 знаков с пробелами.').contest.length).toEqual({ min: 3000, unit: 'zi' });
    expect(read('کم سے کم 1200 الفاظ یا زیادہ سے زیادہ 2000 الفاظ میں مضمون').contest.length).toEqual({ min: 1200, unit: 'words' });
    expect(read('Работа от 5 до 10 страниц.').contest.length?.min ?? 0).toBe(0);
  });

  test('a range given roughly ("500——1000字左右") or the usual length ("一般為1500-3000字") is read with a doubt (its two silently wrong minimums)', () => {
    const rough = read('3.每篇征文字数500——1000字左右。要求主题鲜明。');
    expect(rough.contest.length?.min).toBe(500);
    expect(codes(rough, 'length')).toContain('length-conditional');
    const usual = read('(4)參賽作品字數一般為1500-3000字,參賽作品需為原創。');
    expect(usual.contest.length?.min).toBe(1500);
    expect(codes(usual, 'length')).toContain('length-conditional');
    expect(codes(read('参赛作品字数不少于1500字。'), 'length')).not.toContain('length-conditional');
  });
});

describe('forms found in the fifty-fifth batch after its blind measurement, continued', () => {
  test('"31st December 2013, 2359 hrs", and two deadlines in one sentence are no range', () => {
    const d = read(
      'Do note that the closing date for soft-copy entries is 31st December 2013, 2359 hrs, while the deadline for hard-copy submissions is 5th January 2014.',
    );
    expect(d.contest.window.end).toBe('2013-12-31T23:59:00+08:00');
    expect(gaps(d)).toContain('window.start');
    expect(read('Entries close on 5 May 2020, 1700 hours.').contest.window.end).toBe('2020-05-05T17:00:00+08:00');
  });

  test('"1200 hours of volunteering" after a date is no time; a range said to open and close keeps both ends', () => {
    expect(read('Entries close on 5 May 2020, 1200 hours of volunteering required.').contest.window.end).toBe('2020-05-06T00:00:00+08:00');
    expect(window(read('Submissions open on 1 March 2027, and the deadline is 31 March 2027.'))).toEqual([
      '2027-03-01T00:00:00+08:00',
      '2027-04-01T00:00:00+08:00',
    ]);
  });
});

describe('Urdu dates, found in the fifty-fifth batch', () => {
  test('"آخری تاریخ: 10/ اکتوبر 2021" (last date); a results date joined by "جبکہ" (whereas) is another role, not the range\'s end', () => {
    expect(read('مضمون بھیجنے کی آخری تاریخ: 10/ اکتوبر 2021 (شام 5 بجے تک)').contest.window.end).toBe('2021-10-11T00:00:00+08:00');
    const d = read('مضمون ارسال کرنے کی آخری تاریخ 10 دسمبر مقرر کی گئی ہے جبکہ نتائج کا اعلان 25 دسمبر 2016ء کو کیا جائے گا');
    expect(d.contest.window.end).toBe('2016-12-11T00:00:00+08:00');
    expect(codes(d, 'window')).toContain('year-assumed');
  });

  test('a prize-giving ("تقسیم انعامات کی تقریب") alone is no window', () => {
    expect(gaps(read('تقسیم انعامات کی آن لائن تقریب: اتوار، 17/اکتوبر 2021ء'))).toContain('window.end');
  });
});

describe("the fifty-fourth and fifty-fifth batches' forms do not misread ordinary text (review of 2026-12-08)", () => {
  test("a numbered step that shares on X does not take the next step's tags away; tags dropped for another platform are always said", () => {
    const d = read(
      'How to join:\n1. Write a post on Gate Square about PUMP #GateSquare\n2. Share it on X to reach more readers\n3. Add the following hashtags:\n#PUMP #Solana',
    );
    expect(d.contest.tags!.map((t) => t.text)).toEqual(expect.arrayContaining(['PUMP', 'Solana']));
    const zh = read('参与方式:\n1. 在广场发帖\n2. 在X上分享你的观点\n3. 添加以下话题:\n#PUMP# #Solana#');
    expect(zh.contest.tags!.map((t) => t.text)).toEqual(expect.arrayContaining(['PUMP', 'Solana']));
    const below = read('活动二:\n在 X(推特)上发布相关内容\n使用以下标签:\n#PumpFun #Gate');
    expect(codes(below, 'tags')).toContain('tag-rule-unclear');
    // (When no line asks for the square's tags, the contest may be held on that platform ("tweet with #hacknotts"):
    // its tags are taken, with the doubts that say so.)
    expect(below.contest.tags!.map((t) => t.text)).toEqual(['PumpFun', 'Gate']);
    expect(codes(below, 'tags')).toContain('tags-not-instructed');
  });

  test('a range labelled a deadline ("Scadenza: 1 marzo 2027, fino al 31 marzo 2027", "Срок приёма работ: 1 марта 2027 г., до 31 марта 2027 г.") stays a range', () => {
    expect(window(read('Scadenza: 1 marzo 2027, fino al 31 marzo 2027.'))).toEqual(['2027-03-01T00:00:00+08:00', '2027-04-01T00:00:00+08:00']);
    expect(window(read('Срок приёма работ: 1 марта 2027 г., до 31 марта 2027 г.'))).toEqual(['2027-03-01T00:00:00+08:00', '2027-04-01T00:00:00+08:00']);
  });

  test('a title\'s or synopsis\'s length in Arabic or Russian is no minimum; "от 1 до 20 000 знаков" is a ceiling', () => {
    expect(read('يجب أن يكون العنوان بين 3 و 7 كلمات، والقصة بلا حد أدنى.').contest.length?.min ?? 0).toBe(0);
    expect(read('Заголовок — от 10 до 60 знаков.').contest.length?.min ?? 0).toBe(0);
    expect(read('Описание (аннотация) от 300 до 500 знаков, сам текст — до 40 000 знаков.').contest.length?.min ?? 0).toBe(0);
    expect(read('Текст от 1 до 20 000 знаков.').contest.length?.min ?? 0).toBe(0);
  });

  test('"欢迎提出意见建议,作品不少于800字" keeps its minimum; a bonus period inside the campaign is no window, and the nested rule says what it did', () => {
    expect(read('欢迎提出意见建议,作品不少于800字。').contest.length).toEqual({ min: 800, unit: 'zi' });
    const bonus = read('活动时间:2027年1月1日 10:00 - 1月31日 22:00\n活动奖励见下\n加倍时间:2027年1月10日 10:00 - 1月12日 22:00\n期间在 Gate 广场发帖积分加倍');
    expect(window(bonus)).toEqual(['2027-01-01T10:00:00+08:00', '2027-01-31T22:00:00+08:00']);
  });
});

describe('found in the fifty-fifth batch, late', () => {
  test('an age range ("Ortaokul (10-14 yaş)") is no evidence of month-first dates; a book "published between" two dates (yayımlanmış) is no window', () => {
    const d = read(
      'Fakir Baykurt Öykü Yarışması başvuruları başladı.\nYarışmaya son başvuru tarihi 09.02.2024.\n1. Kategori: Ortaokul (10-14 yaş)\n4. Kategori: Yetişkinler (01.01.2023 – 09.02.2024) tarihleri arasında yayımlanmış olan bir öykü kitabıyla katılabilirler',
    );
    expect(d.contest.window.end).toBe('2024-02-10T00:00:00+08:00');
    expect(gaps(d)).toContain('window.start');
  });

  test('"由十一月一日至三十日" (numerals, the month written once); a year-less range says its year is assumed', () => {
    const d = read('作文摄影比赛由十一月一日至三十日接受投稿。');
    expect(d.contest.window.start?.slice(5, 16)).toBe('11-01T00:00');
    expect(d.contest.window.end?.slice(5, 16)).toBe('12-01T00:00');
    expect(codes(d, 'window')).toContain('year-assumed');
  });

  test('a month-first date still decides the order beside an age range ("ages 10-14 … 2/14/2024")', () => {
    expect(read('Open to ages 10-14. Deadline: 2/14/2024. Results on 3/4/2024.').contest.window.end).toBe('2024-02-15T00:00:00+08:00');
  });
});
