// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { appendEdit, applyEdit, chipEdit } from '../../lib/host/edit';
import { readEditor } from '../../lib/host/read-editor';

test.each([
  ['an empty post gets the tags alone', '', ['#WXTM创作大赛#', '#WXTM#'], 0, '#WXTM创作大赛# #WXTM#'],
  ['text gets a separating space', '正文', ['#WXTM#'], 2, ' #WXTM#'],
  ['text ending in a space needs none', '正文 ', ['#WXTM#'], 3, '#WXTM#'],
  // Empty lines at the end hold no text for a caret: the tags go after the last word.
  ['text ending in empty lines gets the tags after its last word', '正文\n\n', ['#WXTM#'], 2, ' #WXTM#'],
  ['a last line ending in a space keeps it', '第一段\n正文 \n', ['#WXTM#'], 7, '#WXTM#'],
  ['a post of empty lines gets the tags at its start', '\n\n', ['#WXTM#'], 0, '#WXTM#'],
])('%s', (_name, text, tags, at, insert) => {
  expect(appendEdit(text, tags)).toEqual({ start: at, end: at, insert });
});

/** A model editor that takes insertText at the DOM selection, as Lexical or Slate do. */
function modelEditor(html: string) {
  document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
  const editor = document.getElementById('e')!;
  editor.addEventListener('beforeinput', (event) => {
    if (event.inputType !== 'insertText') return;
    event.preventDefault();
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(event.data ?? ''));
  });
  return editor;
}

test('a post ending in an empty line: the missing tags land after its last word, and that is verified', async () => {
  const editor = modelEditor('<p>正文</p><p><br></p>');
  const text = readEditor(editor).text;
  expect(text).toBe('正文\n');
  const result = await applyEdit(editor, text, appendEdit(text, ['#WXTM#']), { settleMs: 0 });
  expect(result).toEqual({ ok: true, via: 'beforeinput' });
  expect(readEditor(editor).text).toBe('正文 #WXTM#\n');
});

test('an editor that turns a typed #tag# into a chip: the fix landed, and is kept', async () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>正文</p></div>';
  const editor = document.getElementById('e')!;
  const p = editor.querySelector('p')!;
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    if (event.inputType !== 'insertText') return;
    const typed = p.textContent + (event.data ?? '');
    p.innerHTML = typed.replace(/#([^#\s]+)#/g, '<span data-topic="#$1#" contenteditable="false">#$1#</span>');
  });
  const text = readEditor(editor).text;
  const result = await applyEdit(editor, text, appendEdit(text, ['#WXTM#']), { settleMs: 0 });
  expect(result).toEqual({ ok: true, via: 'beforeinput' });
  expect(readEditor(editor).chipTags).toEqual(['#WXTM#']);
});

test('the writer types while a fix waits on an editor that ignored it: their text is never undone', async () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>正文</p></div>';
  const editor = document.getElementById('e')!;
  const p = editor.querySelector('p')!;
  let undone = 0;
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault(); // ignores our insertText; would undo the writer's last step if asked
    if (event.inputType === 'historyUndo') {
      undone++;
      p.textContent = '正文';
    }
  });
  const text = readEditor(editor).text;
  const pending = applyEdit(editor, text, appendEdit(text, ['#WXTM#']), { settleMs: 0 });
  setTimeout(() => (p.textContent += '好'), 30);
  expect(await pending).toEqual({ ok: false, reason: 'stale' });
  expect(p.textContent).toBe('正文好');
  expect(undone).toBe(0);
});

test("a key pressed while a fix lands makes a changed text the writer's: not undone even when it holds the insert", async () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>正文</p></div>';
  const editor = document.getElementById('e')!;
  const p = editor.querySelector('p')!;
  let undone = 0;
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    if (event.inputType === 'historyUndo') {
      undone++;
      p.textContent = '正文';
      return;
    }
    // The edit is taken, and the writer's key lands with it.
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: '好', bubbles: true }));
    p.textContent = `正文${event.data}好`;
  });
  const text = readEditor(editor).text;
  expect(await applyEdit(editor, text, appendEdit(text, ['#WXTM#']), { settleMs: 0 })).toEqual({ ok: false, reason: 'stale' });
  expect(p.textContent).toBe('正文 #WXTM#好');
  expect(undone).toBe(0);
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

// ── Topics kept as chips (issue 16.7): a chip is out of the text, at a place ──

const CHIP = (name: string) => `<span data-type="mention" data-mention-suggestion-char="#" contenteditable="false">${name}</span>`;

