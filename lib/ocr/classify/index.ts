/** The screenshot classifier: OCR text → verdict (verdict.ts composes the rest of this folder). */
export { classifyScreenshot, type ClassifyOptions } from './verdict';
