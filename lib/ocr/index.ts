/**
 * lib/ocr: local OCR of activity screenshots. Browser-safe exports only; Node adds
 * lib/ocr/node/engine.ts (createNodeOcrEngine) and lib/ocr/node/decode.ts (decodeNode).
 *
 * Browser OCR host (offscreen document / background page):
 *   const engine = createOcrEngine({
 *     decode: decodeInBrowser,
 *     worker: {
 *       workerPath: browser.runtime.getURL('/tesseract/worker.min.js'),
 *       corePath: browser.runtime.getURL('/tesseract/core/'),
 *       langPath: browser.runtime.getURL('/tesseract/lang'),
 *       workerBlobURL: false,
 *       cacheMethod: 'none',
 *     },
 *     idleTerminateMs: OCR_TIMEOUTS.engineIdleMs,   // lib/ocr/timeouts.ts: every wait of the path
 *   });
 *   const outcome = await engine.read(bytes, { rule: contest.screenshot, langHint, signal, onProgress });
 */
export * from './types';
export { classifyScreenshot, type ClassifyOptions } from './classify';
export { createOcrEngine, TESSERACT_PARAMS, PIPELINE_PARAMS, type EngineOptions, type OcrEngine, type ReadOptions, type RecognizeResult } from './engine';
export { prepareImage } from './prepare';
export { DEFAULT_PREPROCESS, DECODE_MAX_PIXELS, preprocess, planScale, estimateDpr, type PreprocessOptions, type Preprocessed } from './preprocess';
export { sniffImage, type Sniffed } from './sniff';
export { langsFor, hintFromLocale, LANGS_FOR_HINT } from './langs';
export { OCR_TIMEOUTS } from './timeouts';
export { decodeInBrowser } from './browser-decode';
