/**
 * The browser decoder for the OCR host page (Chrome offscreen document, Firefox background page):
 * bytes → gray pixels with the browser's own image decoders.
 *
 * Browsers decode most formats at full size whatever they are asked: Chromium 156's
 * createImageBitmap(blob, {resizeWidth, resizeHeight}) decodes a PNG whole first (a few hundred KB
 * can declare 20000×20000 pixels, a 35-byte GIF a 10000² screen), and resizing costs more than not
 * (figures: docs/measurements.md). So:
 *
 * 1. The size comes from the header (lib/ocr/sniff.ts; for a GIF the screen grown to its first
 *    frame, for AVIF its `ispe`), and an image over its format's cap (`decodeLimit`, measured so
 *    one full decode fits the OCR host's memory budget) is refused with `too-large` before any
 *    decode. A format whose size is not in a header we read is never decoded (HEIC, TIFF, ICO).
 * 2. A JPEG bigger than the output limit goes through WebCodecs' ImageDecoder with desiredWidth/
 *    desiredHeight: Chromium then lets libjpeg shrink while decoding (DCT scaling, a quarter of the
 *    peak for a big JPEG). createImageBitmap never does that, for any format, and
 *    ImageDecoder does it for no other format.
 * 3. Everything else: createImageBitmap(blob) at full size (within the cap); animated GIFs give
 *    their first frame.
 * 4. The pixels are copied out a band of rows at a time into one reused buffer (VideoFrame.copyTo;
 *    canvas getImageData allocates a new array per band, and a whole image of garbage piles up
 *    before the collector runs: twice the peak), area-averaged straight
 *    into a gray image (BT.601 over white, as lib/ocr/preprocess.ts computes it), and the small
 *    result is turned by the EXIF orientation the frame carries (its pixels are as stored).
 *    Without WebCodecs, bands are drawn on a canvas and read back (orientation applied by it).
 *
 * Uses only web platform APIs (Blob, createImageBitmap, ImageDecoder, VideoFrame, OffscreenCanvas
 * or a canvas element), never the extension APIs: inject it into createOcrEngine({ decode:
 * decodeInBrowser, … }).
 */
import { checkDecodeSize, decodeLimit, shrinkFactor, sniffImage } from './sniff';
import { OcrFailure, isOcrFailure, type DecodeOptions, type Decoder, type ImageFormat, type RasterImage } from './types';

const MIME: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  avif: 'image/avif',
  heic: 'image/heic',
  tiff: 'image/tiff',
  ico: 'image/x-icon',
};

/**
 * Never decoded here: Chrome and Firefox cannot decode HEIC or TIFF, and an icon is no screenshot
 * (its real size sits in each entry's own header).
 */
const NOT_DECODED: ReadonlySet<ImageFormat> = new Set(['heic', 'tiff', 'ico']);

/** Rows copied out per band: about 1 megapixel (4 MB of RGBA) at a time. */
const BAND_PIXELS = 1 << 20;

/** How 4-byte pixels are laid out: channel order, and what the 4th byte means. */
export interface PixelLayout {
  order: 'rgb' | 'bgr';
  /** `none`: opaque (or already over white); `premultiplied`/`straight`: composite over white. */
  alpha: 'none' | 'premultiplied' | 'straight';
}

/**
 * Gray, area-averaged downscaling fed with 4-byte pixel rows top to bottom (any number at a time):
 * every output pixel is the mean of the source area it covers, fractional edges weighted.
 * Transparency is composited over white first, as an image viewer shows it. Pure.
 */