test.each([
  ['a chip standing last: the tags go after it, a space apart', '正文 ', [3], { start: 3, end: 3, insert: ' #WXTM#', afterChips: true }],
  ['a chip on the last line of its own: after it', '正文\n', [3], { start: 3, end: 3, insert: ' #WXTM#', afterChips: true }],
  ['a chip with text after it: after the text, as without chips', '正文  結尾', [3], { start: 6, end: 6, insert: ' #WXTM#' }],
  ['a chip followed by the space the list left: after the space', '正文  ', [3], { start: 4, end: 4, insert: '#WXTM#' }],
])('appendEdit: %s', (_name, text, places, edit) => {
  expect(
    appendEdit(
      text,
      ['#WXTM#'],
      places.map((at) => ({ at })),
    ),
  ).toEqual(edit);
});

test('"insert the missing tags" after a chip standing last lands after the chip, and that is verified', async () => {
  const editor = modelEditor(`<p>正文 ${CHIP('WXTM创作大赛')}</p>`);
  const reading = readEditor(editor);
  expect(reading).toMatchObject({ text: '正文 ', chipTags: ['#WXTM创作大赛#'] });
  const result = await applyEdit(editor, reading.text, appendEdit(reading.text, ['#WXTM#'], reading.chips), { settleMs: 0 });
  expect(result).toEqual({ ok: true, via: 'beforeinput' });
  expect(editor.querySelector('p')!.innerHTML).toBe(`正文 ${CHIP('WXTM创作大赛')} #WXTM#`);
});

test.each([
  ['after a letter, a space keeps it apart', 'CandyDrop', ' #WXTM创作大赛#'],
  ['after Chinese text, none is needed', '正文', '#WXTM创作大赛#'],
])('chipEdit: %s', (_name, before, insert) => {
  const reading = readEditor(modelEditor(`<p>${before}${CHIP('WXTM創作大賽')}好</p>`));
  expect(chipEdit(reading, 0, '#WXTM创作大赛#')).toEqual({ start: before.length, end: before.length, insert, chip: { index: 0, tag: '#WXTM創作大賽#' } });
  expect(chipEdit(reading, 1, '#WXTM创作大赛#')).toBeNull();
});

test('a chip holding a near miss is replaced whole by the tag, through the editor, and verified', async () => {
  const editor = modelEditor(`<p>正文 ${CHIP('WXTM創作大賽')} 好</p>`);
  const reading = readEditor(editor);
  const result = await applyEdit(editor, reading.text, chipEdit(reading, 0, '#WXTM创作大赛#')!, { settleMs: 0 });
  expect(result).toEqual({ ok: true, via: 'beforeinput' });
  expect(readEditor(editor)).toMatchObject({ text: '正文 #WXTM创作大赛# 好', chipTags: [] });
});

test('an editor that makes a chip of the typed tag again: the chip replace landed', async () => {
  document.body.innerHTML = `<div id="e" contenteditable="true"><p>正文 ${CHIP('WXTM創作大賽')}</p></div>`;
  const editor = document.getElementById('e')!;
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    const chip = document.createElement('template');
    chip.innerHTML = CHIP((event.data ?? '').replaceAll('#', ''));
    range.insertNode(chip.content.firstChild!);
  });
  const reading = readEditor(editor);
  const result = await applyEdit(editor, reading.text, chipEdit(reading, 0, '#WXTM创作大赛#')!, { settleMs: 0 });
  expect(result).toEqual({ ok: true, via: 'beforeinput' });
  expect(readEditor(editor).chipTags).toEqual(['#WXTM创作大赛#']);
});

test("a chip replace that lands wrong (the chip deleted, the tag not written) is taken back by the editor's undo", async () => {
  document.body.innerHTML = `<div id="e" contenteditable="true"><p>正文 ${CHIP('WXTM創作大賽')}</p></div>`;
  const editor = document.getElementById('e')!;
  const p = editor.querySelector('p')!;
  const history: string[] = [];
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    if (event.inputType === 'historyUndo') {
      p.innerHTML = history.pop() ?? p.innerHTML;
      return;
    }
    // An editor that deletes the chosen topic but drops the text typed in its place.
    history.push(p.innerHTML);
    document.getSelection()!.getRangeAt(0).deleteContents();
  });
  const reading = readEditor(editor);
  const result = await applyEdit(editor, reading.text, chipEdit(reading, 0, '#WXTM创作大赛#')!, { settleMs: 0 });
  expect(result).toEqual({ ok: false, reason: 'unverified', reverted: true });
  expect(readEditor(editor)).toMatchObject({ text: '正文 ', chipTags: ['#WXTM創作大賽#'] });
});

