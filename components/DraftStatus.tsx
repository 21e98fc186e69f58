export interface DraftStatusProps {
  title: string;
  /** "4 / 5 項完成" and what still blocks, or a sentence when there is no draft. */
  headline: string;
  missing: string[];
  pass: boolean | null;
  action?: { label: string; onClick: () => void };
}

/** The current draft at a glance, in the popup. */
export function DraftStatus({ title, headline, missing, pass, action }: DraftStatusProps) {
  return (
    <section className="draft" data-testid="draft-status" data-pass={pass === null ? 'none' : String(pass)}>
      <h2>{title}</h2>
      <p className={pass === null ? 'muted' : pass ? 'pass' : 'fail'}>{headline}</p>
      {missing.length ? (
        <ul>
          {missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {action ? (
        <button type="button" className="gsc-button primary" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </section>
  );
}
