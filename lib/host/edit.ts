/**
 * Writing into the host editor, only when the writer clicked a fix. The edit goes through the
 * editor's own input path so the host's model stays consistent: select the exact characters, let
 * the editor's own selection follow (CKEditor 5, Lexical and Slate map the DOM selection into their
 * model on `selectionchange`, which the browser fires after the script that moved it: editing
 * before that replaces whatever *their* selection still was), then
 * (1) a cancelable `beforeinput` that editors with their own model (Lexical, Slate) handle,
 * (2) `execCommand('insertText')`, which native fields, Draft.js and ProseMirror observe,
 * (3) a synthetic paste. The result is read back and checked. An edit that landed but not as
 * wanted is taken back through the editor's own undo, so the writer never keeps a half-applied fix;
 * the panel then says what to type by hand. Nothing is ever set behind the editor's back.
 */
import { locateOffset, readEditor, type EditorReading } from './read-editor';

export interface TextEdit {
  /** Offsets in the text `readEditor` returned. */
  start: number;
  end: number;
  insert: string;
  /**
   * Replace this chip (a topic the editor keeps as one non-editable node) by `insert`: the edit
   * selects the whole chip, and `start` = `end` = its place in the text. `tag` is the chip's text
   * the fix was computed from; a chip that changed meanwhile makes the fix stale.
   */
  chip?: { index: number; tag: string };
  /** A caret edit at a place where chips stand: put the caret after them (see appendEdit). */
  afterChips?: boolean;
}

export type EditResult =
  | { ok: true; via: 'beforeinput' | 'execCommand' | 'paste' }
  | { ok: false; reason: 'stale' | 'unsupported' }
  /** The edit did not land as wanted; `reverted` when the editor's undo took it back entirely. */
  | { ok: false; reason: 'unverified'; reverted: boolean };

/** How long to wait for the editor to take the new selection (one `selectionchange`). */
const SELECTION_SETTLE_MS = 50;
/** How long an editor that took the edit may take to show it in the DOM (a React render). */
const RENDER_WAIT_MS = 150;
/** How long a landed edit must hold before it counts (an editor may draw its old DOM back). */
const HOLD_MS = 100;

function settle(doc: Document, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', onChange);
      // The editors' own selectionchange handlers run in this same event: let them finish.
      setTimeout(resolve, 0);
    };
    const onChange = () => done();
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', onChange);
  });
}

/**
 * Whether the writer touched the keyboard (or dropped something) while a fix was on its way: then
 * a text that is neither the old one nor the wanted one may be theirs, and is never undone. We
 * never dispatch these events ourselves.
 */
function watchWriter(doc: Document): { acted: () => boolean; stop: () => void } {
  let acted = false;
  const mark = () => void (acted = true);
  const events = ['keydown', 'compositionstart', 'drop'] as const;
  for (const type of events) doc.addEventListener(type, mark, true);
  return { acted: () => acted, stop: () => events.forEach((type) => doc.removeEventListener(type, mark, true)) };
}

/**
 * Fixes run one at a time: a fix waits until the one before it has landed and held (HOLD_MS), so a
 * second fix pressed meanwhile never reads as the first one's edit drawn back, and is checked
 * against the text as the first left it.
 */
let previous: Promise<unknown> = Promise.resolve();

/** Apply one edit if the editor still holds `expected` (the text the fix was computed from). */
export function applyEdit(editor: HTMLElement, expected: string, edit: TextEdit, options: { settleMs?: number } = {}): Promise<EditResult> {
  const run = previous.then(() => applyEditNow(editor, expected, edit, options));
  previous = run.catch(() => undefined);
  return run;
}

async function applyEditNow(editor: HTMLElement, expected: string, edit: TextEdit, options: { settleMs?: number }): Promise<EditResult> {
  const writer = watchWriter(editor.ownerDocument);
  try {
    return await applyEditWatched(editor, expected, edit, options, writer.acted);
  } finally {
    writer.stop();
  }
}

