// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { appendEdit, applyEdit } from '../../lib/host/edit';

test.each([
  ['an empty post gets the tags alone', '', ['#WXTM创作大赛#', '#WXTM#'], '#WXTM创作大赛# #WXTM#'],
  ['text gets a separating space', '正文', ['#WXTM#'], ' #WXTM#'],
  ['text ending in a space needs none', '正文 ', ['#WXTM#'], '#WXTM#'],
  ['text ending in a line break needs none', '正文\n', ['#WXTM#'], '#WXTM#'],
])('%s', (_name, text, tags, insert) => {
  expect(appendEdit(text, tags)).toEqual({ start: text.length, end: text.length, insert });
});

test('an edit computed from old text is refused, not applied to the new text', () => {
  document.body.innerHTML = '<textarea id="t"></textarea>';
  const t = document.getElementById('t') as HTMLTextAreaElement;
  t.value = '新的內容';
  expect(applyEdit(t, '舊的內容', { start: 0, end: 2, insert: 'x' })).toEqual({ ok: false, reason: 'stale' });
  expect(t.value).toBe('新的內容');
});

test('an editor that takes the edit through beforeinput keeps its own model', () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>#WXTM創作大賽#</p></div>';
  const editor = document.getElementById('e')!;
  editor.addEventListener('beforeinput', (event) => {
    // A Lexical-like editor: it prevents the browser's edit and re-renders from its model.
    event.preventDefault();
    editor.querySelector('p')!.textContent = '#WXTM创作大赛#';
  });
  const result = applyEdit(editor, '#WXTM創作大賽#', { start: 0, end: 10, insert: '#WXTM创作大赛#' });
  expect(result).toEqual({ ok: true, via: 'beforeinput' });
});
