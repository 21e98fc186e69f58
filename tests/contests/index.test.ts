import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS, DEFAULT_CONTEST_ID, findContest, parseContest, parseContestJson } from '../../lib/contests';

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
});
