import { useCallback, useEffect, useState } from 'react';
import type { Contest } from '../../lib/contests';
import { ARCHIVE_AFTER_DAYS } from '../../lib/entries/archive';
import { ENTRY_MESSAGES } from '../../lib/entries/messages';
import type { Entry } from '../../lib/entries/schema';
import { entriesToCsv, entriesToJson, entryState, entryStateMsg } from '../../lib/entries/summary';
import { formatInOffset, formatLocal } from '../../lib/format/time';
import { registerMessages, t, tm, type Lang } from '../../lib/i18n';
import { ENTRIES_UI_MESSAGES } from '../../lib/i18n/messages/entries';
import {
  clearEntriesOfArchivedContests,
  entriesItem,
  entryWriteProblemMsg,
  forgetAllEntries,
  loadEntries,
  removeEntry,
  type StoredEntries,
} from '../../lib/settings/entries';
import type { WriteProblem, WriteResult } from '../../lib/settings/storage';

registerMessages(ENTRY_MESSAGES);
registerMessages(ENTRIES_UI_MESSAGES);

type Feedback = { kind: 'ok' | 'error'; text: string } | null;

export interface EntriesSectionProps {
  lang: Lang;
  now: number;
  /** Every contest known (tracked and built in): names, and the ends the archive rule goes by. */
  contests: readonly Contest[];
  keepText: boolean;
  /** The writer turned keeping the text on or off (a settings write, the container's). */
  onKeepText: (on: boolean) => void;
}

/** Save `text` as a file through an object URL, as the contests' export does. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The options' entries (issue 20, point 3): every entry with its contest, time (the contest's zone
 * and the writer's), state and post, each with delete; forget all (pressed twice), clear the
 * entries of contests ended long ago, and export as CSV and JSON. Reads and watches the entries
 * itself; the setting that keeps texts is the container's.
 */
export function EntriesSection({ lang, now, contests, keepText, onKeepText }: EntriesSectionProps) {
  const [stored, setStored] = useState<StoredEntries | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirmForget, setConfirmForget] = useState(false);

  const reload = useCallback(async () => {
    try {
      setStored(await loadEntries());
    } catch (error) {
      setStored({ entries: [], dropped: 0 });
      setFeedback({ kind: 'error', text: tm(lang, entryWriteProblemMsg({ kind: 'failed', detail: String((error as Error)?.message ?? error) })) });
    }
  }, [lang]);
  useEffect(() => {
    void reload();
    // An entry recorded from a Gate tab while this page is open shows up here.
    return entriesItem.watch(() => void reload());
  }, [reload]);
  useEffect(() => {
    if (!confirmForget) return;
    const timer = setTimeout(() => setConfirmForget(false), 6_000);
    return () => clearTimeout(timer);
  }, [confirmForget]);

  if (!stored) return null;
  const entries = [...stored.entries].sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? 1 : -1));
  const nameOf = (id: string) => contests.find((c) => c.id === id)?.name[lang] ?? id;
  const say = (problem: WriteProblem) => setFeedback({ kind: 'error', text: tm(lang, entryWriteProblemMsg(problem)) });
  /** A change: its problem said, or the list read again. */
  const run = async <T,>(change: Promise<WriteResult<T>>, done?: (value: T) => Feedback): Promise<void> => {
    const result = await change;
    if (!result.ok) return say(result.problem);
    setFeedback(done ? done(result.value) : null);
    await reload();
  };
  const day = new Date(now).toISOString().slice(0, 10);

  return (
    <section className="entries" data-testid="entries-section">
      <h2>{t(lang, 'entries.title')}</h2>
      <p className="muted">{t(lang, 'entries.help')}</p>
      <label>
        <input type="checkbox" data-testid="keep-entry-text" checked={keepText} onChange={(e) => onKeepText(e.target.checked)} /> {t(lang, 'entries.keepText')}
      </label>
      {stored.dropped > 0 ? (
        <p className="error" role="status" data-testid="entries-dropped">
          {t(lang, 'entries.dropped', { n: stored.dropped })}
        </p>
      ) : null}
      {entries.length ? (
        <table className="entries-list" data-testid="entries-list">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'entries.col.contest')}</th>
              <th scope="col">{t(lang, 'entries.col.time')}</th>
              <th scope="col">{t(lang, 'entries.col.state')}</th>
              <th scope="col">{t(lang, 'entries.col.post')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {entries.map((e: Entry) => {
              const state = entryState(e);
              return (
                <tr key={e.id} data-testid={`entry-row-${e.id}`} data-state={state}>
                  <th scope="row">{nameOf(e.contestId)}</th>
                  <td>
                    <div>{t(lang, 'entries.time.contest', { time: formatInOffset(lang, e.publishedAt, e.window.displayOffset) })}</div>
                    <div className="muted">{t(lang, 'entries.time.local', { time: formatLocal(lang, e.publishedAt) })}</div>
                  </td>
                  <td className={`entry-state state-${state}`}>{tm(lang, entryStateMsg(state))}</td>
                  <td>
                    {e.post ? (
                      <a href={e.post.url} target="_blank" rel="noreferrer" data-testid={`entry-post-${e.id}`}>
                        {t(lang, 'entries.openPost')}
                      </a>
                    ) : (
                      <span className="muted">{t(lang, 'entries.notLinked')}</span>
                    )}
                  </td>
                  <td>
                    <button type="button" className="gsc-link-button" data-testid={`entry-delete-${e.id}`} onClick={() => void run(removeEntry(e.id))}>
                      {t(lang, 'entries.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted" data-testid="entries-none">
          {t(lang, 'entries.none')}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="gsc-button"
          data-testid="entries-export-csv"
          disabled={!entries.length}
          onClick={() => download(`gate-square-entries-${day}.csv`, 'text/csv;charset=utf-8', entriesToCsv(stored.entries))}
        >
          {t(lang, 'entries.exportCsv')}
        </button>
        <button
          type="button"
          className="gsc-button"
          data-testid="entries-export-json"
          disabled={!entries.length}
          onClick={() => download(`gate-square-entries-${day}.json`, 'application/json', `${entriesToJson(stored.entries, now)}\n`)}
        >
          {t(lang, 'entries.exportJson')}
        </button>
        <button
          type="button"
          className="gsc-button"
          data-testid="entries-clear-archived"
          disabled={!entries.length}
          onClick={() =>
            void run(clearEntriesOfArchivedContests(contests, Date.now()), (n) => ({
              kind: 'ok',
              text: n ? t(lang, 'entries.cleared', { n }) : t(lang, 'entries.clearedNone', { days: ARCHIVE_AFTER_DAYS }),
            }))
          }
        >
          {t(lang, 'entries.clearArchived', { days: ARCHIVE_AFTER_DAYS })}
        </button>
        <button
          type="button"
          className="gsc-button"
          data-testid="entries-forget-all"
          disabled={!entries.length && !stored.dropped}
          onClick={() => {
            if (!confirmForget) return setConfirmForget(true);
            setConfirmForget(false);
            void run(forgetAllEntries());
          }}
        >
          {confirmForget ? t(lang, 'entries.forgetAllConfirm', { n: entries.length + stored.dropped }) : t(lang, 'entries.forgetAll')}
        </button>
      </div>
      <p className="muted">{t(lang, 'entries.clearArchivedHelp', { days: ARCHIVE_AFTER_DAYS })}</p>
      {feedback ? (
        <p className={feedback.kind} role={feedback.kind === 'error' ? 'alert' : 'status'} data-testid="entries-feedback">
          {feedback.text}
        </p>
      ) : null}
    </section>
  );
}
