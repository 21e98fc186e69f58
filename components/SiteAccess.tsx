export interface SiteAccessAction {
  label: string;
  onClick: () => void;
  testId: string;
  primary?: boolean;
}

export interface SiteAccessProps {
  title: string;
  /** What is true of this site, then what happened on the last press (if anything). */
  lines: string[];
  /** `problem` colours the section as a failure (a refusal, a lost permission). */
  tone: 'info' | 'ok' | 'problem';
  actions: SiteAccessAction[];
  /** The state the popup is in (lib/host/mirrors.ts MirrorOffer kind), for tests and styles. */
  state: string;
  busy?: boolean;
}

/** The active tab's host as a Gate mirror, in the popup: offer, state and the buttons for it. */
export function SiteAccess({ title, lines, tone, actions, state, busy = false }: SiteAccessProps) {
  return (
    <section className={`site-access ${tone}`} data-testid="site-access" data-state={state} aria-busy={busy}>
      <h2>{title}</h2>
      {lines.map((line) => (
        <p key={line} role={tone === 'problem' ? 'alert' : 'status'}>
          {line}
        </p>
      ))}
      {actions.length ? (
        <div className="site-access-actions">
          {actions.map((a) => (
            <button
              key={a.testId}
              type="button"
              className={a.primary ? 'gsc-button primary' : 'gsc-button'}
              data-testid={a.testId}
              disabled={busy}
              onClick={a.onClick}
            >
              {a.label}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
