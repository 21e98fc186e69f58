/**
 * The composer the writer pointed at, remembered as a locator that survives SPA navigation,
 * reloads and Gate's redeploys: built from what a person would use to describe the element (its
 * tag, role, editability, stable attributes, and the landmarks around it), never from class names,
 * which are CSS-module hashes (`uid-XXXX`) that change with every build. Pure over the DOM it is
 * given; never writes.
 */
import { EDITABLE_SELECTOR } from './selectors';

export interface ElementLocator {
  v: 1;
  tag: string;
  role?: string;
  editable?: string;
  /** Attribute values that describe the element and do not change per build. */
  attrs: Record<string, string>;
  /** Ancestors, nearest first: tag plus role, aria-label or a stable id (no classes). */
  path: string[];
  /** Among equally good candidates, which one (document order). */
  index: number;
}

/** Attributes whose values describe an editor (a placeholder is UI text, not the writer's). */
const STABLE_ATTRS = [
  'name',
  'placeholder',
  'aria-label',
  'aria-placeholder',
  'data-placeholder',
  'type',
  'data-testid',
  'data-lexical-editor',
  'data-slate-editor',
  'translate',
] as const;

/** An id a person chose ("composer", "post-editor"), not one a build generated ("uid-a1b2", ":r3:"). */
function stableId(id: string): boolean {
  return /^[a-z][a-z-]{2,40}$/i.test(id) && !/^(uid|css|sc|jsx|emotion)-/i.test(id);
}

function signature(el: Element): string {
  const parts = [el.tagName.toLowerCase()];
  const role = el.getAttribute('role');
  if (role) parts.push(`[role=${role}]`);
  const label = el.getAttribute('aria-label');
  if (label && label.length <= 40) parts.push(`[aria-label=${label}]`);
  if (el.id && stableId(el.id)) parts.push(`#${el.id}`);
  return parts.join('');
}

const PATH_DEPTH = 6;

export function locatorFor(el: Element): ElementLocator {
  const attrs: Record<string, string> = {};
  for (const name of STABLE_ATTRS) {
    const value = el.getAttribute(name);
    if (value !== null && value.length <= 80) attrs[name] = value;
  }
  if (el.id && stableId(el.id)) attrs.id = el.id;
  const path: string[] = [];
  for (let node = el.parentElement; node && path.length < PATH_DEPTH && node !== el.ownerDocument.body; node = node.parentElement) path.push(signature(node));
  const loc: ElementLocator = {
    v: 1,
    tag: el.tagName.toLowerCase(),
    ...(el.getAttribute('role') ? { role: el.getAttribute('role')! } : {}),
    ...(el.getAttribute('contenteditable') !== null ? { editable: el.getAttribute('contenteditable')! } : {}),
    attrs,
    path,
    index: 0,
  };
  const tied = rank(el.ownerDocument, loc).filter((c) => c.score === score(el, loc));
  loc.index = Math.max(
    0,
    tied.findIndex((c) => c.el === el),
  );
  return loc;
}

/** A landmark (a role, a label or an id), not a bare `div` that any nesting of divs would match. */
const landmark = (step: string) => step.includes('[') || step.includes('#');

/** How well an element fits a locator, and how many of its attributes (or id) it shares. */
function fit(el: Element, loc: ElementLocator): { score: number; attrs: number } {
  if (el.tagName.toLowerCase() !== loc.tag) return { score: -1, attrs: 0 };
  let s = 0;
  let attrs = 0;
  if (loc.role !== undefined) s += el.getAttribute('role') === loc.role ? 2 : -2;
  if (loc.editable !== undefined) s += el.getAttribute('contenteditable') === loc.editable ? 1 : -1;
  for (const [name, value] of Object.entries(loc.attrs)) {
    const same = (name === 'id' ? el.id : el.getAttribute(name)) === value;
    s += same ? 3 : -1;
    if (same) attrs++;
  }
  let node = el.parentElement;
  for (const want of loc.path) {
    if (!node || node === el.ownerDocument.body) break;
    if (landmark(want) && signature(node) === want) s += 1;
    node = node.parentElement;
  }
  return { score: s, attrs };
}

const score = (el: Element, loc: ElementLocator) => fit(el, loc).score;

function rank(doc: Document, loc: ElementLocator): { el: HTMLElement; score: number; attrs: number }[] {
  return [...doc.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)].map((el) => ({ el, ...fit(el, loc) })).filter((c) => c.score >= 0);
}

/**
 * The element a locator describes, or null when nothing on the page fits well enough (the writer is
 * then asked again rather than shown a checklist of the wrong box). Among boxes that fit equally
 * well (the same composer twice, one hidden earlier on the page), the one the writer is in
 * (`near`) wins over the remembered position: a pick is never read from another box than the one
 * being written in.
 */
export function resolveLocator(doc: Document, loc: ElementLocator, near: Element | null = null): HTMLElement | null {
  const described = Object.keys(loc.attrs).length > 0;
  // A box described by its attributes (a placeholder, a label, an id) must share one of them: the
  // same role in the same nesting is every reply box on the page.
  const candidates = rank(doc, loc).filter((c) => !described || c.attrs > 0);
  if (!candidates.length) return null;
  const best = Math.max(...candidates.map((c) => c.score));
  // Enough agreement: half of what the locator knows (attributes weigh 3, landmarks 1).
  const known = Object.keys(loc.attrs).length * 3 + loc.path.filter(landmark).length + (loc.role ? 2 : 0) + (loc.editable !== undefined ? 1 : 0);
  if (best < Math.min(known, Math.ceil(known / 2))) return null;
  const tied = candidates.filter((c) => c.score === best);
  const writing = near ? tied.find((c) => c.el === near || c.el.contains(near)) : undefined;
  return (writing ?? tied[loc.index] ?? tied[0]).el;
}
