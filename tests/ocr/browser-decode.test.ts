/**
 * The browser decoder in real Chromium, through the same shared prepareImage as Node: both
 * platforms must agree on sizes, inversion and failure reasons, bombs included; EXIF orientation
 * comes out upright on both of its paths (createImageBitmap, and ImageDecoder for big JPEGs).
 * Its pure parts (the gray area shrinker, the orientation) are checked here in Node as well.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GrayShrinker, orientGray } from '../../lib/ocr/browser-decode';
import { decodeNode } from '../../lib/ocr/node/decode';
import { prepareImage } from '../../lib/ocr/prepare';
import { isOcrFailure, type DecodeOptions } from '../../lib/ocr/types';
import { hugeBlackPng, hugeBmp, hugeFrameGif, hugeJpeg, hugeScreenGif, hugeWebp, idatBombPng, trailingDataPng } from './bombs';
import { decoderBundle, launchChromium, ROOT } from './decoder-page';
import { animatedGif, grayPng } from './images';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'ocr');

let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  const script = await decoderBundle();
  browser = await launchChromium();
  page = await browser.newPage();
  // An https page: a secure context, as extension pages are, so WebCodecs (ImageDecoder, VideoFrame) exists.
  await page.route('https://ocr.test/**', (route) => route.fulfill({ body: '<!doctype html><html><body></body></html>', contentType: 'text/html' }));
  await page.goto('https://ocr.test/');
  await page.addScriptTag({ content: script });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

type Result = { width: number; height: number; inverted: boolean } | { reason: string; detail?: string };

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
      return { reason: (e as { reason?: string }).reason ?? `threw ${String(e)}`, detail: String((e as Error).message) };
    }
  }, Buffer.from(bytes).toString('base64'));
}

async function inNode(bytes: Uint8Array): Promise<Result> {
  try {
    const p = await prepareImage(bytes, decodeNode);
    return { width: p.width, height: p.height, inverted: p.inverted };
  } catch (e) {
    if (isOcrFailure(e)) return { reason: e.reason, detail: e.message };
    throw e;
  }
}

interface Decoded {
  width: number;
  height: number;
  gray: number[];
  ms: number;
  usedImageDecoder: boolean;
}

/**
 * decodeInBrowser alone, with the sniffed header; `webCodecs: false` hides VideoFrame and
 * ImageDecoder (the canvas fallback); says whether ImageDecoder was constructed.
 */
async function decodeInPage(
  bytes: Uint8Array,
  options: Partial<DecodeOptions> & { webCodecs?: boolean; abortAfterMs?: number } = {},
): Promise<Decoded | { reason: string; detail: string; ms: number }> {
  return page.evaluate(
    async ({ b64, options }) => {
      const s = atob(b64);
      const bytes = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
      const g = globalThis as Record<string, unknown>;
      // @ts-expect-error the bundle's global
      const { decodeInBrowser, sniffImage } = window.ocr;
      const saved = { ImageDecoder: g.ImageDecoder, VideoFrame: g.VideoFrame };
      let usedImageDecoder = false;
      const Original = saved.ImageDecoder as new (init: unknown) => object;
      g.ImageDecoder = class extends Original {
        constructor(init: unknown) {
          super(init);
          usedImageDecoder = true;
        }
      };
      if (options.webCodecs === false) g.ImageDecoder = g.VideoFrame = undefined;
      const controller = new AbortController();
      if (options.abortAfterMs !== undefined) setTimeout(() => controller.abort(), options.abortAfterMs);
      const t0 = performance.now();
      try {
        const sniffed = sniffImage(bytes);
        const r = await decodeInBrowser(bytes, { ...sniffed, maxPixels: 16_000_000, ...options, signal: controller.signal });
        const gray = r.width * r.height <= 100_000 ? Array.from(r.data as Uint8Array) : [];
        return { width: r.width, height: r.height, gray, ms: performance.now() - t0, usedImageDecoder };
      } catch (e) {
        return { reason: (e as { reason?: string }).reason ?? `threw ${String(e)}`, detail: String((e as Error).message), ms: performance.now() - t0 };
      } finally {
        Object.assign(g, saved);
      }
    },
    { b64: Buffer.from(bytes).toString('base64'), options },
  );
}

const png = readFileSync(join(FIXTURES, 'deposit-wxtm-zh-hant-dark-desktop.png'));
const jpg = readFileSync(join(FIXTURES, 'spot-wxtm-en-light-phone.jpg'));

