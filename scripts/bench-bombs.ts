/**
 * Decompression bombs and absurd headers through both decoders, with their peak memory:
 *
 *   npx tsx scripts/bench-bombs.ts [--only name,name] [--no-browser] [--no-node]
 *
 * Every file is built in memory (tests/ocr/bombs.ts; nothing big is stored) and read the way the
 * OCR engine reads it, `prepareImage` (sniff → decoder → preprocess):
 * - Node: `decodeNode`, in a fresh child process per file (the bytes arrive on stdin, sharp is
 *   loaded and warmed on a small PNG first); peak = `process.resourceUsage().maxRSS` after the
 *   read minus the same before it.
 * - Chromium (/usr/bin/chromium, headless, via playwright-core): `decodeInBrowser` bundled with
 *   esbuild into an https page (a secure context, as extension pages are, so WebCodecs exists),
 *   one browser context per file; peak = VmHWM of the renderer processes (/proc/<pid>/status,
 *   reset through /proc/<pid>/clear_refs before each read) minus their VmRSS just before it. The
 *   bytes are already in the page then, so the figure is what decoding costs.
 *
 * Besides the bombs, a few large legitimate images (long phone scroll shots, images at the caps)
 * show what the most expensive accepted image costs. Goal: ≤ 300 MB above idle for every file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArgs } from './cli-input';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GOAL_MB = 300;

interface Case {
  name: string;
  what: string;
  build: () => Buffer | Promise<Buffer>;
}

/** A screenshot-like image: dark text-like strokes on white, a little noise (so JPEG/PNG work as on real ones). */
async function screenshotLike(width: number, height: number, format: 'png' | 'jpeg', progressive = false): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const raw = Buffer.alloc(width * height, 255);
  let s = 7;
  for (let y = 0; y < height; y++) {
    const line = y % 40;
    for (let x = 0; x < width; x++) {
      s = (s * 1103515245 + 12345) >>> 0;
      const ink = line > 10 && line < 30 && x % 24 < 14 && s >>> 28 < 9;
      raw[y * width + x] = ink ? 30 : 245 + ((s >>> 29) & 7);
    }
  }
  const img = sharp(raw, { raw: { width, height, channels: 1 }, limitInputPixels: false });
  return format === 'png' ? img.png({ compressionLevel: 6 }).toBuffer() : img.jpeg({ quality: 85, progressive, chromaSubsampling: '4:4:4' }).toBuffer();
}

/** An AVIF of `side`² white pixels (AV1 codes a flat image in a few hundred bytes). */
async function flatAvif(side: number): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp({ create: { width: side, height: side, channels: 3, background: '#fff' }, limitInputPixels: false })
    .avif({ effort: 0 })
    .toBuffer();
}

/** A small AVIF whose `ispe` (the size its container declares) is rewritten to `side`². */
async function hugeIspeAvif(side: number): Promise<Buffer> {
  const b = Buffer.from(await flatAvif(64));
  const at = b.indexOf('ispe');
  b.writeUInt32BE(side, at + 8);
  b.writeUInt32BE(side, at + 12);
  return b;
}

