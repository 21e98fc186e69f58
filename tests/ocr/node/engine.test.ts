/**
 * The real tesseract.js (wasm) on a few corpus images, in Node, through the same engine the
 * extension uses; and the CLI under a network blocker, to prove nothing is ever downloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findContest } from '../../../lib/contests';
import { createNodeOcrEngine } from '../../../lib/ocr/node/engine';
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
    const r = spawnSync(
      process.execPath,
      ['--require', join(ROOT, 'tests', 'ocr', 'no-network.cjs'), '--import', 'tsx', join(ROOT, 'scripts', 'check-screenshot.ts'), '--json', '--lang', 'en', good, fake, join(dir, 'missing.jpg')],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/NETWORK ATTEMPT/);
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ file: good, kind: 'trade', token: true });
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(['file', 'kind', 'token', 'confidence', 'evidence', 'ms']));
    expect(lines[1]).toMatchObject({ file: fake, error: 'not-an-image' });
    expect(lines[2]).toMatchObject({ error: 'no-such-file' });
    expect(r.stderr).toMatch(/notes\.png: cannot read: not an image/);
    expect(existsSync(join(ROOT, 'eng.traineddata'))).toBe(false);
  });

  test('the network blocker itself works (a fetch in a worker thread is caught)', () => {
    const r = spawnSync(
      process.execPath,
      ['--require', join(ROOT, 'tests', 'ocr', 'no-network.cjs'), '-e', "new (require('node:worker_threads').Worker)(\"fetch('https://cdn.jsdelivr.net/x').catch(()=>{})\", { eval: true })"],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(r.stderr).toMatch(/NETWORK ATTEMPT \(worker\): fetch https:\/\/cdn\.jsdelivr\.net/);
  });
});