describe('decodeInBrowser agrees with the Node decoder', () => {
  test.each<[string, () => Uint8Array | Promise<Uint8Array>]>([
    ['a dark desktop PNG', () => png],
    ['a light phone JPEG', () => jpg],
    ['an animated GIF (first frame)', () => animatedGif(200, 120)],
    ['a truncated PNG', () => png.subarray(0, png.length >> 1)],
    ['an SVG', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>')],
    ['a 1×1 PNG', () => grayPng(1, 1, () => 0)],
    ['0 bytes', () => new Uint8Array(0)],
    ['a PNG whose IDAT inflates to 256 MB', () => idatBombPng(256 * 1024 * 1024)],
    ['a PNG with 473 KB after IEND', () => trailingDataPng()],
    ['a complete 20000×20000 PNG (389 KB)', () => hugeBlackPng()],
    ['a 35-byte GIF with a 10000² screen', () => hugeScreenGif()],
    ['a 35-byte GIF whose first frame is 10000²', () => hugeFrameGif()],
    ['a JPEG declaring 65500×65500', () => hugeJpeg()],
    ['a JPEG declaring 20000×20000', () => hugeJpeg(20_000, 20_000)],
  ])('%s', async (_name, bytes) => {
    const b = await bytes();
    expect(await inBrowser(b)).toEqual(await inNode(b));
  });

  test.each<[string, () => Uint8Array, string]>([
    ['a 30-byte lossless WebP of 16383²', () => hugeWebp(), 'too-large: 16383×16383 pixels; the limit is 30 megapixels'],
    ['an RLE BMP declaring 30000²', () => hugeBmp(), 'too-large: 30000×30000 pixels; the limit is 65535 pixels a side and 400 megapixels'],
    ['an RLE BMP declaring 8000²', () => hugeBmp(8000, 8000), 'too-large: 8000×8000 pixels; the limit is 30 megapixels'],
  ])('%s is refused before decoding (Node has no decoder for it)', async (_name, bytes, detail) => {
    const r = await inBrowser(bytes());
    expect(r).toEqual({ reason: 'too-large', detail });
  });

  test('bombs are refused by the decoder itself, at once, when handed the header directly', async () => {
    for (const bytes of [hugeBlackPng(), hugeScreenGif(), hugeFrameGif(), hugeWebp(), hugeBmp(8000, 8000)]) {
      const r = await decodeInPage(bytes);
      expect(r).toMatchObject({ reason: 'too-large' });
      expect(r.ms).toBeLessThan(100);
    }
  });

  test('a 49-megapixel PNG (just under the cap) is decoded and shrunk, the same size as in Node', async () => {
    const big = hugeBlackPng(7000, 7000);
    const r = await decodeInPage(big);
    expect(r).toMatchObject({ width: 3500, height: 3500 });
    const node = await decodeNode(big, { format: 'png', width: 7000, height: 7000, maxPixels: 16_000_000 });
    expect([node.width, node.height]).toEqual([3500, 3500]);
  }, 30_000);

  test('the abort signal: aborted mid-decode is cancelled; never aborted decodes', async () => {
    expect(await decodeInPage(hugeBlackPng(6000, 6000), { abortAfterMs: 1 })).toMatchObject({ reason: 'cancelled' });
    expect(await decodeInPage(png)).toMatchObject({ width: 1280, height: 800 });
  });
});

/** A 256×128 JPEG, black in its top-left 64×32 corner, stored with EXIF `orientation`. */
function cornerJpeg(orientation: number): Promise<Buffer> {
  const raw = Buffer.alloc(256 * 128, 255);
  for (let y = 0; y < 32; y++) raw.fill(0, y * 256, y * 256 + 64);
  return sharp(raw, { raw: { width: 256, height: 128, channels: 1 } })
    .jpeg({ quality: 95 })
    .withMetadata({ orientation })
    .toBuffer();
}

/** Where the dark corner is, in quarters of the upright image: "tl", "tr", "bl" or "br". */
function darkCorner(gray: ArrayLike<number>, width: number, height: number, channels = 1): string {
  const at = (fx: number, fy: number) => gray[(Math.floor(fy * height) * width + Math.floor(fx * width)) * channels];
  const corners = { tl: at(0.05, 0.05), tr: at(0.95, 0.05), bl: at(0.05, 0.95), br: at(0.95, 0.95) };
  return Object.entries(corners)
    .filter(([, v]) => v < 128)
    .map(([k]) => k)
    .join(',');
}

describe('EXIF orientation, both browser paths, as in Node', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation %i', async (orientation) => {
    const jpeg = await cornerJpeg(orientation);
    const node = await decodeNode(jpeg, { format: 'jpeg', width: 256, height: 128, maxPixels: 1e6 });
    const expected = darkCorner(node.data, node.width, node.height, node.channels);
    expect(expected).toHaveLength(2);

    // Small enough: createImageBitmap, which turns the image itself.
    const whole = (await decodeInPage(jpeg)) as Decoded;
    expect(whole.usedImageDecoder).toBe(false);
    expect([whole.width, whole.height]).toEqual([node.width, node.height]);
    expect(darkCorner(whole.gray, whole.width, whole.height)).toBe(expected);

    // Over the output limit: ImageDecoder shrinks while decoding (DCT 1/2) and we turn the result.
    const shrunk = (await decodeInPage(jpeg, { maxPixels: (256 * 128) / 4 })) as Decoded;
    expect(shrunk.usedImageDecoder).toBe(true);
    expect([shrunk.width, shrunk.height]).toEqual([node.width / 2, node.height / 2]);
    expect(darkCorner(shrunk.gray, shrunk.width, shrunk.height)).toBe(expected);
  });
});

