/**
 * Where the checklist sits on the host page: a pure decision from measured rects, all in viewport
 * (CSS pixel, `position: fixed`) coordinates. No DOM and no window: `lib/host/obstacles.ts` measures,
 * the panel's container renders.
 *
 * The requirement it enforces (the docking issue): "At every window width from 360 to 2560 px the
 * panel covers none of the page's controls: the composer's toolbar and 发布, the navigation, the text
 * being written. Dock in free space beside the composer; where there is none, shrink to a compact
 * pill at the composer's edge with the essentials, which opens on click or from the keyboard and
 * closes again; on narrow (phone-width) windows, a bottom sheet."
 *
 * The decision, in order:
 * 1. `beside`: the nearest free column right of the composer, else left of it, at least
 *    `panel.width` plus a gap on each side wide and free of every obstacle over `panel.minHeight`.
 *    Right before left: the left of Gate's page is its navigation, and the old bug was a panel
 *    docked over it; a column beyond the right sidebar still counts (1920 px and wider).
 * 2. `pill`: a closed pill at the composer's top-right edge (above it, right of it, below it), else
 *    the free spot nearest to that corner; with the composer scrolled away, nearest to the window's
 *    bottom-right corner. The closed pill never covers an obstacle, the composer included; if the
 *    window truly has no free spot it takes the least-covering candidate and says so (`free: false`).
 * 3. The opened pill: a popover beside it on wide windows, a bottom sheet under `DOCK.phone` px.
 *    Both may cover page content, because the writer asked for them; they close again.
 */

/** A box in viewport coordinates. A `DOMRect` is one. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface DockInput {
  /** The layout viewport without scrollbars (`documentElement.clientWidth/clientHeight`). */
  viewport: Size;
  /**
   * The post box (editor and toolbar) if known, else the editor; null when there is none. It is an
   * obstacle itself: nothing we place while closed ever sits on the text being written.
   */
  composer: Rect | null;
  /** The page's controls and landmarks (see `collectObstacles`); empty rects are ignored. */
  obstacles: readonly Rect[];
  /** The full panel: its fixed width and the least height worth docking with. */
  panel: { width: number; minHeight: number };
  /** The closed pill's measured size. */
  pill: Size;
  /** The writer opened the pill (click or keyboard). Ignored when the panel docks beside. */
  open: boolean;
}

/** Where the closed pill ended up: a named spot at the composer's edge, a scan, or the corner. */
export type PillSpot = 'above' | 'right' | 'below' | 'nearest' | 'corner';

/**
 * The opened pill. It may cover page content (the writer opened it and can close it again); it stays
 * inside the window. A popover opens down from the pill when there is room, else up (then `bottom`
 * is the CSS `bottom`, the distance from the window's bottom edge). A sheet spans the window's
 * width at its bottom edge.
 */
export type Opened =
  | { kind: 'popover'; opens: 'down'; left: number; top: number; width: number; maxHeight: number }
  | { kind: 'popover'; opens: 'up'; left: number; bottom: number; width: number; maxHeight: number }
  | { kind: 'sheet'; maxHeight: number };

export type DockPlacement =
  | { kind: 'beside'; side: 'right' | 'left'; left: number; top: number; width: number; maxHeight: number }
  | {
      kind: 'pill';
      left: number;
      top: number;
      at: PillSpot;
      /** False when every spot covers something: this is the least-covering one; report it. */
      free: boolean;
      /** How many obstacles (the composer included) the closed pill covers: 0 when free. */
      covers: number;
      /** What opening the pill shows on this window width. */
      opensTo: 'popover' | 'sheet';
      /** Set when `open`: where the opened panel goes. */
      opened: Opened | null;
    };

export const DOCK = {
  /** Between the docked panel (or a popover) and anything else, the window's edges included. */
  gap: 12,
  /** Between the closed pill and the composer's edge or the window's edge. */
  edge: 6,
  /** Nothing we place closed comes nearer than this to an obstacle (also absorbs rounding). */
  clearance: 4,
  /** Narrower windows are phone-width: the opened pill is a bottom sheet. */
  phone: 600,
  /** Row step of the scan for a free pill spot (plus every obstacle's edges, so tight gaps are found). */
  scanStep: 8,
  /** The bottom sheet's greatest share of the window's height. */
  sheetShare: 0.75,
} as const;

