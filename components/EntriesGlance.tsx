export interface EntriesGlanceRow {
  contestId: string;
  name: string;
  /** "已投稿 2 篇" / "2 entries", or with the progress. */
  headline: string;
  /** "2 / 3", when the contest asks for several; met or not. */
  progress?: { label: string; met: boolean };
  /** The last entry: "最後一篇 2025-08-10 12:00 (UTC+8):已記錄…". */
  last?: string;
  /** The last entry's published post, when found. */
  url?: string;
  urlLabel?: string;
}

/** Each tracked contest's entries at a glance, in the popup. */
export function EntriesGlance({ title, rows }: { title: string; rows: EntriesGlanceRow[] }) {
  if (!rows.length) return null;
  return (
    <section className="entries-glance" data-testid="entries-glance">
      <h2>{title}</h2>
      <ul>
        {rows.map((row) => (
          <li key={row.contestId} data-testid={`entries-${row.contestId}`}>
            <span className="name">{row.name}</span>{' '}
            <span className="count" data-testid={`entries-count-${row.contestId}`} data-met={row.progress ? String(row.progress.met) : undefined}>
              {row.headline}
            </span>
            {row.last ? (
              <div className="muted" data-testid={`entries-last-${row.contestId}`}>
                {row.last}
                {row.url ? (
                  <>
                    {' '}
                    <a href={row.url} target="_blank" rel="noreferrer">
                      {row.urlLabel}
                    </a>
                  </>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