test('a chip replace on an editor that ignores every way in leaves the chip, and says so', async () => {
  document.body.innerHTML = `<div id="e" contenteditable="true"><p>正文 ${CHIP('WXTM創作大賽')}</p></div>`;
  const editor = document.getElementById('e')!;
  editor.addEventListener('beforeinput', (event) => event.preventDefault());
  const reading = readEditor(editor);
  expect(await applyEdit(editor, reading.text, chipEdit(reading, 0, '#WXTM创作大赛#')!, { settleMs: 0 })).toEqual({ ok: false, reason: 'unsupported' });
  expect(readEditor(editor).chipTags).toEqual(['#WXTM創作大賽#']);
});

test('a chip that changed since the fix was offered makes the fix stale, and nothing is touched', async () => {
  const editor = modelEditor(`<p>正文 ${CHIP('WXTM創作大賽')}</p>`);
  const reading = readEditor(editor);
  const edit = chipEdit(reading, 0, '#WXTM创作大赛#')!;
  editor.querySelector('span')!.textContent = 'WXTM';
  expect(await applyEdit(editor, reading.text, edit, { settleMs: 0 })).toEqual({ ok: false, reason: 'stale' });
  expect(readEditor(editor).chipTags).toEqual(['#WXTM#']);
});

test('an edit the browser shows but the editor draws back a moment later (its model refused it) is not taken as landed', async () => {
  document.body.innerHTML = `<div id="e" contenteditable="true"><p>正文 ${CHIP('WXTM創作大賽')}</p></div>`;
  const editor = document.getElementById('e')!;
  const p = editor.querySelector('p')!;
  const model = p.innerHTML;
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    if (event.inputType !== 'insertText') return;
    // The DOM takes the edit, then the editor redraws from its unchanged model (ProseMirror after a
    // filtered transaction).
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(event.data ?? ''));
    setTimeout(() => (p.innerHTML = model), 30);
  });
  const reading = readEditor(editor);
  expect(await applyEdit(editor, reading.text, chipEdit(reading, 0, '#WXTM创作大赛#')!, { settleMs: 0 })).toEqual({ ok: false, reason: 'unsupported' });
  expect(readEditor(editor).chipTags).toEqual(['#WXTM創作大賽#']);
});

test('a second fix pressed while the first is still holding waits for it, and both land', async () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>我參加了 #WXTM創作大賽#</p></div>';
  const editor = document.getElementById('e')!;
  const p = editor.querySelector('p')!;
  // A model editor: it takes the edit at the DOM selection, in a single text node, and re-renders.
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    const range = document.getSelection()!.getRangeAt(0);
    const text = p.textContent ?? '';
    p.textContent = text.slice(0, range.startOffset) + (event.data ?? '') + text.slice(range.endOffset);
  });
  const first = applyEdit(editor, '我參加了 #WXTM創作大賽#', { start: 5, end: 15, insert: '#WXTM创作大赛#' }, { settleMs: 0 });
  // Pressed at once, computed from the text the first fix leaves (as the panel shows it by then).
  const second = applyEdit(editor, '我參加了 #WXTM创作大赛#', { start: 15, end: 15, insert: ' #WXTM#' }, { settleMs: 0 });
  expect(await first).toMatchObject({ ok: true });
  expect(await second).toMatchObject({ ok: true });
  expect(p.textContent).toBe('我參加了 #WXTM创作大赛# #WXTM#');
});

test('the writer typing on right after a fix landed (dictation, no keydown) is no failure, and nothing is undone', async () => {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p>第二段 hello world</p></div>';
  const editor = document.getElementById('e')!;
  const p = editor.querySelector('p')!;
  let undone = 0;
  editor.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    if (event.inputType === 'historyUndo') return void undone++;
    p.textContent = `${p.textContent}${event.data ?? ''}`;
    // The writer goes on typing within the moment the fix is held.
    setTimeout(() => (p.textContent = `${p.textContent} 加油`), 20);
  });
  const result = await applyEdit(editor, '第二段 hello world', { start: 15, end: 15, insert: ' #WXTM#' }, { settleMs: 0 });
  expect(result).toMatchObject({ ok: true });
  expect(p.textContent).toBe('第二段 hello world #WXTM# 加油');
  expect(undone).toBe(0);
});