/** Whether `a` comes nearer than `clear` to `b` (touching at exactly `clear` is allowed). */
export function overlaps(a: Rect, b: Rect, clear = 0): boolean {
  return a.left < b.right + clear && b.left - clear < a.right && a.top < b.bottom + clear && b.top - clear < a.bottom;
}

const box = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const hasArea = (r: Rect) => r.right > r.left && r.bottom > r.top;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

export function dock(input: DockInput): DockPlacement {
  const { viewport, composer, panel } = input;
  const obstacles = input.obstacles.filter(hasArea);
  const shown = composer !== null && hasArea(composer) && overlaps(composer, box(0, 0, viewport.width, viewport.height));
  if (shown) {
    const beside = besideColumn(viewport, composer, obstacles, panel);
    if (beside) return beside;
  }
  return placePill(input, shown ? composer : null, shown ? [...obstacles, composer] : obstacles);
}

/** The nearest column beside the composer where the whole panel fits, or null. */
function besideColumn(viewport: Size, composer: Rect, obstacles: readonly Rect[], panel: DockInput['panel']): DockPlacement | null {
  const { gap } = DOCK;
  const width = panel.width;
  const lowestTop = viewport.height - gap - panel.minHeight;
  if (lowestTop < gap) return null;
  // Level with the composer's top, moved into the window so that minHeight fits.
  const startTop = clamp(composer.top, gap, lowestTop);
  // It may start lower to clear a sidebar's card, but never below the composer's bottom.
  const latestTop = Math.min(lowestTop, Math.max(startTop, composer.bottom));
  const fits = (left: number) => left >= gap && left + width + gap <= viewport.width;
  // Only what meets the band the panel could occupy can block it or give it an edge to sit against.
  const band = obstacles.filter((o) => o.bottom + gap > startTop && o.top - gap < viewport.height - gap);
  // Candidate columns: flush with the composer, or a gap past an obstacle's edge, nearest first.
  const rights = [composer.right + gap, ...band.filter((o) => o.right > composer.right).map((o) => o.right + gap)];
  const lefts = [composer.left - gap - width, ...band.filter((o) => o.left < composer.left).map((o) => o.left - gap - width)];
  const sides = [
    ['right', [...new Set(rights)].filter(fits).sort((a, b) => a - b)],
    ['left', [...new Set(lefts)].filter(fits).sort((a, b) => b - a)],
  ] as const;
  // Sorted by top once: each column's obstacles come out in order, and one sweep finds its first
  // free stretch that starts between startTop and latestTop and is at least minHeight tall.
  const byTop = [...band].sort((a, b) => a.top - b.top);
  const bottom = viewport.height - gap;
  for (const [side, candidates] of sides) {
    for (const left of candidates) {
      let top = startTop;
      let found = false;
      for (const o of byTop) {
        if (!(o.left - gap < left + width && left < o.right + gap)) continue;
        if (o.top - gap >= top + panel.minHeight) {
          found = true;
          break;
        }
        top = Math.max(top, o.bottom + gap);
        if (top > latestTop) break;
      }
      if (!found && top <= latestTop && bottom - top >= panel.minHeight) found = true;
      if (!found) continue;
      // The column ends a gap above the first obstacle below its top, or at the window's bottom.
      let end = bottom;
      for (const o of byTop) {
        if (o.left - gap < left + width && left < o.right + gap && o.bottom + gap > top) {
          end = Math.min(end, o.top - gap);
          break;
        }
      }
      return { kind: 'beside', side, left: Math.round(left), top: Math.round(top), width, maxHeight: Math.floor(end - top) };
    }
  }
  return null;
}

interface Spot {
  at: PillSpot;
  rect: Rect;
}

