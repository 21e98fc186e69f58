/**
 * Where the build puts tesseract.js's files (wxt.config.ts copies them from node_modules), as
 * worker options for the OCR host page. `base` is the extension's root URL (runtime.getURL('/')).
 */
import type { WorkerOptions } from 'tesseract.js';

export function ocrWorkerOptions(base: string): Partial<WorkerOptions> {
  return {
    workerPath: new URL('tesseract/worker.min.js', base).href,
    corePath: new URL('tesseract/core/', base).href,
    langPath: new URL('tesseract/lang', base).href,
    // A blob: worker cannot load inside an extension page; nothing is cached outside our control.
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  };
}

/** The QR reader's wasm, copied into the build beside tesseract's files (wxt.config.ts). */
export function qrWasmUrl(base: string): string {
  return new URL('zxing/zxing_reader.wasm', base).href;
}
