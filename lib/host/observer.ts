/**
 * The one observer of Gate's DOM. It follows the composer the writer uses (focus first, then the
 * ranked selectors), re-attaches after SPA navigation and when editors appear late, reads the text
 * on every input synchronously (so the panel updates within the same frame) and coalesces other
 * DOM changes to one read per animation frame. A keystroke that only changed characters within a
 * line reads just the changed text nodes (the DOM changes since the last read say which); any
 * other change reads the whole editor. Never writes to the page, never throws out.
 */
import { composerBox, findComposer, inDialog, isPostComposer, isVisible } from './composer';
import { collectImages, fileImage, imageFiles, isFileInput, type AttachedImage } from './images';
import { readEditor, rereadChanged, type EditorReading } from './read-editor';
import { DIALOG_SELECTOR, EDITABLE_SELECTOR } from './selectors';

export { composerBox, findPublishButton, isPublishButton } from './composer';

export interface HostState {
  editor: HTMLElement | null;
  /** The post box around the editor (holds its image previews, file input and publish button). */
  box: Element | null;
  reading: EditorReading | null;
  images: AttachedImage[];
  /** Bumped on every change, so a consumer can skip identical states cheaply. */
  version: number;
}

export interface HostObserverOptions {
  signal: AbortSignal;
  onChange(state: HostState): void;
  /** Elements of our own UI, never mistaken for the host's editor. */
  isOwnElement?(el: Element): boolean;
  /**
   * The composer the writer pointed at (the picker), when it is on the page: it wins over focus
   * and the ranked selectors, until the writer forgets it. `near` is the box the writer is in (or
   * last typed in): among boxes that fit the pick equally well, that one.
   */
  preferred?(near: Element | null): HTMLElement | null;
}

/** A post composer in a dialog open over the page (the modal composer), if one is shown. */
function dialogComposer(doc: Document, own: (el: Element) => boolean): HTMLElement | null {
  for (const dialog of doc.querySelectorAll(DIALOG_SELECTOR)) {
    if (own(dialog)) continue;
    for (const el of dialog.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
      if (!own(el) && isPostComposer(el) && isVisible(el)) return el;
    }
  }
  return null;
}

