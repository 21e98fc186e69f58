/**
 * The Node decoder (sharp) against bombs and odd files: each bomb class gets its own reason fast
 * and without holding what it inflates to; the limits are the same as the browser's; the abort
 * signal is honoured. scripts/bench-bombs.ts measures the memory of the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { decodeNode } from '../../../lib/ocr/node/decode';
import { prepareImage } from '../../../lib/ocr/prepare';
import { sniffImage } from '../../../lib/ocr/sniff';
import { isOcrFailure, type DecodeOptions, type FailureReason } from '../../../lib/ocr/types';
import { hugeBlackPng, hugeBmp, hugeFrameGif, hugeJpeg, hugeScreenGif, hugeWebp, idatBombPng, trailingDataPng } from '../bombs';
import { grayPng } from '../images';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'ocr');

async function outcome(bytes: Uint8Array, decodeOnly?: Partial<DecodeOptions>): Promise<{ reason: FailureReason | 'ok'; detail: string; ms: number }> {
  const t0 = performance.now();
  try {
    if (decodeOnly) {
      const s = sniffImage(bytes);
      await decodeNode(bytes, { format: s.format, width: s.width, height: s.height, maxPixels: 16_000_000, ...decodeOnly });
    } else {
      await prepareImage(bytes, decodeNode);
    }
    return { reason: 'ok', detail: '', ms: performance.now() - t0 };
  } catch (e) {
    if (!isOcrFailure(e)) throw e;
    return { reason: e.reason, detail: e.message, ms: performance.now() - t0 };
  }
}

describe('bombs get their reason at once', () => {
  test.each<{ name: string; bytes: () => Uint8Array; reason: FailureReason; detail: RegExp }>([
    { name: 'a complete 20000×20000 PNG (389 KB)', bytes: () => hugeBlackPng(), reason: 'too-large', detail: /20000×20000 pixels; the limit is 50 megapixels/ },
    { name: 'a 35-byte GIF with a 10000² screen', bytes: () => hugeScreenGif(), reason: 'too-large', detail: /10000×10000 pixels; the limit is 50 megapixels/ },
    { name: 'a 35-byte GIF whose first frame is 10000² on a 32² screen', bytes: () => hugeFrameGif(), reason: 'too-large', detail: /10000×10000 pixels/ },
    { name: 'a JPEG declaring 65500×65500', bytes: () => hugeJpeg(), reason: 'too-large', detail: /65500×65500 pixels/ },
    { name: 'a JPEG declaring 20000×20000', bytes: () => hugeJpeg(20_000, 20_000), reason: 'too-large', detail: /the limit is 50 megapixels/ },
    { name: 'a 30-byte lossless WebP of 16383² (no WebP decoder in Node)', bytes: () => hugeWebp(), reason: 'unsupported-format', detail: /WEBP/ },
    { name: 'an RLE BMP declaring 30000² pixels', bytes: () => hugeBmp(), reason: 'too-large', detail: /30000×30000/ },
  ])('$name → $reason', async ({ bytes, reason, detail }) => {
    const r = await outcome(bytes());
    expect(r.reason).toBe(reason);
    expect(r.detail).toMatch(detail);
    expect(r.ms).toBeLessThan(500);
  });

  test('the decoder refuses by itself too, when handed the header size directly (no sniffer in front)', async () => {
    const r = await outcome(hugeBlackPng(), {});
    expect([r.reason, r.detail]).toEqual(['too-large', 'too-large: 20000×20000 pixels; the limit is 50 megapixels']);
    // Without the size from the caller, it asks libvips for it before decoding anything.
    const bytes = hugeBlackPng(8000, 8000);
    const blind = await outcome(bytes, { width: undefined, height: undefined });
    expect([blind.reason, blind.detail]).toEqual(['too-large', 'too-large: 8000×8000 pixels; the limit is 50 megapixels']);
    expect(blind.ms).toBeLessThan(500);
    // A caller's own input limit wins.
    expect(
      (
        await outcome(
          grayPng(300, 300, () => 0),
          { maxInputPixels: 50_000 },
        )
      ).reason,
    ).toBe('too-large');
  });

  test('a progressive JPEG has the lower cap, whether the caller says so or libvips finds out', async () => {
    const progressive = Buffer.from(hugeJpeg(6000, 6000));
    progressive[progressive.indexOf(Buffer.from([0xff, 0xc0])) + 1] = 0xc2;
    expect((await outcome(progressive)).detail).toBe('too-large: 6000×6000 pixels; the limit is 30 megapixels');
    const r = await outcome(progressive, { progressive: undefined });
    expect(r.detail).toBe('too-large: 6000×6000 pixels; the limit is 30 megapixels');
    // The same header, baseline: inside the JPEG cap, so it is decoded (its scan data is empty: gray).
    expect((await outcome(hugeJpeg(6000, 6000))).reason).toBe('ok');
  });

  test('an IDAT that inflates to 256 MB behind a 1000×1000 header is read as 1000×1000, quickly', async () => {
    const bomb = idatBombPng(256 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(400_000);
    const before = process.memoryUsage();
    const t0 = performance.now();
    const raster = await decodeNode(bomb, { format: 'png', width: 1000, height: 1000, maxPixels: 16_000_000 });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect([raster.width, raster.height]).toEqual([1000, 1000]);
    expect(raster.data.every((v) => v === 0)).toBe(true);
    const grown = process.memoryUsage().rss - before.rss;
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });

  test('a PNG with 473 KB after IEND decodes, and does not hang', async () => {
    const r = await outcome(trailingDataPng());
    expect(r.reason).toBe('ok');
    expect(r.ms).toBeLessThan(1000);
  });

  test('a PNG just inside the cap is decoded and shrunk to the output limit', async () => {
    const raster = await decodeNode(hugeBlackPng(7000, 7000), { format: 'png', width: 7000, height: 7000, maxPixels: 16_000_000 });
    expect([raster.width, raster.height]).toEqual([3500, 3500]);
  });
});

describe('the abort signal', () => {
  const png = readFileSync(join(FIXTURES, 'orders-wxtm-en-light-desktop.png'));
  const options = { format: 'png', width: 1280, height: 800, maxPixels: 16_000_000 } as const;

  test('aborted before: cancelled, nothing decoded', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(decodeNode(png, { ...options, signal: controller.signal })).rejects.toMatchObject({ reason: 'cancelled' });
  });

  test('aborted while libvips works: cancelled at once, not when the decode ends', async () => {
    const big = hugeBlackPng(7000, 7000);
    const controller = new AbortController();
    const t0 = performance.now();
    const read = decodeNode(big, { format: 'png', width: 7000, height: 7000, maxPixels: 16_000_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(read).rejects.toMatchObject({ reason: 'cancelled' });
    expect(performance.now() - t0).toBeLessThan(150);
  });

  test('through prepareImage', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(prepareImage(png, decodeNode, undefined, controller.signal)).rejects.toMatchObject({ reason: 'cancelled' });
  });

  test('never aborted: decodes', async () => {
    const raster = await decodeNode(png, { ...options, signal: new AbortController().signal });
    expect([raster.width, raster.height]).toEqual([1280, 800]);
  });
});

describe('what sharp reads', () => {
  test('a format sharp could read but this decoder does not take is unsupported, and the bytes must match the format', async () => {
    const webp = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } })
      .webp()
      .toBuffer();
    await expect(decodeNode(webp, { format: 'webp', maxPixels: 1e6 })).rejects.toMatchObject({ reason: 'unsupported-format' });
    // Told "png" but handed a WebP: never passed to sharp, which would pick a loader by itself.
    await expect(decodeNode(webp, { format: 'png', maxPixels: 1e6 })).rejects.toMatchObject({ reason: 'undecodable' });
  });

  test('transparency is white, 16-bit and interlaced PNGs decode, gray stays one channel', async () => {
    const rgba = Buffer.alloc(64 * 64 * 4);
    for (let i = 0; i < 64 * 64; i++) rgba.set(i < 64 * 32 ? [0, 0, 0, 0] : [0, 0, 0, 255], i * 4);
    const transparent = await sharp(rgba, { raw: { width: 64, height: 64, channels: 4 } })
      .png()
      .toBuffer();
    const t = await decodeNode(transparent, { format: 'png', maxPixels: 1e6 });
    expect(t.data[0]).toBe(255); // transparent top half: white
    expect(t.data[t.data.length - 1]).toBe(0);
    const deep = await sharp(rgba, { raw: { width: 64, height: 64, channels: 4 } })
      .png({ progressive: true })
      .toColourspace('rgb16')
      .toBuffer();
    const d = await decodeNode(deep, { format: 'png', maxPixels: 1e6 });
    expect([d.width, d.height, d.data[0], d.data[d.data.length - 1]]).toEqual([64, 64, 255, 0]);
    const gray = await decodeNode(
      grayPng(64, 64, (x) => x * 4),
      { format: 'png', maxPixels: 1e6 },
    );
    expect([gray.channels, gray.data[10]]).toEqual([1, 40]);
  });

  test('EXIF orientation is applied (a camera photo of a screen), and sizes follow it', async () => {
    const raw = Buffer.alloc(400 * 200, 255);
    for (let y = 0; y < 200; y++) raw.fill(0, y * 400, y * 400 + 100); // a black band on the left
    const jpeg = await sharp(raw, { raw: { width: 400, height: 200, channels: 1 } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const r = await decodeNode(jpeg, { format: 'jpeg', width: 400, height: 200, maxPixels: 1e6 });
    expect([r.width, r.height]).toEqual([200, 400]);
    const px = (x: number, y: number) => r.data[(y * r.width + x) * r.channels];
    expect(px(100, 10)).toBeLessThan(30); // the band is now on top
    expect(px(100, 390)).toBeGreaterThan(225);
  });

  test('a damaged stretch of JPEG data decodes (as in browsers); a PNG with corrupt data does not', async () => {
    const jpg = Buffer.from(readFileSync(join(FIXTURES, 'candydrop-wxtm-en-light-phone.jpg')));
    jpg.fill(0x55, 5000, 9000);
    expect((await outcome(jpg)).reason).toBe('ok');
    const png = Buffer.from(grayPng(64, 64, (x, y) => (x * y) & 255));
    png.fill(0x55, 45, 60); // inside the IDAT data; the CRC no longer matches
    expect((await outcome(png)).reason).toBe('undecodable');
  });
});
