// @vitest-environment happy-dom
/**
 * The popup's look into an unknown host's page: Gate's recorded composer chain is found on the
 * fixture built from the recording and on no other editor fixture (a page with some editor is not
 * Gate Square).
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { GATE_COMPOSER_PROBE } from '../../lib/host/mirrors';
import { pageHasComposer } from '../../lib/host/probe';

afterEach(() => {
  document.body.innerHTML = '';
});

test.each([
  ['gate-square.html', true],
  ['contenteditable.html', true],
  ['textarea.html', false],
  ['prosemirror.html', false],
  ['draft.html', false],
  ['two-editors.html', false],
])("on %s Gate's composer is found: %s", (fixture, expected) => {
  const html = readFileSync(`tests/fixtures/host/${fixture}`, 'utf8').replace(/<(link|script)\b[^>]*>(<\/script>)?/g, '');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  expect(pageHasComposer(GATE_COMPOSER_PROBE)).toBe(expected);
});

test.each([
  [
    'the editor while read-only (publishing, logged out)',
    '<div class="editor-container"><div class="editor-container-div" contenteditable="false"></div></div>',
    false,
  ],
  ["the editor box outside Gate's container", '<div class="editor-container-div" contenteditable="true"></div>', false],
  [
    'the chain with a wrapper dropped',
    '<div class="editor-container editor-container--page"><div class="editor-container-div" contenteditable="true"></div></div>',
    true,
  ],
])('%s is found: %s', (_name, html, expected) => {
  document.body.innerHTML = html;
  expect(pageHasComposer(GATE_COMPOSER_PROBE)).toBe(expected);
});

test('the probe carries itself: its source runs alone, as Firefox executeScript receives it', () => {
  document.body.innerHTML = '<div class="editor-container"><div class="editor-container-div" contenteditable="true"></div></div>';
  const code = `(${pageHasComposer.toString()})(${JSON.stringify(GATE_COMPOSER_PROBE)})`;
  expect(new Function(`return ${code}`)()).toBe(true);
});
