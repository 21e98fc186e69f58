/**
 * Pixels → the image tesseract reads: grayscale, scaled so that text lands at a size the LSTM
 * models read well and fast, dark themes inverted to dark-on-light, encoded as binary PGM (which
 * tesseract's Leptonica reads without any decompression). Pure: no browser API, no Node API.
 *
 * The constants below were chosen by running the corpus (scripts/bench-ocr.ts --sweep); see
 * lib/ocr/README.md for the measurements.
 */
import { OcrFailure, type RasterImage } from './types';

export interface PreprocessOptions {
  /**
   * How to pick the scale: `dpr` guesses the device pixel ratio from the image size (right for
   * whole screens); `text-height` measures the height of the text lines in the image (right for
   * crops and any DPR, but scales small Latin text up more than needed); `auto` takes the `dpr`
   * scale, but scales up text that would end up smaller than `minTextPx` (small Latin text, a
   * phone shot shrunk by a messenger) and down text that would stay above 40 px (a zoomed crop
   * looks like a desktop by its size). When the text cannot be
   * measured (a photo, a blank image), every mode falls back to `dpr`.
   */
  scaleBy: 'auto' | 'text-height' | 'dpr';
  /** `text-height`: the line height (ink of one text line, in px) to scale to. */
  textHeightPx: number;
  /**
   * `auto`: the smallest line height to read text at (smaller text is scaled up to it); 0, the
   * default, is no floor: with the contrast step small text is read as it is, for less time
   * (docs/measurements.md).
   */
  minTextPx: number;
  /**
   * Output pixels per CSS pixel of the page in the screenshot (the DPR guess). 1.0 read the most
   * keywords in less time than larger scales, which got no verdict more right (docs/measurements.md);
   * a DPR-1 desktop is not resampled at all.
   */
  pixelsPerCssPx: number;
  /** Invert when the background is dark: `auto` decides from the median luminance. */
  invert: 'auto' | 'never' | 'always';
  /** Cap on the output size, whatever the estimate says. */
  maxOutputPixels: number;
  /**
   * Contrast against the background, after inversion: a pixel `d` levels darker than the
   * background becomes `k·d` levels darker (0 = off). Gray labels (#8a919f on white, 112 levels
   * darker) otherwise sit right at tesseract's global Otsu threshold, which black text and dark
   * buttons pull down, and vanish whole.
   */
  contrast: number;
  /** Differences from the background smaller than this are noise (JPEG ringing): left white. */
  contrastFloor: number;
}

export const DEFAULT_PREPROCESS: PreprocessOptions = {
  scaleBy: 'auto',
  textHeightPx: 18,
  minTextPx: 0,
  pixelsPerCssPx: 1,
  invert: 'auto',
  maxOutputPixels: 6_000_000,
  contrast: 2.2,
  contrastFloor: 0,
};

/** The most pixels a decoder should hand over; bigger images are shrunk while decoding. */
export const DECODE_MAX_PIXELS = 16_000_000;

export interface Preprocessed {
  /** Binary PGM (P5) bytes, ready for tesseract. */
  pgm: Uint8Array;
  width: number;
  height: number;
  /** Scale applied to the decoded image. */
  scale: number;
  inverted: boolean;
  /** The device pixel ratio the screenshot was guessed to have. */
  dpr: number;
  /** The measured text line height in the decoded image (`auto` and `text-height` scaling). */
  textHeight?: number;
}

/**
 * Guess the device pixel ratio of a screenshot from its size alone. Portrait images are phone
 * screens, which are 360–430 CSS px wide (390 for the common iPhones); landscape ones are desktops,
 * 1280–1920 CSS px wide at DPR 1, wider only on HiDPI screens (2560, 2880, 3024 at DPR 2).
 */
export function estimateDpr(width: number, height: number): number {
  if (height >= width * 1.3) return Math.min(4, Math.max(1, width / 390));
  if (width <= 2200) return 1;
  return Math.min(3, width / 1440);
}

/**
 * The typical height of a line of text, in pixels: per vertical strip, runs of rows that hold
 * "ink" (pixels far from the background) separated by blank rows are text lines; solid runs
 * (buttons, panels, pictures) are skipped. Returns the median of the line heights, or undefined
 * when there are too few lines to tell (a photo, a blank image).
 */
