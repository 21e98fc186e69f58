/**
 * The browser decoder (createImageBitmap + canvas) in real Chromium, through the same shared
 * prepareImage as Node: both platforms must agree on sizes, inversion and failure reasons.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeNode } from '../../lib/ocr/node/decode';
import { prepareImage } from '../../lib/ocr/prepare';
import { isOcrFailure } from '../../lib/ocr/types';
import { animatedGif, bigRgbaPng, grayPng } from './images';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'ocr');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  const bundle = await build({
    stdin: {
      contents: "export { decodeInBrowser } from './lib/ocr/browser-decode'; export { prepareImage } from './lib/ocr/prepare';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'ocr',
    platform: 'browser',
    write: false,
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

type Result = { width: number; height: number; inverted: boolean } | { reason: string };

async function inBrowser(bytes: Uint8Array): Promise<Result> {
  return page.evaluate(async (b64) => {
    const s = atob(b64);
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    // @ts-expect-error the bundle's global
    const { prepareImage, decodeInBrowser } = window.ocr;
    try {
      const p = await prepareImage(bytes, decodeInBrowser);
      return { width: p.width, height: p.height, inverted: p.inverted };
    } catch (e) {
      return { reason: (e as { reason?: string }).reason ?? `threw ${String(e)}` };
    }
  }, Buffer.from(bytes).toString('base64'));
}

async function inNode(bytes: Uint8Array): Promise<Result> {
  try {
    const p = await prepareImage(bytes, decodeNode);
    return { width: p.width, height: p.height, inverted: p.inverted };
  } catch (e) {
    if (isOcrFailure(e)) return { reason: e.reason };
    throw e;
  }
}

const png = readFileSync(join(FIXTURES, 'deposit-wxtm-zh-hant-dark-desktop.png'));
const jpg = readFileSync(join(FIXTURES, 'spot-wxtm-en-light-phone.jpg'));

describe.skipIf(!existsSync(CHROMIUM))('decodeInBrowser agrees with the Node decoder', () => {
  test.each<[string, () => Uint8Array | Promise<Uint8Array>]>([
    ['a dark desktop PNG', () => png],
    ['a light phone JPEG', () => jpg],
    ['an animated GIF (first frame)', () => animatedGif(200, 120)],
    ['a truncated PNG', () => png.subarray(0, png.length >> 1)],
    ['an SVG', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>')],
    ['a 1×1 PNG', () => grayPng(1, 1, () => 0)],
    ['0 bytes', () => new Uint8Array(0)],
  ])('%s', async (_name, bytes) => {
    const b = await bytes();
    expect(await inBrowser(b)).toEqual(await inNode(b));
  });

  test('a 56-megapixel PNG is shrunk while decoding in the browser too', async () => {
    const big = await bigRgbaPng(8000, 7000);
    const r = await inBrowser(big);
    expect(r).not.toHaveProperty('reason');
    const { width, height } = r as { width: number; height: number };
    expect(width * height).toBeLessThanOrEqual(6_000_000);
  }, 60_000);
});
