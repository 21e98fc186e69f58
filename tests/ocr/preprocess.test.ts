import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PREPROCESS,
  encodePgm,
  estimateDpr,
  estimateTextHeight,
  medianLuma,
  planScale,
  preprocess,
  resizeGray,
  stretchFromBackground,
  toGray,
} from '../../lib/ocr/preprocess';

describe('estimateDpr and planScale', () => {
  const k = DEFAULT_PREPROCESS.pixelsPerCssPx;
  test.each([
    ['an iPhone screenshot (390 CSS px at DPR 3)', 1170, 2532, 3],
    ['an Android screenshot (360 CSS px at DPR 3)', 1080, 2400, 1080 / 390],
    ['a phone picture recompressed to 720 px wide', 720, 1558, 720 / 390],
    ['a 1280×800 desktop at DPR 1', 1280, 800, 1],
    ['a 1920×1080 desktop at DPR 1', 1920, 1080, 1],
    ['a retina desktop 2560×1600', 2560, 1600, 2560 / 1440],
  ])('%s', (_name, w, h, dpr) => {
    expect(estimateDpr(w, h)).toBeCloseTo(dpr, 5);
    expect(planScale(w, h)).toBeCloseTo(k / dpr, 5);
  });

  test('auto: a zoomed crop (landscape-shaped, huge text) is scaled by its text height', () => {
    // 1400×990 looks like a DPR-1 desktop; its 60-px text would stay at 60 px.
    const opts = { ...DEFAULT_PREPROCESS, scaleBy: 'auto' as const, minTextPx: 13 };
    expect(planScale(1400, 990, opts, 60)).toBeCloseTo(opts.textHeightPx / 60, 5);
    // Small text (English on a DPR-1 desktop, a phone shot shrunk by a messenger) is scaled up.
    expect(planScale(1920, 1080, opts, 9)).toBeCloseTo(opts.minTextPx / 9, 5);
    expect(planScale(390, 844, opts, 6)).toBeCloseTo(opts.minTextPx / 6, 5);
    // A whole desktop with 13-px text keeps the DPR scale.
    expect(planScale(1920, 1080, opts, 13)).toBeCloseTo(k, 5);
    // Nothing measurable: the DPR scale.
    expect(planScale(1920, 1080, opts, undefined)).toBeCloseTo(k, 5);
    // The default has no floor: 9-px text on a desktop is read as it is (contrast keeps it).
    expect(planScale(1920, 1080, DEFAULT_PREPROCESS, 9)).toBeCloseTo(k, 5);
  });

  test('the output never exceeds maxOutputPixels', () => {
    const s = planScale(4000, 3000);
    expect(4000 * 3000 * s * s).toBeLessThanOrEqual(DEFAULT_PREPROCESS.maxOutputPixels + 1);
  });

  test('a scale within 8% of 1 is not worth a resample', () => {
    expect(planScale(1170, 2532, { ...DEFAULT_PREPROCESS, scaleBy: 'dpr', pixelsPerCssPx: 3.1 })).toBe(1);
  });
});

describe('estimateTextHeight', () => {
  test('finds the height of lines of text, and nothing on a blank image', () => {
    // Ten "lines" of 12-px high dashes, 20 px apart, on white.
    const w = 300;
    const h = 220;
    const img = new Uint8Array(w * h).fill(255);
    for (let line = 0; line < 10; line++) for (let y = 10 + line * 20; y < 22 + line * 20; y++) for (let x = 0; x < w; x++) if (x % 7 < 3) img[y * w + x] = 0;
    expect(estimateTextHeight(img, w, h)).toBe(12);
    expect(estimateTextHeight(new Uint8Array(w * h).fill(255), w, h)).toBeUndefined();
  });
});

