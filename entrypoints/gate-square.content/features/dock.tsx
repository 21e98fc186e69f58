import { useEffect, useRef, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Live } from '../../../components/hooks';
import type { PanelPlacement } from '../../../components/Panel';
import { DOCK, dock, type Rect, type Size } from '../../../lib/host/dock';
import type { HostState } from '../../../lib/host/observer';
import type { HostFrame } from '../use-host';
import { collectObstacles } from '../../../lib/host/obstacles';
import { t, type Lang } from '../../../lib/i18n';
import type { PillSummary } from '../../../lib/rules/summary';
import { logFeatureError, useLifetimeEffect } from '../feature';

const PANEL = { width: 300, minHeight: 220 } as const;
/** The page's controls are measured again at most this often while nothing else moved. */
const OBSTACLES_MS = 1_000;
const CORNER: PanelPlacement = { kind: 'corner' };

/** "✗ 3 · 98 字 · 2 天 4 時": the pill's words, in the writer's language. */
export function pillText(lang: Lang, s: PillSummary): string {
  const state = s.failing ? t(lang, 'pill.failing', { n: s.failing }) : s.waiting ? t(lang, 'pill.waiting', { n: s.waiting }) : t(lang, 'pill.pass');
  const count = t(lang, s.unit === 'words' ? 'pill.count.words' : 'pill.count.zi', { n: s.count });
  let time = t(lang, 'pill.closed');
  if (s.left) {
    const left =
      s.left.days > 0 ? t(lang, 'pill.left', { d: s.left.days, h: s.left.hours }) : t(lang, 'pill.leftHours', { h: s.left.hours, m: s.left.minutes });
    time = s.phase === 'upcoming' ? t(lang, 'pill.upcoming', { left }) : left;
  }
  return [state, count, time].join(' · ');
}

/**
 * No composer on the page (a post's own page with a contest to track, or a composer not found):
 * the whole panel where a free spot of its size is, nearest the window's bottom-right corner (the
 * pill's search, asked for a panel-sized box), else the pill there.
 */
function withoutComposer(viewport: Size, obstacles: Rect[], pill: Size, open: boolean): PanelPlacement {
  // The tallest free box first (a contest's review is long), down to the least worth showing.
  for (const height of [Math.min(640, viewport.height - 2 * DOCK.gap), 400, PANEL.minHeight]) {
    if (height < PANEL.minHeight) continue;
    const spot = dock({ viewport, composer: null, obstacles, panel: PANEL, pill: { width: PANEL.width, height }, open: false });
    if (spot.kind === 'pill' && spot.free) return { kind: 'beside', side: 'right', left: spot.left, top: spot.top, width: PANEL.width, maxHeight: height };
  }
  return dock({ viewport, composer: null, obstacles, panel: PANEL, pill, open });
}

const sameRect = (a: Rect | null, b: Rect | null) => (a && b ? a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom : a === b);
const samePlacement = (a: PanelPlacement, b: PanelPlacement) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The dock: where the panel sits, decided by lib/host/dock.ts from what the page shows (the post
 * box, the page's controls and landmarks, the window). Measured in an animation frame after the
 * host changed, the window scrolled or resized, or the pill opened, never on a keystroke's own path;
 * the page's controls are measured again when the post box moved, the window scrolled or resized,
 * and at most once a second otherwise. While the writer chooses the composer the panel waits in the
 * corner. If docking throws, the panel stays usable in the corner (and says so once in the console).
 */
export function useDock(
  ctx: ContentScriptContext,
  host: HostFrame,
  reading: Live<HostState>,
  opts: { open: boolean; picking: boolean; isOwnElement: (el: Element) => boolean },
) {
  const [placement, setPlacement] = useState<PanelPlacement>(CORNER);
  const pillRef = useRef<HTMLButtonElement>(null);
  const live = useRef({ host, ...opts });
  live.current = { host, ...opts };
  const cache = useRef<{ composer: Rect | null; obstacles: Rect[]; at: number; viewport: Size } | null>(null);
  const failed = useRef(false);
  const frame = useRef<() => void>(() => undefined);

  useLifetimeEffect(
    ctx,
    (life) => {
      let pending = 0;
      const measure = () => {
        pending = 0;
        if (failed.current) return;
        try {
          const { host: h, open, picking, isOwnElement } = live.current;
          if (picking) return setPlacement(CORNER);
          const target = h.box ?? h.editor;
          const rect = target?.getBoundingClientRect() ?? null;
          const composer = rect && rect.width > 0 && rect.height > 0 ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
          const viewport = {
            width: document.documentElement.clientWidth || window.innerWidth,
            height: document.documentElement.clientHeight || window.innerHeight,
          };
          const c = cache.current;
          const now = performance.now();
          const fresh =
            c && sameRect(c.composer, composer) && c.viewport.width === viewport.width && c.viewport.height === viewport.height && now - c.at < OBSTACLES_MS;
          const obstacles = fresh ? c.obstacles : collectObstacles(document, { isOwnElement, viewport, composer });
          if (!fresh) cache.current = { composer, obstacles, at: now, viewport };
          const measured = pillRef.current?.getBoundingClientRect();
          const pill = measured && measured.width > 0 ? { width: Math.ceil(measured.width), height: Math.ceil(measured.height) } : { width: 200, height: 28 };
          const next = composer ? dock({ viewport, composer, obstacles, panel: PANEL, pill, open }) : withoutComposer(viewport, obstacles, pill, open);
          setPlacement((prev) => (samePlacement(prev, next) ? prev : next));
        } catch (error) {
          failed.current = true;
          logFeatureError('dock', error);
          setPlacement(CORNER);
        }
      };
      const schedule = () => {
        if (!pending) pending = life.requestAnimationFrame(measure);
      };
      const moved = () => {
        cache.current = null;
        schedule();
      };
      frame.current = schedule;
      life.listen(window, 'resize', moved, { passive: true, capture: true });
      life.listen(window, 'scroll', moved, { passive: true, capture: true });
      const tick = () => {
        schedule();
        life.setTimeout(tick, OBSTACLES_MS);
      };
      tick();
    },
    [],
  );
  // The host changed (pictures, another box), the pill opened or closed, choosing began or ended:
  // measure in the next frame; and after each keystroke (the post box may have grown).
  useEffect(() => frame.current(), [host, opts.open, opts.picking]);
  useEffect(() => reading.subscribe(() => frame.current()), [reading]);
  return { placement, pillRef };
}
