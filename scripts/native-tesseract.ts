/**
 * The native tesseract CLI as the benchmarks' yardstick: the same traineddata as ours (the npm
 * `4.0.0_best_int` files, gunzipped once into a temp directory), single-threaded
 * (OMP_THREAD_LIMIT=1), one process per image, as a CLI is used. Node only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { TESS_LANGS, traineddataFile } from '../lib/ocr/node/engine';

export function nativeTessdata(): string {
  const dir = join(tmpdir(), 'gate-ocr-native-tessdata');
  mkdirSync(dir, { recursive: true });
  for (const lang of TESS_LANGS) {
    const out = join(dir, `${lang}.traineddata`);
    if (!existsSync(out)) writeFileSync(out, gunzipSync(readFileSync(traineddataFile(lang))));
  }
  return dir;
}

export function runNative(file: string, langs: string, params: Record<string, string>, tessdata: string): { text: string; ms: number } {
  const argv = [file, 'stdout', '--tessdata-dir', tessdata, '-l', langs, '--psm', params.tessedit_pageseg_mode];
  for (const [k, v] of Object.entries(params)) if (k !== 'tessedit_pageseg_mode') argv.push('-c', `${k}=${v}`);
  const start = performance.now();
  const r = spawnSync('tesseract', argv, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`tesseract failed on ${file}: ${r.stderr}`);
  return { text: r.stdout, ms };
}
