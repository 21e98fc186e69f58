/**
 * The Node decoder (scripts, CLI, benchmark, tests): bytes → gray pixels.
 * PNG: our own streaming decoder (any non-interlaced 8/16-bit PNG) that converts to gray and shrinks
 * by an integer factor while inflating, so a 60-megapixel PNG never exists whole in memory; pngjs
 * for the rest (interlaced, 1/2/4-bit). JPEG: sharp (libjpeg-turbo, prebuilt binary from the npm
 * registry; 60 ms for a 1170×2532 phone shot where jpeg-js takes 180–250 ms, the way the browser's
 * createImageBitmap is native too), jpeg-js when sharp cannot load. GIF: omggif, first frame.
 * WebP, BMP, HEIC, AVIF, TIFF: `unsupported-format` here (the browser decodes WebP and BMP itself).
 *
 * Node only: never import this from code that the extension bundles.
 */
import { inflateSync, createInflate } from 'node:zlib';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { GifReader } from 'omggif';
import { createRequire } from 'node:module';
import type SharpFn from 'sharp';
import { OcrFailure, isOcrFailure, type DecodeOptions, type Decoder, type RasterImage } from '../types';

/** Absolute ceiling for decoders that must hold the whole image (JPEG, GIF, interlaced PNG). */
const WHOLE_DECODE_MAX_PIXELS = 100_000_000;

const be32 = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;

/** Integer shrink factor that brings w×h within maxPixels. */
export function shrinkFactor(width: number, height: number, maxPixels: number): number {
  return Math.max(1, Math.ceil(Math.sqrt((width * height) / maxPixels)));
}

/** Box-average a gray image by an integer factor. */
export function shrinkGray(src: Uint8Array, w: number, h: number, f: number): RasterImage {
  if (f <= 1) return { width: w, height: h, channels: 1, data: src };
  const ow = Math.ceil(w / f);
  const oh = Math.ceil(h / f);
  const out = new Uint8Array(ow * oh);
  const acc = new Uint32Array(ow);
  for (let oy = 0; oy < oh; oy++) {
    acc.fill(0);
    const y0 = oy * f;
    const y1 = Math.min(h, y0 + f);
    for (let y = y0; y < y1; y++) {
      const row = y * w;
      for (let x = 0; x < w; x++) acc[(x / f) | 0] += src[row + x];
    }
    for (let ox = 0; ox < ow; ox++) {
      const cw = Math.min(w, ox * f + f) - ox * f;
      out[oy * ow + ox] = Math.round(acc[ox] / (cw * (y1 - y0)));
    }
  }
  return { width: ow, height: oh, channels: 1, data: out };
}

function rgbaToGray(data: Uint8Array | Uint8ClampedArray, n: number, channels: 3 | 4): Uint8Array {
  const gray = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    let y = (data[j] * 77 + data[j + 1] * 150 + data[j + 2] * 29) >> 8;
    if (channels === 4 && data[j + 3] !== 255) y = (y * data[j + 3] + 255 * (255 - data[j + 3])) / 255;
    gray[i] = y;
  }
  return gray;
}

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
  palette?: Uint8Array;
  trns?: Uint8Array;
  idat: Uint8Array[];
}

