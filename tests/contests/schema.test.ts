import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS, CONTEST_LIMITS, ContestSchema, parseContest, parseContestJson, type Contest } from '../../lib/contests';

const FIXTURES = new URL('../fixtures/contests/', import.meta.url);

/** Each broken contest file and the path where it must fail. */
const BROKEN: [file: string, path: string][] = [
  ['missing-schema-version.json', 'schemaVersion'],
  ['future-schema-version.json', 'schemaVersion'],
  ['id-with-spaces.json', 'id'],
  ['name-without-english.json', 'name.en'],
  ['end-without-offset.json', 'window.end'],
  ['end-before-start.json', 'window.end'],
  ['display-offset-as-label.json', 'window.displayOffset'],
  ['negative-minimum.json', 'length.min'],
  ['unknown-length-unit.json', 'length.unit'],
  ['tag-written-with-hashes.json', 'tags.1.text'],
  ['tag-unknown-style.json', 'tags.0.style'],
  ['alternative-with-leading-space.json', 'tags.0.alternatives.0.text'],
  ['single-tag-with-space.json', 'tags.0.text'],
  ['weibo-tag-with-punctuation.json', 'tags.1.text'],
  ['unknown-screenshot-kind.json', 'screenshot.kinds.0'],
  ['unknown-requirement.json', 'screenshot.requirement'],
  ['token-without-symbols.json', 'screenshot.token.symbols'],
  ['prize-without-winners.json', 'prizes.0.winners'],
  ['http-announcement-url.json', 'url'],
  ['rule-with-empty-text.json', 'rules.0.en'],
  ['not-json.json', ''],
];