async function cases(): Promise<Case[]> {
  const b = await import('../tests/ocr/bombs');
  const { MAX_DECODE_PIXELS, MAX_PROGRESSIVE_JPEG_PIXELS } = await import('../lib/ocr/sniff');
  const side = (mp: number) => Math.floor(Math.sqrt(mp * 0.98));
  const pngCap = side(MAX_DECODE_PIXELS.png);
  const jpegCap = side(MAX_DECODE_PIXELS.jpeg);
  const progCap = side(MAX_PROGRESSIVE_JPEG_PIXELS);
  return [
    { name: 'idat-bomb', what: 'PNG 1000×1000 whose IDAT inflates to 1 GB', build: () => b.idatBombPng() },
    { name: 'trailing-data', what: 'PNG 320×200 + 473 KB after IEND', build: () => b.trailingDataPng() },
    { name: 'png-20000²', what: 'PNG 20000×20000, complete', build: () => b.hugeBlackPng() },
    { name: 'gif-screen', what: 'GIF, 10000² screen, 1×1 frame', build: () => b.hugeScreenGif() },
    { name: 'gif-frame', what: 'GIF, 32² screen, 10000² frame', build: () => b.hugeFrameGif() },
    { name: 'jpeg-65500²', what: 'JPEG header 65500×65500', build: () => b.hugeJpeg() },
    { name: 'jpeg-20000²', what: 'JPEG header 20000×20000', build: () => b.hugeJpeg(20_000, 20_000) },
    { name: 'webp-16383²', what: 'lossless WebP 16383², complete', build: () => b.hugeWebp() },
    { name: 'bmp-30000²', what: 'RLE8 BMP 30000×30000', build: () => b.hugeBmp() },
    { name: 'avif-60000²', what: 'AVIF whose ispe says 60000×60000', build: () => hugeIspeAvif(60_000) },
    { name: 'bmp-at-cap', what: `RLE8 BMP at the BMP cap`, build: () => b.hugeBmp(side(MAX_DECODE_PIXELS.bmp), side(MAX_DECODE_PIXELS.bmp)) },
    { name: 'scroll-jpeg', what: 'phone scroll shot JPEG 1290×12000', build: () => screenshotLike(1290, 12_000, 'jpeg') },
    { name: 'scroll-png', what: 'phone scroll shot PNG 1170×8000', build: () => screenshotLike(1170, 8000, 'png') },
    { name: 'png-at-cap', what: `PNG ${pngCap}² (just under the PNG cap)`, build: () => b.hugeBlackPng(pngCap, pngCap) },
    { name: 'jpeg-at-cap', what: `JPEG ${jpegCap}² baseline 4:4:4`, build: () => screenshotLike(jpegCap, jpegCap, 'jpeg') },
    { name: 'prog-jpeg-at-cap', what: `JPEG ${progCap}² progressive 4:4:4`, build: () => screenshotLike(progCap, progCap, 'jpeg', true) },
    { name: 'gif-at-cap', what: 'GIF screen at the GIF cap, 1×1 frame', build: () => b.hugeScreenGif(side(MAX_DECODE_PIXELS.gif)) },
    { name: 'avif-at-cap', what: 'AVIF at the AVIF cap', build: () => flatAvif(side(MAX_DECODE_PIXELS.avif)) },
    {
      name: 'webp-at-cap',
      what: `lossless WebP at the WebP cap`,
      build: () => b.hugeWebp(Math.min(16_383, side(MAX_DECODE_PIXELS.webp)), Math.min(16_383, side(MAX_DECODE_PIXELS.webp))),
    },
  ];
}

interface Measured {
  outcome: string;
  ms: number;
  mb: number;
}

// ---- Node: one child per file ------------------------------------------------------------------

async function child(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const bytes = new Uint8Array(Buffer.concat(chunks));
  const { decodeNode } = await import('../lib/ocr/node/decode');
  const { prepareImage } = await import('../lib/ocr/prepare');
  const { grayPng } = await import('../tests/ocr/images');
  await prepareImage(
    grayPng(64, 64, (x) => x * 4),
    decodeNode,
  ); // sharp and libvips loaded and warm
  const idle = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  let outcome: string;
  try {
    const p = await prepareImage(bytes, decodeNode);
    outcome = `ok ${p.width}×${p.height}`;
  } catch (e) {
    outcome = (e as { reason?: string }).reason ? `${(e as { reason: string }).reason}` : `threw ${String(e)}`;
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ outcome, ms, mb: (process.resourceUsage().maxRSS - idle) / 1024 }));
}

function inNode(bytes: Buffer): Promise<Measured> {
  return new Promise((resolvePromise) => {
    const p = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), 120_000);
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code, sig) => {
      clearTimeout(timer);
      try {
        resolvePromise(JSON.parse(out) as Measured);
      } catch {
        resolvePromise({ outcome: `died (${sig ?? code}) ${err.split('\n').find((l) => l.trim()) ?? ''}`.slice(0, 60), ms: NaN, mb: NaN });
      }
    });
    p.stdin.end(bytes);
  });
}

// ---- Chromium ----------------------------------------------------------------------------------

function status(pid: number): { hwm: number; rss: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { hwm: Number(/VmHWM:\s+(\d+)/.exec(s)![1]) / 1024, rss: Number(/VmRSS:\s+(\d+)/.exec(s)![1]) / 1024 };
}

