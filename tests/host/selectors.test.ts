// @vitest-environment happy-dom
/**
 * Every host selector against every fixture composer, with the number of matches it must find:
 * when a selector or a fixture changes, this table says what moved.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findPublishButton } from '../../lib/host/composer';
import { readEditor } from '../../lib/host/read-editor';
import {
  COMPOSER_SELECTORS,
  GATE_EDITOR,
  FILE_INPUT_SELECTOR,
  PLACEHOLDER_SELECTORS,
  TAG_CHIP_SELECTORS,
  TRAILING_BREAK_SELECTOR,
} from '../../lib/host/selectors';

// Stylesheets and scripts are the browser's business (the e2e tests); here only the markup counts.
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/host/${name}`, 'utf8').replace(/<(link|script)\b[^>]*>(<\/script>)?/g, ''), 'text/html');

const count = (doc: Document, selector: string) => doc.querySelectorAll(selector).length;

// fixture → [the editor's own shape selector, the first ranked selector that matches, placeholders, chips, file inputs]
// Every fixture is Gate's recorded composer frame (.editor-container--page, .editor-bar); the
// contenteditable ones carry Gate's own editor element, the others an editor Gate might switch to.
const EXPECTED: [string, string, string, number, number, number][] = [
  ['textarea.html', 'textarea', 'textarea', 0, 0, 2],
  ['contenteditable.html', GATE_EDITOR, GATE_EDITOR, 1, 0, 2],
  // Draft's placeholder root and its inner element both match.
  ['draft.html', '.public-DraftEditor-content[contenteditable="true"]', '.public-DraftEditor-content[contenteditable="true"]', 2, 0, 1],
  ['prosemirror.html', '.ProseMirror[contenteditable="true"]', '.ProseMirror[contenteditable="true"]', 0, 0, 1],
  // The whole recorded page: its topic links (sidebar, navigation) are chips wherever they are;
  // only the composer's picture and video inputs are file inputs (the modal is a <template>).
  ['gate-square.html', GATE_EDITOR, GATE_EDITOR, 1, 6, 2],
];

test.each(EXPECTED)('on %s the composer (%s) is found first by %s, exactly once', (fixture, shape, ranked, placeholders, chips, inputs) => {
  const doc = load(fixture);
  expect(COMPOSER_SELECTORS).toContain(shape);
  expect(COMPOSER_SELECTORS.find((s) => count(doc, s) > 0)).toBe(ranked);
  expect(count(doc, ranked)).toBe(1);
  expect(count(doc, shape)).toBe(1);
  expect(doc.querySelector(ranked)).toBe(doc.querySelector(shape));
  expect(count(doc, PLACEHOLDER_SELECTORS.join(','))).toBe(placeholders);
  expect(count(doc, TAG_CHIP_SELECTORS.join(','))).toBe(chips);
  // The picture input, plus a "replace picture" input on the two fixtures that imitate one (and a
  // video input on the recorded page).
  expect(count(doc, FILE_INPUT_SELECTOR)).toBe(inputs);
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
