/**
 * The types the OCR feature shares with its callers (rules engine, panel, offscreen document, CLI).
 * Pure: types and constants only.
 */

export const VERDICT_KINDS = ['deposit', 'trade', 'candydrop', 'staking', 'none'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

/**
 * Why the verdict is what it is, precisely:
 * - `token-activity`: a deposit/trade/CandyDrop page of the contest's token (the proof the contest asks for);
 * - `other-coin`: an activity page, but of another coin (listed in `otherTokens`);
 * - `token-not-seen`: an activity page on which neither the token nor another coin could be read;
 * - `mentions-token-only`: the token is there but the page is no activity (a post, news, an ad);
 * - `not-activity`: no activity page and no token;
 * - `no-text`: nothing readable (a photo, a blank image);
 * - `withdraw-page`: a withdraw form (address field, fee, amount received): the deposit page's
 *   look-alike, and no proof;
 * - `token-unplaced`: the token is on a page that is no post and no recognised activity page
 *   (a title without the rest, a cropped corner): seen, but the page cannot be told.
 */
export const VERDICT_REASONS = [
  'token-activity',
  'other-coin',
  'token-not-seen',
  'mentions-token-only',
  'not-activity',
  'no-text',
  'withdraw-page',
  'token-unplaced',
] as const;
export type VerdictReason = (typeof VERDICT_REASONS)[number];

export interface ScreenshotVerdict {
  kind: VerdictKind;
  /**
   * The contest's token (WXTM, MinoTari) was seen: on an activity page, in its UI (the coin
   * deposited or traded, the CandyDrop campaign); on any other page, anywhere (then `reason` is
   * `mentions-token-only`: seen, but no proof). Proof is `kind !== 'none' && token`.
   */
  token: boolean;
  /** 0..1: how sure the kind is (for `none`, how sure it is not an activity page). */
  confidence: number;
  /** The words (as the contest spells them) that proved the kind, strongest first. */
  evidence: string[];
  /** The words that proved the token, as read. */
  tokenEvidence: string[];
  /** Other coins that are the subject of the page (e.g. BTC on a BTC deposit page). */
  otherTokens: string[];
  reason: VerdictReason;
  /** Raw score per kind, for debugging and the benchmark. */
  scores: Record<Exclude<VerdictKind, 'none'>, number>;
}

/**
 * Why an image could not be read. The panel shows one sentence per code.
 * - `empty`: 0 bytes.
 * - `not-an-image`: text or another non-image file (e.g. a .txt renamed .png).
 * - `svg`: a vector drawing, not a screenshot (never rendered, for safety).
 * - `unsupported-format`: an image format this decoder cannot read (HEIC, AVIF, TIFF, …).
 * - `truncated`: the file ends before the image does (an interrupted download or copy).
 * - `undecodable`: the format is known but the data is corrupt.
 * - `too-small`: too few pixels to hold readable text (e.g. 1×1).
 * - `too-large`: even after downscaling the image cannot be handled (absurd dimensions).
 * - `timeout`: reading took longer than the limit and was stopped.
 * - `cancelled`: the image was removed (or the caller aborted) while it was being read.
 * - `engine-failed`: the OCR engine could not start or crashed (e.g. wasm refused).
 * - `file-too-large`: the file has more bytes than {@link MAX_IMAGE_BYTES}; refused before sending.
 * - `host-unavailable`: the OCR host (Chrome's offscreen document) could not be reached or
 *   restarted within its deadline.
 * - `refused`: the host could not understand the request (a bug, never the picture's fault).
 * - `extension-stopped`: the extension itself is gone under the page (Chrome terminated it after
 *   its process crashed, or it was updated or reloaded): only reloading it helps.
 */
export const FAILURE_REASONS = [
  'empty',
  'not-an-image',
  'svg',
  'unsupported-format',
  'truncated',
  'undecodable',
  'too-small',
  'too-large',
  'timeout',
  'cancelled',
  'engine-failed',
  'file-too-large',
  'host-unavailable',
  'refused',
  'extension-stopped',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

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

/** What one read returns: a verdict, or a failure with its reason. Never thrown. */
export type OcrOutcome =
  | { ok: true; verdict: ScreenshotVerdict; text: string; ms: number; langs: string; width: number; height: number }
  | { ok: false; reason: FailureReason; detail: string; ms: number };