function placePill(input: DockInput, composer: Rect | null, blocks: readonly Rect[]): DockPlacement {
  const { viewport, pill } = input;
  const { edge, clearance } = DOCK;
  const inside = (r: Rect) => r.left >= edge && r.top >= edge && r.right <= viewport.width - edge && r.bottom <= viewport.height - edge;
  const isFree = (r: Rect) => inside(r) && !blocks.some((o) => overlaps(r, o, clearance));
  // Sliding sideways into the window is harmless; sliding up or down would leave the composer's edge.
  const clampX = (left: number) => clamp(left, edge, viewport.width - edge - pill.width);

  const named: Spot[] = composer
    ? [
        { at: 'above', rect: box(clampX(composer.right - pill.width), composer.top - edge - pill.height, pill.width, pill.height) },
        { at: 'right', rect: box(composer.right + edge, composer.top, pill.width, pill.height) },
        { at: 'below', rect: box(clampX(composer.right - pill.width), composer.bottom + edge, pill.width, pill.height) },
      ]
    : [];
  // The point the pill stays nearest to: the composer's top-right corner, else the window's corner.
  const target = composer
    ? { x: clamp(composer.right, edge, viewport.width - edge), y: clamp(composer.top, edge, viewport.height - edge) }
    : { x: viewport.width - edge, y: viewport.height - edge };
  const at: PillSpot = composer ? 'nearest' : 'corner';

  const chosen = named.find((s) => isFree(s.rect)) ?? scanNearest(viewport, pill, blocks, target, at);
  const spot =
    chosen ??
    leastCovering(
      [...named, ...fallbacks(viewport, pill, target, at)].map((s) => ({ ...s, rect: into(viewport, s.rect) })),
      blocks,
    );
  const covers = chosen ? 0 : blocks.filter((o) => overlaps(spot.rect, o)).length;
  const left = Math.round(spot.rect.left);
  const top = Math.round(spot.rect.top);
  const opensTo = viewport.width < DOCK.phone ? 'sheet' : 'popover';
  return {
    kind: 'pill',
    left,
    top,
    at: spot.at,
    free: Boolean(chosen),
    covers,
    opensTo,
    opened: input.open ? opened(input, box(left, top, pill.width, pill.height), opensTo) : null,
  };
}

/**
 * The free pill spot nearest to `target`, by rows: each row's blocked stretches are merged, so the
 * best left in a row is found exactly; rows are tried nearest first and the scan stops when no
 * farther row can win. Rows are a coarse grid plus every obstacle's top and bottom edge.
 */
function scanNearest(viewport: Size, pill: Size, blocks: readonly Rect[], target: { x: number; y: number }, at: PillSpot): Spot | null {
  const { edge, clearance, scanStep } = DOCK;
  const minTop: number = edge;
  const maxTop = viewport.height - edge - pill.height;
  const minLeft: number = edge;
  const maxLeft = viewport.width - edge - pill.width;
  if (maxTop < minTop || maxLeft < minLeft) return null;
  const rows = new Set<number>([target.y - pill.height, target.y]);
  for (let y = minTop; y <= maxTop; y += scanStep) rows.add(y);
  rows.add(maxTop);
  for (const o of blocks) rows.add(o.bottom + clearance).add(o.top - clearance - pill.height);
  const dyOf = (y: number) => Math.max(0, y - target.y, target.y - (y + pill.height));
  const ordered = [...rows].filter((y) => y >= minTop && y <= maxTop).sort((a, b) => dyOf(a) - dyOf(b) || a - b);
  // Sorted by left once, so each row's blocked stretches come out in order.
  const byLeft = [...blocks].sort((a, b) => a.left - b.left);
  // Right-aligned to the target (the pill's right edge at the corner) is the preferred left.
  const wantLeft = target.x - pill.width;
  const best = { d: Infinity, shift: Infinity, left: 0, top: 0 };
  const consider = (lo: number, hi: number, top: number, dy: number) => {
    if (hi > maxLeft) hi = maxLeft;
    if (hi < lo) return;
    const left = clamp(wantLeft, lo, hi);
    const dx = Math.max(0, left - target.x, target.x - (left + pill.width));
    const d = Math.hypot(dx, dy);
    const shift = Math.abs(left - wantLeft);
    if (d < best.d || (d === best.d && shift < best.shift)) Object.assign(best, { d, shift, left, top });
  };
  for (const top of ordered) {
    const dy = dyOf(top);
    if (dy > best.d) break;
    // Walk the free gaps between the row's merged blocked stretches.
    let from = minLeft;
    for (const o of byLeft) {
      if (!(o.top - clearance < top + pill.height && top < o.bottom + clearance)) continue;
      const a = o.left - clearance;
      if (a > from) consider(from, a - pill.width, top, dy);
      from = Math.max(from, o.right + clearance);
      if (from > maxLeft) break;
    }
    consider(from, maxLeft, top, dy);
  }
  return best.d < Infinity ? { at, rect: box(best.left, best.top, pill.width, pill.height) } : null;
}

