/** Builders of odd images for the bad-image tests: minimal PNG and GIF writers. */
import { createDeflate, crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { GifWriter } from 'omggif';

function crc32(buf: Uint8Array): number {
  // zlib.crc32 exists from Node 20.15 / 22.2; fall back to a table otherwise.
  if (typeof zlibCrc32 === 'function') return zlibCrc32(buf) >>> 0;
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width: number, height: number, colorType: number, bitDepth = 8, interlace = 0): Buffer {
  const d = Buffer.alloc(13);
  d.writeUInt32BE(width, 0);
  d.writeUInt32BE(height, 4);
  d[8] = bitDepth;
  d[9] = colorType;
  d[12] = interlace;
  return pngChunk('IHDR', d);
}

/** A PNG from raw scanlines (filter byte included), built in memory. */
export function pngFromRaw(width: number, height: number, colorType: number, raw: Uint8Array): Buffer {
  return pngFromIdat(width, height, colorType, deflateSync(raw));
}

/** A PNG from an already compressed zlib stream (one IDAT). */
export function pngFromIdat(width: number, height: number, colorType: number, zlib: Uint8Array): Buffer {
  return Buffer.concat([PNG_SIGNATURE, ihdr(width, height, colorType), pngChunk('IDAT', zlib), pngChunk('IEND', new Uint8Array(0))]);
}

/** A gray PNG filled by `pixel(x, y)`. */
export function grayPng(width: number, height: number, pixel: (x: number, y: number) => number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = pixel(x, y);
  return pngFromRaw(width, height, 0, raw);
}

/** A PNG whose header claims a size but whose data is garbage. */
export function corruptPng(width: number, height: number): Buffer {
  const garbage = Buffer.from('this is not zlib data at all, just words in a row');
  return Buffer.concat([PNG_SIGNATURE, ihdr(width, height, 2), pngChunk('IDAT', garbage), pngChunk('IEND', new Uint8Array(0))]);
}

/** A PNG header for an absurd size, with no real data behind it. */
export function headerOnlyPng(width: number, height: number): Buffer {
  return Buffer.concat([PNG_SIGNATURE, ihdr(width, height, 2), pngChunk('IDAT', deflateSync(Buffer.alloc(1))), pngChunk('IEND', new Uint8Array(0))]);
}

/**
 * A big RGBA PNG (e.g. 8000×7000 = 56 MP, 224 MB of raw pixels), written by streaming one row at a
 * time so the test itself never holds the raw image. Dark band across the middle third, white
 * elsewhere, so a correct decode is checkable after downscaling.
 */
export async function bigRgbaPng(width: number, height: number): Promise<Buffer> {
  const out: Buffer[] = [];
  const deflate = createDeflate({ level: 1, chunkSize: 1 << 20 });
  deflate.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const white = Buffer.alloc(1 + width * 4, 255);
  white[0] = 0;
  const dark = Buffer.alloc(1 + width * 4, 0);
  for (let i = 4; i < dark.length; i += 4) dark[i] = 255; // alpha
  for (let y = 0; y < height; y++) {
    const row = y >= height / 3 && y < (2 * height) / 3 ? dark : white;
    if (!deflate.write(row)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat([PNG_SIGNATURE, ihdr(width, height, 6), pngChunk('IDAT', Buffer.concat(out)), pngChunk('IEND', new Uint8Array(0))]);
}

/** An animated GIF: first frame black, second frame white. */
export function animatedGif(width: number, height: number): Buffer {
  const buf = Buffer.alloc(width * height * 2 + 4096);
  const gif = new GifWriter(buf, width, height, { palette: [0x000000, 0xffffff], loop: 0 });
  gif.addFrame(0, 0, width, height, new Array(width * height).fill(0), { delay: 10 });
  gif.addFrame(0, 0, width, height, new Array(width * height).fill(1), { delay: 10 });
  return buf.subarray(0, gif.end());
}
