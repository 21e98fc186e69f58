/**
 * Decompression bombs and absurd headers, built in memory in milliseconds (no big files in the
 * repository): the sniffer, decoder and browser-decoder tests and scripts/bench-bombs.ts.
 *
 * The deflate streams are made by repeating one block: zlib compresses a run of zeros once with a
 * full flush (the block ends on a byte boundary and needs no earlier data), the block is repeated,
 * an empty final block and the Adler-32 of all those zeros close the stream. A gigabyte of zeros
 * costs 1 MB and no gigabyte is ever held, here or in a decoder that stops where it should.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { grayPng, pngFromIdat } from './images';

const MB = 1024 * 1024;

/** A zlib stream that inflates to `total` zero bytes, made of repeated 1 MB blocks. */
export function zerosZlib(total: number): Buffer {
  const unit = Math.min(total, MB);
  const block = deflateRawSync(Buffer.alloc(unit), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [Buffer.from([0x78, 0xda])];
  let left = total;
  while (left >= unit) {
    parts.push(block);
    left -= unit;
  }
  if (left > 0) parts.push(deflateRawSync(Buffer.alloc(left), { level: 9, finishFlush: constants.Z_FULL_FLUSH }));
  // Final fixed-Huffman block holding only its end code: bits 1, 01, 0000000.
  parts.push(Buffer.from([0x03, 0x00]));
  // Adler-32 of n zeros: a stays 1, b adds 1 per byte.
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0, 0);
  parts.push(adler);
  return Buffer.concat(parts);
}

/**
 * The inflate bomb: a PNG that says `width`×`height` gray (a few MB of real rows) but whose IDAT
 * inflates to `inflated` bytes. A decoder that inflates everything before looking holds them all.
 * The default is the reproduction in issue 9: ~1 MB that inflates to 1 GB.
 */
export function idatBombPng(inflated = 1024 * MB, width = 1000, height = 1000): Buffer {
  return pngFromIdat(width, height, 0, zerosZlib(Math.max(inflated, (width + 1) * height)));
}

/**
 * A real, complete gray PNG of `width`×`height` black pixels: 20000×20000 is 400 megapixels in
 * 389 KB, the file Chromium decodes at full size before resizing (2.2 GB).
 */
export function hugeBlackPng(width = 20_000, height = 20_000): Buffer {
  return pngFromIdat(width, height, 0, zerosZlib((width + 1) * height));
}

/** A small valid PNG followed by `trailing` bytes after IEND (issue 9: 473 KB kept the old decoder spinning). */
export function trailingDataPng(trailing = 473 * 1024): Buffer {
  const png = grayPng(320, 200, (x, y) => (((x >> 4) + (y >> 4)) % 2 ? 255 : 0));
  const junk = Buffer.alloc(trailing);
  // Deterministic noise, with chunk-looking bytes and a fake IEND inside, as appended archives have.
  let s = 1;
  for (let i = 0; i < junk.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    junk[i] = s >>> 24;
  }
  junk.write('IDAT', 1000, 'ascii');
  junk.write('IEND', junk.length >> 1, 'ascii');
  return Buffer.concat([png, junk]);
}

/**
 * A GIF whose logical screen is `screen`² but whose only frame is 1×1: 35 bytes, and Chromium
 * allocates the whole screen (700 MB for 10000²).
 */
export function hugeScreenGif(screen = 10_000): Buffer {
  return gif(screen, screen, 1, 1);
}

/** A GIF with a small logical screen and a huge first frame: decoders grow the screen to the frame. */
export function hugeFrameGif(frame = 10_000): Buffer {
  return gif(32, 32, frame, frame);
}

function gif(sw: number, sh: number, fw: number, fh: number): Buffer {
  const b: number[] = [];
  const le16 = (v: number) => b.push(v & 255, v >> 8);
  for (const c of 'GIF89a') b.push(c.charCodeAt(0));
  le16(sw);
  le16(sh);
  b.push(0x80, 0, 0); // global color table of 2 entries
  b.push(0, 0, 0, 255, 255, 255);
  b.push(0x2c); // image descriptor
  le16(0);
  le16(0);
  le16(fw);
  le16(fh);
  b.push(0);
  // LZW, minimum code size 2: clear, index 0, end (codes 4, 0, 5 in 3 bits each).
  b.push(2, 2, 0x44, 0x01, 0);
  b.push(0x3b);
  return Buffer.from(b);
}

