/**
 * The engine's practice page, read a few times when it is warmed up ahead of the first picture.
 *
 * Why: V8 runs WebAssembly first with its baseline compiler (Liftoff) and swaps in optimised code
 * (TurboFan) only for the functions that have run hot. A fresh tesseract worker's first
 * recognition of a phone screenshot therefore took 2–3 times as long as its third, and that was
 * the largest part of the first verdict once the worker was started ahead of need; after three
 * rounds of this page the first real one ran at the steady speed (docs/ocr-latency.md, 2026-12-06;
 * tests/e2e/latency.spec.ts prints the stages on every run).
 *
 * What: lines of small blocky glyphs (stems and bars, 13 px high, the line height the
 * preprocessing brings phone text to), dark on white, made here from a fixed seed: tesseract finds
 * the lines and runs its LSTM over them, which is all the practice is for. What it reads is
 * nonsense and thrown away. Pure.
 */
import type { RasterImage } from './types';

/** Rounds of practice in one warm-up; each gives way to a real read waiting for the engine. */
export const PRACTICE_ROUNDS = 3;

export function practicePage(width = 390, lines = 2): RasterImage {
  const LINE = 26;
  const GLYPH = 13;
  const height = 10 + lines * LINE;
  const data = new Uint8Array(width * height).fill(255);
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let line = 0; line < lines; line++) {
    const y0 = 10 + line * LINE;
    let x = 10;
    while (x < width - 40) {
      const letters = 3 + Math.floor(random() * 6);
      for (let c = 0; c < letters && x < width - 12; c++) {
        const w = 5 + Math.floor(random() * 5);
        for (let y = 0; y < GLYPH; y++) {
          for (let dx = 0; dx < w; dx++) {
            const stem = dx === 0 || dx === w - 1 || random() < 0.15;
            const bar = y === 0 || y === GLYPH >> 1 || y === GLYPH - 1;
            if ((stem && random() < 0.9) || (bar && random() < 0.5)) data[(y0 + y) * width + x + dx] = 0;
          }
        }
        x += w + 2;
      }
      x += 8;
    }
  }
  return { width, height, channels: 1, data };
}