export class GrayShrinker {
  readonly out: Uint8Array;
  private readonly fx: number;
  private readonly fy: number;
  private readonly col: Uint32Array;
  private readonly colW: Float32Array;
  private readonly row: Float32Array;
  private readonly gray: Uint8Array;
  private acc: Float32Array;
  private next: Float32Array;
  private y = 0;
  private oy = 0;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly outWidth: number,
    readonly outHeight: number,
  ) {
    if (outWidth > width || outHeight > height || outWidth < 1 || outHeight < 1) throw new RangeError('GrayShrinker only shrinks');
    this.out = new Uint8Array(outWidth * outHeight);
    this.fx = width / outWidth;
    this.fy = height / outHeight;
    // Source column x covers [x, x+1): its first output column and the share that falls in it.
    this.col = new Uint32Array(width);
    this.colW = new Float32Array(width);
    for (let x = 0; x < width; x++) {
      const ox = Math.min(outWidth - 1, Math.floor(x / this.fx));
      this.col[x] = ox;
      this.colW[x] = Math.min(1, (ox + 1) * this.fx - x);
    }
    this.gray = new Uint8Array(width);
    this.row = new Float32Array(outWidth + 1);
    this.acc = new Float32Array(outWidth + 1);
    this.next = new Float32Array(outWidth + 1);
  }

  get done(): boolean {
    return this.y >= this.height;
  }

  /** `pixels`: `rows` rows of `width` 4-byte pixels laid out as `layout` says. */
  push(pixels: Uint8Array | Uint8ClampedArray, rows: number, layout: PixelLayout): void {
    const { width, outWidth, col, colW, row, gray } = this;
    const identity = width === outWidth && this.height === this.outHeight;
    const r0 = layout.order === 'rgb' ? 0 : 2;
    const b0 = 2 - r0;
    for (let r = 0; r < rows && this.y < this.height; r++, this.y++) {
      const target = identity ? this.out.subarray(this.y * width, (this.y + 1) * width) : gray;
      for (let x = 0, j = r * width * 4; x < width; x++, j += 4) {
        const y = (pixels[j + r0] * 77 + pixels[j + 1] * 150 + pixels[j + b0] * 29) >> 8;
        const a = pixels[j + 3];
        if (layout.alpha === 'none' || a === 255) target[x] = y;
        else if (layout.alpha === 'premultiplied') target[x] = Math.min(255, y + 255 - a);
        else target[x] = (y * a + 255 * (255 - a)) / 255;
      }
      if (identity) continue;
      row.fill(0);
      for (let x = 0; x < width; x++) {
        const w = colW[x];
        row[col[x]] += gray[x] * w;
        if (w < 1) row[col[x] + 1] += gray[x] * (1 - w);
      }
      // This source row's share in the current output row, the rest in the next one.
      const end = (this.oy + 1) * this.fy;
      const wy = Math.min(1, end - this.y);
      for (let ox = 0; ox < outWidth; ox++) this.acc[ox] += row[ox] * wy;
      if (wy < 1) for (let ox = 0; ox < outWidth; ox++) this.next[ox] += row[ox] * (1 - wy);
      if (this.y + 1 >= end - 1e-6 || this.y + 1 === this.height) this.flush();
    }
  }

  private flush(): void {
    if (this.oy >= this.outHeight) return;
    const area = this.fx * this.fy;
    const o = this.oy * this.outWidth;
    for (let ox = 0; ox < this.outWidth; ox++) this.out[o + ox] = Math.min(255, Math.round(this.acc[ox] / area));
    const t = this.acc;
    this.acc = this.next;
    this.next = t;
    this.next.fill(0);
    this.oy++;
  }
}

/**
 * A gray image turned the way a VideoFrame says it is shown: `rotation` degrees clockwise, then
 * mirrored left-right when `flip` (EXIF 5 = 90 + flip is the transpose). Pure.
 */
export function orientGray(data: Uint8Array, width: number, height: number, rotation: number, flip: boolean): RasterImage {
  const turn = ((rotation % 360) + 360) % 360;
  if (turn === 0 && !flip) return { width, height, channels: 1, data };
  const [ow, oh] = turn === 90 || turn === 270 ? [height, width] : [width, height];
  const out = new Uint8Array(ow * oh);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let nx = x;
      let ny = y;
      if (turn === 90) [nx, ny] = [height - 1 - y, x];
      else if (turn === 180) [nx, ny] = [width - 1 - x, height - 1 - y];
      else if (turn === 270) [nx, ny] = [y, width - 1 - x];
      if (flip) nx = ow - 1 - nx;
      out[ny * ow + nx] = data[y * width + x];
    }
  }
  return { width: ow, height: oh, channels: 1, data: out };
}

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function canvas(width: number, height: number): Ctx {
  if (typeof OffscreenCanvas !== 'undefined') {
    const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (ctx) return ctx;
  }
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new OcrFailure('engine-failed', 'no 2D canvas available');
  return ctx;
}

function cancelled(signal: AbortSignal | undefined, when: string): void {
  if (signal?.aborted) throw new OcrFailure('cancelled', `cancelled ${when}`);
}

/** Decoded pixels that can be copied out a band of rows at a time, then turned upright. */
interface RowSource {
  width: number;
  height: number;
  layout: PixelLayout;
  /** Copy rows [y, y+rows) into `into` (width×rows×4 bytes) and return the bytes to read. */
  rows(y: number, rows: number, into: Uint8Array): Promise<Uint8Array | Uint8ClampedArray>;
  /** Still to apply to the output (a VideoFrame's pixels are as stored; EXIF orientation is metadata). */
  rotation: number;
  flip: boolean;
  close(): void;
}

