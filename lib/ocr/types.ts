/**
 * The types the OCR feature shares with its callers (rules engine, panel, offscreen document, CLI).
 * Pure: types and constants only. The verdict and the outcome are inferred from their schemas in
 * lib/ocr/verdict.ts and re-exported here.
 */

export {
  FAILURE_REASONS,
  VERDICT_KINDS,
  VERDICT_REASONS,
  type FailureReason,
  type OcrOutcome,
  type ScreenshotVerdict,
  type VerdictKind,
  type VerdictReason,
} from './verdict';
import type { FailureReason } from './verdict';

/**
 * The most bytes one picture may have: far above any phone or desktop screenshot (1-8 MB), and
 * half of Chrome's 64 MiB message limit, so a picture always fits in one message.
 */
export const MAX_IMAGE_BYTES = 32 * 1024 * 1024;

/** Failures that say something about the moment, not the picture: never cached, worth a retry. */
export const TRANSIENT_FAILURES: ReadonlySet<FailureReason> = new Set(['cancelled', 'timeout', 'engine-failed', 'host-unavailable', 'refused']);

/** An error that carries a failure reason; everything in lib/ocr throws only this. */
export class OcrFailure extends Error {
  readonly reason: FailureReason;
  constructor(reason: FailureReason, detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'OcrFailure';
    this.reason = reason;
  }
}

export function isOcrFailure(error: unknown): error is OcrFailure {
  return error instanceof OcrFailure || (typeof error === 'object' && error !== null && (error as { name?: string }).name === 'OcrFailure');
}

/** Image formats recognised by their first bytes. */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'avif' | 'heic' | 'tiff' | 'ico';

/** Decoded pixels: 1 (gray), 3 (RGB) or 4 (RGBA) bytes per pixel, rows top to bottom, no padding. */
export interface RasterImage {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

export interface DecodeOptions {
  /** The format sniffed from the bytes. */
  format: ImageFormat;
  /** Dimensions read from the header, when the format has them there. */
  width?: number;
  height?: number;
  /** JPEG: progressive, as the header says (its decoder holds all coefficients: a lower cap). */
  progressive?: boolean;
  /**
   * Return at most this many pixels (the output limit): a decoder shrinks while decoding where the
   * format allows (JPEG's DCT scaling), else right after, so the caller never holds more.
   */
  maxPixels: number;
  /**
   * Refuse (`too-large`) an image that declares more pixels than this, before decoding it (the
   * input limit). Default: the per-format cap of lib/ocr/sniff.ts (`decodeLimit`), measured so
   * one decode stays within the OCR host's memory budget.
   */
  maxInputPixels?: number;
  /**
   * Abort to stop (`cancelled`): checked before and after the native decode, which itself cannot
   * be interrupted and is bounded in time instead.
   */
  signal?: AbortSignal;
}

/**
 * The one platform-specific step: bytes → pixels. Node: lib/ocr/node/decode.ts (sharp/libvips);
 * browser: lib/ocr/browser-decode.ts (ImageDecoder or createImageBitmap + OffscreenCanvas).
 * Both check the header size against the input limit before any decode. Throws OcrFailure only.
 */
export type Decoder = (bytes: Uint8Array, options: DecodeOptions) => Promise<RasterImage>;

/** OCR languages, as tesseract names its traineddata. */
export type TessLang = 'eng' | 'chi_sim' | 'chi_tra';

/** The language of the page the screenshot is attached on (or the user's choice in options). */
export type LangHint = 'zh-Hant' | 'zh-Hans' | 'en' | 'auto';

export interface OcrProgress {
  /** `queued`: waiting for the engine (the host's heartbeat says so until the read starts). */
  stage: 'queued' | 'decoding' | 'loading' | 'recognizing' | 'classifying';
  /** 0..1 within the whole read. */
  progress: number;
}
