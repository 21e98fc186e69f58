/**
 * Looks at an image's bytes before anything decodes them: what format it is, how big it says it is,
 * and whether it is whole. Cheap (headers and a scan for the end marker), pure, shared by the
 * browser and Node, so both give the same reason for the same bad file.
 */
import { OcrFailure, type ImageFormat } from './types';

export interface Sniffed {
  format: ImageFormat;
  width?: number;
  height?: number;
  /** Number of frames when cheaply known (GIF: more than 1 means animated). */
  animated?: boolean;
  /** JPEG: progressive (the decoder then holds every DCT coefficient of the image at once). */
  progressive?: boolean;
}

/** Below this, no readable line of text fits. */
export const MIN_SIDE = 16;
const MIN_PIXELS = 32 * 32;
/** Header dimensions beyond which we refuse outright (no phone or monitor makes these). */
const MAX_SIDE = 65_535;
const MAX_HEADER_PIXELS = 400_000_000;

/**
 * The most pixels an image of each format may declare before any decoder starts, the same in both
 * decoders so the browser and Node refuse the same files. Browsers decode PNG, GIF, WebP, BMP and
 * AVIF at full size whatever they are asked, so each cap is what one full decode costs within the
 * OCR host's 300-MB budget, from the renderer's peak per megapixel measured by
 * scripts/bench-bombs.ts (docs/measurements.md): a progressive JPEG holds all its DCT coefficients,
 * and a baseline JPEG costs little only where the browser shrinks it while decoding (Chromium does,
 * Firefox may not). A long phone scroll shot (a 1290×12000 JPEG
 * is 15.5 MP, a 1170×8000 PNG 9.4) is far inside every cap. HEIC, TIFF and ICO are never decoded
 * (no decoder for them, or no size in one header).
 */
export const MAX_DECODE_PIXELS: Readonly<Record<ImageFormat, number>> = {
  png: 50_000_000,
  jpeg: 50_000_000,
  gif: 50_000_000,
  webp: 30_000_000,
  bmp: 30_000_000,
  avif: 30_000_000,
  heic: 30_000_000,
  tiff: 30_000_000,
  ico: 30_000_000,
};
/** A progressive JPEG: its decoder holds every DCT coefficient (2 bytes, up to 3 per pixel at 4:4:4) besides the pixels. */
export const MAX_PROGRESSIVE_JPEG_PIXELS = 30_000_000;

/** The decode cap for what the header says (see {@link MAX_DECODE_PIXELS}). */
export function decodeLimit(format: ImageFormat, progressive = false): number {
  return format === 'jpeg' && progressive ? MAX_PROGRESSIVE_JPEG_PIXELS : MAX_DECODE_PIXELS[format];
}

/**
 * The integer factor both decoders shrink by to bring w×h within `maxPixels` (the output limit):
 * libjpeg's DCT scaling and box averages work best at whole factors, and Node and the browser
 * then hand over the same size.
 */
export function shrinkFactor(width: number, height: number, maxPixels: number): number {
  return Math.max(1, Math.ceil(Math.sqrt((width * height) / maxPixels)));
}

const megapixels = (n: number) => `${Math.round(n / 1e5) / 10} megapixels`;

/**
 * Refuse, before decoding, an image that declares more than `limit` pixels: `too-large`, with the
 * limit in the detail ("20000×20000 pixels; the limit is 50 megapixels").
 */
export function checkDecodeSize(width: number, height: number, limit: number): void {
  if (width * height > limit) throw new OcrFailure('too-large', `${width}×${height} pixels; the limit is ${megapixels(limit)}`);
}

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

function ascii(b: Uint8Array, at: number, len: number): string {
  let s = '';
  for (let i = at; i < Math.min(b.length, at + len); i++) s += String.fromCharCode(b[i]);
  return s;
}

const be32 = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const be16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const le16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const le32s = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);

/** Text-looking bytes: mostly printable ASCII/UTF-8, no NULs. */
function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 512);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return false;
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127) || c >= 128) printable++;
  }
  return printable / n > 0.95;
}

function isSvg(b: Uint8Array): boolean {
  let head = ascii(b, 0, 1024)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (!head.startsWith('<')) return false;
  head = head.toLowerCase();
  return head.includes('<svg');
}

