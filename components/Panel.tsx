import type { CSSProperties, ReactNode } from 'react';

export interface PanelProps {
  title: string;
  theme: 'light' | 'dark';
  lang: string;
  collapsed: boolean;
  collapseLabel: string;
  expandLabel: string;
  onToggle: () => void;
  /** Where the container docked the panel (fixed coordinates beside the composer). */
  position: CSSProperties;
  children: ReactNode;
}

/** The docked panel's frame: a titled, collapsible region. Draws only. */
export function Panel(props: PanelProps) {
  const { title, theme, lang, collapsed, onToggle, position, children } = props;
  return (
    <aside className={`gsc-root gsc-panel${collapsed ? ' is-collapsed' : ''}`} data-theme={theme} lang={lang} style={position} aria-label={title}>
      <header className="gsc-panel-head">
        <h2 className="gsc-panel-title">{title}</h2>
        <button
          type="button"
          className="gsc-icon-button"
          aria-expanded={!collapsed}
          aria-controls="gsc-panel-body"
          onClick={onToggle}
        >
          {collapsed ? props.expandLabel : props.collapseLabel}
        </button>
      </header>
      <div id="gsc-panel-body" className="gsc-panel-body" hidden={collapsed}>
        {children}
      </div>
    </aside>
  );
}
