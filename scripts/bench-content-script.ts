/**
 * What the content script costs a page, printed (no thresholds): in real Chromium with a built
 * extension, the fixture tests/fixtures/host/gate-square.html served at a Gate Square URL, and a
 * plain page served at a Gate trading URL (a page where no panel shows). For each, over several
 * cold loads: the content script's size, the renderer's script time until the page settled
 * (CDP Performance.getMetrics ScriptDuration, all worlds), and on the Square page the first panel
 * paint (navigation start → the panel's host element in the page → the next frame).
 *
 * Usage: tsx scripts/bench-content-script.ts [--build .output/chrome-mv3] [--runs 7]
 * Compare two builds by building the older commit elsewhere (git worktree) and passing --build.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browsers';
import { fixtureResponse } from '../tests/e2e/fixtures';
import { cliArgs } from './cli-input';

const { values } = cliArgs({
  options: { build: { type: 'string', default: '.output/chrome-mv3' }, runs: { type: 'string', default: '7' } },
  usage: 'usage: npx tsx scripts/bench-content-script.ts [--build .output/chrome-mv3] [--runs 7]',
});
const BUILD = path.resolve(values.build!);
const RUNS = Number(values.runs);
const SQUARE_URL = 'https://www.gate.com/zh-tw/post';
const TRADE_URL = 'https://www.gate.com/trade/BTC_USDT';
const TRADE_HTML = '<!doctype html><html lang="zh-tw"><body><h1>BTC/USDT</h1><div id="chart" style="height:400px"></div></body></html>';
const SETTLE_MS = 1500;

interface Sample {
  script: number;
  panel?: number;
}

async function withContext<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gsc-bench-cs-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--lang=zh-TW', `--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`],
  });
  try {
    await context.route(`https://www.gate.com/__fixtures/**`, (route) => route.fulfill(fixtureResponse(route.request().url(), 'gate-square.html')));
    await context.route(SQUARE_URL, (route) => route.fulfill(fixtureResponse(SQUARE_URL, 'gate-square.html')));
    await context.route(TRADE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: TRADE_HTML }));
    // The extension's service worker is up before the first measured load.
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    return await run(context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function load(context: BrowserContext, url: string, panel: boolean): Promise<Sample> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __panelAt?: number };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('gate-square-checklist')) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.__panelAt = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  if (panel) await page.waitForFunction(() => (window as unknown as { __panelAt?: number }).__panelAt !== undefined, null, { timeout: 10_000 });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
  const panelAt = await page.evaluate(() => (window as unknown as { __panelAt?: number }).__panelAt);
  await page.close();
  return { script, ...(panelAt !== undefined ? { panel: panelAt } : {}) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (xs: number[]) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;

const file = path.join(BUILD, 'content-scripts/gate-square.js');
const size = statSync(file).size;
const gz = gzipSync(readFileSync(file)).length;
console.log(`build ${path.relative(process.cwd(), BUILD) || BUILD}: content script ${size} bytes (${(size / 1024).toFixed(1)} KB), ${gz} bytes gzip`);

const samples = await withContext(async (context) => {
  const square: Sample[] = [];
  const trade: Sample[] = [];
  // One warm-up of each (the first load compiles what later loads find cached), then alternate.
  await load(context, SQUARE_URL, true);
  await load(context, TRADE_URL, false);
  for (let i = 0; i < RUNS; i++) {
    square.push(await load(context, SQUARE_URL, true));
    trade.push(await load(context, TRADE_URL, false));
  }
  return { square, trade };
});
console.log(`Gate Square /post fixture: first panel paint ${ms(samples.square.map((s) => s.panel!))}`);
console.log(`Gate Square /post fixture: script time until settled ${ms(samples.square.map((s) => s.script))}`);
console.log(`Gate trading page (no panel): script time until settled ${ms(samples.trade.map((s) => s.script))}`);
