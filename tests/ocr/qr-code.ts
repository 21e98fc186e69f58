/**
 * QR codes for the tests, made by ZXing's own writer (zxing-wasm, from node_modules): a gray image
 * of `text` as a QR code, `scale` pixels per module, on a white margin, dark-on-light or inverted.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';
import type { GrayImage } from '../../lib/ocr/qr';

let ready: Promise<unknown> | null = null;

export async function qrPng(text: string, scale = 6): Promise<Buffer> {
  ready ??= readFile(createRequire(import.meta.url).resolve('zxing-wasm/writer/zxing_writer.wasm')).then((wasm) =>
    prepareZXingModule({ overrides: { wasmBinary: new Uint8Array(wasm) as unknown as ArrayBuffer }, fireImmediately: true }),
  );
  await ready;
  const written = await writeBarcode(text, { format: 'QRCode', scale });
  if (!written.image) throw new Error(written.error);
  return Buffer.from(await written.image.arrayBuffer());
}

export async function qrGray(text: string, opts: { scale?: number; margin?: number; invert?: boolean } = {}): Promise<GrayImage> {
  const png = await qrPng(text, opts.scale ?? 6);
  const margin = opts.margin ?? 40;
  let img = sharp(png)
    .flatten({ background: '#fff' })
    .extend({ top: margin, bottom: margin, left: margin, right: margin * 3, background: '#fff' })
    .grayscale();
  if (opts.invert) img = img.negate({ alpha: false });
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
}
