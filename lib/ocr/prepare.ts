/**
 * The shared front half of a read: sniff the bytes (format, size, whole?), decode them with the
 * platform's decoder (which refuses what its format's cap says it cannot decode safely, and
 * shrinks huge images while or right after decoding), preprocess for tesseract. Every bad image
 * ends here as an OcrFailure with a specific reason, the same in the browser and in Node.
 */
import { DECODE_MAX_PIXELS, DEFAULT_PREPROCESS, preprocess, type Preprocessed, type PreprocessOptions } from './preprocess';
import { MIN_SIDE, sniffImage } from './sniff';
import { OcrFailure, isOcrFailure, type Decoder, type RasterImage } from './types';

/**
 * `signal`: abort to stop with `cancelled` (the engine passes the signal that ends when a read is
 * given up, so a cancelled or timed-out read does not go on decoding).
 */
export async function prepareImage(
  bytes: Uint8Array,
  decode: Decoder,
  options: PreprocessOptions = DEFAULT_PREPROCESS,
  signal?: AbortSignal,
): Promise<Preprocessed> {
  const sniffed = sniffImage(bytes);
  let raster: RasterImage;
  try {
    raster = await decode(bytes, {
      format: sniffed.format,
      width: sniffed.width,
      height: sniffed.height,
      progressive: sniffed.progressive,
      maxPixels: DECODE_MAX_PIXELS,
      signal,
    });
  } catch (e) {
    if (isOcrFailure(e)) throw e;
    throw new OcrFailure('undecodable', (e as Error)?.message ?? String(e));
  }
  if (signal?.aborted) throw new OcrFailure('cancelled', 'cancelled after decoding');
  // Formats without dimensions in the header (HEIC via a browser that decodes it) are checked here.
  if (raster.width < MIN_SIDE || raster.height < MIN_SIDE) {
    throw new OcrFailure('too-small', `${raster.width}×${raster.height} pixels is too small to hold text`);
  }
  return preprocess(raster, options);
}
