import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ContestReview } from '../../components/ContestReview';
import { IssueList } from '../../components/IssueList';
import { useNow } from '../../components/hooks';
import { BUILTIN_CONTESTS, jsonProblemMsg, parseContestJson, type Contest, type ContestIssue } from '../../lib/contests';
import { MAX_ANNOUNCEMENT_CHARS, readAnnouncement, type AnnouncementDraft } from '../../lib/contests/announcement';
import { listContests } from '../../lib/contests/tracked';
import { formatInOffset } from '../../lib/format/time';
import '../../lib/rules'; // registers the kind names the review shows
import { GATE_HOSTS } from '../../lib/host/url';
import { disableMirror, enableMirror } from '../../lib/settings/mirrors';
import { formatNumber, pickLang, registerMessages, t, tm, type Lang } from '../../lib/i18n';
import { OPTIONS_MESSAGES } from '../../lib/i18n/messages/options';
import { dropEntryTexts, entryWriteProblemMsg, forgetAllEntries } from '../../lib/settings/entries';
import { revokeOptionalGrants } from '../../lib/settings/permissions';
import { OCR_LANGUAGE_CHOICES, type Settings } from '../../lib/settings/schema';
import {
  addCustomContest,
  customContestsItem,
  loadCustomContests,
  loadSettings,
  removeCustomContest,
  resetAll,
  saveSettings,
  settingsItem,
  writeProblemMsg,
  type WriteProblem,
} from '../../lib/settings/storage';
import { EntriesSection } from './EntriesSection';

registerMessages(OPTIONS_MESSAGES);

type Feedback = { kind: 'ok' | 'error'; text: string } | { kind: 'issues'; issues: ContestIssue[] } | null;

/**
 * The options page container: reads and writes storage; every write is validated first, and a
 * write the browser refuses (storage full, too many writes) is said in the writer's language
 * while the form keeps what they typed.
 */