async function applyEditWatched(
  editor: HTMLElement,
  expected: string,
  edit: TextEdit,
  options: { settleMs?: number },
  writerActed: () => boolean,
): Promise<EditResult> {
  const reading = readEditor(editor);
  const chipsBefore = reading.chipTags.join('\n');
  const unchanged = (r: EditorReading) => r.text === expected && r.chipTags.join('\n') === chipsBefore;
  const chipGone = (r: EditorReading) => edit.chip !== undefined && r.chipTags[edit.chip.index] !== edit.chip.tag;
  if (reading.text !== expected || chipGone(reading)) return { ok: false, reason: 'stale' };
  const wanted = expected.slice(0, edit.start) + edit.insert + expected.slice(edit.end);
  // The chips that stay: all of them, but the one a chip edit replaces.
  const keptChips = reading.chipTags.filter((_, i) => i !== edit.chip?.index);
  if (!select(editor, reading, edit)) return { ok: false, reason: 'unsupported' };
  if (!(editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)) {
    await settle(editor.ownerDocument, options.settleMs ?? SELECTION_SETTLE_MS);
    // The writer may have typed meanwhile: then this fix is for text that is gone.
    const now = readEditor(editor);
    if (!unchanged(now) || chipGone(now)) return { ok: false, reason: 'stale' };
    if (!select(editor, now, edit)) return { ok: false, reason: 'unsupported' };
  }
  const verify = async (via: 'beforeinput' | 'execCommand' | 'paste'): Promise<EditResult> => {
    // Editors that took the edit into their model re-render the DOM a moment later (Slate, after
    // React renders): give them a few frames before judging.
    for (let waited = 0; unchanged(readEditor(editor)) && waited < RENDER_WAIT_MS; waited += 16) await new Promise((r) => setTimeout(r, 16));
    // Our insert in place, and more text after it that the text we left did not hold.
    const cut = edit.start + edit.insert.length;
    const typedOn = (text: string) =>
      edit.chip === undefined && text.length > wanted.length && text.startsWith(wanted.slice(0, cut)) && text.endsWith(wanted.slice(cut));
    const landed = (r: EditorReading) => (r.text === wanted && r.chipTags.join('\n') === keptChips.join('\n')) || landedAsChips(keptChips, r, wanted, edit);
    let after = readEditor(editor);
    if (landed(after)) {
      // The browser's edit shows at once; an editor whose model refused it draws its own DOM back a
      // moment later (ProseMirror after a filtered transaction). Only an edit that holds landed:
      // as it was, or with the writer's own typing after it (they may go on at once, and dictation
      // or an IME types without a keydown).
      await new Promise((r) => setTimeout(r, HOLD_MS));
      after = readEditor(editor);
      if (landed(after) || typedOn(after.text)) return { ok: true, via };
    }
    if (unchanged(after)) return { ok: false, reason: 'unsupported' };
    // Something else changed. Only our own edit, landed wrong, is taken back: if the writer typed
    // meanwhile, or what changed does not hold our insert (nor is the chip we replace), the text
    // may be theirs.
    if (writerActed() || (edit.chip === undefined && !after.text.includes(edit.insert.trim()))) return { ok: false, reason: 'stale' };
    return { ok: false, reason: 'unverified', reverted: undo(editor, unchanged) };
  };

  const before = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data: edit.insert,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  if (!editor.dispatchEvent(before)) return verify('beforeinput');
  // Not taken through beforeinput. An editor may still have queued it for later (CKEditor 5
  // commits it on the next input event): execCommand's input event lets it, and the check below
  // sees the result either way.
  let done = false;
  try {
    done = editor.ownerDocument.execCommand('insertText', false, edit.insert);
  } catch {
    done = false;
  }
  if (done || !unchanged(readEditor(editor))) return verify('execCommand');

  const data = new DataTransfer();
  data.setData('text/plain', edit.insert);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(paste);
  return verify('paste');
}