type FrameFormat = 'RGBA' | 'RGBX' | 'BGRA' | 'BGRX';
interface Frame {
  readonly format: string | null;
  readonly codedWidth: number;
  readonly codedHeight: number;
  readonly rotation?: number;
  readonly flip?: boolean;
  copyTo(dest: Uint8Array, options?: { rect?: { x: number; y: number; width: number; height: number }; format?: FrameFormat }): Promise<unknown>;
  close(): void;
}
type FrameCtor = new (source: ImageBitmap | OffscreenCanvas, init: { timestamp: number }) => Frame;
interface ImageDecoderLike {
  decode(options?: { frameIndex?: number }): Promise<{ image: Frame }>;
  close(): void;
}
type ImageDecoderCtor = new (init: { data: Uint8Array<ArrayBuffer>; type: string; desiredWidth?: number; desiredHeight?: number }) => ImageDecoderLike;

const webCodecs = () => globalThis as { ImageDecoder?: ImageDecoderCtor; VideoFrame?: FrameCtor & { prototype: object } };

let premultipliedFrames: Promise<boolean> | undefined;

/**
 * Whether a VideoFrame made from an ImageBitmap hands out premultiplied pixels (Chromium 156 does;
 * nothing in the spec says so): asked once, of a half-transparent red pixel.
 */
function framesArePremultiplied(Frame: FrameCtor): Promise<boolean> {
  premultipliedFrames ??= (async () => {
    const c = new OffscreenCanvas(1, 1);
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = 'rgba(255, 0, 0, 0.5)';
    ctx.fillRect(0, 0, 1, 1);
    const frame = new Frame(c, { timestamp: 0 });
    try {
      const px = new Uint8Array(4);
      await frame.copyTo(px);
      return (frame.format?.startsWith('BGR') ? px[2] : px[0]) < 192;
    } finally {
      frame.close();
    }
  })().catch(() => true);
  return premultipliedFrames;
}

/** Rows of a frame, copied (and converted to RGBA when it is YUV) band by band. */
async function frameRows(Frame: FrameCtor, frame: Frame, fromBitmap: boolean): Promise<Omit<RowSource, 'close' | 'rotation' | 'flip'>> {
  const native = (['RGBA', 'RGBX', 'BGRA', 'BGRX'] as const).find((f) => f === frame.format);
  const format: FrameFormat = native ?? 'RGBA';
  const alpha = format.endsWith('X') || !fromBitmap ? 'none' : (await framesArePremultiplied(Frame)) ? 'premultiplied' : 'straight';
  const width = frame.codedWidth;
  const rows: RowSource['rows'] = async (y, n, into) => {
    await frame.copyTo(into, { rect: { x: 0, y, width, height: n }, ...(native ? {} : { format: 'RGBA' as const }) });
    return into;
  };
  // Fail here, not halfway: a browser without copyTo's format conversion throws on the first band.
  await rows(0, 1, new Uint8Array(width * 4));
  return { width, height: frame.codedHeight, layout: { order: format.startsWith('BGR') ? 'bgr' : 'rgb', alpha }, rows };
}

/**
 * A JPEG shrunk while decoding (DCT scaling) by WebCodecs' ImageDecoder; the frame stays as stored
 * and its EXIF rotation is applied to the (small) gray output. Undefined where the browser has no
 * ImageDecoder or cannot copy its frames out.
 */
async function jpegByImageDecoder(bytes: Uint8Array, width: number, height: number, f: number): Promise<RowSource | undefined> {
  const { ImageDecoder, VideoFrame } = webCodecs();
  // Only where a frame says how it is turned (EXIF orientation); elsewhere createImageBitmap turns it.
  if (!ImageDecoder || !VideoFrame || !('rotation' in VideoFrame.prototype)) return undefined;
  const decoder = new ImageDecoder({
    data: bytes as Uint8Array<ArrayBuffer>,
    type: 'image/jpeg',
    desiredWidth: Math.ceil(width / f),
    desiredHeight: Math.ceil(height / f),
  });
  let frame: Frame | undefined;
  try {
    frame = (await decoder.decode({ frameIndex: 0 })).image;
    const source = await frameRows(VideoFrame, frame, false);
    const f0 = frame;
    return { ...source, rotation: frame.rotation ?? 0, flip: frame.flip === true, close: () => f0.close() };
  } catch {
    frame?.close();
    return undefined;
  } finally {
    decoder.close();
  }
}