function pngInfo(b: Uint8Array): Sniffed {
  // 8-byte signature, then IHDR: length(4) "IHDR"(4) width(4) height(4)
  if (b.length < 33 || ascii(b, 12, 4) !== 'IHDR') throw new OcrFailure('truncated', 'PNG header incomplete');
  const width = be32(b, 16);
  const height = be32(b, 20);
  // Walk the chunk headers (never their data) to IEND: exact about truncation, and whatever
  // follows IEND (some writers append bytes, an archive may ride along) is never looked at.
  let animated: true | undefined;
  let seenData = false;
  for (let i = 8; ;) {
    if (i + 8 > b.length) throw new OcrFailure('truncated', 'PNG has no IEND chunk');
    const len = be32(b, i);
    if (len > 0x7fffffff) throw new OcrFailure('undecodable', `PNG chunk length ${len}`);
    const type = ascii(b, i + 4, 4);
    if (type === 'IEND') break;
    if (i + 12 + len > b.length) throw new OcrFailure('truncated', `PNG chunk ${type} cut short`);
    if (type === 'IDAT') seenData = true;
    // Animated PNG: an acTL chunk before the first IDAT.
    else if (type === 'acTL' && !seenData) animated = true;
    i += 12 + len;
  }
  if (!seenData) throw new OcrFailure('undecodable', 'PNG without image data');
  return { format: 'png', width, height, animated };
}

function jpegInfo(b: Uint8Array): Sniffed {
  let i = 2;
  let width: number | undefined;
  let height: number | undefined;
  let progressive = false;
  // Walk the marker segments up to the start of scan, skipping APPn (an EXIF thumbnail has its own EOI).
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) throw new OcrFailure('undecodable', `JPEG marker expected at byte ${i}`);
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const len = be16(b, i + 2);
    if (len < 2) throw new OcrFailure('undecodable', 'JPEG segment length');
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) throw new OcrFailure('truncated', 'JPEG frame header incomplete');
      height = be16(b, i + 5);
      width = be16(b, i + 7);
      // SOF2, SOF6, SOF10, SOF14: progressive (Huffman or arithmetic, sequential or differential).
      progressive = (marker & 0x03) === 0x02;
    }
    if (marker === 0xda) {
      // Entropy-coded data: an 0xFF byte is followed by 0x00 (stuffing) or RSTn; EOI is FF D9.
      for (let j = i + 2 + len; j + 1 < b.length; j++) {
        if (b[j] === 0xff && b[j + 1] === 0xd9) {
          if (width === undefined || height === undefined) throw new OcrFailure('undecodable', 'JPEG without frame header');
          return { format: 'jpeg', width, height, progressive: progressive || undefined };
        }
      }
      throw new OcrFailure('truncated', 'JPEG has no end-of-image marker');
    }
    i += 2 + len;
  }
  throw new OcrFailure('truncated', 'JPEG ends before its image data');
}

function gifInfo(b: Uint8Array): Sniffed {
  if (b.length < 13) throw new OcrFailure('truncated', 'GIF header incomplete');
  let width = le16(b, 6);
  let height = le16(b, 8);
  // Decoders (Chromium's, libnsgif) grow the logical screen to hold the first frame, so a 35-byte
  // GIF may say 32×32 and still make them allocate 10000×10000: find the first image descriptor.
  let i = 13;
  if (b[10] & 0x80) i += 3 << ((b[10] & 7) + 1);
  for (;;) {
    if (i >= b.length) throw new OcrFailure('truncated', 'GIF ends before its first image');
    const block = b[i];
    if (block === 0x2c) {
      if (i + 10 > b.length) throw new OcrFailure('truncated', 'GIF image descriptor incomplete');
      width = Math.max(width, le16(b, i + 1) + le16(b, i + 5));
      height = Math.max(height, le16(b, i + 3) + le16(b, i + 7));
      break;
    }
    if (block === 0x21) {
      // Extension: label, then data sub-blocks up to a 0-length one.
      i += 2;
      while (i < b.length && b[i] !== 0) i += b[i] + 1;
      i++;
      continue;
    }
    if (block === 0x3b) throw new OcrFailure('undecodable', 'GIF without an image');
    throw new OcrFailure('undecodable', `GIF block 0x${block.toString(16)} at byte ${i}`);
  }
  return { format: 'gif', width, height };
}

