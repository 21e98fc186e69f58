import { describe, expect, test } from 'vitest';
import {
  BUILTIN_CONTESTS,
  CONTEST_LIMITS,
  DEFAULT_CONTEST_ID,
  findContest,
  jsonErrorAt,
  jsonProblem,
  jsonProblemMsg,
  parseContest,
  parseContestJson,
} from '../../lib/contests';

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

  test.each([
    ['an empty file', '', { kind: 'empty' }],
    ['only spaces and newlines', '  \n\t\n', { kind: 'empty' }],
    ['a file cut short inside the object', '{"schemaVersion": 1,', { kind: 'ends-early' }],
    ['a file cut short inside a string', '{"id": "wxtm', { kind: 'ends-early' }],
    ['a double comma', '{"schemaVersion": 1,, "id": "x"}', { kind: 'syntax', line: 1, column: 21, excerpt: '{"schemaVersion": 1,, "id": "x"}' }],
    [
      'a missing comma on the third line, placed on its own line',
      '{\n  "id": "x",\n  "length": { "min": 300 }\n  "tags": []\n}',
      { kind: 'syntax', line: 4, column: 3, excerpt: '"tags": []' },
    ],
    ['text after the JSON', '{} and more', { kind: 'syntax', line: 1, column: 4, excerpt: '{} and more' }],
  ])('text that is not JSON says why and where: %s', (_sentence, text, problem) => {
    const result = parseContestJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.json).toEqual(problem);
  });

  test.each([
    ['a trailing comma in a list (V8 names no position for it)', '{"tags": [1,]}', 12],
    ['a word cut short', '{"a": tru}', 6],
    ['a leading zero', '{"a": 01}', 7],
    ['a raw newline inside a string', '{"a": "x\ny"}', 8],
    ['a bad escape', '{"a": "\\x"}', 8],
    ['a short unicode escape', '{"a": "\\u12g4"}', 11],
    ['a key without quotes', '{a: 1}', 1],
    ['a closing bracket of the wrong kind', '[1, 2}', 5],
    ['a second value', '{} {}', 3],
    ['nothing wrong', ' {"a": [1, -2.5e3, true, null, "\\u00e9"]} ', -1],
  ])('where a text stops being JSON: %s', (_sentence, text, at) => {
    expect(jsonErrorAt(text)).toBe(at);
    if (at >= 0) expect(() => JSON.parse(text)).toThrow();
    else expect(() => JSON.parse(text)).not.toThrow();
  });

  test('nesting deeper than the stack has no place, and is still no JSON', () => {
    const deep = '['.repeat(200_000);
    expect(jsonProblem(deep)).toEqual({ kind: 'syntax-unplaced' });
    expect(parseContestJson(deep)).toMatchObject({ ok: false, json: { kind: 'syntax-unplaced' } });
  });

  test('a long line is shown around the place, not whole', () => {
    const text = `{"rules": [${'"x", '.repeat(40)}}`;
    const result = parseContestJson(text);
    if (result.ok || result.json?.kind !== 'syntax') throw new Error('expected a syntax problem');
    expect(result.json.excerpt.length).toBeLessThanOrEqual(42);
    expect(result.json.excerpt).toMatch(/^….*}$/);
  });

  test('a byte-order mark (a file saved by Notepad) is no problem', () => {
    expect(parseContestJson(`\uFEFF${JSON.stringify(BUILTIN_CONTESTS[0])}`).ok).toBe(true);
  });

  test('each problem is a sentence of the options page', () => {
    expect(jsonProblemMsg({ kind: 'syntax', line: 4, column: 3, excerpt: '"tags"' })).toEqual({
      key: 'options.json.syntax',
      params: { line: 4, column: 3, excerpt: '"tags"' },
    });
    expect(jsonProblemMsg({ kind: 'ends-early' })).toEqual({ key: 'options.json.endsEarly' });
  });

  test("a 12 MB paste (the issue's storage quota error) is refused at the root before it is parsed", () => {
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
