/**
 * The command-line checker, run as a real process (bundled once by tests/cli/bundle.ts, so neither
 * tsx's start nor npm's banner lines are in the way of each case). `npm run -s check-post` is
 * exercised once to prove the script entry is wired.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundleScript } from './bundle';
import { BUILTIN_CONTESTS } from '../../lib/contests';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCRIPT = bundleScript('check-post');
const ARTICLE = readFileSync(new URL('../conformance/seed-article.txt', import.meta.url), 'utf8');
const TAGS = '\n#WXTM创作大赛# #WXTM#';
const OPEN = '2025-08-10T12:00:00+08:00';
const dir = mkdtempSync(join(tmpdir(), 'check-post-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function cli(args: string[], input?: string, env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(stdout: string) {
  // Exactly one JSON object: parsing the whole of stdout must succeed.
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('check-post --json', () => {
  test("the seed's sample article from standard input: 1747 字, both tags missing, exit 1", () => {
    const r = cli(['--json', '--now', OPEN, '-'], ARTICLE);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(json(r.stdout)).toMatchObject({
      contest: 'wxtm-2025',
      count: 1747,
      minimum: 100,
      lengthOk: true,
      tagsFound: [],
      tagsMissing: ['#WXTM创作大赛#', '#WXTM#'],
      nearMisses: [],
      phase: 'open',
      msLeft: 60 * 3_600_000,
      pass: false,
    });
  });

  test('the article with both tags, from a file, passes with exit 0', () => {
    const r = cli(['--json', '--now', OPEN, file('good.txt', ARTICLE + TAGS)]);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ count: 1747, tagsFound: ['#WXTM创作大赛#', '#WXTM#'], tagsMissing: [], pass: true });
  });

  test('near misses carry what was expected, what was found and why', () => {
    const r = cli(['--json', '--now', OPEN], `${'字'.repeat(100)}\n#WXTM創作大賽# ＃WXTM＃`);
    expect(r.code).toBe(1);
    expect(json(r.stdout).nearMisses).toMatchObject([
      { expected: '#WXTM创作大赛#', found: '#WXTM創作大賽#', reason: 'traditional', fix: '#WXTM创作大赛#' },
      { expected: '#WXTM#', found: '＃WXTM＃', reason: 'fullwidth-hash', fix: '#WXTM#' },
    ]);
  });

  test('after the deadline the phase is closed and the post fails', () => {
    const r = cli(['--json', '--now', '2025-08-13T00:00:00+08:00'], ARTICLE + TAGS);
    expect(r.code).toBe(1);
    expect(json(r.stdout)).toMatchObject({ phase: 'closed', msLeft: 0, pass: false });
  });

  test('a contest file with single-# tags and a word minimum is used as given', () => {
    const contest = {
      ...BUILTIN_CONTESTS[0],
      id: 'creator-leaderboard',
      length: { min: 5, unit: 'words' },
      tags: [{ text: 'CreatorLeaderboard', style: 'single' }],
      screenshot: { requirement: 'none', token: { symbols: ['GT'] } },
    };
    const path = file('contest.json', JSON.stringify(contest));
    const r = cli(['--json', '--contest', path, '--now', OPEN], 'My five word long post #CreatorLeaderboard');
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ contest: 'creator-leaderboard', count: 5, unit: 'words', tagsFound: ['#CreatorLeaderboard'], pass: true });
  });

  test('npm run -s check-post prints the same single JSON object', () => {
    const result = spawnSync('npm', ['run', '-s', 'check-post', '--', '--json', '--now', OPEN, '-'], {
      cwd: ROOT,
      input: ARTICLE,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(json(result.stdout)).toMatchObject({ count: 1747, pass: false });
  });
});

describe('check-post readable checklist', () => {
  test.each([
    ['English with --lang en', ['--lang', 'en'], {}, ['1747 字, at least 100 needed: met', 'Tag #WXTM创作大赛# is missing', 'item(s) still to fix']],
    ['Traditional Chinese by default', [], {}, ['字數 1747,已達 100 字', '缺少標籤 #WXTM#', '距截止 2 天 12 小時 0 分']],
    ['Simplified Chinese from LANG=zh_CN.UTF-8', [], { LANG: 'zh_CN.UTF-8' }, ['字数 1747', '缺少标签 #WXTM#']],
    ['English from LANG=en_US.UTF-8', [], { LANG: 'en_US.UTF-8' }, ['Tag #WXTM# is missing']],
  ])('%s', (_name, args, env, lines) => {
    const r = cli(['--now', OPEN, ...args], ARTICLE, env);
    expect(r.code).toBe(1);
    for (const line of lines) expect(r.stdout).toContain(line);
  });

  test('a near miss shows its position and its fix', () => {
    const r = cli(['--lang', 'en', '--now', OPEN], `${'字'.repeat(100)} #WXTM创作大赛 #WXTM#`);
    expect(r.stdout).toContain('#WXTM创作大赛 lacks the closing #');
    expect(r.stdout).toContain('at 101–110: "#WXTM创作大赛" → "#WXTM创作大赛#"');
  });
});

describe('check-post bad input (exit 2, message on stderr)', () => {
  test.each([
    ['an unreadable post file', () => ['--now', OPEN, join(dir, 'missing.txt')], /cannot read post file .*missing\.txt \(ENOENT\)/],
    ['a post that is not UTF-8', () => ['--now', OPEN, file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))], /not valid UTF-8/],
    [
      'a contest file failing the schema, with the failing path',
      () => ['--contest', new URL('../fixtures/contests/tag-written-with-hashes.json', import.meta.url).pathname, '--now', OPEN],
      /not a valid contest:\n {2}at tags\.1\.text: a tag is written without its # signs/,
    ],
    [
      'a contest file that is not JSON',
      () => ['--contest', new URL('../fixtures/contests/not-json.json', import.meta.url).pathname],
      /at \(root\): not valid JSON/,
    ],
    ['an unreadable contest file', () => ['--contest', join(dir, 'none.json')], /cannot read contest file/],
    ['an unknown contest id', () => ['--contest', 'wxtm-2026'], /unknown contest "wxtm-2026"; built-in: wxtm-2025/],
    ['a time without an offset', () => ['--now', '2025-08-10 12:00'], /--now "2025-08-10 12:00" is not an ISO 8601 time with an offset/],
    ['an unknown language', () => ['--lang', 'fr'], /--lang must be one of zh-Hant, zh-Hans, en/],
    ['an unknown option', () => ['--verbose'], /unknown option --verbose/],
    ['an option without its value', () => ['--now'], /--now needs a value/],
    ['two post files', () => ['a.txt', 'b.txt'], /only one post file/],
  ])('%s', (_name, args, message) => {
    const r = cli(args(), 'text');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  test('--help prints the usage and exits 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: check-post/);
  });
});