/**
 * Take back an edit that did not land as wanted, through the editor's own history: a
 * `historyUndo` beforeinput (Lexical, Slate, CKEditor), else `execCommand('undo')` (native fields,
 * contenteditable, ProseMirror's DOM observer). True when the text is as it was.
 */
function undo(editor: HTMLElement, unchanged: (reading: EditorReading) => boolean): boolean {
  for (let attempt = 0; attempt < 3 && !unchanged(readEditor(editor)); attempt++) {
    const before = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true, composed: true });
    if (editor.dispatchEvent(before)) {
      try {
        editor.ownerDocument.execCommand('undo');
      } catch {
        // nothing more to try this round
      }
    }
  }
  return unchanged(readEditor(editor));
}

/**
 * Editors that turn a typed #tag# into a chip (a topic) take it out of the text and into their
 * chips: the edit landed when the new chips are the inserted tags and the rest of the text is
 * what was wanted around them (spacing aside, as a chip carries its own).
 */
function landedAsChips(chipsBefore: readonly string[], after: EditorReading, wanted: string, edit: TextEdit): boolean {
  const added = [...after.chipTags];
  for (const chip of chipsBefore) {
    const i = added.indexOf(chip);
    if (i >= 0) added.splice(i, 1);
  }
  if (added.length === 0 || !added.every((chip) => edit.insert.includes(chip))) return false;
  let rest = wanted;
  for (const chip of added) rest = rest.replace(chip, ' ');
  const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
  return squash(rest) === squash(after.text);
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
  const chip = edit.chip ? reading.chips[edit.chip.index]?.element : undefined;
  const after = edit.afterChips && edit.start === edit.end ? reading.chips.filter((c) => c.at === edit.start).pop()?.element : undefined;
  if (edit.chip) {
    // The whole chip, from just before it to just after it: the editor maps that onto its node.
    if (!chip?.parentNode) return false;
    range.setStartBefore(chip);
    range.setEndAfter(chip);
  } else if (after?.parentNode) {
    range.setStartAfter(after);
    range.collapse(true);
  } else if (start && end) {
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
 * Where "insert the missing tags" puts them: after the last thing written, separated by a space (a
 * newline would be a paragraph split in rich editors, which each handle differently). Empty lines
 * at the end hold no text a caret could follow, so the tags go before them.
 */
export function appendEdit(text: string, tags: readonly string[], chips: readonly { at: number }[] = []): TextEdit {
  const joined = tags.join(' ');
  let at = text.replace(/\n+$/u, '').length;
  // A chip (a chosen topic) standing last is written too: the tags go after it, a space apart.
  const lastChip = chips.reduce((max, c) => Math.max(max, c.at), -1);
  const afterChip = lastChip >= at;
  if (afterChip) at = lastChip;
  const needsSpace = afterChip || (at > 0 && !/\s$/u.test(text.slice(0, at)));
  return { start: at, end: at, insert: `${needsSpace ? ' ' : ''}${joined}`, ...(afterChip ? { afterChips: true } : {}) };
}

/**
 * The edit that replaces chip `index` of `reading` by `fix` (a near miss kept as a chip: a topic
 * chosen with the wrong characters). A space keeps the fix from running into a word beside it.
 */
export function chipEdit(reading: EditorReading, index: number, fix: string): TextEdit | null {
  const place = reading.chips[index];
  const tag = reading.chipTags[index];
  if (!place || tag === undefined) return null;
  const before = reading.text.slice(0, place.at);
  const next = reading.text.slice(place.at);
  const lead = /[A-Za-z0-9&]$/u.test(before) ? ' ' : '';
  const trail = !/[#＃]$/u.test(fix) && /^[\p{L}\p{N}]/u.test(next) ? ' ' : '';
  return { start: place.at, end: place.at, insert: `${lead}${fix}${trail}`, chip: { index, tag } };
}
