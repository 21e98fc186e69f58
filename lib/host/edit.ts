/**
 * Writing into the host editor, only when the writer clicked a fix. The edit goes through the
 * editor's own input path so the host's model stays consistent: select the exact characters, then
 * (1) a cancelable `beforeinput` that editors with their own model (Lexical, Slate) handle,
 * (2) `execCommand('insertText')`, which native fields, Draft.js and ProseMirror observe,
 * (3) a synthetic paste. The result is read back and checked; nothing is ever set behind the
 * editor's back.
 */
import { locateOffset, readEditor, type EditorReading } from './read-editor';

export interface TextEdit {
  /** Offsets in the text `readEditor` returned. */
  start: number;
  end: number;
  insert: string;
}

export type EditResult =
  | { ok: true; via: 'beforeinput' | 'execCommand' | 'paste' }
  | { ok: false; reason: 'stale' | 'unsupported' | 'unverified' };

/** Apply one edit if the editor still holds `expected` (the text the fix was computed from). */
export function applyEdit(editor: HTMLElement, expected: string, edit: TextEdit): EditResult {
  const reading = readEditor(editor);
  if (reading.text !== expected) return { ok: false, reason: 'stale' };
  const wanted = expected.slice(0, edit.start) + edit.insert + expected.slice(edit.end);
  if (!select(editor, reading, edit)) return { ok: false, reason: 'unsupported' };
  const check = () => readEditor(editor).text === wanted;
  const changed = () => readEditor(editor).text !== expected;

  const before = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data: edit.insert,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  if (!editor.dispatchEvent(before)) {
    return check() ? { ok: true, via: 'beforeinput' } : { ok: false, reason: 'unverified' };
  }
  let done = false;
  try {
    done = editor.ownerDocument.execCommand('insertText', false, edit.insert);
  } catch {
    done = false;
  }
  if (done || changed()) return check() ? { ok: true, via: 'execCommand' } : { ok: false, reason: 'unverified' };

  const data = new DataTransfer();
  data.setData('text/plain', edit.insert);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(paste);
  return check() ? { ok: true, via: 'paste' } : { ok: false, reason: 'unsupported' };
}

function select(editor: HTMLElement, reading: EditorReading, edit: TextEdit): boolean {
  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(edit.start, edit.end);
    return true;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  const range = editor.ownerDocument.createRange();
  const start = locateOffset(reading, edit.start);
  const end = locateOffset(reading, edit.end);
  if (start && end) {
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } else {
    // An empty editor: put the caret inside its first (or only) block.
    const block = editor.querySelector('p, div[data-block], div') ?? editor;
    range.selectNodeContents(block);
    range.collapse(true);
  }
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Where "insert the missing tags" puts them: after the text, separated by a space (a newline
 * would be a paragraph split in rich editors, which each handle differently).
 */
export function appendEdit(text: string, tags: readonly string[]): TextEdit {
  const joined = tags.join(' ');
  const needsSpace = text.length > 0 && !/\s$/u.test(text);
  return { start: text.length, end: text.length, insert: `${needsSpace ? ' ' : ''}${joined}` };
}
