/**
 * The OCR engine in Node: the shared engine with the sharp decoder and tesseract.js reading its
 * language data from the @tesseract.js-data packages in node_modules. Nothing is fetched: langPath
 * is a local directory (tesseract.js then reads files, never the network) and cacheMethod is
 * 'none' (no .traineddata written to the working directory). tests/ocr/node/engine.test.ts checks
 * that no network call is made.
 *
 * Node only: never import this from code that the extension bundles.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { WorkerOptions } from 'tesseract.js';
import { readFile } from 'node:fs/promises';
import { createOcrEngine, type EngineOptions, type OcrEngine } from '../engine';
import { createQrReader } from '../qr';
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
 * A directory only this user can change: a real directory (not a symlink to one), owned by us,
 * writable by nobody else (reading is harmless: the files are public language data). Anything else
 * in the shared temp folder may have been planted by another local user, to make us read their
 * "language data" or write through their links.
 */
export function isPrivateDir(st: Pick<Stats, 'isDirectory' | 'isSymbolicLink' | 'uid' | 'mode'>, uid = process.getuid?.()): boolean {
  if (st.isSymbolicLink() || !st.isDirectory()) return false;
  if (process.platform === 'win32' || uid === undefined) return true; // per-user temp folder, no POSIX modes
  return st.uid === uid && (st.mode & 0o022) === 0;
}

const tempDirs: string[] = [];

/**
 * `<tmp>/gate-ocr-tessdata-<uid>` (created 0700), reused across runs when it is private (see
 * isPrivateDir); otherwise a fresh `mkdtemp` directory for this process (0700, removed at exit).
 * An unfit stable one is never repaired or chmod-ed: a directory we did not make is not ours to trust.
 */
export function privateCacheDir(root = tmpdir()): string {
  const stable = join(root, `gate-ocr-tessdata-${process.getuid?.() ?? 'u'}`);
  try {
    mkdirSync(stable, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  // In a sticky temp folder only its owner can rename or remove the entry, so once checked it stays ours.
  if (isPrivateDir(lstatSync(stable))) return stable;
  const fresh = mkdtempSync(join(root, 'gate-ocr-tessdata-'));
  if (tempDirs.length === 0) process.once('exit', () => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  tempDirs.push(fresh);
  return fresh;
}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** `target` is a regular file (not a link: O_NOFOLLOW), not writable by others, holding exactly `data`. */
function holds(target: string, data: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(target, constants.O_RDONLY | NOFOLLOW);
  } catch {
    return false;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size !== data.length || (st.mode & 0o022) !== 0) return false;
    const have = Buffer.alloc(data.length);
    for (let at = 0; at < have.length;) {
      const n = readSync(fd, have, at, have.length - at, at);
      if (n === 0) return false;
      at += n;
    }
    return have.equals(data);
  } finally {
    closeSync(fd);
  }
}

/**
 * Put `source`'s bytes at `target` atomically and without following links: write a new file under
 * a random name (O_CREAT|O_EXCL|O_NOFOLLOW: it cannot already exist, not even as a link), then
 * rename it over `target` (rename replaces a link itself, never what it points to). A regular file
 * already holding those bytes is kept.
 */
export function placeFile(source: string, target: string): void {
  const data = readFileSync(source);
  if (holds(target, data)) return;
  const temp = join(dirname(target), `.${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o600);
  try {
    for (let at = 0; at < data.length;) at += writeSync(fd, data, at);
    closeSync(fd);
    renameSync(temp, target);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temp, { force: true });
    throw e;
  }
}

const langPaths = new Map<string, string>();

/**
 * tesseract.js takes one langPath for all languages, but each package has its own folder: copy
 * the three files (8 MB, once per machine) into a private cache directory.
 */
export function nodeLangPath(root = tmpdir()): string {
  const known = langPaths.get(root);
  if (known) return known;
  const dir = privateCacheDir(root);
  for (const lang of TESS_LANGS) placeFile(traineddataFile(lang), join(dir, `${lang}.traineddata.gz`));
  langPaths.set(root, dir);
  return dir;
}

function nodeWorkerOptions(): Partial<WorkerOptions> {
  return { langPath: nodeLangPath(), cacheMethod: 'none', gzip: true };
}

/** The QR reader's wasm from node_modules (never the library's CDN default). */
export const nodeQrReader = createQrReader(() => readFile(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm')));

export function createNodeOcrEngine(overrides: Partial<EngineOptions> = {}): OcrEngine {
  return createOcrEngine({ decode: decodeNode, worker: nodeWorkerOptions(), qr: nodeQrReader, ...overrides });
}
