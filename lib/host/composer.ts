/**
 * Finding the post composer on the host page, and what belongs to it (its post box, its 发布).
 * Impure (reads the DOM) but never throws and never writes.
 *
 * Only a box a post is written in takes the checklist: Gate's own composer (the inline one on
 * /post, or the modal one the navigation's 发文 opens), else an editor shaped like one. A feed
 * post's reply box, a search box or a chat input never does, even while the writer types in it:
 * the panel, and every fix, stay on the post.
 */
import {
  COMPOSER_BOX_MAX_DEPTH,
  COMPOSER_SELECTORS,
  DIALOG_SELECTOR,
  EDITABLE_SELECTOR,
  FEED_POST_MARKERS,
  FILE_INPUT_SELECTOR,
  GATE_BAR,
  GATE_CONTAINER,
  GATE_PAGE_CONTAINER,
  NOT_COMPOSER_CONTEXT,
  NOT_COMPOSER_FIELD,
  PUBLISH_BUTTON_SELECTOR,
  PUBLISH_LABELS,
} from './selectors';

export type ComposerElement = HTMLTextAreaElement | HTMLElement;

/** Laid out with a size (not display:none, not collapsed). */
export function isVisible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** How far up a reply box's post is looked for. */
const FEED_POST_DEPTH = 12;

/**
 * The feed post a box sits in, if any: the nearest ancestor that holds a post's author or status
 * link, when it holds one post's (a feed holds many, the composer's own frame none). Gate's
 * composer frame and a dialog end the search: they are no post.
 */
export function feedPostOf(el: Element): Element | null {
  let node = el.parentElement;
  for (let depth = 0; node && depth < FEED_POST_DEPTH && node !== el.ownerDocument.body; depth++, node = node.parentElement) {
    if (node.matches(GATE_PAGE_CONTAINER) || node.matches(DIALOG_SELECTOR)) return null;
    const markers = node.querySelectorAll<HTMLAnchorElement>(FEED_POST_MARKERS);
    if (!markers.length) continue;
    const posts = new Set([...markers].map((a) => a.closest('article, li, [role="article"]') ?? a.getAttribute('href')));
    // Several posts' links: a feed around the box, not the post the box replies to.
    return posts.size === 1 ? node : null;
  }
  return null;
}

/** Whether `el` is a box a post is written in (see the module comment). */
export function isPostComposer(el: Element): boolean {
  if (!el.matches(EDITABLE_SELECTOR) || el.matches(NOT_COMPOSER_FIELD)) return false;
  // Inside the inline composer's own frame: the post, whatever else the page holds.
  if (el.closest(GATE_PAGE_CONTAINER)) return true;
  if (el.closest(NOT_COMPOSER_CONTEXT)) return false;
  return feedPostOf(el) === null;
}

/** Inside a dialog over the page (the modal composer). */
export function inDialog(el: Element): boolean {
  return el.closest(DIALOG_SELECTOR) !== null;
}

/**
 * The post composer the writer is in, else the visible one the page shows first: a dialog's
 * composer (open over the page) before the page's own, then the ranked selectors.
 */
export function findComposer(doc: Document, focused: Element | null = doc.activeElement): ComposerElement | null {
  if (focused instanceof HTMLElement) {
    const editable = focused.closest<HTMLElement>(EDITABLE_SELECTOR);
    if (editable && isPostComposer(editable) && isVisible(editable)) return editable;
  }
  let first: HTMLElement | null = null;
  for (const selector of COMPOSER_SELECTORS) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      if (!isPostComposer(el) || !isVisible(el)) continue;
      if (inDialog(el)) return el;
      first ??= el;
    }
  }
  return first;
}

/** Another editor than `editor` inside `node` (an ancestor that far up holds more than the post box). */
function holdsAnotherEditor(node: Element, editor: Element): boolean {
  for (const other of node.querySelectorAll(EDITABLE_SELECTOR)) {
    if (other !== editor && !editor.contains(other) && !other.contains(editor)) return true;
  }
  return false;
}

/**
 * The post box around the editor: Gate's `.editor-container`, else the nearest ancestor holding a
 * publish button, whatever the order of its children (a file input nearer the editor than the
 * button does not end the box early), else the nearest holding a file input. Never an ancestor
 * that also holds another editor: that is the page (or the feed), and its buttons are not ours.
 */
export function composerBox(editor: Element): Element {
  const gate = editor.parentElement?.closest(GATE_CONTAINER);
  if (gate && !holdsAnotherEditor(gate, editor)) return gate;
  let withInput: Element | null = null;
  let node: Element | null = editor.parentElement;
  for (let depth = 0; node && depth < COMPOSER_BOX_MAX_DEPTH && node !== editor.ownerDocument.body; depth++, node = node.parentElement) {
    if (holdsAnotherEditor(node, editor)) break;
    if (findPublishButton(node)) return node;
    if (!withInput && node.querySelector(FILE_INPUT_SELECTOR)) withInput = node;
  }
  return withInput ?? editor.parentElement ?? editor;
}

function isPublishLabel(el: HTMLElement): boolean {
  const label = (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).trim();
  return PUBLISH_LABELS.test(label);
}

/** The box's publish button: the one in Gate's bar first, else any button labelled 发布/Post. */
export function findPublishButton(root: ParentNode): HTMLElement | null {
  for (const bar of root.querySelectorAll(GATE_BAR)) {
    for (const el of bar.querySelectorAll<HTMLElement>(PUBLISH_BUTTON_SELECTOR)) if (isPublishLabel(el)) return el;
  }
  for (const el of root.querySelectorAll<HTMLElement>(PUBLISH_BUTTON_SELECTOR)) if (isPublishLabel(el)) return el;
  return null;
}

/** The publish button an event hit (the click may land on the button's icon or label). */
export function isPublishButton(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>(PUBLISH_BUTTON_SELECTOR);
  return button && isPublishLabel(button) ? button : null;
}