export function estimateTextHeight(gray: Uint8Array, width: number, height: number): number | undefined {
  const bg = medianLuma(gray);
  const STRIPS = 6;
  const stripW = Math.floor(width / STRIPS);
  if (stripW < 8 || height < 16) return undefined;
  const heights: number[] = [];
  const rowInk = new Uint16Array(height);
  for (let s = 0; s < STRIPS; s++) {
    const x0 = s * stripW;
    for (let y = 0; y < height; y++) {
      let n = 0;
      const row = y * width + x0;
      for (let x = 0; x < stripW; x += 2) {
        const d = gray[row + x] - bg;
        if (d > 60 || d < -60) n++;
      }
      rowInk[y] = n;
    }
    const half = stripW / 2;
    let start = -1;
    let inkSum = 0;
    for (let y = 0; y <= height; y++) {
      const inked = y < height && rowInk[y] > 0;
      if (inked) {
        if (start < 0) {
          start = y;
          inkSum = 0;
        }
        inkSum += rowInk[y];
      } else if (start >= 0) {
        const h = y - start;
        const density = inkSum / (h * half);
        // Text: a few px to a few dozen, and sparse ink; solid fills are not text.
        if (h >= 5 && h <= height / 4 && density < 0.5) heights.push(h);
        start = -1;
      }
    }
  }
  if (heights.length < 6) return undefined;
  heights.sort((a, b) => a - b);
  return heights[heights.length >> 1];
}

/** The output size for an image, before the cap. */
export function planScale(width: number, height: number, options: PreprocessOptions = DEFAULT_PREPROCESS, textHeight?: number): number {
  const dpr = estimateDpr(width, height);
  const byText = textHeight ? Math.min(3, Math.max(0.25, options.textHeightPx / textHeight)) : undefined;
  let scale = options.pixelsPerCssPx / dpr;
  if (byText !== undefined && options.scaleBy === 'text-height') scale = byText;
  if (byText !== undefined && options.scaleBy === 'auto') {
    const predicted = textHeight! * scale;
    // Small text (Latin at 12 CSS px on a DPR-1 desktop measures 9 px) is brought up to the
    // minimum; text that would stay huge (a zoomed crop) is brought down to the target.
    if (predicted < options.minTextPx) scale = Math.min(3, options.minTextPx / textHeight!);
    else if (predicted > 40) scale = byText;
  }
  const out = width * height * scale * scale;
  if (out > options.maxOutputPixels) scale *= Math.sqrt(options.maxOutputPixels / out);
  // Within 8% of 1 is not worth a resample (and resampling blurs).
  if (Math.abs(scale - 1) < 0.08) scale = 1;
  return scale;
}

/** Luma (BT.601, integer) of any raster. */
export function toGray(image: RasterImage): Uint8Array {
  const { width, height, channels, data } = image;
  const n = width * height;
  if (data.length < n * channels) throw new OcrFailure('undecodable', 'pixel data shorter than the image');
  if (channels === 1) return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, n);
  const gray = new Uint8Array(n);
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    let y = (data[j] * 77 + data[j + 1] * 150 + data[j + 2] * 29) >> 8;
    if (channels === 4) {
      // Transparent pixels composite onto white, as an image viewer shows them.
      const a = data[j + 3];
      if (a !== 255) y = (y * a + 255 * (255 - a)) / 255;
    }
    gray[i] = y;
  }
  return gray;
}

interface Taps {
  start: Int32Array;
  count: Int32Array;
  weights: Float32Array;
  maxTaps: number;
}

/** Triangle-filter taps for one axis; the filter widens when shrinking, which averages (no aliasing). */
function taps(inSize: number, outSize: number): Taps {
  const scale = outSize / inSize;
  const support = scale < 1 ? 1 / scale : 1;
  const maxTaps = Math.ceil(support * 2) + 2;
  const start = new Int32Array(outSize);
  const count = new Int32Array(outSize);
  const weights = new Float32Array(outSize * maxTaps);
  for (let o = 0; o < outSize; o++) {
    const center = (o + 0.5) / scale - 0.5;
    const lo = Math.max(0, Math.ceil(center - support));
    const hi = Math.min(inSize - 1, Math.floor(center + support));
    let sum = 0;
    let k = 0;
    for (let i = lo; i <= hi && k < maxTaps; i++, k++) {
      const w = Math.max(0, 1 - Math.abs(i - center) / support);
      weights[o * maxTaps + k] = w;
      sum += w;
    }
    if (k === 0 || sum === 0) {
      // No tap fell inside the image (only at the very edges): take the nearest pixel.
      start[o] = Math.min(inSize - 1, Math.max(0, Math.round(center)));
      count[o] = 1;
      weights[o * maxTaps] = 1;
      continue;
    }
    for (let t = 0; t < k; t++) weights[o * maxTaps + t] /= sum;
    start[o] = lo;
    count[o] = k;
  }
  return { start, count, weights, maxTaps };
}

