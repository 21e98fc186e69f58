// @vitest-environment happy-dom
/**
 * Every host selector against every fixture composer, with the number of matches it must find:
 * when a selector or a fixture changes, this table says what moved.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findPublishButton } from '../../lib/host/observer';
import { readEditor } from '../../lib/host/read-editor';
import {
  COMPOSER_SELECTORS,
  FILE_INPUT_SELECTOR,
  PLACEHOLDER_SELECTORS,
  TAG_CHIP_SELECTORS,
  TRAILING_BREAK_SELECTOR,
} from '../../lib/host/selectors';

// Stylesheets and scripts are the browser's business (the e2e tests); here only the markup counts.
const load = (name: string) =>
  new DOMParser().parseFromString(
    readFileSync(`tests/fixtures/host/${name}`, 'utf8').replace(/<(link|script)\b[^>]*>(<\/script>)?/g, ''),
    'text/html',
  );

const count = (doc: Document, selector: string) => doc.querySelectorAll(selector).length;

// fixture → [the editor's own shape selector, the first ranked selector that matches, placeholders, chips]
const GATE_BOX = '[class*="post-editor" i] [contenteditable="true"]';
const EXPECTED: [string, string, string, number, number][] = [
  ['textarea.html', 'textarea', 'textarea', 0, 0],
  ['contenteditable.html', '[contenteditable="true"][role="textbox"]', GATE_BOX, 0, 0],
  // Draft's placeholder root and its inner element both match.
  ['draft.html', '.public-DraftEditor-content[contenteditable="true"]', GATE_BOX, 2, 0],
  ['prosemirror.html', '.ProseMirror[contenteditable="true"]', GATE_BOX, 0, 0],
];

test.each(EXPECTED)('on %s the composer (%s) is found first by %s, exactly once', (fixture, shape, ranked, placeholders, chips) => {
  const doc = load(fixture);
  expect(COMPOSER_SELECTORS).toContain(shape);
  expect(COMPOSER_SELECTORS.find((s) => count(doc, s) > 0)).toBe(ranked);
  expect(count(doc, ranked)).toBe(1);
  expect(count(doc, shape)).toBe(1);
  expect(doc.querySelector(ranked)).toBe(doc.querySelector(shape));
  expect(count(doc, PLACEHOLDER_SELECTORS.join(','))).toBe(placeholders);
  expect(count(doc, TAG_CHIP_SELECTORS.join(','))).toBe(chips);
  // The picture input, plus a "replace picture" input on the two fixtures that imitate one.
  expect(count(doc, FILE_INPUT_SELECTOR)).toBe(['textarea.html', 'contenteditable.html'].includes(fixture) ? 2 : 1);
  expect(findPublishButton(doc)?.id).toBe('publish');
});

test.each(EXPECTED.map(([fixture, shape]) => [fixture, shape]))(
  'the empty composer on %s reads as no text (its placeholder never counts)',
  (fixture, selector) => {
    const doc = load(fixture);
    const editor = doc.querySelector<HTMLElement>(selector)!;
    expect(readEditor(editor).text).toBe('');
  },
);

// The editor reader matches placeholders, chips and trailing breaks only on elements that carry an
// attribute (a long post is mostly bare <p>, <span> and <br>, read on every keystroke).
const BARE_TAGS = ['a', 'b', 'blockquote', 'br', 'code', 'div', 'em', 'font', 'h1', 'i', 'li', 'mark', 'p', 'pre', 's', 'span', 'strong', 'u'];
test.each([...PLACEHOLDER_SELECTORS, ...TAG_CHIP_SELECTORS, TRAILING_BREAK_SELECTOR])('%s needs an attribute to match', (selector) => {
  for (const tag of BARE_TAGS) expect(document.createElement(tag).matches(selector)).toBe(false);
});
