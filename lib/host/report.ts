/**
 * "Copy a report": what the extension saw of the page around the composer, for a writer to send
 * when the panel reads the wrong box or none. Structure only: tag names, roles, editability,
 * attribute *names* (values only for a few that describe structure, never anything typed or
 * personal), class names hashed, counts; the extension's and the browser's versions; what was
 * found. Never the post's text, never any text of the page, never an image or its address.
 */
import { EDITABLE_SELECTOR, FILE_INPUT_SELECTOR } from './selectors';

/** Attribute values that describe structure and can identify nobody. */
const SAFE_VALUES = new Set([
  'role',
  'type',
  'contenteditable',
  'accept',
  'aria-multiline',
  'dir',
  'inputmode',
  'spellcheck',
  'translate',
  'multiple',
  'hidden',
  'disabled',
  'data-slate-editor',
  'data-lexical-editor',
]);

export interface ReportContext {
  extensionVersion: string;
  userAgent: string;
  /** The composer the extension reads, if any. */
  editor: Element | null;
  /** How it was found: "focus", "selectors", "picked by the writer", "none". */
  how: string;
  /** Whether a publish button was found near it. */
  publishButton: boolean;
}

/** FNV-1a, 32 bits: a class name becomes "c:1a2b3c4d" (the same name, the same hash; no text). */
export function hashName(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `c:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

interface NodeSummary {
  tag: string;
  attrs: Record<string, string | true>;
  classes?: string[];
  children: number;
  /** This is the composer the extension reads. */
  composer?: true;
  kids?: NodeSummary[];
}

const MAX_NODES = 300;
const DEPTH = 5;

function summarize(el: Element, depth: number, budget: { left: number }, editor: Element | null): NodeSummary {
  budget.left--;
  const attrs: Record<string, string | true> = {};
  for (const a of el.attributes) {
    if (a.name === 'class' || a.name === 'style') continue;
    attrs[a.name] = SAFE_VALUES.has(a.name) ? a.value.slice(0, 40) : true;
  }
  const node: NodeSummary = { tag: el.tagName.toLowerCase(), attrs, children: el.children.length };
  if (el.classList.length) node.classes = [...el.classList].slice(0, 8).map(hashName);
  if (el === editor) node.composer = true;
  if (depth > 0 && budget.left > 0) {
    const kids: NodeSummary[] = [];
    for (const child of el.children) {
      if (budget.left <= 0) break;
      kids.push(summarize(child, depth - 1, budget, editor));
    }
    if (kids.length) node.kids = kids;
  }
  return node;
}

/** Path segments that say what kind of page it is; any other segment could name someone. */
const STRUCTURAL_SEGMENT = /^(?:post|status|square|topic|hashtag|live|news|[a-z]{2}(?:[-_][a-z]{2,4})?)$/i;

/** The page's path with only its structural words kept: numbers become {n}, anything else {x}. */
export function reportPath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => (segment === '' || STRUCTURAL_SEGMENT.test(segment) ? segment : /^\d+$/.test(segment) ? '{n}' : '{x}'))
    .join('/');
}

/** The report as pretty JSON, ready for the clipboard. */
export function composerReport(doc: Document, ctx: ReportContext): string {
  const editor = ctx.editor;
  // Around the composer: its post box a few levels up; with none, the page's main content.
  let root: Element = doc.querySelector('main') ?? doc.body;
  if (editor) {
    root = editor;
    for (let i = 0; i < 4 && root.parentElement && root.parentElement !== doc.body; i++) root = root.parentElement;
  }
  const path = (() => {
    try {
      return reportPath(new URL(doc.location?.href ?? '').pathname);
    } catch {
      return '';
    }
  })();
  const report = {
    report: 'gate-square-checklist composer report',
    extension: ctx.extensionVersion,
    browser: (/(Chrome|Chromium|Firefox|Edg)\/[\d.]+/.exec(ctx.userAgent) ?? ['unknown'])[0],
    page: { host: doc.location?.hostname ?? '', path },
    found: {
      composer: editor ? editor.tagName.toLowerCase() : null,
      how: ctx.how,
      publishButton: ctx.publishButton,
    },
    counts: {
      textareas: doc.querySelectorAll('textarea').length,
      contenteditable: doc.querySelectorAll('[contenteditable]:not([contenteditable="false"])').length,
      editables: doc.querySelectorAll(EDITABLE_SELECTOR).length,
      fileInputs: doc.querySelectorAll(FILE_INPUT_SELECTOR).length,
      buttons: doc.querySelectorAll('button, [role="button"]').length,
      iframes: doc.querySelectorAll('iframe').length,
    },
    tree: summarize(root, DEPTH, { left: MAX_NODES }, editor),
  };
  return JSON.stringify(report, null, 2);
}