export function OptionsApp() {
  const lang: Lang = useMemo(() => pickLang(navigator.languages), []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [custom, setCustom] = useState<Contest[]>([]);
  const [json, setJson] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [draft, setDraft] = useState<AnnouncementDraft | null>(null);
  const now = useNow();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [mirror, setMirror] = useState('');
  const [mirrorProblem, setMirrorProblem] = useState('');
  /** The last write the browser refused (settings, removal, reset); shown until one works. */
  const [writeProblem, setWriteProblem] = useState('');

  const reload = useCallback(async () => {
    const [read, customRead] = await Promise.all([loadSettings(), loadCustomContests()]);
    setSettings(read.settings);
    setCustom(customRead.contests);
    setNotices([
      ...(read.problem ? [t(lang, 'settings.corrupt')] : []),
      ...(customRead.dropped > 0 ? [t(lang, 'settings.droppedContests', { n: customRead.dropped })] : []),
    ]);
  }, [lang]);
  useEffect(() => {
    void reload();
  }, [reload]);
  // Settings changed elsewhere (the panel's "hide on this site"): this page shows, and builds its
  // next change on, what is stored, never an older copy that would undo it.
  useEffect(() => {
    const unwatch = [settingsItem.watch(() => void reload()), customContestsItem.watch(() => void reload())];
    return () => unwatch.forEach((stop) => stop());
  }, [reload]);
  /** The reset asks to be pressed twice: it deletes every tracked contest and setting. */
  const [confirmReset, setConfirmReset] = useState(false);
  useEffect(() => {
    if (!confirmReset) return;
    const timer = setTimeout(() => setConfirmReset(false), 6_000);
    return () => clearTimeout(timer);
  }, [confirmReset]);

  // A JSON file read from the advanced section opens the review above it: bring the review into view.
  const reviewRef = useRef<HTMLDivElement>(null);
  const [revealReview, setRevealReview] = useState(0);
  useEffect(() => {
    if (revealReview) reviewRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [revealReview]);

  if (!settings) return <main className="gsc-root options" />;
  const entries = listContests(custom, BUILTIN_CONTESTS, now);
  const say = (problem: WriteProblem) => tm(lang, writeProblemMsg(problem));
  /** Save a settings change; false (and a message) when the browser refused it. */
  const update = async (patch: Parameters<typeof saveSettings>[0]): Promise<boolean> => {
    const saved = await saveSettings(patch);
    if (!saved.ok) {
      setWriteProblem(say(saved.problem));
      return false;
    }
    setWriteProblem('');
    setSettings(saved.value);
    return true;
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

  const exportContest = (contest: Contest) => {
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(contest, null, 2)}\n`], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${contest.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  // The shared path (lib/settings/mirrors.ts): ask for the host at the moment it is added (a user
  // gesture), list it, and give the grant back if the list cannot be saved.
  const addMirror = async () => {
    const result = await enableMirror(browser.permissions, mirror, { browser: import.meta.env.FIREFOX ? 'firefox' : 'chrome' });
    if (result.ok) {
      setMirrorProblem('');
      setWriteProblem('');
      setSettings(result.settings);
      return setMirror('');
    }
    switch (result.problem) {
      case 'bad':
        return setMirrorProblem(t(lang, 'options.mirrorBad'));
      // Gate's own hosts have the panel already: a second registration would mean two panels.
      case 'builtin':
        return setMirrorProblem(t(lang, 'options.mirrorBuiltin', { host: result.host }));
      case 'denied':
        return setMirrorProblem(t(lang, 'options.mirrorDenied', { host: result.host }));
      case 'write':
        setMirrorProblem('');
        return setWriteProblem(say(result.write));
    }
  };

  const removeMirror = async (host: string) => {
    const result = await disableMirror(browser.permissions, host);
    if (!result.ok) return setWriteProblem(say(result.problem));
    setWriteProblem('');
    setSettings(result.settings);
  };

  const toggleNotifications = async (on: boolean) => {
    if (on && !(await browser.permissions.request({ permissions: ['notifications'] }))) return;
    await update({ notifications: on });
  };

  /** Keeping the entries' text turned off also deletes the texts kept so far. */
  const keepEntryText = async (on: boolean) => {
    if (!(await update({ keepEntryText: on })) || on) return;
    const dropped = await dropEntryTexts();
    if (!dropped.ok) setWriteProblem(tm(lang, entryWriteProblemMsg(dropped.problem)));
  };

  const sites = [...GATE_HOSTS, ...settings.extraHosts];
  return (
    <main className="gsc-root options" lang={lang} data-theme={matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'}>
      <h1>{t(lang, 'options.title')}</h1>
      <p className="muted">{t(lang, 'options.privacy')}</p>
      {notices.map((n) => (
        <p key={n} className="error" role="status" data-testid="storage-notice">
          {n}
        </p>
      ))}
      {writeProblem ? (
        <p className="error write-problem" role="alert" data-testid="write-problem">
          {writeProblem}
        </p>
      ) : null}

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
                  <button
                    type="button"
                    className="gsc-link-button"
                    data-testid={`contest-remove-${c.id}`}
                    onClick={async () => {
                      const removed = await removeCustomContest(c.id);
                      if (!removed.ok) return setWriteProblem(say(removed.problem));
                      setWriteProblem('');
                      await reload();
                    }}
                  >
                    {t(lang, 'options.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t(lang, 'options.addContest')}</h2>
      <p className="muted">{t(lang, 'options.addHelp')}</p>
      <label>
        {t(lang, 'options.announcement')}
        <textarea data-testid="announcement" value={announcement} onChange={(e) => setAnnouncement(e.target.value)} />
      </label>
      <button
        type="button"
        className="gsc-button primary"
        data-testid="announcement-read"
        onClick={() => {
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
        }}
      >
        {t(lang, 'options.readAnnouncement')}
      </button>
      {draft ? (
        <div ref={reviewRef}>
          <ContestReview lang={lang} draft={draft} saveLabel={t(lang, 'track.save')} tracked={custom} onSave={saveReviewed} />
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

      <EntriesSection
        lang={lang}
        now={now}
        contests={entries.map((e) => e.contest)}
        keepText={settings.keepEntryText}
        onKeepText={(on) => void keepEntryText(on)}
      />

      <h2>{t(lang, 'options.ocr')}</h2>
      <select
        data-testid="ocr-languages"
        value={settings.ocrLanguages}
        onChange={(e) => void update({ ocrLanguages: e.target.value as Settings['ocrLanguages'] })}
      >
        {OCR_LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(lang, `options.ocr.${choice}`)}
          </option>
        ))}
      </select>

      <h2>{t(lang, 'options.behaviour')}</h2>
      <label>
        <input type="checkbox" data-testid="publish-guard" checked={settings.publishGuard} onChange={(e) => void update({ publishGuard: e.target.checked })} />{' '}
        {t(lang, 'options.guard')}
      </label>
      <label>
        <input type="checkbox" data-testid="notifications" checked={settings.notifications} onChange={(e) => void toggleNotifications(e.target.checked)} />{' '}
        {t(lang, 'options.notifications')}
      </label>

      <h2>{t(lang, 'options.sites')}</h2>
      {sites.map((host) => (
        <div className="row" key={host}>
          <label>
            <input
              type="checkbox"
              data-testid={`site-${host}`}
              checked={!settings.disabledHosts.includes(host)}
              onChange={(e) => {
                const show = e.target.checked;
                // The list as stored when the write happens: a site hidden meanwhile (the panel) stays hidden.
                void update((stored) => {
                  const others = stored.disabledHosts.filter((h) => h !== host);
                  return { disabledHosts: show ? others : [...others, host] };
                });
              }}
            />{' '}
            {t(lang, 'options.showOn', { host })}
          </label>
          {settings.extraHosts.includes(host) ? (
            <button type="button" className="gsc-link-button" data-testid={`mirror-remove-${host}`} onClick={() => void removeMirror(host)}>
              {t(lang, 'options.remove')}
            </button>
          ) : null}
        </div>
      ))}
      <div className="row">
        <input
          type="text"
          data-testid="mirror-host"
          placeholder="www.gate.example"
          value={mirror}
          onChange={(e) => setMirror(e.target.value)}
          aria-label={t(lang, 'options.mirror')}
        />
        <button type="button" className="gsc-button" data-testid="mirror-add" onClick={() => void addMirror()}>
          {t(lang, 'options.mirrorAdd')}
        </button>
      </div>
      {mirrorProblem ? (
        <p className="error" role="alert" data-testid="mirror-problem">
          {mirrorProblem}
        </p>
      ) : null}

      <h2>{t(lang, 'options.reset')}</h2>
      <button
        type="button"
        className="gsc-button"
        data-testid="reset"
        onClick={async () => {
          if (!confirmReset) return setConfirmReset(true);
          setConfirmReset(false);
          const reset = await resetAll();
          if (!reset.ok) return setWriteProblem(say(reset.problem));
          // A fresh install keeps no entries either.
          const forgotten = await forgetAllEntries();
          if (!forgotten.ok) return setWriteProblem(tm(lang, entryWriteProblemMsg(forgotten.problem)));
          setWriteProblem('');
          // After the storage: the background unregisters the mirror script on the change, and
          // keeps the `scripting` permission it needs for that (lib/settings/permissions.ts).
          let kept: string[];
          try {
            kept = (await revokeOptionalGrants(browser.permissions, browser.runtime.getManifest())).failed;
          } catch (error) {
            kept = [String((error as Error)?.message ?? error)];
          }
          setFeedback(
            kept.length ? { kind: 'error', text: t(lang, 'options.resetKept', { list: kept.join(', ') }) } : { kind: 'ok', text: t(lang, 'options.resetDone') },
          );
          await reload();
        }}
      >
        {confirmReset ? t(lang, 'options.resetConfirm') : t(lang, 'options.reset')}
      </button>
    </main>
  );
}
