/**
 * Measuring what the panel must not cover on the host page: the rects `dock()` (lib/host/dock.ts)
 * places around. Impure (reads layout) but never throws and never writes.
 *
 * Cost, stated honestly rather than benchmarked: one `querySelectorAll` with one combined selector
 * (a walk of the document matching ~30 simple selectors per element), then one
 * `getBoundingClientRect` per match. The first rect read forces a layout if the page has pending
 * changes (call it in the frame where docking reads the composer's rect anyway, never on a
 * keystroke's path); the rest are cached reads. A long Gate feed holds a few thousand links and
 * buttons, so expect a few thousand rect reads per call, and a style read only for the matches that
 * intersect the window (`checkVisibility`). That is cheap once per resize or composer move and
 * noticeable if done on every scroll event: coalesce it to at most one call per animation frame.
 * No figure for Gate's real page exists yet (nobody here can load it); measure on a saved page
 * before calling it on every scroll frame.
 */
import type { Rect, Size } from './dock';
import { OBSTACLE_SELECTOR } from './selectors';

export interface CollectObstaclesOptions {
  /** Our own shadow host (and anything else of ours): never an obstacle. */
  isOwnElement: (el: Element) => boolean;
  /** The layout viewport (`documentElement.clientWidth/clientHeight`): only what meets it counts. */
  viewport: Size;
  /** The composer's rect: kept obstacles are the nearest to it, and a landmark holding it is dropped. */
  composer?: Rect | null;
  /** At most this many rects (the nearest to the composer, else to the window's centre). */
  limit?: number;
}

const OBSTACLE_LIMIT = 400;

/** Distance between two rects (0 when they meet). */
function gapBetween(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

const contains = (outer: Rect, inner: Rect) => outer.left <= inner.left && outer.top <= inner.top && outer.right >= inner.right && outer.bottom >= inner.bottom;

/** Not `visibility: hidden` (nor under `display: none`/`content-visibility: hidden`). */
function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  return el.ownerDocument.defaultView?.getComputedStyle(el).visibility !== 'hidden';
}

/**
 * The rects of the page's visible controls and landmarks that meet the viewport, in viewport
 * coordinates. Zero-size, hidden and our own elements are skipped, and so is an element that holds
 * the whole composer (a layout wrapper that happens to match, such as `[class*=sidebar]` around the
 * page, or the editor itself: `dock()` adds the composer on its own). An element with opacity 0
 * still counts: a transparent file input over an icon is still a control.
 */
export function collectObstacles(doc: Document, options: CollectObstaclesOptions): Rect[] {
  const { isOwnElement, viewport, composer = null, limit = OBSTACLE_LIMIT } = options;
  const found: Rect[] = [];
  let elements: NodeListOf<Element>;
  try {
    elements = doc.querySelectorAll(OBSTACLE_SELECTOR);
  } catch {
    return found;
  }
  for (const el of elements) {
    if (isOwnElement(el)) continue;
    const r = el.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0)) continue;
    if (r.right <= 0 || r.bottom <= 0 || r.left >= viewport.width || r.top >= viewport.height) continue;
    const rect: Rect = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    if (composer && contains(rect, composer)) continue;
    if (!isShown(el)) continue;
    found.push(rect);
  }
  if (found.length <= limit) return found;
  const centre = composer ?? { left: viewport.width / 2, right: viewport.width / 2, top: viewport.height / 2, bottom: viewport.height / 2 };
  return found
    .map((rect) => ({ rect, d: gapBetween(rect, centre) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map(({ rect }) => rect);
}
