/**
 * Issue 4, measured (not asserted): keystroke-to-panel latency on a 2,000-字 post, and the content
 * script's size. Prints the figures; the goal (one frame, 16 ms; ≤ 200 KB) is reported, not timed.
 * Issue 12 (5 ms p95 on the largest editor): keystroke→panel also holds the editor's own handling
 * of the key, so each figure is split into the editor's part and ours.
 * Issue 17 (first verdict on a phone JPEG ≤ 2 s cold, ≤ 1 s warm): measured on the writer's path,
 * where writing warms the OCR engine up, and truly cold, where nothing does; each printed with the
 * OCR host's stages (docs/ocr-latency.md has the breakdown).
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { countText } from '../../lib/text';
import { ComposerPage } from './composer-page';
import { openEditor } from './editor-fixtures';
import { offscreenTarget } from './lifecycle';
import { describeTimeline, hostTimeline } from './ocr-stages';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';

const ARTICLE = readFileSync('tests/conformance/seed-article.txt', 'utf8').trim();

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

type Measured = Pick<ComposerPage, 'page' | 'write' | 'item' | 'model' | 'errors'>;

/** Keystrokes timed per editor ("a" presses; each follows a space). */
const KEYSTROKES = 200;

/** Time from each keydown to the panel's count changing, and to the next frame, on a 2,000-字 post. */
/** The article (1,747 字) and then its opening lines again, up to a little over 2,000 字, written into the composer. */
async function writeLongPost(composer: Measured): Promise<void> {
  const lines = ARTICLE.split('\n');
  let post = ARTICLE;
  for (let i = 0; countText(post).count < 2000; i++) post += `\n${lines[i % lines.length]}`;
  await composer.write(post);
  await expect(composer.item('length')).toHaveAttribute('data-status', 'pass');
}

/** Real key presses (keydown → input): "a" then a space, so each "a" is one more word. */
async function typeWords(composer: Measured): Promise<void> {
  for (let i = 0; i < KEYSTROKES; i++) {
    await composer.page.keyboard.press('Space');
    await composer.page.keyboard.press('a');
    await composer.page.waitForTimeout(20);
  }
}

async function measureLatency(composer: Measured, label: string): Promise<void> {
  await writeLongPost(composer);

  // In the page: time from each keydown to the panel's count changing, and to the next frame.
  await composer.page.evaluate(() => {
    const w = window as unknown as { __lat: { dom: number[]; frame: number[]; editor: number[]; ours: number[] }; __t0: number; __tIn: number; __tEd: number };
    w.__lat = { dom: [], frame: [], editor: [], ours: [] };
    window.addEventListener(
      'keydown',
      () => {
        w.__t0 = performance.now();
        w.__tIn = 0;
        w.__tEd = 0;
      },
      true,
    );
    // Where the editor's own handling of the key ends and ours begins: after its input event, and
    // after its own MutationObserver. Editors with a model (CKEditor 5 here) take the DOM change
    // the browser just made into the model and render it back in a MutationObserver callback. That
    // callback runs at the input event's first microtask checkpoint, which this listener (capture,
    // on window) opens, before the extension's own listener on the document is called: counted
    // from the input event, the editor's reconciliation (1–4 ms on CKEditor) would read as ours.
    // Observers are called in the order they were made, so one made now, after the editor's, is
    // called after the editor's callback has returned: its first call after the input event marks
    // the editor's end. (An editor that changes no DOM, a textarea, ends at its input event.)
    window.addEventListener('input', () => (w.__tIn = w.__tIn || performance.now()), true);
    new MutationObserver(() => {
      if (w.__tIn && !w.__tEd) w.__tEd = performance.now();
    }).observe(document.getElementById('composer')!, { subtree: true, childList: true, characterData: true, attributes: true });
    const shadow = (window as unknown as { __gscRoot: ShadowRoot }).__gscRoot;
    const length = shadow.querySelector('[data-testid="item-length"] .gsc-item-message')!;
    new MutationObserver(() => {
      if (!w.__t0) return;
      const now = performance.now();
      const t0 = w.__t0;
      const editorEnd = Math.max(w.__tIn, w.__tEd);
      w.__t0 = 0;
      w.__lat.dom.push(now - t0);
      if (w.__tIn) {
        w.__lat.editor.push(editorEnd - t0);
        w.__lat.ours.push(now - editorEnd);
      }
      requestAnimationFrame(() => w.__lat.frame.push(performance.now() - t0));
    }).observe(length, { subtree: true, childList: true, characterData: true });
  });
  // 200 of them, so that the p95 is the 10th largest figure rather than the 3rd.
  await typeWords(composer);
  await composer.page.waitForTimeout(100);
  const lat = await composer.page.evaluate(() => (window as unknown as { __lat: { dom: number[]; frame: number[]; editor: number[]; ours: number[] } }).__lat);
  expect(lat.dom.length).toBeGreaterThanOrEqual(KEYSTROKES - 5);
  const dom = stats(lat.dom);
  const frame = stats(lat.frame);
  const editor = stats(lat.editor);
  const ours = stats(lat.ours);
  const size = statSync('.output/chrome-mv3/content-scripts/gate-square.js').size;
  const gz = gzipSync(readFileSync('.output/chrome-mv3/content-scripts/gate-square.js')).length;
  const line =
    `${label}: keystroke→panel DOM: median ${dom.median.toFixed(2)} ms, p95 ${dom.p95.toFixed(2)} ms (n=${dom.n}); ` +
    `of which the editor's own (keystroke→its input event and DOM reconciliation): median ${editor.median.toFixed(2)} ms, p95 ${editor.p95.toFixed(2)} ms, ` +
    `and ours (then→panel DOM): median ${ours.median.toFixed(2)} ms, p95 ${ours.p95.toFixed(2)} ms; ` +
    `keystroke→next frame: median ${frame.median.toFixed(2)} ms, p95 ${frame.p95.toFixed(2)} ms; ` +
    `post ${countText(await composer.model()).count} 字; content script ${(size / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzip`;
  console.log(`[measure] ${line}`);
  test.info().annotations.push({ type: 'measure', description: line });
}