export function observeHost(doc: Document, options: HostObserverOptions): { refresh(): void; state(): HostState } {
  const { signal, onChange } = options;
  const own = options.isOwnElement ?? (() => false);
  let editor: HTMLElement | null = null;
  let version = 0;
  let frame = 0;
  /** Pictures the writer chose, pasted or dropped, kept until the editor is emptied or replaced. */
  let chosen: AttachedImage[] = [];
  /** Whether the post box has shown a preview since the pictures were chosen (see collectImages). */
  let previewsSeen = false;
  let current: HostState = { editor: null, box: null, reading: null, images: [], version };

  /** The editable the writer last entered or typed in (any box: a pick is resolved towards it). */
  let lastTyped: WeakRef<Element> | null = null;
  const switchTo = (next: HTMLElement) => {
    editor = next;
    chosen = [];
    previewsSeen = false;
  };

  /**
   * Which box the checklist follows: the writer's pick; else a post composer the writer moved into
   * (a reply box, a search box or a chat input is never one); else the current one while it is
   * shown, unless a dialog's composer opened over the page (the modal 发文); else the first shown.
   * `typing`: the editor itself just fired input, so it is on the page and shown: no layout read.
   */
  const pickEditor = (focused: Element | null, typing = false) => {
    const near = focused ?? lastTyped?.deref() ?? null;
    const picked = options.preferred?.(near) ?? null;
    if (picked && picked.isConnected && isVisible(picked) && !own(picked)) {
      if (picked !== editor) switchTo(picked);
      return;
    }
    const editable = focused && !own(focused) ? focused.closest<HTMLElement>(EDITABLE_SELECTOR) : null;
    if (editable && editable !== editor && isPostComposer(editable) && isVisible(editable)) return switchTo(editable);
    // (Visibility needs layout, which right after a keystroke is a forced synchronous one: skipped
    // when the writer is typing in the editor.)
    if (editor && (!editor.isConnected || (!typing && !isVisible(editor)))) editor = null;
    if (editor && !typing && !inDialog(editor)) {
      const modal = dialogComposer(doc, own);
      if (modal) return switchTo(modal);
    }
    if (!editor) {
      const found = findComposer(doc, null);
      editor = found && !own(found) ? found : null;
    }
  };

  /**
   * What changed the editor's DOM since the last reading: the text nodes whose characters changed,
   * or null once anything else in it, around it or in its attributes changed (lines, chips,
   * placeholders: then the whole editor is read again). Changes elsewhere on the page do not count.
   */
  let changedText: Set<Node> | null = null;
  /** The last reading and the editor it read (a new editor is read whole). */
  let base: { editor: HTMLElement; reading: EditorReading } | null = null;
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      if (!editor) changedText = null;
      if (!changedText || !editor) return;
      const target = record.target;
      if (record.type === 'characterData' && target.nodeType === Node.TEXT_NODE) {
        if (editor.contains(target)) changedText.add(target);
      } else if (editor.contains(target) || target.contains(editor)) changedText = null;
    }
  };
  const observer = new MutationObserver((records) => {
    note(records);
    schedule();
  });
  /** Any attribute in the editor (a class can make a chip or a placeholder): read it whole. */
  const attributes = new MutationObserver(() => (changedText = null));
  let watched: HTMLElement | null = null;

  const readText = (el: HTMLElement): EditorReading => {
    note(observer.takeRecords());
    if (attributes.takeRecords().length) changedText = null;
    const changes = changedText;
    const reading = (base?.editor === el && changes && rereadChanged(el, base.reading, changes)) || readEditor(el);
    if (watched !== el) {
      attributes.disconnect();
      attributes.observe(el, { subtree: true, attributes: true });
      watched = el;
    }
    base = { editor: el, reading };
    changedText = new Set();
    return reading;
  };

  const read = (typing = false) => {
    frame = 0;
    let next: HostState;
    try {
      pickEditor(null, typing);
      // Typing moves no post box: the last one is kept (its search asks the whole box for a
      // file input and a publish button). Every DOM change schedules a full read, which looks again.
      const keepBox = typing && editor !== null && editor === current.editor && current.box?.contains(editor) === true;
      const box = editor ? (keepBox ? current.box : composerBox(editor)) : null;
      const reading = editor ? readText(editor) : null;
      if (reading && reading.text === '' && reading.chipTags.length === 0 && current.reading?.text) {
        chosen = [];
        previewsSeen = false;
      }
      // Typing attaches no picture: the list is kept, and the frame's read looks at the box again
      // (a preview that finished loading, a picture removed), as it does after any DOM change.
      let images: AttachedImage[] = [];
      if (keepBox) {
        images = current.images;
        schedule();
      } else if (box) ({ images, previewsSeen } = collectImages(box, chosen, previewsSeen));
      // The same pictures keep the same list, so a keystroke does not look like new pictures to
      // the OCR states (and everything computed from them).
      if (images.length === current.images.length && images.every((image, i) => image === current.images[i])) images = current.images;
      // Gate's pages tick (prices, feeds): most DOM changes are not ours to report.
      if (sameState(current, editor, reading, images)) return;
      next = { editor, box, reading, images, version: version + 1 };
    } catch (error) {
      // The host page changed under us in a way we did not foresee: show "no editor", never throw.
      console.warn('[gate-square-checklist] could not read the composer', error);
      if (!current.editor && !current.reading) return;
      next = { editor: null, box: null, reading: null, images: [], version: version + 1 };
    }
    version = next.version;
    current = next;
    onChange(current);
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(() => read());
  };

  const listen = { signal, capture: true, passive: true } as const;
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element | null;
      if (target instanceof Element && target.matches(EDITABLE_SELECTOR) && !own(target)) {
        lastTyped = new WeakRef(target);
        pickEditor(target);
        read();
      }
    },
    listen,
  );
  // Typing: read now, so the panel reflects the keystroke within the same frame.
  doc.addEventListener(
    'input',
    (event) => {
      if (editor && event.target instanceof Node && editor.contains(event.target)) return read(true);
      const typedIn = event.target instanceof Element ? event.target.closest(EDITABLE_SELECTOR) : null;
      if (typedIn && !own(typedIn)) lastTyped = new WeakRef(typedIn);
      schedule();
    },
    listen,
  );
  const takeFiles = (files: File[], source: AttachedImage['source'], target: EventTarget | null) => {
    const box = editor ? composerBox(editor) : null;
    if (!files.length || !(target instanceof Node) || !box?.contains(target)) return;
    chosen = [...chosen, ...files.map((file) => fileImage(file, source))];
    schedule();
  };
  doc.addEventListener(
    'change',
    (event) => {
      if (isFileInput(event.target)) takeFiles(imageFiles(event.target.files), 'file', event.target);
    },
    listen,
  );
  doc.addEventListener('paste', (event) => takeFiles(imageFiles(event.clipboardData?.files), 'paste', event.target), listen);
  doc.addEventListener('drop', (event) => takeFiles(imageFiles(event.dataTransfer?.files), 'drop', event.target), listen);

  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['src', 'contenteditable', 'hidden'],
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    attributes.disconnect();
    if (frame) cancelAnimationFrame(frame);
  });
  read();
  return { refresh: () => read(), state: () => current };
}

function sameImages(a: readonly AttachedImage[], b: readonly AttachedImage[]): boolean {
  return a.length === b.length && a.every((image, i) => image.key === b[i].key);
}

function sameState(a: HostState, editor: HTMLElement | null, reading: EditorReading | null, images: AttachedImage[]): boolean {
  return (
    a.editor === editor && a.reading?.text === reading?.text && a.reading?.chipTags.join('\n') === reading?.chipTags.join('\n') && sameImages(a.images, images)
  );
}
