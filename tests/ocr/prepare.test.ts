/**
 * Bad images through the shared front half of a read (sniff → decode → preprocess), with the Node
 * decoder. Each gets its own reason; none throws anything but an OcrFailure; none runs out of memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeNode } from '../../lib/ocr/node/decode';
import { prepareImage } from '../../lib/ocr/prepare';
import { DEEP_PREPROCESS } from '../../lib/ocr/engine';
import { isOcrFailure, type FailureReason } from '../../lib/ocr/types';
import { animatedGif, bigRgbaPng, corruptPng, grayPng, headerOnlyPng } from './images';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ocr');
const png = readFileSync(join(FIXTURES, 'orders-wxtm-en-light-desktop.png'));
const jpg = readFileSync(join(FIXTURES, 'candydrop-wxtm-en-light-phone.jpg'));

async function reasonOf(bytes: Uint8Array): Promise<FailureReason | 'ok'> {
  try {
    await prepareImage(bytes, decodeNode);
    return 'ok';
  } catch (e) {
    if (!isOcrFailure(e)) throw e;
    return e.reason;
  }
}

const webp = (() => {
  // A well-formed RIFF/WEBP container (VP8L header, 64×64); Node has no WebP decoder.
  const b = Buffer.alloc(40);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(32, 4);
  b.write('WEBPVP8L', 8, 'ascii');
  b.writeUInt32LE(20, 16);
  b[20] = 0x2f;
  b.writeUInt32LE((63 & 0x3fff) | ((63 & 0x3fff) << 14), 21);
  return b;
})();

const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);

const badImages: Array<{ name: string; bytes: () => Uint8Array | Promise<Uint8Array>; reason: FailureReason }> = [
  { name: '0 bytes', bytes: () => new Uint8Array(0), reason: 'empty' },
  { name: 'a PNG cut in half', bytes: () => png.subarray(0, png.length >> 1), reason: 'truncated' },
  { name: 'a PNG cut inside its signature', bytes: () => png.subarray(0, 5), reason: 'truncated' },
  { name: 'a PNG cut inside its header', bytes: () => png.subarray(0, 20), reason: 'truncated' },
  { name: 'a JPEG cut in half', bytes: () => jpg.subarray(0, jpg.length >> 1), reason: 'truncated' },
  { name: 'a JPEG cut after its markers', bytes: () => jpg.subarray(0, 700), reason: 'truncated' },
  { name: 'a text file named .png', bytes: () => Buffer.from('Deposit History\nWXTM 12,500 Completed\n'), reason: 'not-an-image' },
  { name: 'random binary', bytes: () => Buffer.from([0x00, 0x13, 0x37, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01]), reason: 'not-an-image' },
  {
    name: 'an SVG drawing',
    bytes: () =>
      Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><text x="10" y="20">充值記錄 WXTM</text></svg>'),
    reason: 'svg',
  },
  { name: 'a WebP (no WebP decoder in Node)', bytes: () => webp, reason: 'unsupported-format' },
  { name: 'a HEIC photo', bytes: () => heic, reason: 'unsupported-format' },
  { name: 'a PNG whose data is corrupt', bytes: () => corruptPng(64, 64), reason: 'undecodable' },
  { name: 'a 1×1 PNG', bytes: () => grayPng(1, 1, () => 255), reason: 'too-small' },
  { name: 'a 600×8 strip', bytes: () => grayPng(600, 8, () => 255), reason: 'too-small' },
  { name: 'a header claiming 70000×70000 pixels', bytes: () => headerOnlyPng(70_000, 70_000), reason: 'too-large' },
];

describe('bad images get a specific reason', () => {
  test.each(badImages)('$name → $reason', async ({ bytes, reason }) => {
    expect(await reasonOf(await bytes())).toBe(reason);
  });
});

describe('odd but readable images', () => {
  test('an animated GIF is read from its first frame', async () => {
    const pre = await prepareImage(animatedGif(200, 120), decodeNode);
    // First frame black → a dark image → inverted to white for tesseract.
    expect(pre.inverted).toBe(true);
    const px = pre.pgm.subarray(pre.pgm.length - pre.width * pre.height);
    expect(px.every((v) => v === 255)).toBe(true);
  });

  test('corpus images scale to 1 px per CSS px, whatever their text height (contrast, not size, keeps small text)', async () => {
    const zhDesktop = await prepareImage(readFileSync(join(FIXTURES, 'deposit-wxtm-zh-hant-dark-desktop.png')), decodeNode);
    expect([zhDesktop.width, zhDesktop.height, zhDesktop.textHeight, zhDesktop.inverted]).toEqual([1280, 800, 13, true]);
    // English at 12 CSS px measures 9 px, and is read as it is.
    const enDesktop = await prepareImage(png, decodeNode);
    expect(enDesktop.textHeight).toBe(9);
    expect([enDesktop.width, enDesktop.height]).toEqual([1280, 800]);
    // A DPR-3 phone shot: a third of its size.
    const phone = await prepareImage(jpg, decodeNode);
    expect(phone.textHeight).toBe(32);
    expect([phone.width, phone.height, phone.inverted]).toEqual([390, 844, false]);
    // The closer look reads its lines at 28 px.
    const closer = await prepareImage(jpg, decodeNode, DEEP_PREPROCESS);
    expect([closer.width, closer.height]).toEqual([Math.round((1170 * 28) / 32), Math.round((2532 * 28) / 32)]);
  });

  test('bytes appended after a PNG’s end do not make it truncated', async () => {
    const padded = Buffer.concat([png, Buffer.alloc(100, 7)]);
    expect(await reasonOf(padded)).toBe('ok');
  });

  test('a 49-megapixel RGBA PNG (just under the PNG cap) is shrunk while decoding, without holding its 196 MB of pixels', async () => {
    const bytes = await bigRgbaPng(7000, 7000);
    const before = process.memoryUsage();
    const raster = await decodeNode(bytes, { format: 'png', width: 7000, height: 7000, maxPixels: 16_000_000 });
    const after = process.memoryUsage();
    expect([raster.width, raster.height]).toEqual([3500, 3500]);
    // The middle third is dark, the rest white.
    const px = (x: number, y: number) => raster.data[(y * raster.width + x) * raster.channels];
    expect(px(10, 10)).toBe(255);
    expect(px(1750, 1750)).toBe(0);
    const grown = after.arrayBuffers - before.arrayBuffers + (after.heapUsed - before.heapUsed);
    expect(grown).toBeLessThan(120 * 1024 * 1024);
    // And the whole path brings it to a size tesseract reads quickly.
    const pre = await prepareImage(bytes, decodeNode);
    expect(pre.width * pre.height).toBeLessThanOrEqual(6_000_000);
  }, 60_000);

  test('a PNG just over the cap (7072², 50.01 MP) is refused before decoding, with the limit', async () => {
    await expect(prepareImage(headerOnlyPng(7072, 7072), decodeNode)).rejects.toThrow('too-large: 7072×7072 pixels; the limit is 50 megapixels');
  });
});
