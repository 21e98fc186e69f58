/**
 * The sniffer reads the size every decoder is checked against, so a bomb must not hide its size
 * from it: a GIF's first frame, an AVIF's ispe, a PNG's chunks up to IEND (and not beyond).
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { checkDecodeSize, decodeLimit, MAX_DECODE_PIXELS, MAX_PROGRESSIVE_JPEG_PIXELS, sniffImage } from '../../lib/ocr/sniff';
import { isOcrFailure, type FailureReason } from '../../lib/ocr/types';
import { hugeBmp, hugeFrameGif, hugeJpeg, hugeScreenGif, hugeWebp, idatBombPng, trailingDataPng } from './bombs';
import { grayPng, PNG_SIGNATURE, pngChunk, pngFromIdat } from './images';

function reasonOf(bytes: Uint8Array): FailureReason | 'ok' {
  try {
    sniffImage(bytes);
    return 'ok';
  } catch (e) {
    if (!isOcrFailure(e)) throw e;
    return e.reason;
  }
}

/** A minimal ISO-BMFF file: ftyp, then meta > iprp > ipco holding one ispe per given size. */
function heif(brand: string, sizes: Array<[number, number]>): Buffer {
  const box = (type: string, ...body: Buffer[]) => {
    const payload = Buffer.concat(body);
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + payload.length, 0);
    head.write(type, 4, 'ascii');
    return Buffer.concat([head, payload]);
  };
  const ispe = ([w, h]: [number, number]) => {
    const d = Buffer.alloc(12);
    d.writeUInt32BE(w, 4);
    d.writeUInt32BE(h, 8);
    return box('ispe', d);
  };
  const ftyp = box('ftyp', Buffer.from(`${brand}\0\0\0\0mif1${brand}`, 'latin1'));
  return Buffer.concat([ftyp, box('meta', Buffer.alloc(4), box('hdlr', Buffer.alloc(24)), box('iprp', box('ipco', ...sizes.map(ispe))))]);
}

describe('sizes come from where decoders take them', () => {
  test.each<[string, () => Uint8Array, number, number]>([
    ['a GIF whose 1×1 frame sits on a 10000² screen', () => hugeScreenGif(), 10_000, 10_000],
    ['a GIF whose first frame (10000²) is larger than its 32² screen', () => hugeFrameGif(), 10_000, 10_000],
    [
      'an AVIF: the largest ispe',
      () =>
        heif('avif', [
          [640, 480],
          [4000, 3000],
        ]),
      4000,
      3000,
    ],
    ['a HEIC: its ispe', () => heif('heic', [[4032, 3024]]), 4032, 3024],
    ['a lossless WebP', () => hugeWebp(16_383, 9000), 16_383, 9000],
    ['an RLE BMP', () => hugeBmp(30_000, 20_000), 30_000, 20_000],
  ])('%s', (_name, bytes, width, height) => {
    const b = bytes();
    // Sizes beyond the plausible are refused by sniffImage itself: read them through the detail.
    try {
      const s = sniffImage(b);
      expect([s.width, s.height]).toEqual([width, height]);
    } catch (e) {
      if (!isOcrFailure(e)) throw e;
      expect(e.reason).toBe('too-large');
      expect(e.message).toContain(`${width}×${height} pixels`);
    }
  });

  test('a GIF frame placed off its screen counts with its offset', () => {
    const gif = Buffer.from(hugeFrameGif(100));
    gif.writeUInt16LE(900, 20); // left
    expect(sniffImage(gif)).toMatchObject({ width: 1000, height: 100 });
  });

  test('a GIF with extensions before its first frame is walked past them', () => {
    const plain = hugeFrameGif(100);
    // Graphic control extension (8 bytes) between the color table and the image descriptor.
    const gce = Buffer.from([0x21, 0xf9, 4, 0, 10, 0, 0, 0]);
    const gif = Buffer.concat([plain.subarray(0, 19), gce, plain.subarray(19)]);
    expect(sniffImage(gif)).toMatchObject({ width: 100, height: 100 });
  });

  test('a GIF cut before its first frame is truncated; one with no frame is undecodable', () => {
    expect(reasonOf(hugeFrameGif(100).subarray(0, 22))).toBe('truncated');
    const noFrame = Buffer.concat([hugeFrameGif(100).subarray(0, 19), Buffer.from([0x3b])]);
    expect(reasonOf(noFrame)).toBe('undecodable');
  });

  test('a JPEG says whether it is progressive', () => {
    const baseline = hugeJpeg(640, 480);
    const progressive = Buffer.from(baseline);
    progressive[progressive.indexOf(Buffer.from([0xff, 0xc0])) + 1] = 0xc2;
    expect(sniffImage(baseline)).toMatchObject({ width: 640, height: 480 });
    expect(sniffImage(baseline).progressive).toBeUndefined();
    expect(sniffImage(progressive)).toMatchObject({ width: 640, height: 480, progressive: true });
  });

  test('an OS/2 BMP has 16-bit sizes', () => {
    const b = Buffer.alloc(64);
    b.write('BM', 0, 'ascii');
    b.writeUInt32LE(12, 14);
    b.writeUInt16LE(800, 18);
    b.writeUInt16LE(600, 20);
    expect(sniffImage(b)).toMatchObject({ format: 'bmp', width: 800, height: 600 });
  });
});

