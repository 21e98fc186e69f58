/**
 * Reading the writer's text out of the host editor without touching it. Handles a textarea, a
 * plain contenteditable (<p>/<div>/<br>), Draft.js (data-contents / data-text spans),
 * ProseMirror/TipTap (trailing breaks) and tag chips rendered as elements. Placeholders never
 * count; line breaks survive. Returns a map from text offsets back to DOM positions so that a fix
 * the writer clicks can select exactly the characters it replaces.
 */
import {
  BLOCK_TAGS,
  PLACEHOLDER_SELECTORS,
  SKIP_TAGS,
  TAG_CHIP_SELECTORS,
  TRAILING_BREAK_SELECTOR,
} from './selectors';

export type EditorKind = 'textarea' | 'draft' | 'prosemirror' | 'contenteditable';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
}

export interface EditorReading {
  kind: EditorKind;
  text: string;
  /** Tags drawn as chips or topic links, as the writer sees them ("#WXTM#"). */
  chipTags: string[];
  /** Text nodes in order with their offsets (contenteditable only). */
  segments: TextSegment[];
}

const PLACEHOLDER = PLACEHOLDER_SELECTORS.join(',');
const CHIP = TAG_CHIP_SELECTORS.join(',');

export function editorKind(el: Element): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el.matches('.public-DraftEditor-content, [data-contents]') || el.querySelector('[data-contents="true"]')) return 'draft';
  if (el.matches('.ProseMirror, .tiptap')) return 'prosemirror';
  return 'contenteditable';
}

/** The chip's tag as written: "#WXTM#" stays, "WXTM" drawn with CSS # signs becomes "#WXTM#". */
export function chipTag(el: Element): string {
  const raw = (el.getAttribute('data-topic') ?? el.textContent ?? '').trim();
  if (!raw) return '';
  if (/^[#＃]/.test(raw)) return raw;
  return `#${raw}#`;
}

export function readEditor(el: HTMLElement): EditorReading {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return { kind: 'textarea', text: el.value, chipTags: [], segments: [] };
  }
  const kind = editorKind(el);
  let text = '';
  const chipTags: string[] = [];
  const segments: TextSegment[] = [];

  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      // Markup indentation between blocks is not the writer's text.
      if (/^\s+$/.test(data) && (isBlock(node.previousSibling) || isBlock(node.nextSibling))) return;
      if (data.length) {
        segments.push({ node: node as Text, start: text.length });
        text += data;
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    if (SKIP_TAGS.has(element.tagName.toUpperCase()) || element.hidden) return;
    if (element.matches(PLACEHOLDER) && !element.isContentEditable) return;
    if (element !== el && element.matches(CHIP)) {
      const tag = chipTag(element);
      if (tag) chipTags.push(tag);
      return;
    }
    if (element.tagName === 'BR') {
      // A trailing break only keeps an empty line open; the block's end makes the newline.
      if (element.matches(TRAILING_BREAK_SELECTOR) || isLastInBlock(element, el)) return;
      text += '\n';
      return;
    }
    if (element.tagName === 'IMG') return;
    const block = element !== el && BLOCK_TAGS.has(element.tagName);
    if (block && text.length > 0 && !text.endsWith('\n')) text += '\n';
    const before = text.length;
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block) {
      if (text.length === before) text += '\n'; // an empty line (<p><br></p>)
      else if (!text.endsWith('\n')) text += '\n';
    }
  };
  walk(el);
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { kind, text, chipTags, segments };
}

function isBlock(node: Node | null): boolean {
  return node?.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

/** Is this <br> the last thing in its block (nothing but empty text after it)? */
function isLastInBlock(br: Element, root: Element): boolean {
  let node: Node | null = br;
  while (node && node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE ? (next as Text).data.length > 0 : next.nodeType === Node.ELEMENT_NODE) return false;
    }
    const parent: HTMLElement | null = node.parentElement;
    if (!parent || BLOCK_TAGS.has(parent.tagName) || parent === root) return true;
    node = parent;
  }
  return true;
}

/** The DOM position of a text offset (end-biased at segment joins), or null when the text is empty. */
export function locateOffset(reading: EditorReading, offset: number): { node: Text; offset: number } | null {
  const { segments } = reading;
  if (!segments.length) return null;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const segment = segments[lo];
  const within = Math.max(0, Math.min(offset - segment.start, segment.node.data.length));
  return { node: segment.node, offset: within };
}
