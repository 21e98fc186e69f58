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

test('an edit computed from old text is refused, not applied to the new text', async () => {
  document.body.innerHTML = '<textarea id="t"></textarea>';
  const t = document.getElementById('t') as HTMLTextAreaElement;
  t.value = '新的內容';
  expect(await applyEdit(t, '舊的內容', { start: 0, end: 2, insert: 'x' })).toEqual({ ok: false, reason: 'stale' });
  expect(t.value).toBe('新的內容');
});

test('an editor that takes the edit through beforeinput keeps its own model', async () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>#WXTM創作大賽#</p></div>';
  const editor = document.getElementById('e')!;
  editor.addEventListener('beforeinput', (event) => {
    // A Lexical-like editor: it prevents the browser's edit and re-renders from its model.
    event.preventDefault();
    editor.querySelector('p')!.textContent = '#WXTM创作大赛#';
  });
  const result = await applyEdit(editor, '#WXTM創作大賽#', { start: 0, end: 10, insert: '#WXTM创作大赛#' }, { settleMs: 0 });
  expect(result).toEqual({ ok: true, via: 'beforeinput' });
});

test('an edit that lands wrong (an editor whose selection lagged: the tag inserted beside the old one) is taken back by its undo', async () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>正文 #WXTM創作大賽#</p></div>';
  const editor = document.getElementById('e')!;
  const p = editor.querySelector('p')!;
  const history: string[] = [];
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    if (event.inputType === 'historyUndo') {
      p.textContent = history.pop() ?? p.textContent;
      return;
    }
    // A CKEditor-like model whose selection had not followed: it inserts at the old caret (the end).
    history.push(p.textContent!);
    p.textContent = `${p.textContent}${event.data}`;
  });
  const result = await applyEdit(editor, '正文 #WXTM創作大賽#', { start: 3, end: 13, insert: '#WXTM创作大赛#' }, { settleMs: 0 });
  expect(result).toEqual({ ok: false, reason: 'unverified', reverted: true });
  expect(p.textContent).toBe('正文 #WXTM創作大賽#');
});

test('an editor that ignores every way in is left untouched and said so', async () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>正文</p></div>';
  const editor = document.getElementById('e')!;
  editor.addEventListener('beforeinput', (event) => event.preventDefault());
  expect(await applyEdit(editor, '正文', { start: 2, end: 2, insert: ' #WXTM#' }, { settleMs: 0 })).toEqual({ ok: false, reason: 'unsupported' });
  expect(editor.textContent).toBe('正文');
});