describe('broken contest files', () => {
  test('every file in tests/fixtures/contests is listed with its expected path', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(BROKEN.map(([f]) => f).sort());
  });

  test.each(BROKEN)('%s fails at "%s", and only there', (file, path) => {
    const result = parseContestJson(readFileSync(new URL(file, FIXTURES), 'utf8'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([path]);
    expect(result.issues[0].message).toMatch(/\S/);
  });
});

describe('the contest schema', () => {
  test('the built-in seed contest is data that passes the schema', () => {
    const [seed] = BUILTIN_CONTESTS;
    expect(seed).toMatchObject({
      id: 'wxtm-2025',
      window: { start: '2025-08-07T17:00:00+08:00', end: '2025-08-13T00:00:00+08:00', displayOffset: '+08:00' },
      length: { min: 100, unit: 'zi' },
      tags: [
        { text: 'WXTM创作大赛', style: 'weibo', alternatives: [] },
        { text: 'WXTM', style: 'weibo', alternatives: [] },
      ],
      screenshot: { requirement: 'preferred', kinds: ['deposit', 'trade', 'candydrop'], token: { symbols: ['WXTM'] } },
      pool: { amount: 70000, unit: 'WXTM' },
    });
    expect(seed.prizes.reduce((sum, p) => sum + p.winners * p.amount, 0)).toBe(70000);
    expect(ContestSchema.parse(JSON.parse(JSON.stringify(seed)))).toEqual(seed);
  });

  test.each([
    ['a single-# tag of letters', { text: 'CreatorLeaderboard', style: 'single' }],
    ['a Weibo tag with spaces inside', { text: 'WXTM Creative Contest', style: 'weibo' }],
    ['a Weibo tag with a dot', { text: 'Web3.0', style: 'weibo' }],
  ])('accepts %s', (_name, tag) => {
    const input = { ...BUILTIN_CONTESTS[0], tags: [tag] };
    expect(ContestSchema.safeParse(input).success).toBe(true);
  });

  test('fills defaults for what a contest file may omit', () => {
    const { tags: _t, prizes: _p, rules: _r, ...rest } = BUILTIN_CONTESTS[0];
    const parsed = ContestSchema.parse({ ...rest, screenshot: { requirement: 'none', token: { symbols: ['X'] } } });
    expect(parsed).toMatchObject({ tags: [], prizes: [], rules: [], screenshot: { kinds: [], signals: {}, token: { names: [] } } });
  });
});

describe('size limits (lib/contests/limits.ts)', () => {
  const SEED = BUILTIN_CONTESTS[0];
  /** The seed contest with one part changed (a deep copy: the seed itself is shared). */
  const seedWith = (change: (c: Contest) => void): Contest => {
    const c = structuredClone(SEED) as Contest;
    change(c);
    return c;
  };
  const text = (n: number, unit = 'a') => unit.repeat(n);
  const everywhere = (s: string) => ({ 'zh-Hant': s, 'zh-Hans': s, en: s });
  const tag = (i: number) => ({ text: `Tag${i}`, style: 'weibo' as const, alternatives: [] });
  const prize = (i: number) => ({ rank: everywhere(`#${i}`), winners: 1, amount: 1, unit: 'WXTM' });
  const L = CONTEST_LIMITS;

  /** Each limit, one past it: where the contest fails and what it says. */
  const OVER: [sentence: string, change: (c: Contest) => void, path: string, message: RegExp][] = [
    ['eleven required tags fail at "tags"', (c) => (c.tags = Array.from({ length: L.tags + 1 }, (_, i) => tag(i))), 'tags', /at most 10 required tags/],
    [
      'ten thousand tags (the issue\'s 275 ms per keystroke) fail at "tags"',
      (c) => (c.tags = Array.from({ length: 10_000 }, (_, i) => tag(i))),
      'tags',
      /at most 10 required tags/,
    ],
    [
      'six alternative forms of one tag fail at its alternatives',
      (c) => (c.tags[0].alternatives = Array.from({ length: L.alternatives + 1 }, (_, i) => ({ text: `Alt${i}`, style: 'weibo' }))),
      'tags.0.alternatives',
      /at most 5 alternative forms/,
    ],
    ['a tag of 65 characters fails at its text', (c) => (c.tags[0].text = text(L.tagText + 1)), 'tags.0.text', /at most 64 characters/],
    [
      'an alternative of 65 characters fails at its text',
      (c) => (c.tags[1].alternatives = [{ text: text(65), style: 'single' }]),
      'tags.1.alternatives.0.text',
      /at most 64 characters/,
    ],
    ['an English name of 101 characters fails at name.en', (c) => (c.name.en = text(L.shortText + 1)), 'name.en', /at most 100 characters/],
    [
      'a prize rank of 101 characters fails at its language',
      (c) => (c.prizes[0].rank['zh-Hant'] = text(101, '獎')),
      'prizes.0.rank.zh-Hant',
      /at most 100 characters/,
    ],
    ['a rule of 501 characters fails at its language', (c) => (c.rules[2].en = text(L.longText + 1)), 'rules.2.en', /at most 500 characters/],
    ['31 rules fail at "rules"', (c) => (c.rules = Array.from({ length: L.rules + 1 }, () => everywhere('Be original'))), 'rules', /at most 30 rules/],
    ['51 prize rows fail at "prizes"', (c) => (c.prizes = Array.from({ length: L.prizes + 1 }, (_, i) => prize(i))), 'prizes', /at most 50 prize rows/],
    ['a prize unit of 21 characters fails at its unit', (c) => (c.prizes[1].unit = text(L.unit + 1, 'W')), 'prizes.1.unit', /at most 20 characters/],
    ['a pool unit of 21 characters fails at pool.unit', (c) => (c.pool = { amount: 1, unit: text(21, 'W') }), 'pool.unit', /at most 20 characters/],
    [
      'an OCR keyword list of 51 words fails at the list',
      (c) => (c.screenshot.signals.deposit = { titles: { en: Array.from({ length: L.keywords + 1 }, (_, i) => `w${i}`) }, distinctive: {} }),
      'screenshot.signals.deposit.titles.en',
      /at most 50 words/,
    ],
    [
      'an OCR keyword of 65 characters fails at the keyword',
      (c) => (c.screenshot.signals.trade = { titles: {}, distinctive: { 'zh-Hans': [text(L.keyword + 1)] } }),
      'screenshot.signals.trade.distinctive.zh-Hans.0',
      /at most 64 characters/,
    ],
    [
      'eleven token symbols fail at the symbols',
      (c) => (c.screenshot.token.symbols = Array.from({ length: L.tokens + 1 }, (_, i) => `T${i}`)),
      'screenshot.token.symbols',
      /at most 10 symbols/,
    ],
    [
      'a token symbol of 21 characters fails at the symbol',
      (c) => (c.screenshot.token.symbols = [text(21, 'W')]),
      'screenshot.token.symbols.0',
      /at most 20 characters/,
    ],
    ['a token name of 65 characters fails at the name', (c) => (c.screenshot.token.names = [text(65)]), 'screenshot.token.names.0', /at most 64 characters/],
    [
      'five screenshot kinds fail at the kinds',
      (c) => (c.screenshot.kinds = ['deposit', 'trade', 'candydrop', 'staking', 'trade']),
      'screenshot.kinds',
      /at most 4 kinds/,
    ],
    ['an address of 2,049 characters fails at "url"', (c) => (c.url = `https://www.gate.com/${text(L.url - 20)}`), 'url', /at most 2048 characters/],
    [
      'a contest of 136 KB with every part within its limit fails as a whole',
      (c) => (c.rules = Array.from({ length: L.rules }, () => everywhere(text(L.longText, '規')))),
      '',
      /^the contest is 1\d\d KB as JSON; at most 64 KB$/,
    ],
  ];

  test.each(OVER)('%s', (_sentence, change, path, message) => {
    const result = parseContest(JSON.parse(JSON.stringify(seedWith(change))));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([path]);
    expect(result.issues[0].message).toMatch(message);
  });

  /** Each limit, met exactly: accepted. */
  const AT: [sentence: string, change: (c: Contest) => void][] = [
    ['ten required tags', (c) => (c.tags = Array.from({ length: L.tags }, (_, i) => tag(i)))],
    ['a Weibo tag of 64 characters, as the hashtag definition allows', (c) => (c.tags[0].text = text(L.tagText))],
    ['five alternative forms', (c) => (c.tags[0].alternatives = Array.from({ length: L.alternatives }, (_, i) => ({ text: `Alt${i}`, style: 'weibo' })))],
    ['names of 100 characters in each language', (c) => (c.name = everywhere(text(L.shortText, '名')))],
    [
      '50 prize rows and 30 rules of 500 characters in English',
      (c) => {
        c.prizes = Array.from({ length: L.prizes }, (_, i) => prize(i));
        c.rules = Array.from({ length: L.rules }, () => ({ 'zh-Hant': '原創', 'zh-Hans': '原创', en: text(L.longText) }));
      },
    ],
    [
      '50 OCR keywords of 64 characters in one list',
      (c) =>
        (c.screenshot.signals.candydrop = { titles: { en: Array.from({ length: L.keywords }, (_, i) => `${i}`.padEnd(L.keyword, 'k')) }, distinctive: {} }),
    ],
  ];

  test.each(AT)('accepts %s', (_sentence, change) => {
    const result = parseContest(JSON.parse(JSON.stringify(seedWith(change))));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
