/**
 * The Node decoder (scripts, CLI, benchmark, tests): bytes → pixels with sharp (libvips: libpng,
 * libjpeg-turbo, libnsgif), prebuilt binaries from the npm registry, no install script.
 *
 * Why sharp and not our own decoder: the work happens on libuv's thread pool, so a slow file never
 * blocks the event loop and the engine's time limit always fires (the old JS PNG decoder spun past
 * it on a PNG with trailing data); libpng stops at the last row, so an IDAT that inflates to 1 GB
 * costs nothing (the old one inflated it all); libjpeg shrinks while decoding (DCT scaling)
 * and libvips streams PNG rows through the resize, so a big image never sits whole in memory.
 *
 * Limits, in order: the header size against the format's cap (lib/ocr/sniff.ts `decodeLimit`, the
 * same in the browser) before anything decodes, libvips's own `limitInputPixels` as a backstop,
 * the output shrunk to `maxPixels`, and `.timeout()` on the native work (which cannot be aborted
 * midway; `signal` is checked before and after, and a read aborted meanwhile returns at once).
 *
 * PNG, JPEG and GIF (first frame) only: WebP, BMP, HEIC, AVIF and TIFF are `unsupported-format`
 * here (the browser decodes WebP and BMP itself); sharp is never handed anything else (no SVG).
 *
 * Node only: never import this from code that the extension bundles.
 */
import type SharpFn from 'sharp';
import { checkDecodeSize, decodeLimit, shrinkFactor } from '../sniff';
import { OCR_TIMEOUTS } from '../timeouts';
import { OcrFailure, isOcrFailure, type DecodeOptions, type Decoder, type ImageFormat, type RasterImage } from '../types';

/** The most time libvips may spend on one image (`nodeDecodeMs`; decoding 50 MP of PNG takes ~1 s here), in its whole seconds. */
const NODE_DECODE_TIMEOUT_S = Math.ceil(OCR_TIMEOUTS.nodeDecodeMs / 1000);

/** The first bytes each format must start with: sharp picks its loader from them, not from us. */
const SIGNATURES: Partial<Record<ImageFormat, number[][]>> = {
  png: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  jpeg: [[0xff, 0xd8, 0xff]],
  gif: [
    [0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
    [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  ],
};

type Sharp = typeof SharpFn;
let sharpModule: Promise<Sharp> | undefined;

function loadSharp(): Promise<Sharp> {
  sharpModule ??= import('sharp').then((m) => {
    const sharp = (m.default ?? m) as Sharp;
    // libvips's operation cache would keep decoded pixels of untrusted files alive after the read.
    sharp.cache(false);
    return sharp;
  });
  return sharpModule;
}

function cancelled(signal: AbortSignal | undefined, when: string): void {
  if (signal?.aborted) throw new OcrFailure('cancelled', `cancelled ${when}`);
}

/** A sharp/libvips error → our reason. Truncation is the sniffer's call (it sees the file's structure). */
function failureOf(e: unknown, format: ImageFormat): OcrFailure {
  if (isOcrFailure(e)) return e;
  const msg = String((e as Error)?.message ?? e);
  if (/pixel limit/i.test(msg)) return new OcrFailure('too-large', `${format.toUpperCase()}: ${msg}`);
  if (/timeout/i.test(msg)) return new OcrFailure('timeout', `decoding took longer than ${NODE_DECODE_TIMEOUT_S} s`);
  return new OcrFailure('undecodable', `${format.toUpperCase()}: ${msg}`);
}

/** Resolves with `work`, or rejects with `cancelled` as soon as the signal aborts (the work runs on, bounded by its timeout). */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new OcrFailure('cancelled', 'cancelled while decoding'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  work.catch(() => undefined);
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort!));
}

export const decodeNode: Decoder = async (bytes: Uint8Array, options: DecodeOptions): Promise<RasterImage> => {
  const { format, signal, maxPixels } = options;
  cancelled(signal, 'before decoding');
  const signatures = SIGNATURES[format];
  if (!signatures) {
    throw new OcrFailure('unsupported-format', `${format.toUpperCase()} images cannot be read here; use PNG or JPEG`);
  }
  if (!signatures.some((sig) => sig.every((v, i) => bytes[i] === v))) {
    throw new OcrFailure('undecodable', `the bytes do not start like a ${format.toUpperCase()} file`);
  }
  let limit = options.maxInputPixels ?? decodeLimit(format, options.progressive);
  if (options.width && options.height) checkDecodeSize(options.width, options.height, limit);

  let sharp: Sharp;
  try {
    sharp = await loadSharp();
  } catch (e) {
    throw new OcrFailure('engine-failed', `sharp (the image decoder) did not load: ${(e as Error)?.message ?? e}`);
  }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // failOn 'error': libjpeg's warnings (a damaged stretch of a JPEG) decode as gray, as in browsers.
  const open = (limitInputPixels: number | false) => sharp(input, { limitInputPixels, failOn: 'error', pages: 1, autoOrient: true });
  try {
    // The header as libvips sees it (a GIF's screen grown to its first frame, EXIF orientation);
    // reading it decodes nothing, so no limit yet: the refusal below says the size and the cap.
    const meta = await abortable(open(false).metadata(), signal);
    if (meta.isProgressive && options.maxInputPixels === undefined) limit = decodeLimit(format, true);
    checkDecodeSize(meta.width, meta.height, limit);
    const width = meta.autoOrient?.width ?? meta.width;
    const height = meta.autoOrient?.height ?? meta.height;
    const f = shrinkFactor(width, height, maxPixels);
    let pipeline = open(limit).timeout({ seconds: NODE_DECODE_TIMEOUT_S });
    // Transparent areas show as white, as an image viewer shows them (and as the browser decoder draws).
    if (meta.hasAlpha) pipeline = pipeline.flatten({ background: '#ffffff' });
    // A gray image stays one channel (sharp would widen it to sRGB): a third of the memory.
    if ((meta.channels ?? 3) <= 2) pipeline = pipeline.toColourspace('b-w');
    // An integer factor: libjpeg's DCT scaling (shrink-on-load) and libvips's box shrink do the
    // work, and Node and the browser give the same size.
    if (f > 1) pipeline = pipeline.resize({ width: Math.ceil(width / f), height: Math.ceil(height / f), fit: 'fill' });
    const { data, info } = await abortable(pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true }), signal);
    cancelled(signal, 'after decoding');
    if (info.channels !== 1 && info.channels !== 3 && info.channels !== 4) {
      throw new OcrFailure('undecodable', `${format.toUpperCase()}: ${info.channels} channels`);
    }
    return { width: info.width, height: info.height, channels: info.channels, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (e) {
    throw failureOf(e, format);
  }
};
