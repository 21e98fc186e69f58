import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS, CONTEST_LIMITS, DEFAULT_CONTEST_ID, findContest, parseContest, parseContestJson } from '../../lib/contests';

describe('contest loading', () => {
  test('the default contest is built in', () => {
    expect(findContest(DEFAULT_CONTEST_ID)).toBe(BUILTIN_CONTESTS[0]);
    expect(findContest('nope')).toBeUndefined();
  });

  test('an extra contest with the same id as a built-in wins', () => {
    const mine = { ...BUILTIN_CONTESTS[0], name: { ...BUILTIN_CONTESTS[0].name, en: 'Mine' } };
    expect(findContest(DEFAULT_CONTEST_ID, [mine])?.name.en).toBe('Mine');
  });

  test.each([
    ['null', null, ''],
    ['a number', 42, ''],
    ['an empty object', {}, 'schemaVersion'],
  ])('parseContest reports issues for %s, never throws', (_name, data, firstPath) => {
    const result = parseContest(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].path).toBe(firstPath);
  });

  test('parseContestJson reports a syntax error at the root', () => {
    const result = parseContestJson('{"schemaVersion": 1,');
    expect(result).toMatchObject({ ok: false, issues: [{ path: '' }] });
    if (!result.ok) expect(result.issues[0].message).toMatch(/^not valid JSON/);
  });

  test('a 12 MB paste (the issue\'s storage quota error) is refused at the root before it is parsed', () => {
    const huge = JSON.stringify({ ...BUILTIN_CONTESTS[0], rules: [{ 'zh-Hant': 'x', 'zh-Hans': 'x', en: 'x'.repeat(12_000_000) }] });
    const started = performance.now();
    const result = parseContestJson(huge);
    expect(performance.now() - started).toBeLessThan(100);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '', message: `the text has ${huge.length.toLocaleString('en')} characters; a contest is at most 64 KB as JSON` }],
    });
  });

  test('JSON text up to the reading limit is parsed (indentation has room)', () => {
    const pretty = JSON.stringify(BUILTIN_CONTESTS[0], null, 2);
    const padded = pretty.replace('{', `{${' '.repeat(CONTEST_LIMITS.jsonText - pretty.length)}`);
    expect(padded.length).toBe(CONTEST_LIMITS.jsonText);
    expect(parseContestJson(padded).ok).toBe(true);
    expect(parseContestJson(`${padded} `)).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });

  test('thousands of broken entries list the first 50 problems and count the rest', () => {
    const tags = Array.from({ length: 10 }, () => ({ text: '#bad#', style: 'weibo' }));
    const rules = Array.from({ length: 30 }, () => ({ 'zh-Hant': '', 'zh-Hans': '', en: '' }));
    const result = parseContest({ ...BUILTIN_CONTESTS[0], tags, rules });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(CONTEST_LIMITS.issues + 1);
    expect(result.issues[0].path).toBe('tags.0.text');
    expect(result.issues.at(-1)).toEqual({ path: '', message: 'and 50 more problems' });
  });
});