describe('pixels: VideoFrame and canvas paths agree with Node', () => {
  test('without WebCodecs (the canvas fallback) the gray is the same', async () => {
    const small = await sharp(png).resize(320).png().toBuffer();
    const viaFrames = (await decodeInPage(small)) as Decoded;
    const viaCanvas = (await decodeInPage(small, { webCodecs: false })) as Decoded;
    expect(viaCanvas.gray.length).toBe(320 * 200);
    expect(viaCanvas.gray).toEqual(viaFrames.gray);
  });

  test('half-transparent colours are composited over white as in Node (premultiplied frames)', async () => {
    const rgba = Buffer.alloc(64 * 64 * 4);
    for (let i = 0; i < 64 * 64; i++)
      rgba.set(
        [
          [200, 30, 30, 128],
          [20, 160, 240, 60],
          [0, 0, 0, 255],
          [90, 90, 90, 0],
        ][i % 4],
        i * 4,
      );
    const bytes = await sharp(rgba, { raw: { width: 64, height: 64, channels: 4 } })
      .png()
      .toBuffer();
    const browserGray = ((await decodeInPage(bytes)) as Decoded).gray;
    const node = await decodeNode(bytes, { format: 'png', width: 64, height: 64, maxPixels: 1e6 });
    const nodeGray = Array.from({ length: 64 * 64 }, (_, i) => (node.data[i * 3] * 77 + node.data[i * 3 + 1] * 150 + node.data[i * 3 + 2] * 29) >> 8);
    const worst = Math.max(...browserGray.map((v, i) => Math.abs(v - nodeGray[i])));
    expect(worst).toBeLessThanOrEqual(3);
    expect(browserGray.slice(0, 4)).not.toEqual([255, 255, 255, 255]);
  });
});

describe('GrayShrinker (pure)', () => {
  const rgba = (w: number, h: number, f: (x: number, y: number) => number) => {
    const b = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) b.set([f(x, y), f(x, y), f(x, y), 255], (y * w + x) * 4);
    return b;
  };

  test('an integer factor is a box average', () => {
    const s = new GrayShrinker(4, 4, 2, 2);
    s.push(
      rgba(4, 4, (x, y) => (x < 2 && y < 2 ? 0 : x === 3 ? 200 : 100)),
      4,
      { order: 'rgb', alpha: 'none' },
    );
    expect(Array.from(s.out)).toEqual([0, 150, 100, 150]);
    expect(s.done).toBe(true);
  });

  test('a fractional factor weighs the shared edge pixel, fed a row at a time', () => {
    const src = rgba(3, 3, (x) => [0, 90, 180][x]);
    const s = new GrayShrinker(3, 3, 2, 2);
    for (let y = 0; y < 3; y++) s.push(src.subarray(y * 12, y * 12 + 12), 1, { order: 'rgb', alpha: 'none' });
    // Output column 0 covers x ∈ [0, 1.5): (0 + 0.5·90) / 1.5 = 30; column 1: (0.5·90 + 180) / 1.5 = 150.
    expect(Array.from(s.out)).toEqual([30, 150, 30, 150]);
  });

  test('BGR order and alpha: straight and premultiplied over white agree', () => {
    const straight = new GrayShrinker(1, 1, 1, 1);
    straight.push(new Uint8Array([0, 0, 255, 128]), 1, { order: 'bgr', alpha: 'straight' }); // red, half transparent
    const premultiplied = new GrayShrinker(1, 1, 1, 1);
    premultiplied.push(new Uint8Array([0, 0, 128, 128]), 1, { order: 'bgr', alpha: 'premultiplied' });
    const red = (255 * 77) >> 8;
    const expected = Math.floor((red * 128 + 255 * 127) / 255);
    expect(straight.out[0]).toBe(expected);
    expect(Math.abs(premultiplied.out[0] - expected)).toBeLessThanOrEqual(1);
  });

  test('it only shrinks', () => {
    expect(() => new GrayShrinker(10, 10, 20, 5)).toThrow(RangeError);
  });
});

describe('orientGray (pure)', () => {
  // 3×2:  a b c
  //       d e f
  const src = new Uint8Array([1, 2, 3, 4, 5, 6]);
  test.each<[number, boolean, number, number, number[]]>([
    [0, false, 3, 2, [1, 2, 3, 4, 5, 6]],
    [0, true, 3, 2, [3, 2, 1, 6, 5, 4]],
    [90, false, 2, 3, [4, 1, 5, 2, 6, 3]],
    [180, false, 3, 2, [6, 5, 4, 3, 2, 1]],
    [270, false, 2, 3, [3, 6, 2, 5, 1, 4]],
    [90, true, 2, 3, [1, 4, 2, 5, 3, 6]], // EXIF 5: the transpose
  ])('rotation %i, flip %s', (rotation, flip, w, h, data) => {
    const r = orientGray(src, 3, 2, rotation, flip);
    expect([r.width, r.height, Array.from(r.data)]).toEqual([w, h, data]);
  });
});