/** The image at full size (first frame, EXIF orientation known) from createImageBitmap. */
async function byImageBitmap(bytes: Uint8Array, format: ImageFormat): Promise<RowSource> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: MIME[format] }), { imageOrientation: 'from-image' });
  const { width, height } = bitmap;
  const { VideoFrame } = webCodecs();
  // A frame made of the bitmap holds its pixels as stored, the EXIF turn in rotation/flip (Chromium
  // 156): only where frames have those, else the canvas below (drawImage turns the bitmap).
  if (VideoFrame && 'rotation' in VideoFrame.prototype) {
    let frame: Frame | undefined;
    try {
      frame = new VideoFrame(bitmap, { timestamp: 0 });
      const source = await frameRows(VideoFrame, frame, true);
      const f0 = frame;
      return {
        ...source,
        rotation: frame.rotation ?? 0,
        flip: frame.flip === true,
        close: () => {
          f0.close();
          bitmap.close();
        },
      };
    } catch {
      frame?.close();
    }
  }
  // No WebCodecs: draw bands over white and read them back (each read allocates; the collector copes).
  const ctx = canvas(width, Math.min(height, Math.max(1, Math.floor(BAND_PIXELS / width))));
  return {
    width,
    height,
    layout: { order: 'rgb', alpha: 'none' },
    rotation: 0,
    flip: false,
    rows: async (y, n) => {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, n);
      ctx.drawImage(bitmap, 0, y, width, n, 0, 0, width, n);
      return ctx.getImageData(0, 0, width, n).data;
    },
    close: () => bitmap.close(),
  };
}

export const decodeInBrowser: Decoder = async (bytes: Uint8Array, options: DecodeOptions): Promise<RasterImage> => {
  const { format, signal, maxPixels } = options;
  cancelled(signal, 'before decoding');
  if (NOT_DECODED.has(format)) {
    throw new OcrFailure('unsupported-format', `${format.toUpperCase()} images cannot be read here; use PNG or JPEG`);
  }
  let { width, height, progressive } = options;
  if (!width || !height) ({ width, height, progressive } = sniffImage(bytes));
  if (!width || !height) throw new OcrFailure('undecodable', `${format.toUpperCase()} without its size in the header`);
  checkDecodeSize(width, height, options.maxInputPixels ?? decodeLimit(format, progressive));

  const f = shrinkFactor(width, height, maxPixels);
  let source: RowSource | undefined;
  try {
    if (format === 'jpeg' && f > 1) source = await jpegByImageDecoder(bytes, width, height, f);
    source ??= await byImageBitmap(bytes, format);
  } catch (e) {
    if (isOcrFailure(e)) throw e;
    // AVIF needs an AV1 decoder the browser may lack; the other formats every browser decodes.
    throw new OcrFailure(format === 'avif' ? 'unsupported-format' : 'undecodable', `${format.toUpperCase()}: ${(e as Error)?.message ?? e}`);
  }
  try {
    cancelled(signal, 'after decoding');
    // The output as the header's size shrunk by f, in the source's orientation; never larger than
    // the source (a DCT-scaled frame may come out a little smaller than asked).
    const turned = width !== height && source.width > source.height !== width > height;
    const [fullW, fullH] = turned ? [height, width] : [width, height];
    const shrinker = new GrayShrinker(source.width, source.height, Math.min(source.width, Math.ceil(fullW / f)), Math.min(source.height, Math.ceil(fullH / f)));
    const rowsPerBand = Math.max(1, Math.floor(BAND_PIXELS / source.width));
    const band = new Uint8Array(source.width * rowsPerBand * 4);
    for (let y = 0; y < source.height; y += rowsPerBand) {
      cancelled(signal, 'while reading the pixels');
      const n = Math.min(rowsPerBand, source.height - y);
      shrinker.push(await source.rows(y, n, band.subarray(0, source.width * n * 4)), n, source.layout);
    }
    return orientGray(shrinker.out, shrinker.outWidth, shrinker.outHeight, source.rotation, source.flip);
  } catch (e) {
    if (isOcrFailure(e)) throw e;
    throw new OcrFailure('undecodable', `${format.toUpperCase()}: ${(e as Error)?.message ?? e}`);
  } finally {
    source.close();
  }
};
