/**
 * The browser decoder for the OCR host page (Chrome offscreen document, Firefox background page):
 * bytes → pixels with the browser's own image decoders. createImageBitmap shrinks while decoding
 * when asked to (resizeWidth/resizeHeight), so a 60-megapixel screenshot is never held whole; an
 * animated GIF gives its first frame. WebP and BMP decode here (not in Node); HEIC/AVIF/TIFF fail
 * with `unsupported-format` when the browser cannot decode them.
 *
 * Uses only web platform APIs (Blob, createImageBitmap, OffscreenCanvas or a canvas element), never
 * the extension APIs: inject it into createOcrEngine({ decode: decodeInBrowser, worker: … }).
 */
import { OcrFailure, type DecodeOptions, type Decoder, type ImageFormat, type RasterImage } from './types';

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

function canvas(width: number, height: number): { ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const c = new OffscreenCanvas(width, height);
    const ctx = c.getContext('2d', { willReadFrequently: true });
    if (ctx) return { ctx };
  }
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new OcrFailure('engine-failed', 'no 2D canvas available');
  return { ctx };
}

export const decodeInBrowser: Decoder = async (bytes: Uint8Array, options: DecodeOptions): Promise<RasterImage> => {
  const blob = new Blob([bytes as BlobPart], { type: MIME[options.format] });
  const { width: w0, height: h0, maxPixels } = options;
  let resize: ImageBitmapOptions = {};
  if (w0 && h0 && w0 * h0 > maxPixels) {
    const f = Math.sqrt(maxPixels / (w0 * h0));
    resize = { resizeWidth: Math.max(1, Math.floor(w0 * f)), resizeHeight: Math.max(1, Math.floor(h0 * f)), resizeQuality: 'medium' };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { ...resize, imageOrientation: 'from-image' });
  } catch (e) {
    const unsupported = ['heic', 'avif', 'tiff', 'ico'].includes(options.format);
    throw new OcrFailure(unsupported ? 'unsupported-format' : 'undecodable', `${options.format.toUpperCase()}: ${(e as Error)?.message ?? e}`);
  }
  try {
    const { width, height } = bitmap;
    if (width * height > maxPixels * 1.05) {
      // Header-less formats decoded at full size: too big to draw safely.
      throw new OcrFailure('too-large', `${width}×${height} pixels`);
    }
    const { ctx } = canvas(width, height);
    // Transparent areas show as white, as an image viewer shows them.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, width, height).data;
    return { width, height, channels: 4, data };
  } finally {
    bitmap.close();
  }
};