/** Spots to choose the least bad from when nothing is free: at the target and the window's corners. */
function fallbacks(viewport: Size, pill: Size, target: { x: number; y: number }, at: PillSpot): Spot[] {
  const { edge } = DOCK;
  const right = Math.max(edge, viewport.width - edge - pill.width);
  const bottom = Math.max(edge, viewport.height - edge - pill.height);
  return [
    { at, rect: box(clamp(target.x - pill.width, edge, right), clamp(target.y - pill.height, edge, bottom), pill.width, pill.height) },
    { at: 'corner', rect: box(right, bottom, pill.width, pill.height) },
    { at: 'corner', rect: box(edge, bottom, pill.width, pill.height) },
    { at: 'corner', rect: box(right, edge, pill.width, pill.height) },
    { at: 'corner', rect: box(edge, edge, pill.width, pill.height) },
  ];
}

/** A pill rect moved into the window (as far as it fits). */
function into(viewport: Size, r: Rect): Rect {
  const { edge } = DOCK;
  const width = r.right - r.left;
  const height = r.bottom - r.top;
  const left = Math.max(edge, Math.min(r.left, viewport.width - edge - width));
  const top = Math.max(edge, Math.min(r.top, viewport.height - edge - height));
  return box(left, top, width, height);
}

/** The spot that hides the least obstacle area (offscreen area counts too), first in order on a tie. */
function leastCovering(spots: readonly Spot[], blocks: readonly Rect[]): Spot {
  const covered = (r: Rect) =>
    blocks.reduce(
      (sum, o) => sum + Math.max(0, Math.min(r.right, o.right) - Math.max(r.left, o.left)) * Math.max(0, Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top)),
      0,
    );
  let best = spots[0];
  let bestArea = Infinity;
  for (const spot of spots) {
    const area = covered(spot.rect);
    if (area < bestArea) [best, bestArea] = [spot, area];
  }
  return best;
}

/**
 * The opened pill. A popover is right-aligned with the pill and opens down when the panel's
 * minHeight fits below it (or below has more room than above), else up; it may cover page content
 * (the writer opened it, and it closes on the pill, Escape or a click outside). A sheet takes the
 * bottom of a phone-width window.
 */
function opened(input: DockInput, pill: Rect, opensTo: 'popover' | 'sheet'): Opened {
  const { viewport, panel } = input;
  const { gap, edge } = DOCK;
  if (opensTo === 'sheet') return { kind: 'sheet', maxHeight: Math.floor(viewport.height * DOCK.sheetShare) };
  const width = Math.min(panel.width, viewport.width - 2 * gap);
  const left = Math.round(clamp(pill.right - width, gap, viewport.width - gap - width));
  const roomBelow = viewport.height - gap - (pill.bottom + edge);
  const roomAbove = pill.top - edge - gap;
  if (roomBelow >= panel.minHeight || roomBelow >= roomAbove) {
    return { kind: 'popover', opens: 'down', left, top: pill.bottom + edge, width, maxHeight: Math.max(0, Math.floor(roomBelow)) };
  }
  return { kind: 'popover', opens: 'up', left, bottom: viewport.height - (pill.top - edge), width, maxHeight: Math.floor(roomAbove) };
}
