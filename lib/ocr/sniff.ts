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
}

/** Below this, no readable line of text fits. */
export const MIN_SIDE = 16;
export const MIN_PIXELS = 32 * 32;
/** Header dimensions beyond which we refuse outright (no phone or monitor makes these). */
export const MAX_SIDE = 65_535;
export const MAX_HEADER_PIXELS = 400_000_000;

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
  let head = ascii(b, 0, 1024).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (!head.startsWith('<')) return false;
  head = head.toLowerCase();
  return head.includes('<svg');
}

function pngInfo(b: Uint8Array): Sniffed {
  // 8-byte signature, then IHDR: length(4) "IHDR"(4) width(4) height(4)
  if (b.length < 33 || ascii(b, 12, 4) !== 'IHDR') throw new OcrFailure('truncated', 'PNG header incomplete');
  const width = be32(b, 16);
  const height = be32(b, 20);
  // A whole PNG ends with the IEND chunk (12 bytes: 0 length, "IEND", CRC).
  const tail = ascii(b, Math.max(0, b.length - 12), 12);
  if (!tail.includes('IEND')) {
    // Some writers append bytes after IEND; look a little further back before calling it cut.
    const last = ascii(b, Math.max(0, b.length - 4096), 4096);
    if (!last.includes('IEND')) throw new OcrFailure('truncated', 'PNG has no IEND chunk');
  }
  // Animated PNG: an acTL chunk before the first IDAT.
  const animated = ascii(b, 33, Math.min(b.length - 33, 4096)).includes('acTL') || undefined;
  return { format: 'png', width, height, animated };
}

function jpegInfo(b: Uint8Array): Sniffed {
  let i = 2;
  let width: number | undefined;
  let height: number | undefined;
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
    }
    if (marker === 0xda) {
      // Entropy-coded data: an 0xFF byte is followed by 0x00 (stuffing) or RSTn; EOI is FF D9.
      for (let j = i + 2 + len; j + 1 < b.length; j++) {
        if (b[j] === 0xff && b[j + 1] === 0xd9) {
          if (width === undefined || height === undefined) throw new OcrFailure('undecodable', 'JPEG without frame header');
          return { format: 'jpeg', width, height };
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
  return { format: 'gif', width: le16(b, 6), height: le16(b, 8) };
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
  else if (ascii(b, 0, 2) === 'BM' && b.length > 26) info = { format: 'bmp', width: Math.abs(le32s(b, 18)), height: Math.abs(le32s(b, 22)) };
  else if (ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    info = { format: brand.startsWith('avi') ? 'avif' : 'heic' };
  } else if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) info = { format: 'tiff' };
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
      throw new OcrFailure('too-large', `${width}×${height} pixels`);
    }
  }
  return info;
}
