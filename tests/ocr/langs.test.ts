import { expect, test } from 'vitest';
import { hintFromLocale, langsFor } from '../../lib/ocr/langs';

test.each([
  ['zh-TW', 'zh-Hant'],
  ['zh-Hant-HK', 'zh-Hant'],
  ['zh-tw', 'zh-Hant'],
  ['zh-CN', 'zh-Hans'],
  ['zh', 'zh-Hans'],
  ['en-US', 'en'],
  ['en', 'en'],
  ['ja', 'auto'],
  ['', 'auto'],
  [undefined, 'auto'],
])('the locale %s gives the hint %s', (tag, hint) => {
  expect(hintFromLocale(tag)).toBe(hint);
});

test('every hint loads languages the extension ships', () => {
  for (const hint of ['zh-Hant', 'zh-Hans', 'en', 'auto'] as const) {
    for (const l of langsFor(hint).split('+')) expect(['eng', 'chi_sim', 'chi_tra']).toContain(l);
  }
});
