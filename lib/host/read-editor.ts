/**
 * Reading the writer's text out of the host editor without touching it. Handles a textarea, a
 * plain contenteditable (<p>/<div>/<br>), Draft.js (data-contents / data-text spans),
 * ProseMirror/TipTap (trailing breaks) and tag chips rendered as elements. Placeholders never
 * count; line breaks survive. Returns a map from text offsets back to DOM positions so that a fix
 * the writer clicks can select exactly the characters it replaces.
 */
import {
  BLOCK_TAGS,
  ENTITY_CHIP_SELECTORS,
  PLACEHOLDER_SELECTORS,
  SKIP_TAGS,
  SUGGESTION_LIST_SELECTORS,
  TAG_CHIP_SELECTORS,
  TRAILING_BREAK_SELECTOR,
} from './selectors';

export type EditorKind = 'textarea' | 'draft' | 'prosemirror' | 'contenteditable';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
  /** Offset just past its last character, as read (the node may have changed since). */
  end: number;
}

/** Where a chip sits: it is left out of the text, at this offset. */
export interface ChipPlace {
  element: Element;
  /** Offset in `text` where the chip stands (text before it is before, from here on after). */
  at: number;
}

export interface EditorReading {
  kind: EditorKind;
  text: string;
  /** Tags drawn as chips or topic links, as the writer sees them ("#WXTM#"). */
  chipTags: string[];
  /** Each chip of `chipTags` (same order): its element and its place in the text. */
  chips: ChipPlace[];
  /** Text nodes in order with their offsets (contenteditable only). */
  segments: TextSegment[];
}

const PLACEHOLDER = PLACEHOLDER_SELECTORS.join(',');
const CHIP = TAG_CHIP_SELECTORS.join(',');
const ENTITY = ENTITY_CHIP_SELECTORS.join(',');
const SUGGESTIONS = SUGGESTION_LIST_SELECTORS.join(',');

function editorKind(el: Element): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el.matches('.public-DraftEditor-content, [data-contents]') || el.querySelector('[data-contents="true"]')) return 'draft';
  if (el.matches('.ProseMirror, .tiptap')) return 'prosemirror';
  return 'contenteditable';
}

/** The chip's tag as written: "#WXTM#" stays, "WXTM" drawn with CSS # signs becomes "#WXTM#". */
function chipTag(el: Element): string {
  const raw = (el.getAttribute('data-topic') ?? el.textContent ?? '').trim();
  if (!raw) return '';
  if (/^[#＃]/.test(raw)) return raw;
  return `#${raw}#`;
}

export function readEditor(el: HTMLElement): EditorReading {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return { kind: 'textarea', text: el.value, chipTags: [], chips: [], segments: [] };
  }
  const kind = editorKind(el);
  // This runs on every keystroke over the whole post. The text is gathered in parts and joined
  // once, with its length and last character kept aside: asking a growing string for its end
  // flattens it each time (a copy of the whole post per paragraph).
  const parts: string[] = [];
  let length = 0;
  let last = '';
  const append = (piece: string) => {
    parts.push(piece);
    length += piece.length;
    last = piece[piece.length - 1];
  };
  const chipTags: string[] = [];
  const chips: ChipPlace[] = [];
  const segments: TextSegment[] = [];

  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      // Markup indentation between blocks is not the writer's text.
      if (/^\s+$/.test(data) && (isBlock(node.previousSibling) || isBlock(node.nextSibling))) return;
      if (data.length) {
        segments.push({ node: node as Text, start: length, end: length + data.length });
        append(data);
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.tagName;
    if (SKIP_TAGS.has(tag.toUpperCase())) return;
    // Hidden, placeholder, chip and trailing-break elements are all told by an attribute (see
    // selectors.ts): a bare <p>, <span> or <br>, most of a long post, needs no selector matching.
    const marked = element.hasAttributes();
    if (marked) {
      if (element.hidden) return;
      if (element.matches(PLACEHOLDER) && !element.isContentEditable) return;
      if (element !== el && element.matches(SUGGESTIONS)) return;
      if (element !== el && (element.matches(CHIP) || (element.matches(ENTITY) && /^\s*[#＃]/u.test(element.textContent ?? '')))) {
        const chip = chipTag(element);
        if (chip) {
          chipTags.push(chip);
          chips.push({ element, at: length });
          // Not text, but something written: the line it stands on is not empty.
          last = CHIP_MARK;
        }
        return;
      }
    }
    if (tag === 'BR') {
      // A trailing break only keeps an empty line open; the block's end makes the newline.
      if ((marked && element.matches(TRAILING_BREAK_SELECTOR)) || isLastInBlock(element, el)) return;
      append('\n');
      return;
    }
    if (tag === 'IMG') return;
    const block = element !== el && BLOCK_TAGS.has(tag);
    if (block && length > 0 && last !== '\n') append('\n');
    const before = length;
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block && (length === before || last !== '\n')) append('\n'); // (length === before: an empty line, <p><br></p>)
  };
  walk(el);
  let text = parts.join('');
  if (last === '\n') text = text.slice(0, -1);
  return { kind, text, chipTags, chips, segments };
}

/**
 * The reading after the writer changed only the characters of text nodes already read (typing
 * within a line): each changed node's characters put in its place, nothing else walked. Null when
 * a change could make or remove a line, a chip or a skipped node: a node not read before, one
 * emptied, left only spaces, or ending a line with "\n" before or after, one inside an element
 * that is a chip when its text starts with "#". Then the whole editor is read again (readEditor).
 */
export function rereadChanged(root: HTMLElement, prev: EditorReading, changed: ReadonlySet<Node>): EditorReading | null {
  if (prev.kind === 'textarea') return null;
  if (changed.size === 0) return prev;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  /** Where each changed node stood, and by how much it grew (for the chips after it). */
  const moves: { start: number; by: number }[] = [];
  let from = 0;
  let delta = 0;
  for (const segment of prev.segments) {
    if (!changed.has(segment.node)) {
      segments.push(delta ? { node: segment.node, start: segment.start + delta, end: segment.end + delta } : segment);
      continue;
    }
    const data = segment.node.data;
    const endedLine = segment.end > prev.text.length || prev.text.charCodeAt(segment.end - 1) === 10;
    if (!data.length || /^\s+$/.test(data) || data.endsWith('\n') || endedLine || insideEntity(segment.node, root)) return null;
    parts.push(prev.text.slice(from, segment.start), data);
    from = segment.end;
    const start = segment.start + delta;
    segments.push({ node: segment.node, start, end: start + data.length });
    const by = data.length - (segment.end - segment.start);
    moves.push({ start: segment.start, by });
    delta += by;
  }
  if (moves.length !== changed.size) return null;
  parts.push(prev.text.slice(from));
  const shift = (at: number) => moves.reduce((sum, move) => (move.start < at ? sum + move.by : sum), 0);
  const chips = delta ? prev.chips.map((chip) => ({ element: chip.element, at: chip.at + shift(chip.at) })) : prev.chips;
  return { kind: prev.kind, text: parts.join(''), chipTags: prev.chipTags, chips, segments };
}

/** Is the node inside an element that readEditor takes for a chip when its text starts with "#"? */
function insideEntity(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (el.hasAttributes() && el.matches(ENTITY)) return true;
  }
  return false;
}

/** What `last` holds after a chip: any character but a newline. */
const CHIP_MARK = '\ufffc';

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
