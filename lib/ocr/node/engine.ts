/**
 * The OCR engine in Node: the shared engine with the pure-JS decoder and tesseract.js reading its
 * language data from the @tesseract.js-data packages in node_modules. Nothing is fetched: langPath
 * is a local directory (tesseract.js then reads files, never the network) and cacheMethod is
 * 'none' (no .traineddata written to the working directory). tests/ocr/engine-node.test.ts checks
 * that no network call is made.
 *
 * Node only: never import this from code that the extension bundles.
 */
import { existsSync, mkdirSync, symlinkSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { WorkerOptions } from 'tesseract.js';
import { createOcrEngine, type EngineOptions, type OcrEngine } from '../engine';
import type { TessLang } from '../types';
import { decodeNode } from './decode';

const require = createRequire(import.meta.url);
export const TESS_LANGS: readonly TessLang[] = ['eng', 'chi_sim', 'chi_tra'];

/** node_modules/@tesseract.js-data/<lang>/4.0.0_best_int/<lang>.traineddata.gz */
export function traineddataFile(lang: TessLang): string {
  const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  return join(pkg, '4.0.0_best_int', `${lang}.traineddata.gz`);
}

/**
 * tesseract.js takes one langPath for all languages, but each package has its own folder: gather
 * links to the three files in one temporary folder (copies where links are not allowed).
 */
export function nodeLangPath(): string {
  const dir = join(tmpdir(), `gate-ocr-tessdata-${process.getuid?.() ?? 'u'}`);
  mkdirSync(dir, { recursive: true });
  for (const lang of TESS_LANGS) {
    const target = join(dir, `${lang}.traineddata.gz`);
    if (existsSync(target)) continue;
    try {
      symlinkSync(traineddataFile(lang), target);
    } catch {
      copyFileSync(traineddataFile(lang), target);
    }
  }
  return dir;
}

export function nodeWorkerOptions(): Partial<WorkerOptions> {
  return { langPath: nodeLangPath(), cacheMethod: 'none', gzip: true };
}

export function createNodeOcrEngine(overrides: Partial<EngineOptions> = {}): OcrEngine {
  return createOcrEngine({ decode: decodeNode, worker: nodeWorkerOptions(), ...overrides });
}
