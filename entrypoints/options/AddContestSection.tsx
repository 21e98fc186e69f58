import { useEffect, useRef, useState } from 'react';
import { ContestReview } from '../../components/ContestReview';
import { IssueList } from '../../components/IssueList';
import { BUILTIN_CONTESTS, jsonProblemMsg, parseContestJson, type Contest } from '../../lib/contests';
import { MAX_ANNOUNCEMENT_CHARS, readAnnouncement, type AnnouncementDraft } from '../../lib/contests/announcement';
import { formatNumber, t, tm } from '../../lib/i18n';
import { addCustomContest } from '../../lib/settings/storage';
import type { Feedback, OptionsWrites } from './shared';

export interface AddContestSectionProps {
  /** The contests the writer tracks: a reviewed one that is one of them replaces it. */
  tracked: readonly Contest[];
  feedback: Feedback;
  setFeedback: (feedback: Feedback) => void;
  writes: OptionsWrites;
}

/**
 * Adding a contest: an announcement pasted and read, or (advanced) a contest's JSON from a file or
 * the box, opens the review; nothing is stored until the writer saves it there.
 */
export function AddContestSection({ tracked, feedback, setFeedback, writes }: AddContestSectionProps) {
  const { lang, say, reload } = writes;
  const [announcement, setAnnouncement] = useState('');
  const [json, setJson] = useState('');
  const [draft, setDraft] = useState<AnnouncementDraft | null>(null);

  // A JSON file read from the advanced section opens the review above it: bring the review into view.
  const reviewRef = useRef<HTMLDivElement>(null);
  const [revealReview, setRevealReview] = useState(0);
  useEffect(() => {
    if (revealReview) reviewRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [revealReview]);

  const readPasted = () => {
    // The reader reads at most MAX_ANNOUNCEMENT_CHARS of the paste (and says so); the
    // pasted text itself stays in its box untouched.
    const read = readAnnouncement(announcement, { now: Date.now(), lang });
    setDraft(read);
    const truncated = read.warnings.find((w) => w.code === 'text-truncated');
    setFeedback(
      truncated
        ? {
            kind: 'error',
            text: `${t(lang, 'options.draftMade')} ${t(lang, 'options.warning.text-truncated', { max: formatNumber(lang, MAX_ANNOUNCEMENT_CHARS) })}`,
          }
        : { kind: 'ok', text: t(lang, 'options.draftMade') },
    );
  };

  /**
   * A contest's JSON (a file, or the box) goes through the same review as a pasted announcement:
   * nothing is stored until the writer saves it there. Text that is not JSON is said in the
   * writer's language, and nothing else changes: the box keeps what it holds, an open review stays.
   */
  const openJson = (text: string, file?: string) => {
    const parsed = parseContestJson(text);
    const source = file ? t(lang, 'options.json.inFile', { name: file }) : t(lang, 'options.json.inBox');
    if (!parsed.ok) {
      if (parsed.json) {
        const problem = jsonProblemMsg(parsed.json);
        return setFeedback({ kind: 'error', text: tm(lang, { key: problem.key, params: { ...problem.params, source } }) });
      }
      return setFeedback({ kind: 'issues', issues: parsed.issues });
    }
    if (BUILTIN_CONTESTS.some((c) => c.id === parsed.contest.id)) {
      return setFeedback({ kind: 'error', text: t(lang, 'options.builtinId', { id: parsed.contest.id }) });
    }
    setDraft({ lang, contest: parsed.contest, found: [], missing: [], warnings: [] });
    setFeedback({ kind: 'ok', text: t(lang, 'options.jsonRead', { source }) });
    setRevealReview((n) => n + 1);
  };

  /** The review's save: a new contest, or the tracked one the writer confirmed it replaces. */
  const saveReviewed = async (contest: Contest, replace?: string): Promise<string | null> => {
    if (BUILTIN_CONTESTS.some((b) => b.id === contest.id) && !replace) return t(lang, 'options.builtinId', { id: contest.id });
    const saved = await addCustomContest(contest, { replace: replace ?? null });
    if (!saved.ok) return say(saved.problem);
    setDraft(null);
    setFeedback({ kind: 'ok', text: t(lang, replace ? 'options.replaced' : 'options.saved', { name: contest.name[lang] }) });
    await reload();
    return null;
  };

  return (
    <>
      <h2>{t(lang, 'options.addContest')}</h2>
      <p className="muted">{t(lang, 'options.addHelp')}</p>
      <label>
        {t(lang, 'options.announcement')}
        <textarea data-testid="announcement" value={announcement} onChange={(e) => setAnnouncement(e.target.value)} />
      </label>
      <button type="button" className="gsc-button primary" data-testid="announcement-read" onClick={readPasted}>
        {t(lang, 'options.readAnnouncement')}
      </button>
      {draft ? (
        <div ref={reviewRef}>
          <ContestReview lang={lang} draft={draft} saveLabel={t(lang, 'track.save')} tracked={tracked} onSave={saveReviewed} />
        </div>
      ) : null}

      <details className="advanced">
        <summary>{t(lang, 'options.advanced')}</summary>
        <p className="muted">{t(lang, 'options.jsonHelp')}</p>
        <label>
          {t(lang, 'options.file')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="contest-file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) openJson(await file.text(), file.name);
              e.target.value = '';
            }}
          />
        </label>
        <label>
          {t(lang, 'options.json')}
          <textarea data-testid="contest-json" value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} />
        </label>
        <button type="button" className="gsc-button" data-testid="contest-add" onClick={() => openJson(json)}>
          {t(lang, 'options.check')}
        </button>
      </details>
      {feedback?.kind === 'issues' ? (
        <IssueList heading={t(lang, 'options.invalid')} issues={feedback.issues.map((i) => ({ ...i, path: i.path || t(lang, 'options.root') }))} />
      ) : null}
      {feedback && feedback.kind !== 'issues' ? (
        <p className={feedback.kind} role="status" data-testid="contest-feedback">
          {feedback.text}
        </p>
      ) : null}
    </>
  );
}
