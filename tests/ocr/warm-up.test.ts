/** When the content script starts the OCR engine ahead of the first picture (lib/ocr/warm-up.ts). */
import { expect, test } from 'vitest';
import { wantsOcrWarmUp, type WarmUpFacts } from '../../lib/ocr/warm-up';

const writing: WarmUpFacts = { composer: true, firstText: '', text: '今天', rule: { requirement: 'preferred' } };

test.each<[string, WarmUpFacts, boolean]>([
  ['the writer typed in a composer for a contest that prefers screenshots', writing, true],
  ['the writer typed for a contest that requires one', { ...writing, rule: { requirement: 'required' } }, true],
  ['the writer added to a draft that was there when the page opened', { ...writing, firstText: '草稿', text: '草稿，續' }, true],
  ['the writer deleted what was there', { ...writing, firstText: '草稿', text: '' }, true],
  ['the contest takes no screenshot', { ...writing, rule: { requirement: 'none' } }, false],
  ['the page has no composer', { ...writing, composer: false }, false],
  ['nothing typed yet: the composer holds what it held', { ...writing, firstText: '', text: '' }, false],
  ['a draft restored on load, untouched', { ...writing, firstText: '草稿', text: '草稿' }, false],
  ['the composer not read yet', { ...writing, firstText: undefined, text: undefined }, false],
])('%s → %s', (_name, facts, expected) => {
  expect(wantsOcrWarmUp(facts)).toBe(expected);
});
