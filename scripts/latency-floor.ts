/**
 * The floor under the keystroke test's "ours" (tests/e2e/latency.spec.ts), printed (no thresholds):
 * the same timing, from the page's input event to a MutationObserver on one element, in real
 * Chromium without the extension, on a 2,000-字 contenteditable whose only "extension" is one input
 * listener writing the text's length into a span. What this prints is what the machine and the
 * browser cost a keystroke before any of our work; the panel's figure above it is ours.
 *
 * Usage: tsx scripts/latency-floor.ts [--keystrokes 200] [--rounds 2]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browsers';
import { cliArgs } from './cli-input';

const { values } = cliArgs({
  options: { keystrokes: { type: 'string', default: '200' }, rounds: { type: 'string', default: '2' } },
  usage: 'usage: npx tsx scripts/latency-floor.ts [--keystrokes 200] [--rounds 2]',
});
const KEYSTROKES = Number(values.keystrokes);
const ROUNDS = Number(values.rounds);

// 15 paragraphs of 140 字: about the latency test's 2,000-字 post.
const PARAGRAPH = '这是一段用来测试的中文文字，'.repeat(10);
const PAGE = `<!doctype html><meta charset="utf-8"><div id="composer" contenteditable="true">${Array.from({ length: 15 }, () => `<p>${PARAGRAPH}</p>`).join('')}</div><span id="count"></span>`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const page = await browser.newPage();
    await page.setContent(PAGE);
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[]; __t: number };
      w.__lat = [];
      w.__t = 0;
      const editor = document.getElementById('composer')!;
      const out = document.getElementById('count')!;
      // As in the latency test: the clock starts at the input event (capture, on window) …
      window.addEventListener('input', () => (w.__t = performance.now()), true);
      // … the "extension" answers it …
      document.addEventListener('input', () => (out.textContent = String(editor.innerText.length)));
      // … and stops when the answer is in the DOM.
      new MutationObserver(() => {
        if (!w.__t) return;
        w.__lat.push(performance.now() - w.__t);
        w.__t = 0;
      }).observe(out, { childList: true, characterData: true, subtree: true });
    });
    await page.click('#composer p:last-child');
    await page.keyboard.press('End');
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('a');
      await page.waitForTimeout(20);
    }
    const lat = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).sort((a, b) => a - b);
    const at = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))];
    console.log(
      `round ${round}: input event → DOM, n=${lat.length}: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${lat[lat.length - 1].toFixed(2)} ms`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}