describe('pixels', () => {
  test('toGray weighs RGB as luma and composites transparency onto white', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 0]);
    const g = toGray({ width: 3, height: 1, channels: 4, data: rgba });
    expect(g[0]).toBeGreaterThan(60);
    expect(g[0]).toBeLessThan(90);
    expect(g[1]).toBeGreaterThan(g[0]);
    expect(g[2]).toBe(255);
  });

  test('resizeGray keeps a flat image flat and averages when shrinking', () => {
    const flat = new Uint8Array(100 * 50).fill(77);
    expect(resizeGray(flat, 100, 50, 33, 17).every((v) => v === 77)).toBe(true);
    const stripes = new Uint8Array(100 * 10).map((_, i) => (i % 2 ? 255 : 0));
    const half = resizeGray(stripes, 100, 10, 50, 5);
    expect(Math.abs(half[12] - 128)).toBeLessThan(40);
  });

  test('medianLuma finds the background', () => {
    const dark = new Uint8Array(1000).fill(12);
    for (let i = 0; i < 100; i++) dark[i * 10] = 240;
    expect(medianLuma(dark)).toBeLessThan(128);
  });

  test('encodePgm writes a P5 header whose first 500 bytes hold no pixels', () => {
    const pgm = encodePgm(new Uint8Array([0, 128, 255, 1]), 2, 2);
    const head = new TextDecoder().decode(pgm.subarray(0, pgm.length - 4));
    expect(head.startsWith('P5\n#')).toBe(true);
    expect(head.endsWith('\n2 2\n255\n')).toBe(true);
    expect(pgm.length - 4).toBeGreaterThan(500);
    expect([...pgm.subarray(pgm.length - 4)]).toEqual([0, 128, 255, 1]);
  });

  test('a dark theme is inverted to dark-on-light; a light one is not', () => {
    const darkPage = { width: 40, height: 40, channels: 1 as const, data: new Uint8Array(1600).fill(15) };
    const lightPage = { width: 40, height: 40, channels: 1 as const, data: new Uint8Array(1600).fill(245) };
    const d = preprocess(darkPage, { ...DEFAULT_PREPROCESS, scaleBy: 'dpr', pixelsPerCssPx: 1, contrast: 0 });
    const l = preprocess(lightPage, { ...DEFAULT_PREPROCESS, scaleBy: 'dpr', pixelsPerCssPx: 1, contrast: 0 });
    expect(d.inverted).toBe(true);
    expect(d.pgm.at(-1)).toBe(240);
    expect(l.inverted).toBe(false);
    // The caller's pixels are untouched.
    expect(darkPage.data[0]).toBe(15);
  });
});

describe('contrast against the background', () => {
  test('gray labels become dark, the background stays white, and the caller’s pixels are untouched', () => {
    // A white page (255) with black text (31), gray labels (143, #8a919f) and light placeholders (180).
    const data = new Uint8Array(1600).fill(255);
    data.set([31, 31, 143, 143, 180, 180], 0);
    const page = { width: 40, height: 40, channels: 1 as const, data };
    const out = preprocess(page, { ...DEFAULT_PREPROCESS, scaleBy: 'dpr', pixelsPerCssPx: 1 });
    const px = out.pgm.subarray(out.pgm.length - 1600);
    expect(px[0]).toBe(0);
    expect(px[2]).toBeLessThan(20);
    expect(px[4]).toBeLessThan(100);
    expect(px[100]).toBe(255);
    expect([...data.subarray(0, 6)]).toEqual([31, 31, 143, 143, 180, 180]);
  });

  test('a dark theme is stretched after inversion: its gray labels become dark too', () => {
    const data = new Uint8Array(1600).fill(11);
    data.set([234, 113], 0); // #eaecef text and #8a919f-ish labels on #0b0e11
    const out = preprocess({ width: 40, height: 40, channels: 1 as const, data }, { ...DEFAULT_PREPROCESS, scaleBy: 'dpr', pixelsPerCssPx: 1 });
    const px = out.pgm.subarray(out.pgm.length - 1600);
    expect(out.inverted).toBe(true);
    expect(px[0]).toBe(0);
    expect(px[1]).toBeLessThan(60);
    expect(px[100]).toBe(255);
  });

  test('a photo (no lines of text to measure) is not stretched', () => {
    let seed = 7;
    const data = new Uint8Array(200 * 200).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), 150 + (seed % 100)));
    const out = preprocess({ width: 200, height: 200, channels: 1 as const, data }, DEFAULT_PREPROCESS);
    expect(out.textHeight).toBeUndefined();
    expect([...out.pgm.subarray(out.pgm.length - 40000)]).toEqual([...data]);
  });

  test('with a noise floor, faint JPEG ringing near the background stays white', () => {
    const g = new Uint8Array([255, 250, 240, 200]);
    expect([...stretchFromBackground(new Uint8Array(g), 2.2, 0)]).toEqual([255, 244, 222, 134]);
    expect([...stretchFromBackground(new Uint8Array(g), 2.2, 12)]).toEqual([255, 255, 248, 160]);
  });
});