/**
 * A baseline JPEG whose frame header says `width`×`height` (up to 65535²) over a few bytes of scan
 * data: the sniffer sees a whole file, a decoder sees a gigapixel.
 */
export function hugeJpeg(width = 65_500, height = 65_500): Buffer {
  const seg = (marker: number, data: number[]) => [0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 255, ...data];
  const dqt = seg(0xdb, [0, ...new Array(64).fill(1)]);
  const sof = seg(0xc0, [8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]);
  // One DC table and one AC table, each with a single 1-bit code (category 0 / end of block).
  const dht = seg(0xc4, [0x00, 1, ...new Array(15).fill(0), 0, 0x10, 1, ...new Array(15).fill(0), 0]);
  const sos = seg(0xda, [1, 1, 0x00, 0, 63, 0]);
  return Buffer.from([0xff, 0xd8, ...dqt, ...sof, ...dht, ...sos, 0x00, 0x00, 0x00, 0x00, 0xff, 0xd9]);
}

/**
 * A real lossless WebP (VP8L) of `width`×`height` black pixels (at most 16384²) in 30 bytes: each
 * of its five prefix codes has a single symbol, which costs no bits, so the pixel data is empty.
 * Chromium 156 decodes 16383² of it with a 2-GB peak.
 */
export function hugeWebp(width = 16_383, height = 16_383): Buffer {
  const bits: Array<[number, number]> = [
    [width - 1, 14],
    [height - 1, 14],
    [0, 1], // alpha not used
    [0, 3], // version 0
    [0, 1], // no transform
    [0, 1], // no color cache
    [0, 1], // no meta prefix codes
  ];
  // Green, red, blue: simple code, 1 symbol, 1-bit symbol 0. Alpha: 8-bit symbol 255. Distance: 0.
  for (let i = 0; i < 3; i++) bits.push([1, 1], [0, 1], [0, 1], [0, 1]);
  bits.push([1, 1], [0, 1], [1, 1], [255, 8]);
  bits.push([1, 1], [0, 1], [0, 1], [0, 1]);
  const data: number[] = [0x2f];
  let acc = 0;
  let n = 0;
  for (const [value, count] of bits) {
    for (let k = 0; k < count; k++) {
      acc |= ((value >> k) & 1) << n;
      if (++n === 8) {
        data.push(acc);
        acc = 0;
        n = 0;
      }
    }
  }
  if (n) data.push(acc);
  if (data.length % 2) data.push(0);
  const riff = Buffer.alloc(20);
  riff.write('RIFF', 0, 'ascii');
  riff.writeUInt32LE(12 + data.length, 4);
  riff.write('WEBPVP8L', 8, 'ascii');
  riff.writeUInt32LE(data.length, 16);
  return Buffer.concat([riff, Buffer.from(data)]);
}

/**
 * An 8-bit RLE BMP declaring `width`×`height` whose pixels are one "end of bitmap" code: 1 KB on
 * disk, width×height×4 bytes for a decoder that allocates first.
 */
export function hugeBmp(width = 30_000, height = 30_000): Buffer {
  const palette = Buffer.alloc(256 * 4);
  const pixels = Buffer.from([0x00, 0x01]); // RLE8: end of bitmap
  const header = Buffer.alloc(14 + 40);
  header.write('BM', 0, 'ascii');
  header.writeUInt32LE(header.length + palette.length + pixels.length, 2);
  header.writeUInt32LE(header.length + palette.length, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(width, 18);
  header.writeInt32LE(height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(8, 28);
  header.writeUInt32LE(1, 30); // BI_RLE8
  header.writeUInt32LE(pixels.length, 34);
  header.writeUInt32LE(256, 46);
  return Buffer.concat([header, palette, pixels]);
}