async function browserBench() {
  const { decoderBundle, launchChromium } = await import('../tests/ocr/decoder-page');
  const script = await decoderBundle();
  const browser = await launchChromium();
  const cdp = await browser.newBrowserCDPSession();
  const renderers = async (): Promise<number[]> =>
    ((await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> }).processInfo
      .filter((p) => p.type === 'renderer')
      .map((p) => p.id);

  async function run(bytes: Buffer): Promise<Measured> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.route('https://bench.local/**', (route) =>
        route.request().url().endsWith('/image')
          ? route.fulfill({ body: bytes, contentType: 'application/octet-stream' })
          : route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' }),
      );
      await page.goto('https://bench.local/');
      await page.addScriptTag({ content: script });
      await page.evaluate(async () => {
        (globalThis as { bytes?: Uint8Array }).bytes = new Uint8Array(await (await fetch('/image')).arrayBuffer());
      });
      const pids = await renderers();
      const idle = new Map<number, number>();
      for (const pid of pids) {
        writeFileSync(`/proc/${pid}/clear_refs`, '5'); // VmHWM := VmRSS
        idle.set(pid, status(pid).rss);
      }
      const t0 = performance.now();
      let outcome: string;
      try {
        outcome = await page.evaluate(async () => {
          const g = globalThis as unknown as {
            bytes: Uint8Array;
            ocr: { prepareImage: (b: Uint8Array, d: unknown) => Promise<{ width: number; height: number }>; decodeInBrowser: unknown };
          };
          try {
            const p = await g.ocr.prepareImage(g.bytes, g.ocr.decodeInBrowser);
            return `ok ${p.width}×${p.height}`;
          } catch (e) {
            return (e as { reason?: string }).reason ?? `threw ${String(e)}`;
          }
        });
      } catch (e) {
        outcome = `page died: ${String(e).split('\n')[0].slice(0, 50)}`;
      }
      const ms = performance.now() - t0;
      let mb = 0;
      for (const pid of pids) {
        if (!existsSync(`/proc/${pid}/status`)) continue;
        mb = Math.max(mb, status(pid).hwm - idle.get(pid)!);
      }
      return { outcome, ms, mb };
    } finally {
      await context.close();
    }
  }
  return { run, close: () => browser.close() };
}

// ---- main --------------------------------------------------------------------------------------

const fmt = (m: Measured | undefined) =>
  m
    ? `${m.outcome.padEnd(22)} ${`${Number.isNaN(m.ms) ? '—' : Math.round(m.ms)} ms`.padStart(8)} ${`${Number.isNaN(m.mb) ? '—' : Math.round(m.mb)} MB`.padStart(7)}`
    : 'not run'.padEnd(39);

async function main(args: { only?: string; 'no-node': boolean; 'no-browser': boolean }): Promise<void> {
  const only = args.only?.split(',');
  const node = !args['no-node'];
  const chromium = !args['no-browser'] && existsSync(CHROMIUM);
  const all = (await cases()).filter((c) => !only || only.includes(c.name));
  const browser = chromium ? await browserBench() : undefined;
  console.log(
    `${'file'.padEnd(17)} ${'what'.padEnd(38)} ${'bytes'.padStart(9)}   ${'Node: outcome, time, peak above idle'.padEnd(39)} | Chromium: outcome, time, peak above idle`,
  );
  let worst = 0;
  try {
    for (const c of all) {
      const bytes = await c.build();
      const n = node ? await inNode(bytes) : undefined;
      const w = browser ? await browser.run(bytes) : undefined;
      worst = Math.max(worst, n?.mb || 0, w?.mb || 0);
      console.log(`${c.name.padEnd(17)} ${c.what.padEnd(38)} ${String(bytes.length).padStart(9)}   ${fmt(n)} | ${fmt(w)}`);
    }
  } finally {
    await browser?.close();
  }
  console.log(`worst peak ${Math.round(worst)} MB above idle; goal ≤ ${GOAL_MB} MB ${worst <= GOAL_MB ? 'met' : 'NOT met'}`);
  if (!chromium && !args['no-browser']) console.log(`(no Chromium at ${CHROMIUM}: browser column not run)`);
}

const { values } = cliArgs({
  options: {
    only: { type: 'string' },
    'no-node': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    // Internal: the Node side's child process, one per file.
    child: { type: 'boolean', default: false },
  },
  usage: 'usage: npx tsx scripts/bench-bombs.ts [--only name,name] [--no-browser] [--no-node]',
});
if (values.child) await child();
else await main(values);