/** Resample a gray image (separable triangle filter). */
export function resizeGray(src: Uint8Array, w: number, h: number, nw: number, nh: number): Uint8Array {
  if (nw === w && nh === h) return src;
  const tx = taps(w, nw);
  const ty = taps(h, nh);
  // Horizontal pass into a float buffer (h × nw), then vertical into bytes (nh × nw).
  const mid = new Float32Array(h * nw);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const out = y * nw;
    for (let x = 0; x < nw; x++) {
      const s = tx.start[x];
      const base = x * tx.maxTaps;
      let acc = 0;
      for (let k = 0; k < tx.count[x]; k++) acc += src[row + s + k] * tx.weights[base + k];
      mid[out + x] = acc;
    }
  }
  const dst = new Uint8Array(nw * nh);
  const acc = new Float32Array(nw);
  for (let y = 0; y < nh; y++) {
    acc.fill(0);
    const s = ty.start[y];
    const base = y * ty.maxTaps;
    for (let k = 0; k < ty.count[y]; k++) {
      const wgt = ty.weights[base + k];
      const row = (s + k) * nw;
      for (let x = 0; x < nw; x++) acc[x] += mid[row + x] * wgt;
    }
    const out = y * nw;
    for (let x = 0; x < nw; x++) {
      const v = acc[x] + 0.5;
      dst[out + x] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return dst;
}

/** Median luminance, from a histogram of every 4th pixel. */
export function medianLuma(gray: Uint8Array): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < gray.length; i += 4, n++) hist[gray[i]]++;
  let acc = 0;
  for (let v = 0; v < 256; v++) {
    acc += hist[v];
    if (acc * 2 >= n) return v;
  }
  return 255;
}

/** In place: every pixel's distance below the (light) background, times `k`. */
export function stretchFromBackground(gray: Uint8Array, k: number, floor = 0): Uint8Array {
  const bg = medianLuma(gray);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = v >= bg - floor ? 255 : Math.max(0, Math.round(255 - (bg - floor - v) * k));
  for (let i = 0; i < gray.length; i++) gray[i] = lut[gray[i]];
  return gray;
}

/**
 * Binary PGM. The header carries a padding comment so that the first 500 bytes are header only:
 * tesseract.js scans them for an EXIF orientation pattern, which dark pixel values could imitate.
 */
export function encodePgm(gray: Uint8Array, width: number, height: number): Uint8Array {
  const head = `P5\n# ${'-'.repeat(500)}\n${width} ${height}\n255\n`;
  const out = new Uint8Array(head.length + width * height);
  for (let i = 0; i < head.length; i++) out[i] = head.charCodeAt(i);
  out.set(gray.subarray(0, width * height), head.length);
  return out;
}

export function preprocess(image: RasterImage, options: PreprocessOptions = DEFAULT_PREPROCESS): Preprocessed {
  const { width, height } = image;
  let gray = toGray(image);
  const textHeight = options.scaleBy !== 'dpr' ? estimateTextHeight(gray, width, height) : undefined;
  const scale = planScale(width, height, options, textHeight);
  const nw = Math.max(1, Math.round(width * scale));
  const nh = Math.max(1, Math.round(height * scale));
  gray = resizeGray(gray, width, height, nw, nh);
  const inverted = options.invert === 'always' || (options.invert === 'auto' && medianLuma(gray) < 128);
  if (inverted) {
    // Never invert the caller's buffer in place (a gray decode may hand us its own).
    const inv = gray === image.data ? new Uint8Array(gray.length) : gray;
    for (let i = 0; i < gray.length; i++) inv[i] = 255 - gray[i];
    gray = inv;
  }
  // A photo (no measurable lines of text) is left as it is: stretching its noise only makes more of it to read.
  const photo = options.scaleBy !== 'dpr' && textHeight === undefined;
  if (options.contrast > 0 && !photo) gray = stretchFromBackground(gray === image.data ? new Uint8Array(gray) : gray, options.contrast, options.contrastFloor);
  return { pgm: encodePgm(gray, nw, nh), width: nw, height: nh, scale, inverted, dpr: estimateDpr(width, height), textHeight };
}
