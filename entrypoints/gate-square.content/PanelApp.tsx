import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Countdown } from '../../components/Countdown';
import { Panel } from '../../components/Panel';
import { useNow } from '../../components/hooks';
import { BUILTIN_CONTESTS, DEFAULT_CONTEST_ID, findContest } from '../../lib/contests';
import { describeCountdown } from '../../lib/format/time';
import { findComposer } from '../../lib/host/composer';
import { pickLang, t } from '../../lib/i18n';

const PANEL_WIDTH = 300;
const GAP = 12;

/**
 * Fixed coordinates beside the composer, never over it: right of it, else left, else below it,
 * else the bottom-right corner of the window.
 */
function dock(rect: DOMRect | null): CSSProperties {
  if (!rect) return { right: GAP, bottom: GAP };
  const top = Math.max(GAP, Math.min(rect.top, window.innerHeight - 160));
  if (rect.right + GAP + PANEL_WIDTH <= window.innerWidth) return { top, left: rect.right + GAP };
  if (rect.left - GAP - PANEL_WIDTH >= 0) return { top, left: rect.left - GAP - PANEL_WIDTH };
  if (rect.bottom + GAP + 120 <= window.innerHeight) {
    return { top: rect.bottom + GAP, left: Math.max(GAP, Math.min(rect.left, window.innerWidth - PANEL_WIDTH - GAP)) };
  }
  return { right: GAP, bottom: GAP };
}

/** The in-page container: owns the clock, the host lookup and the docking. */
export function PanelApp({ signal }: { signal: AbortSignal }) {
  const lang = useMemo(() => pickLang(navigator.languages), []);
  const contest = findContest(DEFAULT_CONTEST_ID) ?? BUILTIN_CONTESTS[0];
  const now = useNow();
  const [collapsed, setCollapsed] = useState(false);
  const [rect, setRect] = useState<DOMRect | null>(null);

  useEffect(() => {
    const update = () => setRect(findComposer(document)?.getBoundingClientRect() ?? null);
    update();
    const options = { signal, passive: true, capture: true } as const;
    window.addEventListener('resize', update, options);
    window.addEventListener('scroll', update, options);
    document.addEventListener('focusin', update, options);
    return () => {
      window.removeEventListener('resize', update, true);
      window.removeEventListener('scroll', update, true);
      document.removeEventListener('focusin', update, true);
    };
  }, [signal]);

  const view = describeCountdown(contest, now, lang);
  const theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return (
    <Panel
      title={t(lang, 'panel.title')}
      theme={theme}
      lang={lang}
      collapsed={collapsed}
      collapseLabel={t(lang, 'panel.collapse')}
      expandLabel={t(lang, 'panel.expand')}
      onToggle={() => setCollapsed((c) => !c)}
      position={dock(rect)}
    >
      <Countdown view={view} compact />
      {rect ? null : <p className="gsc-notice">{t(lang, 'panel.noEditor')}</p>}
    </Panel>
  );
}