describe('PNG: the chunks are walked to IEND', () => {
  test('bytes after IEND are never looked at: 473 KB of them (with a fake IEND inside) is whole', () => {
    expect(sniffImage(trailingDataPng())).toMatchObject({ format: 'png', width: 320, height: 200 });
  });

  test('a chunk running past the end is truncated, even with IEND-like bytes at the end', () => {
    const png = grayPng(64, 64, (x, y) => x ^ y);
    const cut = Buffer.concat([png.subarray(0, png.length - 30), Buffer.from('IEND')]);
    expect(reasonOf(cut)).toBe('truncated');
  });

  test('a PNG that stops at a chunk boundary before IEND is truncated', () => {
    const png = grayPng(64, 64, () => 0);
    expect(reasonOf(png.subarray(0, png.length - 12))).toBe('truncated');
  });

  test('a PNG without image data is undecodable', () => {
    const ihdr = pngFromIdat(64, 64, 0, deflateSync(Buffer.alloc(1))).subarray(8, 33);
    expect(reasonOf(Buffer.concat([PNG_SIGNATURE, ihdr, pngChunk('IEND', new Uint8Array(0))]))).toBe('undecodable');
  });

  test('an animated PNG (acTL before IDAT) is marked animated', () => {
    const png = grayPng(64, 64, () => 0);
    const apng = Buffer.concat([png.subarray(0, 33), pngChunk('acTL', Buffer.alloc(8)), png.subarray(33)]);
    expect(sniffImage(apng).animated).toBe(true);
    expect(sniffImage(png).animated).toBeUndefined();
  });

  test('an inflate bomb is sniffed in a blink: only chunk headers are read', () => {
    const bomb = idatBombPng(256 * 1024 * 1024);
    const t0 = performance.now();
    expect(sniffImage(bomb)).toMatchObject({ width: 1000, height: 1000 });
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe('decode caps', () => {
  test('the refusal says the size and the limit', () => {
    expect(() => checkDecodeSize(20_000, 20_000, 50_000_000)).toThrow('too-large: 20000×20000 pixels; the limit is 50 megapixels');
    expect(() => checkDecodeSize(7000, 7000, 50_000_000)).not.toThrow();
  });

  test('a progressive JPEG has the lower cap; every other format its own', () => {
    expect(decodeLimit('jpeg', true)).toBe(MAX_PROGRESSIVE_JPEG_PIXELS);
    expect(decodeLimit('jpeg')).toBe(MAX_DECODE_PIXELS.jpeg);
    expect(MAX_PROGRESSIVE_JPEG_PIXELS).toBeLessThan(MAX_DECODE_PIXELS.jpeg);
    expect(decodeLimit('png', true)).toBe(MAX_DECODE_PIXELS.png);
  });

  test('long phone scroll shots are inside every cap', () => {
    for (const format of ['png', 'jpeg', 'gif', 'webp', 'bmp', 'avif'] as const) {
      expect(1290 * 12_000).toBeLessThanOrEqual(decodeLimit(format, true));
    }
  });

  test('an absurd header is refused by the sniffer itself, with its limit', () => {
    expect(() => sniffImage(hugeJpeg(65_500, 65_500))).toThrow(/65500×65500 pixels; the limit is 65535 pixels a side and 400 megapixels/);
  });
});
