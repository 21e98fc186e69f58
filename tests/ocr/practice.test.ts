/** The warm-up's practice page (lib/ocr/practice.ts): lines of text as the preprocessing sees them. */
import { expect, test } from 'vitest';
import { practicePage } from '../../lib/ocr/practice';
import { estimateTextHeight, preprocess } from '../../lib/ocr/preprocess';

test('the practice page is the same every time (no randomness at run time)', () => {
  expect(practicePage()).toEqual(practicePage());
});

test('it has lines of text about the height phone text is read at, dark on light, and is read at its own size', () => {
  const page = practicePage();
  expect(page.data.length).toBe(page.width * page.height);
  const height = estimateTextHeight(page.data as Uint8Array, page.width, page.height);
  expect(height).toBeGreaterThanOrEqual(11);
  expect(height).toBeLessThanOrEqual(15);
  const pre = preprocess(page);
  expect(pre).toMatchObject({ width: page.width, height: page.height, inverted: false, scale: 1 });
});