function webpInfo(b: Uint8Array): Sniffed {
  const declared = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
  if (b.length < declared + 8) throw new OcrFailure('truncated', 'WebP shorter than its RIFF size');
  const chunk = ascii(b, 12, 4);
  let width: number | undefined;
  let height: number | undefined;
  if (chunk === 'VP8X' && b.length >= 30) {
    width = 1 + (b[24] | (b[25] << 8) | (b[26] << 16));
    height = 1 + (b[27] | (b[28] << 8) | (b[29] << 16));
  } else if (chunk === 'VP8 ' && b.length >= 30) {
    width = le16(b, 26) & 0x3fff;
    height = le16(b, 28) & 0x3fff;
  } else if (chunk === 'VP8L' && b.length >= 25) {
    const v = (b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)) >>> 0;
    width = (v & 0x3fff) + 1;
    height = ((v >>> 14) & 0x3fff) + 1;
  }
  return { format: 'webp', width, height };
}

function bmpInfo(b: Uint8Array): Sniffed {
  // BITMAPCOREHEADER (12 bytes, OS/2) has 16-bit sizes; every later header 32-bit signed ones
  // (a negative height means top-down rows).
  if (le32s(b, 14) === 12) return { format: 'bmp', width: le16(b, 18), height: le16(b, 20) };
  return { format: 'bmp', width: Math.abs(le32s(b, 18)), height: Math.abs(le32s(b, 22)) };
}

/**
 * AVIF and HEIC (ISO base media files): the largest `ispe` (image spatial extent) property in
 * meta/iprp/ipco, which bounds the primary image and the tiles of a grid.
 */
function heifInfo(b: Uint8Array, format: 'avif' | 'heic'): Sniffed {
  let width: number | undefined;
  let height: number | undefined;
  const CONTAINERS = new Set(['meta', 'iprp', 'ipco']);
  const walk = (start: number, end: number, depth: number) => {
    for (let i = start; i + 8 <= end && depth < 4;) {
      let size = be32(b, i);
      const type = ascii(b, i + 4, 4);
      let head = 8;
      if (size === 1 && i + 16 <= end) {
        size = be32(b, i + 8) * 2 ** 32 + be32(b, i + 12);
        head = 16;
      } else if (size === 0) size = end - i;
      if (size < head || i + size > end) return;
      if (type === 'ispe' && size >= head + 12) {
        width = Math.max(width ?? 0, be32(b, i + head + 4));
        height = Math.max(height ?? 0, be32(b, i + head + 8));
      } else if (CONTAINERS.has(type)) {
        // meta is a full box: 4 bytes of version and flags before its children.
        walk(i + head + (type === 'meta' ? 4 : 0), i + size, depth + 1);
      }
      i += size;
    }
  };
  walk(0, b.length, 0);
  return { format, width, height };
}

/**
 * Identify the format and check the file is whole and of a plausible size. Throws OcrFailure with
 * `empty`, `svg`, `not-an-image`, `unsupported-format`, `truncated`, `undecodable`, `too-small` or
 * `too-large`; the decoder may still fail later with `undecodable`.
 */
export function sniffImage(bytes: Uint8Array): Sniffed {
  const b = bytes;
  if (b.length === 0) throw new OcrFailure('empty', 'the file has 0 bytes');
  let info: Sniffed;
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) info = pngInfo(b);
  else if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) throw new OcrFailure('truncated', 'PNG signature incomplete');
  else if (startsWith(b, [0xff, 0xd8, 0xff])) info = jpegInfo(b);
  else if (startsWith(b, [0xff, 0xd8])) throw new OcrFailure('truncated', 'JPEG header incomplete');
  else if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') info = gifInfo(b);
  else if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') info = webpInfo(b);
  else if (ascii(b, 0, 2) === 'BM' && b.length > 26) info = bmpInfo(b);
  else if (ascii(b, 4, 4) === 'ftyp') info = heifInfo(b, ascii(b, 8, 4).startsWith('avi') ? 'avif' : 'heic');
  else if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) info = { format: 'tiff' };
  else if (startsWith(b, [0x00, 0x00, 0x01, 0x00])) info = { format: 'ico' };
  else if (isSvg(b)) throw new OcrFailure('svg', 'an SVG drawing is not a screenshot');
  else if (looksLikeText(b)) throw new OcrFailure('not-an-image', 'the file is text, not an image');
  else throw new OcrFailure('not-an-image', 'not a PNG, JPEG, GIF or WebP image');

  const { width, height } = info;
  if (width !== undefined && height !== undefined) {
    if (width < MIN_SIDE || height < MIN_SIDE || width * height < MIN_PIXELS) {
      throw new OcrFailure('too-small', `${width}×${height} pixels is too small to hold text`);
    }
    if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_HEADER_PIXELS) {
      throw new OcrFailure('too-large', `${width}×${height} pixels; the limit is ${MAX_SIDE} pixels a side and ${megapixels(MAX_HEADER_PIXELS)}`);
    }
  }
  return info;
}
