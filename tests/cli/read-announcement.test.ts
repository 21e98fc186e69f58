/**
 * The command-line announcement reader, run as a real process (bundled once by tests/cli/bundle.ts,
 * so neither tsx's start nor npm's banner lines are in the way of each case). `npm run -s
 * read-announcement` is exercised once to prove the script entry is wired.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundleScript } from './bundle';
import { parseContest } from '../../lib/contests';
import { readAnnouncement } from '../../lib/contests/announcement';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCRIPT = bundleScript('read-announcement');
const REAL = new URL('../fixtures/announcements/real/', import.meta.url);
const real = (name: string) => new URL(`${name}.txt`, REAL).pathname;
const NOW = '2030-01-01T00:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'read-announcement-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exactly one JSON object: parsing the whole of stdout must succeed. */
const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

describe('read-announcement --json', () => {
  test("a real announcement from a file: one object {contest, found, missing, warnings}, the contest in the schema's shape", () => {
    const r = cli(['--json', '--now', NOW, real('public-contest-zh-hant')]);
    expect(r.stderr).toBe('');
    const out = json(r.stdout);
    expect(Object.keys(out)).toEqual(['contest', 'found', 'missing', 'warnings']);
    const parsed = parseContest(out.contest);
    expect(parsed.ok).toBe(true);
    expect(out.contest).toMatchObject({
      tags: [{ text: 'PUBLIC创作大赛', style: 'weibo' }],
      length: { min: 100, unit: 'zi' },
      window: { start: '2025-08-18T10:00:00Z', end: '2025-08-22T16:00:00Z', displayOffset: 'Z' },
      screenshot: { requirement: 'required', kinds: ['staking'], token: { symbols: ['PUBLIC'] } },
    });
    expect(out.missing).toEqual([]);
    expect((out.warnings as { code: string }[]).map((w) => w.code)).toEqual(['screenshot-conflict']);
    // Warnings, no gaps: something to review, exit 1.
    expect(r.code).toBe(1);
  });

  test('standard input gives the same object as the library', () => {
    const text = readFileSync(real('my-2026-first-post-zh-hant'), 'utf8');
    const r = cli(['--json', '--now', NOW, '-'], text);
    const { contest, found, missing, warnings } = readAnnouncement(text, { now: Date.parse(NOW) });
    expect(json(r.stdout)).toEqual(JSON.parse(JSON.stringify({ contest, found, missing, warnings })));
    expect(r.code).toBe(1);
  });

  test('a complete announcement without doubts exits 0: every field found, no warning', () => {
    const path = new URL('../fixtures/announcements/sol-english-word-minimum.txt', import.meta.url).pathname;
    const r = cli(['--json', '--now', NOW, path]);
    const out = json(r.stdout);
    expect(out.missing).toEqual([]);
    expect(out.warnings).toEqual([]);
    expect(parseContest(out.contest).ok).toBe(true);
    expect(r.code).toBe(0);
  });

  test('gaps alone make exit 1: a text with no contest in it', () => {
    const r = cli(['--json', '--now', NOW], 'Hello world.');
    expect(r.code).toBe(1);
    expect(json(r.stdout).warnings).toEqual([]);
    expect((json(r.stdout).missing as unknown[]).length).toBeGreaterThan(0);
  });

  test('--published gives a year the text leaves out, without a doubt; without it the year is assumed from --now', () => {
    const text = '活動時間:9月20日 20:00 至 9月27日 20:00 (UTC+8)\n添加話題: #BTC行情觀點#';
    const withDate = json(cli(['--json', '--now', NOW, '--published', '2025-09-01'], text).stdout);
    expect(withDate.contest).toMatchObject({ window: { start: '2025-09-20T20:00:00+08:00', end: '2025-09-27T20:00:00+08:00' } });
    expect((withDate.warnings as { code: string }[]).map((w) => w.code)).not.toContain('year-assumed');
    const withoutDate = json(cli(['--json', '--now', NOW], text).stdout);
    expect(withoutDate.contest).toMatchObject({ window: { start: '2030-09-20T20:00:00+08:00' } });
    expect((withoutDate.warnings as { code: string }[]).map((w) => w.code)).toContain('year-assumed');
  });

  test('npm run -s read-announcement prints the same single JSON object', () => {
    const result = spawnSync('npm', ['run', '-s', 'read-announcement', '--', '--json', '--now', NOW, real('ptb-contest-en')], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(json(result.stdout).contest).toMatchObject({ tags: [{ text: 'PTB Creative Contest', style: 'weibo' }], length: { min: 80, unit: 'words' } });
  });
});

describe('read-announcement report', () => {
  test('names the contest, then what was found (with lines), what is missing and each warning', () => {
    const r = cli(['--now', NOW, real('first-post-newcomer-zh-hant')]);
    expect(r.code).toBe(1);
    for (const line of [
      'Tags: #我在广场发首帖',
      'Minimum: 31 字',
      'Found (',
      'length.min',
      '[line 16]',
      'Missing (',
      'window.start: no contest window found: set the start',
      'Warnings (',
      '! length-more-than on length.min [line 16]: "more than 30" read as a minimum of 31',
      '! window-open-ended on window.end [line 4]',
      '✘ review before saving',
    ]) {
      expect(r.stdout).toContain(line);
    }
  });

  test("the window is shown in the announcement's zone, a midnight end as 24:00", () => {
    const r = cli(['--now', NOW], '活動時間:2025年8月7日 17:00 - 8月12日 24:00(UTC+8)');
    expect(r.stdout).toContain('Window: 2025-08-07 17:00 (UTC+8) – 2025-08-12 24:00 (UTC+8)');
  });
});

describe('read-announcement bad input (exit 2, message on stderr)', () => {
  test.each([
    ['a missing file', () => ['--now', NOW, join(dir, 'missing.txt')], /cannot read announcement file .*missing\.txt \(ENOENT\)/],
    ['a directory', () => ['--now', NOW, dir], /cannot read announcement file .* \(EISDIR\)/],
    ['a file that is not UTF-8', () => ['--now', NOW, file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))], /not valid UTF-8/],
    ['an empty file', () => ['--now', NOW, file('empty.txt', '')], /announcement file .*empty\.txt is empty/],
    ['a file of blank lines and a BOM', () => ['--now', NOW, file('blank.txt', '\ufeff\n  \n\t\n')], /is empty/],
    [
      'a time without an offset',
      () => ['--now', '2025-08-10 12:00', real('ptb-contest-en')],
      /--now "2025-08-10 12:00" is not an ISO 8601 time with an offset/,
    ],
    ['a date that does not exist', () => ['--published', '2025-02-30', real('ptb-contest-en')], /--published "2025-02-30" is not a date YYYY-MM-DD/],
    ['a published time instead of a day', () => ['--published', '2025-08-10T12:00:00Z', real('ptb-contest-en')], /--published .* is not a date/],
    ['an unknown option', () => ['--verbose'], /unknown option --verbose/],
    ['an option without its value', () => ['--now'], /--now needs a value/],
    ['two files', () => ['a.txt', 'b.txt'], /only one announcement file/],
  ])('%s', (_name, args, message) => {
    const r = cli(args(), 'text');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  test('empty standard input', () => {
    const r = cli(['--now', NOW, '-'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/standard input is empty/);
  });

  test('--help prints the usage and exits 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: read-announcement/);
  });
});
