import { useLayoutEffect, useRef, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { DockPlacement } from '../lib/host/dock';

/** Where the panel is: docked beside the composer, a pill (closed or opened), or the window's corner. */
export type PanelPlacement = DockPlacement | { kind: 'corner' };

export interface PanelProps {
  title: string;
  theme: 'light' | 'dark';
  lang: string;
  placement: PanelPlacement;
  /** Docked beside: the writer folded the panel to its title. */
  collapsed: boolean;
  collapseLabel: string;
  expandLabel: string;
  onToggle: () => void;
  /** The pill's words ("✗ 3 · 98 字 · 2 天 4 時") with its spoken label (visually hidden). */
  pill: ReactNode;
  closeLabel: string;
  /**
   * Whether the writer has the pill open. The drawn placement follows it a frame later (the dock
   * measures first), so a click or an Escape in between toggles what the writer asked, not what
   * is drawn.
   */
  pillOpen: boolean;
  /** Open or close the pill (click, Enter, Space, Escape). */
  onPill: (open: boolean) => void;
  /** Measures the closed pill, so the dock can place it (and takes the focus back on closing). */
  pillRef: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}

function frameStyle(p: PanelPlacement): CSSProperties {
  if (p.kind === 'beside') return { left: p.left, top: p.top, width: p.width, maxHeight: p.maxHeight };
  if (p.kind === 'corner') return { right: 12, bottom: 12 };
  const o = p.opened;
  if (!o) return {};
  if (o.kind === 'sheet') return { left: 0, right: 0, bottom: 0, width: 'auto', maxHeight: o.maxHeight };
  return o.opens === 'down'
    ? { left: o.left, top: o.top, width: o.width, maxHeight: o.maxHeight }
    : { left: o.left, bottom: o.bottom, width: o.width, maxHeight: o.maxHeight };
}

/**
 * The panel's frame: docked beside the composer (a titled, collapsible region), or, where the page
 * has no free room, a pill at the composer's edge that opens into a popover (a bottom sheet on
 * phone-width windows) and closes again. Draws only.
 */
export function Panel(props: PanelProps) {
  const { title, theme, lang, placement, collapsed, onToggle, onPill, pillOpen, children } = props;
  const pill = placement.kind === 'pill' ? placement : null;
  const open = pill?.opened != null;
  const closeRef = useRef<HTMLButtonElement>(null);
  // Opened from the keyboard or a click: the focus goes into the opened panel, and back to the
  // pill when it closes.
  const wasOpen = useRef(false);
  // Layout effect: the focus moves in the same frame the panel opens, so an Escape pressed at
  // once already lands inside it.
  useLayoutEffect(() => {
    if (open) closeRef.current?.focus({ preventScroll: true });
    else if (wasOpen.current) props.pillRef.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open, props.pillRef]);
  const region = (
    <aside
      className={`gsc-root gsc-panel${collapsed && !pill ? ' is-collapsed' : ''}${pill?.opened?.kind === 'sheet' ? ' is-sheet' : ''}`}
      data-theme={theme}
      data-placement={pill ? `pill-${pill.opened?.kind ?? 'closed'}` : placement.kind}
      lang={lang}
      style={frameStyle(placement)}
      aria-label={title}
      hidden={pill !== null && !open}
      onKeyDown={(e) => {
        if (pillOpen && e.key === 'Escape') {
          e.stopPropagation();
          onPill(false);
        }
      }}
    >
      <header className="gsc-panel-head">
        <h2 className="gsc-panel-title">{title}</h2>
        {pill ? (
          <button type="button" className="gsc-icon-button" ref={closeRef} onClick={() => onPill(false)} data-testid="pill-close">
            {props.closeLabel}
          </button>
        ) : (
          <button type="button" className="gsc-icon-button" aria-expanded={!collapsed} aria-controls="gsc-panel-body" onClick={onToggle}>
            {collapsed ? props.expandLabel : props.collapseLabel}
          </button>
        )}
      </header>
      <div id="gsc-panel-body" className="gsc-panel-body" hidden={collapsed && !pill}>
        {children}
      </div>
    </aside>
  );
  if (!pill) return region;
  return (
    <>
      <button
        type="button"
        ref={props.pillRef}
        className="gsc-root gsc-pill"
        data-theme={theme}
        data-testid="pill"
        lang={lang}
        style={{ left: pill.left, top: pill.top }}
        aria-expanded={open}
        onClick={() => onPill(!pillOpen)}
        onKeyDown={(e) => {
          // Escape closes from the pill too (the focus may still be on it).
          if (pillOpen && e.key === 'Escape') {
            e.stopPropagation();
            onPill(false);
          }
        }}
      >
        {props.pill}
      </button>
      {region}
    </>
  );
}
