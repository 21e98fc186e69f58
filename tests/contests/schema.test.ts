import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS, ContestSchema, parseContestJson } from '../../lib/contests';

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
