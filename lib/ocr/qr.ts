/**
 * QR codes on a screenshot: visual evidence that needs no text. A deposit page shows the deposit
 * address as a QR code beside the address in text; a QR that decodes to an address which also
 * appears in the OCR text is strong deposit evidence (lib/ocr/classify/kinds/deposit.ts).
 *
 * ZXing-C++ compiled to WebAssembly (`zxing-wasm`, reader build, ~0.9 MB): maintained, reads
 * rotated, inverted and low-contrast codes, and runs the same in the extension's OCR host and in
 * Node. jsQR was the alternative: pure JS, but unmaintained since 2021 and weaker on inverted and
 * small codes. The wasm binary is injected (`loadWasm`): read from the extension's own files in the
 * browser, from node_modules in Node; the library's CDN default is never used.
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

/** Pixels to look at: 1 byte per pixel (gray), rows top to bottom. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Returns the decoded text of every QR code found (none: an empty list). Never throws. */
export type QrReader = (image: GrayImage) => Promise<string[]>;

export function createQrReader(loadWasm: () => Promise<ArrayBuffer | Uint8Array>): QrReader {
  let ready: Promise<void> | null = null;
  const prepare = () =>
    (ready ??= loadWasm().then(async (wasm) => {
      const wasmBinary = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
      await prepareZXingModule({
        overrides: { wasmBinary: wasmBinary as unknown as ArrayBuffer, locateFile: (file: string) => file },
        fireImmediately: true,
      });
    }));
  return async (image) => {
    try {
      await prepare();
      // ZXing's pixmap input is RGBA; gray goes in as equal channels.
      const rgba = new Uint8ClampedArray(image.width * image.height * 4);
      for (let i = 0, j = 0; i < image.data.length; i++, j += 4) {
        rgba[j] = rgba[j + 1] = rgba[j + 2] = image.data[i];
        rgba[j + 3] = 255;
      }
      const results = await readBarcodes({ width: image.width, height: image.height, data: rgba, colorSpace: 'srgb' } as ImageData, {
        formats: ['QRCode'],
        tryHarder: true,
        tryInvert: true,
        tryRotate: true,
        maxNumberOfSymbols: 4,
      });
      return results.filter((r) => r.isValid && r.text).map((r) => r.text);
    } catch (error) {
      ready = null;
      console.warn('[gate-square-checklist] QR detection unavailable', error);
      return [];
    }
  };
}