test('keystroke-to-panel latency on a 2,000-字 post (printed)', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'contenteditable.html');
  await measureLatency(composer, 'contenteditable');
  expect(composer.errors).toEqual([]);
});

test('keystroke-to-panel latency on the largest editor, CKEditor 5 (printed)', async ({ context }) => {
  const composer = await openEditor(context, 'ckeditor');
  await measureLatency(composer, 'CKEditor 5');
  expect(composer.errors).toEqual([]);
});

/**
 * All the extension's work per input event, wherever it runs (the keystroke's own path, the frame
 * after it, timers): a CPU profile (Chrome's sampling profiler, 100 µs) over 200 × (space, "a") on
 * the 2,000-字 post, every sample whose stack holds a frame of the content script or the panel
 * module counted. Less noisy than a p95 of latencies, and it counts what the latency leaves out.
 */
test('the extension’s CPU per input event on a 2,000-字 post (printed)', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'contenteditable.html');
  await writeLongPost(composer);
  const cdp = await context.newCDPSession(composer.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await typeWords(composer);
  type ProfileNode = { id: number; callFrame: { url: string }; children?: number[] };
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let v = ours.get(id);
    if (v === undefined) {
      const up = parent.get(id);
      v = /gate-square-panel\.js|content-scripts\/gate-square\.js/.test(byId.get(id)!.callFrame.url) || (up !== undefined && isOurs(up));
      ours.set(id, v);
    }
    return v;
  };
  let us = 0;
  profile.samples.forEach((sample, i) => {
    if (isOurs(sample)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  expect(us).toBeGreaterThan(0);
  const line = `contenteditable: the extension's CPU ${(us / 1000 / (2 * KEYSTROKES)).toFixed(2)} ms per input event (n=${2 * KEYSTROKES}, 100 µs sampling)`;
  console.log(`[measure] ${line}`);
  test.info().annotations.push({ type: 'measure', description: line });
  expect(composer.errors).toEqual([]);
});

/** The two phone JPEGs of the first-verdict tests (1170×2532, Gate's deposit page): WXTM's, then USDT's. */
async function phoneJpegs(): Promise<[string, string]> {
  const { phoneDepositJpeg } = await import('../ocr/phone-deposit');
  const dir = mkdtempSync(path.join(tmpdir(), 'gsc-latency-'));
  const first = path.join(dir, 'deposit-wxtm.jpg');
  const second = path.join(dir, 'deposit-usdt.jpg');
  writeFileSync(first, await phoneDepositJpeg());
  writeFileSync(second, await phoneDepositJpeg({ coin: 'USDT' }));
  return [first, second];
}

/**
 * Attach `file` and time it to its verdict on screen: from the moment the test attaches it to the
 * first frame after the panel shows the verdict. The end is taken in the page (a MutationObserver
 * on the panel, then requestAnimationFrame), on the same clock as the start: Playwright's own
 * polling of an assertion backs off to 500 ms steps and would round the figure up by as much.
 * Also prints where the OCR host spent the time (tests/e2e/ocr-stages.ts).
 */
async function timeVerdict(composer: ComposerPage, context: BrowserContext, file: string, id: string, label: string, stagesSince?: number): Promise<number> {
  await composer.page.evaluate((id) => {
    const w = window as unknown as { __gscRoot: ShadowRoot; __verdictAt: number; __readingAt: number };
    w.__verdictAt = 0;
    w.__readingAt = 0;
    const look = () => {
      const state = w.__gscRoot.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-state');
      if (state === 'reading') w.__readingAt ||= Date.now();
      if (state !== 'verdict') return;
      observer.disconnect();
      requestAnimationFrame(() => (w.__verdictAt = Date.now()));
    };
    const observer = new MutationObserver(look);
    observer.observe(w.__gscRoot, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  }, id);
  const t0 = Date.now();
  await composer.page.locator('#image-input').setInputFiles(file);
  await expect(composer.panel.getByTestId(id)).toHaveAttribute('data-state', 'verdict', { timeout: 90_000 });
  await expect.poll(() => composer.page.evaluate(() => (window as unknown as { __verdictAt: number }).__verdictAt)).toBeGreaterThan(0);
  const { at, reading } = await composer.page.evaluate(() => {
    const w = window as unknown as { __verdictAt: number; __readingAt: number };
    return { at: w.__verdictAt, reading: w.__readingAt };
  });
  // "reading" shows once the content script has the picture's bytes and hash, as it asks the host.
  const asked = reading ? `the panel says "reading" +${reading - t0}, ` : '';
  console.log(
    `[measure] ${label} stages (ms after attaching): ${asked}${describeTimeline(await hostTimeline(context), t0, stagesSince ?? t0)}, verdict on screen +${at - t0}`,
  );
  return at - t0;
}

const GOAL = '(goal ≤ 2000 cold, ≤ 1000 warm)';
/** How long the writer takes to choose a picture in the file picker (a guess on the quick side). */
const CHOOSING_MS = 3_000;

test("first verdict on a phone screenshot, the writer's path: cold (engine warmed while typing), then warm (printed)", async ({ context }) => {
  const [first, second] = await phoneJpegs();
  const composer = await ComposerPage.open(context, 'textarea.html', 'https://www.gate.com/zh/post');
  // What a writer does before a screenshot is attached: click into the composer, write, then open
  // the file picker and choose the picture. The first pause after writing for a contest that takes
  // screenshots starts the OCR engine (ocr:warm, lib/ocr/warm-up.ts, after warmUpPauseMs); the
  // picture below is the first one the engine reads, so its figure is "cold", and it includes
  // whatever of the start-up the typing and choosing did not cover (the stages line shows the
  // warm-up's own stages at negative times, before the picture).
  await composer.editor.click();
  const typing = Date.now();
  await composer.page.keyboard.type('今天在 Gate 充值了 WXTM，截圖如下：', { delay: 120 });
  const typedMs = Date.now() - typing;
  // Choosing the screenshot in the file picker.
  await composer.page.waitForTimeout(CHOOSING_MS);
  // The warm-up did happen: the OCR document is there before any picture is.
  expect(await offscreenTarget(context), 'an OCR document started by the writing').not.toBeNull();
  const cold = await timeVerdict(composer, context, first, 'image-1', 'cold (engine warmed while typing)', typing);
  const warm = await timeVerdict(composer, context, second, 'image-2', 'warm');
  const line = `first verdict on a 1170×2532 phone JPEG: cold (engine warmed while typing ${typedMs} ms and choosing the file ${CHOOSING_MS} ms) ${cold} ms, warm ${warm} ms ${GOAL}`;
  console.log(`[measure] ${line}`);
  test.info().annotations.push({ type: 'measure', description: line });
  expect(composer.errors).toEqual([]);
});

test('first verdict on a phone screenshot, truly cold: attached before anything is typed, no warm-up (printed)', async ({ context }) => {
  const [first] = await phoneJpegs();
  const composer = await ComposerPage.open(context, 'textarea.html', 'https://www.gate.com/zh/post');
  // Nothing typed: no warm-up, and no OCR document until the picture asks for one.
  expect(await offscreenTarget(context), 'no OCR document before the picture').toBeNull();
  const cold = await timeVerdict(composer, context, first, 'image-1', 'truly cold');
  const line = `first verdict on a 1170×2532 phone JPEG: truly cold (nothing typed, no warm-up: the picture starts the OCR document and engine) ${cold} ms ${GOAL}`;
  console.log(`[measure] ${line}`);
  test.info().annotations.push({ type: 'measure', description: line });
  expect(composer.errors).toEqual([]);
});
