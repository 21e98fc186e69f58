/**
 * Where the build puts tesseract.js's files (wxt.config.ts copies them from node_modules), as
 * worker options for the OCR host page. `base` is the extension's root URL (runtime.getURL('/')).
 */
import type { WorkerOptions } from 'tesseract.js';
import { decodeInBrowser } from './browser-decode';
import { createOcrEngine, type OcrEngine } from './engine';
import { createQrReader } from './qr';
import { OCR_TIMEOUTS } from './timeouts';

function ocrWorkerOptions(base: string): Partial<WorkerOptions> {
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
function qrWasmUrl(base: string): string {
  return new URL('zxing/zxing_reader.wasm', base).href;
}

/**
 * The engine of an OCR host page (Chrome's offscreen document, Firefox's background page): the
 * browser's decoders, tesseract.js and the QR reader from the extension's own files, and the
 * worker ended after `engineIdleMs` without reads (wasm memory never shrinks). `base`: runtime.getURL('/').
 */
export function createExtensionOcrEngine(base: string): OcrEngine {
  return createOcrEngine({
    decode: decodeInBrowser,
    worker: ocrWorkerOptions(base),
    qr: createQrReader(async () => (await fetch(qrWasmUrl(base))).arrayBuffer()),
    idleTerminateMs: OCR_TIMEOUTS.engineIdleMs,
  });
}