function readPngChunks(b: Uint8Array): PngHeader {
  let i = 8;
  let header: PngHeader | undefined;
  const idat: Uint8Array[] = [];
  let palette: Uint8Array | undefined;
  let trns: Uint8Array | undefined;
  while (i + 8 <= b.length) {
    const len = be32(b, i);
    const type = String.fromCharCode(b[i + 4], b[i + 5], b[i + 6], b[i + 7]);
    const data = b.subarray(i + 8, i + 8 + len);
    if (data.length < len) throw new OcrFailure('truncated', `PNG chunk ${type} cut short`);
    if (type === 'IHDR') {
      header = { width: be32(data, 0), height: be32(data, 4), bitDepth: data[8], colorType: data[9], interlace: data[12], idat };
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    i += 12 + len;
  }
  if (!header) throw new OcrFailure('undecodable', 'PNG without IHDR');
  if (idat.length === 0) throw new OcrFailure('undecodable', 'PNG without image data');
  return { ...header, palette, trns };
}

/** Unfilters scanlines as inflated bytes arrive, converts each to gray and box-shrinks by `f`. */
class PngRowSink {
  private readonly bpp: number;
  private readonly stride: number;
  private prev: Uint8Array;
  private cur: Uint8Array;
  private pending: Uint8Array = new Uint8Array(0);
  private y = 0;
  private readonly acc: Uint32Array;
  private rowsInBand = 0;
  readonly out: Uint8Array;
  readonly ow: number;
  readonly oh: number;
  private readonly gray: Uint8Array;
  private readonly channels: number;
  private readonly paletteGray?: Uint8Array;

  constructor(
    private readonly h: PngHeader,
    private readonly f: number,
  ) {
    this.channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[h.colorType] ?? 0;
    if (!this.channels) throw new OcrFailure('undecodable', `PNG color type ${h.colorType}`);
    const bytesPerSample = h.bitDepth === 16 ? 2 : 1;
    this.bpp = this.channels * bytesPerSample;
    this.stride = h.width * this.bpp;
    this.prev = new Uint8Array(this.stride);
    this.cur = new Uint8Array(this.stride);
    this.ow = Math.ceil(h.width / f);
    this.oh = Math.ceil(h.height / f);
    this.out = new Uint8Array(this.ow * this.oh);
    this.acc = new Uint32Array(this.ow);
    this.gray = new Uint8Array(h.width);
    if (h.colorType === 3) {
      if (!h.palette) throw new OcrFailure('undecodable', 'palette PNG without PLTE');
      const n = h.palette.length / 3;
      this.paletteGray = new Uint8Array(256);
      for (let k = 0; k < n; k++) {
        let y = (h.palette[k * 3] * 77 + h.palette[k * 3 + 1] * 150 + h.palette[k * 3 + 2] * 29) >> 8;
        const a = h.trns && k < h.trns.length ? h.trns[k] : 255;
        if (a !== 255) y = (y * a + 255 * (255 - a)) / 255;
        this.paletteGray[k] = y;
      }
    }
  }

  get done(): boolean {
    return this.y >= this.h.height;
  }

  push(chunk: Uint8Array): void {
    let data = chunk;
    if (this.pending.length) {
      data = new Uint8Array(this.pending.length + chunk.length);
      data.set(this.pending);
      data.set(chunk, this.pending.length);
    }
    const rowLen = this.stride + 1;
    let at = 0;
    while (data.length - at >= rowLen && !this.done) {
      this.row(data[at], data.subarray(at + 1, at + rowLen));
      at += rowLen;
    }
    this.pending = data.slice(at);
  }

  private row(filter: number, line: Uint8Array): void {
    const { bpp, stride } = this;
    const cur = this.cur;
    const prev = this.prev;
    switch (filter) {
      case 0:
        cur.set(line);
        break;
      case 1:
        for (let i = 0; i < stride; i++) cur[i] = (line[i] + (i >= bpp ? cur[i - bpp] : 0)) & 255;
        break;
      case 2:
        for (let i = 0; i < stride; i++) cur[i] = (line[i] + prev[i]) & 255;
        break;
      case 3:
        for (let i = 0; i < stride; i++) cur[i] = (line[i] + (((i >= bpp ? cur[i - bpp] : 0) + prev[i]) >> 1)) & 255;
        break;
      case 4:
        for (let i = 0; i < stride; i++) {
          const a = i >= bpp ? cur[i - bpp] : 0;
          const b = prev[i];
          const c = i >= bpp ? prev[i - bpp] : 0;
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          cur[i] = (line[i] + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 255;
        }
        break;
      default:
        throw new OcrFailure('undecodable', `PNG filter type ${filter}`);
    }
    this.toGray(cur);
    this.accumulate();
    this.prev = cur;
    this.cur = prev;
    this.y++;
  }

  private toGray(line: Uint8Array): void {
    const { width, colorType, bitDepth } = this.h;
    const g = this.gray;
    const s = bitDepth === 16 ? 2 : 1; // 16-bit: the high byte of each sample is enough
    switch (colorType) {
      case 0:
        for (let x = 0; x < width; x++) g[x] = line[x * s];
        break;
      case 3:
        for (let x = 0; x < width; x++) g[x] = this.paletteGray![line[x]];
        break;
      case 4:
        for (let x = 0; x < width; x++) {
          const y = line[x * 2 * s];
          const a = line[x * 2 * s + s];
          g[x] = a === 255 ? y : (y * a + 255 * (255 - a)) / 255;
        }
        break;
      case 2:
        for (let x = 0, j = 0; x < width; x++, j += 3 * s) g[x] = (line[j] * 77 + line[j + s] * 150 + line[j + 2 * s] * 29) >> 8;
        break;
      case 6:
        for (let x = 0, j = 0; x < width; x++, j += 4 * s) {
          const y = (line[j] * 77 + line[j + s] * 150 + line[j + 2 * s] * 29) >> 8;
          const a = line[j + 3 * s];
          g[x] = a === 255 ? y : (y * a + 255 * (255 - a)) / 255;
        }
        break;
    }
  }

  private accumulate(): void {
    const { f, ow } = this;
    const w = this.h.width;
    if (f === 1) {
      this.out.set(this.gray, this.y * w);
      return;
    }
    for (let x = 0; x < w; x++) this.acc[(x / f) | 0] += this.gray[x];
    this.rowsInBand++;
    const lastRow = this.y === this.h.height - 1;
    if (this.rowsInBand === f || lastRow) {
      const oy = (this.y / f) | 0;
      for (let ox = 0; ox < ow; ox++) {
        const cw = Math.min(w, ox * f + f) - ox * f;
        this.out[oy * ow + ox] = Math.round(this.acc[ox] / (cw * this.rowsInBand));
      }
      this.acc.fill(0);
      this.rowsInBand = 0;
    }
  }
}

async function decodePng(bytes: Uint8Array, maxPixels: number): Promise<RasterImage> {
  const h = readPngChunks(bytes);
  const pixels = h.width * h.height;
  if (h.interlace !== 0 || h.bitDepth < 8) {
    // Rare for screenshots; pngjs holds the whole image, so only within the whole-decode ceiling.
    if (pixels > WHOLE_DECODE_MAX_PIXELS) throw new OcrFailure('too-large', `${h.width}×${h.height} interlaced PNG`);
    let png: PNG;
    try {
      png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (e) {
      throw new OcrFailure('undecodable', (e as Error).message);
    }
    const gray = rgbaToGray(png.data, png.width * png.height, 4);
    return shrinkGray(gray, png.width, png.height, shrinkFactor(png.width, png.height, maxPixels));
  }
  const sink = new PngRowSink(h, shrinkFactor(h.width, h.height, maxPixels));
  const rawSize = (sink as unknown as { stride: number }).stride * h.height;
  try {
    if (rawSize <= 64 * 1024 * 1024) {
      const all = h.idat.length === 1 ? h.idat[0] : Buffer.concat(h.idat);
      sink.push(inflateSync(all));
    } else {
      // Stream: never hold the inflated image (hundreds of MB for a huge PNG).
      await new Promise<void>((resolve, reject) => {
        const inflate = createInflate({ chunkSize: 256 * 1024 });
        inflate.on('data', (chunk: Buffer) => {
          try {
            sink.push(chunk);
          } catch (e) {
            inflate.destroy();
            reject(e);
          }
        });
        inflate.on('error', reject);
        inflate.on('end', resolve);
        for (const d of h.idat) inflate.write(d);
        inflate.end();
      });
    }
  } catch (e) {
    if (isOcrFailure(e)) throw e;
    const msg = (e as Error).message;
    throw new OcrFailure(/unexpected end|incomplete|truncat/i.test(msg) ? 'truncated' : 'undecodable', `PNG data: ${msg}`);
  }
  if (!sink.done) throw new OcrFailure('truncated', 'PNG image data ends early');
  return { width: sink.ow, height: sink.oh, channels: 1, data: sink.out };
}

type Sharp = typeof SharpFn;
let sharpModule: Sharp | null | undefined;

/** sharp if its prebuilt binary loads on this platform, else null (then jpeg-js decodes). */
function loadSharp(): Sharp | null {
  if (sharpModule === undefined) {
    try {
      sharpModule = createRequire(import.meta.url)('sharp') as Sharp;
    } catch {
      sharpModule = null;
    }
  }
  return process.env.OCR_NO_SHARP ? null : sharpModule;
}

async function decodeJpegSharp(sharp: Sharp, bytes: Uint8Array, maxPixels: number, width: number, height: number): Promise<RasterImage> {
  try {
    // rotate(): upright by EXIF orientation, as the browser's decoder does (camera photos of a screen).
    let pipeline = sharp(bytes, { limitInputPixels: WHOLE_DECODE_MAX_PIXELS, failOn: 'error' }).rotate().greyscale();
    // Huge: let libjpeg shrink while decoding (DCT scaling), never the whole image in memory.
    if (width * height > maxPixels) pipeline = pipeline.resize({ width: Math.floor(width / shrinkFactor(width, height, maxPixels)) });
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 1) throw new Error(`unexpected ${info.channels} channels`);
    return { width: info.width, height: info.height, channels: 1, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (e) {
    throw new OcrFailure('undecodable', `JPEG: ${(e as Error).message}`);
  }
}

function decodeJpeg(bytes: Uint8Array, maxPixels: number, width = 0, height = 0): RasterImage {
  if (width * height > WHOLE_DECODE_MAX_PIXELS) throw new OcrFailure('too-large', `${width}×${height} JPEG`);
  let img: { width: number; height: number; data: Uint8Array };
  try {
    img = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: false,
      tolerantDecoding: true,
      maxResolutionInMP: WHOLE_DECODE_MAX_PIXELS / 1e6,
      maxMemoryUsageInMB: 1024,
    }) as unknown as typeof img;
  } catch (e) {
    throw new OcrFailure('undecodable', `JPEG: ${(e as Error).message}`);
  }
  const gray = rgbaToGray(img.data, img.width * img.height, 3);
  return shrinkGray(gray, img.width, img.height, shrinkFactor(img.width, img.height, maxPixels));
}

function decodeGif(bytes: Uint8Array, maxPixels: number): RasterImage {
  let reader: GifReader;
  try {
    reader = new GifReader(bytes);
  } catch (e) {
    throw new OcrFailure('undecodable', `GIF: ${(e as Error).message}`);
  }
  const { width, height } = reader;
  if (width * height > WHOLE_DECODE_MAX_PIXELS) throw new OcrFailure('too-large', `${width}×${height} GIF`);
  // Animated GIF: the first frame, composited on white as a viewer first shows it.
  const rgba = new Uint8Array(width * height * 4).fill(255);
  try {
    reader.decodeAndBlitFrameRGBA(0, rgba);
  } catch (e) {
    throw new OcrFailure('undecodable', `GIF frame: ${(e as Error).message}`);
  }
  // Pixels the frame left transparent keep the white fill, but their alpha is 0: make them opaque.
  for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
  const gray = rgbaToGray(rgba, width * height, 4);
  return shrinkGray(gray, width, height, shrinkFactor(width, height, maxPixels));
}

export const decodeNode: Decoder = async (bytes: Uint8Array, options: DecodeOptions): Promise<RasterImage> => {
  switch (options.format) {
    case 'png':
      return decodePng(bytes, options.maxPixels);
    case 'jpeg': {
      if ((options.width ?? 0) * (options.height ?? 0) > WHOLE_DECODE_MAX_PIXELS) {
        throw new OcrFailure('too-large', `${options.width}×${options.height} JPEG`);
      }
      const sharp = loadSharp();
      return sharp
        ? decodeJpegSharp(sharp, bytes, options.maxPixels, options.width ?? 0, options.height ?? 0)
        : decodeJpeg(bytes, options.maxPixels, options.width, options.height);
    }
    case 'gif':
      return decodeGif(bytes, options.maxPixels);
    default:
      throw new OcrFailure('unsupported-format', `${options.format.toUpperCase()} images cannot be read here; use PNG or JPEG`);
  }
};
