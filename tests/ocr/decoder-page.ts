/**
 * The browser decoder bundled for a plain Chromium page (the unit test and the bombs benchmark share
 * it): lib/ocr's browser-side code as one script exposing `window.ocr`, and a quiet headless
 * Chromium to run it in. Chromium is required: a machine without it fails, it is not skipped.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function decoderBundle(): Promise<string> {
  const bundle = await build({
    stdin: {
      contents:
        "export { decodeInBrowser } from './lib/ocr/browser-decode'; export { prepareImage } from './lib/ocr/prepare'; export { sniffImage } from './lib/ocr/sniff';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'ocr',
    platform: 'browser',
    write: false,
  });
  return bundle.outputFiles[0].text;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
