import type { Contest } from '../../lib/contests';
import type { TrackedEntry } from '../../lib/contests/tracked';
import { formatInOffset } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import { removeCustomContest } from '../../lib/settings/storage';
import type { OptionsWrites } from './shared';

/** Save a contest's JSON as a file, `<id>.json`. */
function exportContest(contest: Contest) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(contest, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${contest.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ContestsSectionProps {
  /** Every contest known, tracked and built in, with its state now. */
  entries: readonly TrackedEntry[];
  writes: OptionsWrites;
}

/** The contests tracked and built in: name and tags, state, window, and export or remove. */
export function ContestsSection({ entries, writes }: ContestsSectionProps) {
  const { lang, say, setWriteProblem, reload } = writes;
  const remove = async (id: string) => {
    const removed = await removeCustomContest(id);
    if (!removed.ok) return setWriteProblem(say(removed.problem));
    setWriteProblem('');
    await reload();
  };
  return (
    <>
      <h2>{t(lang, 'options.contests')}</h2>
      <table className="contests" data-testid="contest-list">
        <tbody>
          {entries.map(({ contest: c, state, builtin }) => (
            <tr key={c.id} data-testid={`contest-row-${c.id}`} data-state={state}>
              <th scope="row">
                {c.name[lang]}
                <div className="muted">{c.tags.map((tag) => (tag.style === 'weibo' ? `#${tag.text}#` : `#${tag.text}`)).join(' ')}</div>
              </th>
              <td>
                <span className={`phase-chip state-${state}`} data-testid={`contest-state-${c.id}`}>
                  {builtin ? t(lang, 'options.builtin') : t(lang, `state.${state}`)}
                </span>
              </td>
              <td className="muted">
                {formatInOffset(lang, Date.parse(c.window.start), c.window.displayOffset)} –{' '}
                {formatInOffset(lang, Date.parse(c.window.end), c.window.displayOffset)}
              </td>
              <td>
                <button type="button" className="gsc-link-button" data-testid={`contest-export-${c.id}`} onClick={() => exportContest(c)}>
                  {t(lang, 'options.export')}
                </button>
                {builtin ? null : (
                  <button type="button" className="gsc-link-button" data-testid={`contest-remove-${c.id}`} onClick={() => void remove(c.id)}>
                    {t(lang, 'options.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
