/**
 * The real tesseract.js (wasm) on a few corpus images, in Node, through the same engine the
 * extension uses; and the CLI under a network blocker, to prove nothing is ever downloaded.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findContest } from '../../../lib/contests';
import { createNodeOcrEngine, isPrivateDir, nodeLangPath, placeFile, privateCacheDir, TESS_LANGS, traineddataFile } from '../../../lib/ocr/node/engine';
import type { LangHint } from '../../../lib/ocr/types';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'ocr');
const rule = findContest('wxtm-2025')!.screenshot;
const engine = createNodeOcrEngine();
afterAll(() => engine.terminate());

describe('real OCR (tesseract.js in Node)', () => {
  test.each<[string, LangHint, string, boolean, string]>([
    ['deposit-wxtm-zh-hant-dark-desktop.png', 'zh-Hant', 'deposit', true, 'token-activity'],
    ['spot-btc-zh-hant-light-phone.jpg', 'zh-Hant', 'trade', false, 'other-coin'],
    ['candydrop-wxtm-en-light-phone.jpg', 'en', 'candydrop', true, 'token-activity'],
    ['square-wxtm-en-dark-phone.jpg', 'en', 'none', true, 'mentions-token-only'],
  ])('%s (%s) reads as %s, token %s (%s)', async (file, hint, kind, token, reason) => {
    const r = await engine.read(readFileSync(join(FIXTURES, file)), { rule, langHint: hint });
    if (!r.ok) throw new Error(`${file}: ${r.reason} ${r.detail}`);
    expect(r.verdict).toMatchObject({ kind, token, reason });
    if (kind !== 'none') expect(r.verdict.evidence.length).toBeGreaterThanOrEqual(2);
  });

  test('no traineddata is written to the working directory (cacheMethod none)', () => {
    expect(readdirSync(ROOT).filter((f) => f.endsWith('.traineddata'))).toEqual([]);
  });
});

describe('npm run check-screenshot, with every network call blocked', () => {
  test('reads, prints one JSON line per file, exits 2 for unreadable input, never touches the network', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocr-cli-'));
    const fake = join(dir, 'notes.png');
    writeFileSync(fake, 'this is text, not a picture\n');
    const good = join(FIXTURES, 'orders-wxtm-en-light-desktop.png');
    const news = join(FIXTURES, 'news-wxtm-en-light-desktop.png');
    const r = spawnSync(
      process.execPath,
      [
        '--require',
        join(ROOT, 'tests', 'ocr', 'no-network.cjs'),
        '--import',
        'tsx',
        join(ROOT, 'scripts', 'check-screenshot.ts'),
        '--json',
        '--lang',
        'en',
        good,
        fake,
        join(dir, 'missing.jpg'),
        news,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/NETWORK ATTEMPT/);
    expect(r.status).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    // A news item that mentions WXTM: the same "not proof" the panel shows.
    expect(lines[3]).toMatchObject({ file: news, state: 'not-proof', kind: 'none', reason: 'mentions-token-only' });
    expect(lines[0]).toMatchObject({ file: good, state: 'confirmed', kind: 'trade', token: true });
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(['file', 'state', 'kind', 'token', 'confidence', 'evidence', 'ms', 'reason']));
    expect(lines[1]).toMatchObject({ file: fake, error: 'not-an-image' });
    expect(lines[2]).toMatchObject({ error: 'no-such-file' });
    expect(r.stderr).toMatch(/notes\.png: cannot read: not an image/);
    expect(existsSync(join(ROOT, 'eng.traineddata'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  test('the network blocker itself works (a fetch in a worker thread is caught)', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--require',
        join(ROOT, 'tests', 'ocr', 'no-network.cjs'),
        '-e',
        "new (require('node:worker_threads').Worker)(\"fetch('https://cdn.jsdelivr.net/x').catch(()=>{})\", { eval: true })",
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(r.stderr).toMatch(/NETWORK ATTEMPT \(worker\): fetch https:\/\/cdn\.jsdelivr\.net/);
  });
});

describe('the traineddata cache in the shared temp folder', () => {
  const uid = process.getuid?.() ?? 'u';
  const roots: string[] = [];
  const fresh = () => {
    const root = mkdtempSync(join(tmpdir(), 'ocr-cache-test-'));
    roots.push(root);
    return root;
  };
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  test('a private directory (0700, ours) holding regular files, never links', () => {
    const root = fresh();
    const dir = nodeLangPath(root);
    expect(dir).toBe(join(root, `gate-ocr-tessdata-${uid}`));
    expect(lstatSync(dir).mode & 0o777).toBe(0o700);
    for (const lang of TESS_LANGS) {
      const file = join(dir, `${lang}.traineddata.gz`);
      expect(lstatSync(file).isFile()).toBe(true);
      expect(readFileSync(file).equals(readFileSync(traineddataFile(lang)))).toBe(true);
    }
    // Written under temporary names and renamed: none left behind.
    expect(readdirSync(dir).sort()).toEqual(TESS_LANGS.map((l) => `${l}.traineddata.gz`).sort());
  });

  test('a directory planted as a symlink under our name is not used, nor written through', () => {
    const root = fresh();
    const attacker = join(root, 'attacker');
    mkdirSync(attacker);
    symlinkSync(attacker, join(root, `gate-ocr-tessdata-${uid}`));
    const dir = nodeLangPath(root);
    expect(dir).not.toBe(join(root, `gate-ocr-tessdata-${uid}`));
    expect(lstatSync(dir).isDirectory()).toBe(true);
    expect(lstatSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(attacker)).toEqual([]);
  });

  test('a directory others can write to is not used', () => {
    const root = fresh();
    const open = join(root, `gate-ocr-tessdata-${uid}`);
    mkdirSync(open);
    chmodSync(open, 0o777);
    const dir = privateCacheDir(root);
    expect(dir).not.toBe(open);
    expect(readdirSync(open)).toEqual([]);
  });

  test('a directory owned by someone else is not private', () => {
    const stats = (over: Partial<{ uid: number; mode: number; dir: boolean; link: boolean }>) => {
      const s = { uid: 1000, mode: 0o40700, dir: true, link: false, ...over };
      return { uid: s.uid, mode: s.mode, isDirectory: () => s.dir, isSymbolicLink: () => s.link };
    };
    expect(isPrivateDir(stats({}), 1000)).toBe(true);
    expect(isPrivateDir(stats({ uid: 1001 }), 1000)).toBe(false);
    expect(isPrivateDir(stats({ mode: 0o40755 }), 1000)).toBe(true); // readable by others: public data, fine
    expect(isPrivateDir(stats({ mode: 0o40770 }), 1000)).toBe(false);
    expect(isPrivateDir(stats({ mode: 0o40703 }), 1000)).toBe(false);
    expect(isPrivateDir(stats({ link: true }), 1000)).toBe(false);
    expect(isPrivateDir(stats({ dir: false }), 1000)).toBe(false);
  });

  test('a planted symlink in place of a language file is replaced, its target untouched', () => {
    const root = fresh();
    const dir = privateCacheDir(root);
    const victim = join(root, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'eng.traineddata.gz'));
    placeFile(traineddataFile('eng'), join(dir, 'eng.traineddata.gz'));
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, 'eng.traineddata.gz')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'eng.traineddata.gz')).equals(readFileSync(traineddataFile('eng')))).toBe(true);
  });

  test('a file of other bytes (a stale or cut copy) is replaced; the right one is kept as it is', () => {
    const root = fresh();
    const dir = privateCacheDir(root);
    const target = join(dir, 'chi_sim.traineddata.gz');
    writeFileSync(target, 'cut short');
    placeFile(traineddataFile('chi_sim'), target);
    expect(readFileSync(target).equals(readFileSync(traineddataFile('chi_sim')))).toBe(true);
    const inode = lstatSync(target).ino;
    placeFile(traineddataFile('chi_sim'), target);
    expect(lstatSync(target).ino).toBe(inode);
  });
});
