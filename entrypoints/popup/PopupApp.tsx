import { useEffect, useMemo, useState } from 'react';
import { Countdown } from '../../components/Countdown';
import { DraftStatus, type DraftStatusProps } from '../../components/DraftStatus';
import { EntriesGlance, type EntriesGlanceRow } from '../../components/EntriesGlance';
import { PrizeTable } from '../../components/PrizeTable';
import { SiteAccess } from '../../components/SiteAccess';
import { useNow } from '../../components/hooks';
import { ContestReview } from '../../components/ContestReview';
import { BUILTIN_CONTESTS, findContest, DEFAULT_CONTEST_ID, type Contest } from '../../lib/contests';
import { readAnnouncement, type AnnouncementDraft } from '../../lib/contests/announcement';
import { isLive, listContests, type TrackedEntry } from '../../lib/contests/tracked';
import { describeCountdown } from '../../lib/format/time';
import { isSquarePostUrl } from '../../lib/host/url';
import { ENTRY_MESSAGES } from '../../lib/entries/messages';
import { contestEntryRequirement } from '../../lib/entries/requirement';
import type { Entry } from '../../lib/entries/schema';
import { summariseContestEntries } from '../../lib/entries/summary';
import { ENTRIES_UI_MESSAGES } from '../../lib/i18n/messages/entries';
import { entriesItem, loadEntries } from '../../lib/settings/entries';
import { formatNumber, pickLang, registerMessages, t, tm } from '../../lib/i18n';
import { MIRROR_MESSAGES } from '../../lib/i18n/messages/mirrors';
import { REVIEW_MESSAGES } from '../../lib/i18n/messages/review';
import '../../lib/rules'; // registers the rule messages a draft's summary uses
import { useSiteAccess } from './use-site-access';
import {
  addCustomContest,
  customContestsItem,
  draftItem,
  loadCustomContests,
  loadDraft,
  loadSettings,
  saveSettings,
  writeProblemMsg,
  type DraftState,
} from '../../lib/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';

const NO_HOSTS: readonly string[] = [];
const COMPOSER = { 'zh-Hant': 'https://www.gate.com/zh-tw/post', 'zh-Hans': 'https://www.gate.com/zh/post', en: 'https://www.gate.com/post' };

registerMessages(REVIEW_MESSAGES);
registerMessages(MIRROR_MESSAGES);
registerMessages(ENTRY_MESSAGES);
registerMessages(ENTRIES_UI_MESSAGES);

interface Loaded {
  tracked: Contest[];
  settings: Settings;
  notices: string[];
  draft: DraftState | null;
  entries: Entry[];
  tabUrl: string | null;
  tabId: number | undefined;
}

/** Popup container: owns the clock, the language and the storage reads; the components only draw. */
export function PopupApp() {
  const lang = useMemo(() => pickLang(navigator.languages), []);
  const now = useNow();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const tabId = loaded?.tabId;
  const tabUrl = loaded?.tabUrl ?? null;
  const activeTab = useMemo(() => ({ id: tabId, url: tabUrl }), [tabId, tabUrl]);
  const siteAccess = useSiteAccess(lang, activeTab, loaded?.settings.extraHosts ?? NO_HOSTS);

  const [version, setVersion] = useState(0);
  // The draft and the active tab change while the popup is open (a second window, a detached popup).
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const unwatch = [draftItem.watch(bump), customContestsItem.watch(bump), entriesItem.watch(bump)];
    browser.tabs.onActivated.addListener(bump);
    return () => {
      unwatch.forEach((stop) => stop());
      browser.tabs.onActivated.removeListener(bump);
    };
  }, []);

  useEffect(() => {
    void (async () => {
      const [settingsRead, custom, draft, stored, [tab]] = await Promise.all([
        loadSettings(),
        loadCustomContests(),
        loadDraft(),
        // Entries unreadable: the popup still shows the rest.
        loadEntries().catch(() => ({ entries: [], dropped: 0 })),
        browser.tabs.query({ active: true, currentWindow: true }),
      ]);
      const notices = [
        ...(settingsRead.problem ? [t(lang, 'settings.corrupt')] : []),
        ...(custom.dropped > 0 ? [t(lang, 'settings.droppedContests', { n: custom.dropped })] : []),
      ];
      setLoaded({
        tracked: custom.contests,
        settings: settingsRead.settings,
        notices,
        draft,
        entries: stored.entries,
        tabUrl: tab?.url ?? null,
        tabId: tab?.id,
      });
    })().catch(() => {
      // Storage unreadable: still show the built-in contest's countdown, never a blank popup.
      setLoaded({ tracked: [], settings: DEFAULT_SETTINGS, notices: [t(lang, 'settings.corrupt')], draft: null, entries: [], tabUrl: null, tabId: undefined });
    });
  }, [lang, version]);

  if (!loaded) return <main className="gsc-root popup" />;
  const { tracked, settings, notices, draft } = loaded;
  // Every live and upcoming contest, nearest deadline first; the draft's contest leads.
  const entries = listContests(tracked, BUILTIN_CONTESTS, now);
  const current = entries.filter((e) => isLive(e.state) || e.state === 'upcoming');
  const drafted = draft ? current.find((e) => e.contest.id === draft.contestId) : undefined;
  const lead: TrackedEntry | undefined = drafted ?? current[0];
  const contest = lead?.contest ?? findContest(draft?.contestId ?? DEFAULT_CONTEST_ID) ?? findContest(DEFAULT_CONTEST_ID)!;
  const others = current.filter((e) => e !== lead);
  const view = describeCountdown(contest, now, lang);
  // Each tracked contest's entries (not one archived long ago): those with entries, and the live
  // and upcoming ones that ask for several (progress from 0).
  const glance: EntriesGlanceRow[] = entries.flatMap(({ contest: c, state }) => {
    if (state === 'archived') return [];
    const requirement = contestEntryRequirement(c);
    const summary = summariseContestEntries(c.id, loaded.entries, { contest: c, requirement, now });
    if (!summary.entries && !(requirement && (isLive(state) || state === 'upcoming'))) return [];
    const last = summary.last;
    return [
      {
        contestId: c.id,
        name: c.name[lang],
        headline: tm(lang, summary.message),
        ...(summary.progress ? { progress: { label: summary.progress.label, met: summary.progress.met } } : {}),
        ...(last ? { last: t(lang, 'entries.last', { time: last.label, state: tm(lang, last.stateMsg) }) } : {}),
        ...(last?.url ? { url: last.url, urlLabel: t(lang, 'entries.openPost') } : {}),
      },
    ];
  });
  const theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

  const onGate = tabUrl !== null && isSquarePostUrl(tabUrl, settings.extraHosts);
  const host = tabUrl && onGate ? new URL(tabUrl).hostname : null;
  const sameTab = draft && tabUrl && draft.contestId === contest.id && sameDraftPage(draft.url, tabUrl);
  let status: DraftStatusProps;
  if (host && settings.disabledHosts.includes(host)) {
    status = {
      title: t(lang, 'popup.draft'),
      headline: t(lang, 'popup.hiddenHere', { host }),
      missing: [],
      pass: null,
      action: {
        label: t(lang, 'popup.showHere'),
        onClick: () => void saveSettings((stored) => ({ disabledHosts: stored.disabledHosts.filter((h) => h !== host) })).then(() => window.close()),
      },
    };
  } else if (sameTab && draft) {
    const progress = t(lang, 'popup.draftProgress', { done: draft.done, total: draft.total });
    status = {
      title: t(lang, 'popup.draft'),
      headline: draft.pass ? `${progress} · ${t(lang, 'popup.draftReady')}` : progress,
      missing: draft.missing.map((m) => tm(lang, m)),
      pass: draft.pass,
    };
  } else {
    status = {
      title: t(lang, 'popup.draft'),
      headline: t(lang, 'popup.draftNone'),
      missing: [],
      pass: null,
      action: { label: t(lang, 'popup.openComposer'), onClick: () => void browser.tabs.create({ url: COMPOSER[lang] }) },
    };
  }

  return (
    <main className="gsc-root popup" data-theme={theme} lang={lang}>
      {notices.map((notice) => (
        <p key={notice} className="notice" role="status" data-testid="storage-notice">
          {notice}
        </p>
      ))}
      {lead ? null : <FirstRun lang={lang} tracked={tracked} />}
      <Countdown view={view} compact={!lead} />
      {others.length ? (
        <section className="contest-list" data-testid="contest-list">
          {others.map((e) => (
            <Countdown key={e.contest.id} view={describeCountdown(e.contest, now, lang)} compact />
          ))}
        </section>
      ) : null}
      {siteAccess ? <SiteAccess {...siteAccess} /> : null}
      <DraftStatus {...status} />
      <EntriesGlance title={t(lang, 'entries.title')} rows={glance} />
      <PrizeTable
        caption={t(lang, 'popup.prizes')}
        pool={contest.pool ? t(lang, 'popup.pool', { amount: formatNumber(lang, contest.pool.amount), unit: contest.pool.unit }) : undefined}
        rows={contest.prizes.map((p) => ({
          rank: p.rank[lang],
          winners: t(lang, 'popup.prizeWinners', { winners: formatNumber(lang, p.winners) }),
          amount: `${formatNumber(lang, p.amount)} ${p.unit}`,
        }))}
      />
      <footer className="popup-foot">
        <button type="button" className="gsc-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'popup.options')}
        </button>
      </footer>
    </main>
  );
}

/** The draft was saved from this tab's page (same origin and path; the query may differ). */
function sameDraftPage(draftUrl: string, tabUrl: string): boolean {
  try {
    const a = new URL(draftUrl);
    const b = new URL(tabUrl);
    return a.origin === b.origin && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/**
 * Nothing live or upcoming is tracked: the way forward, in the writer's words — open an
 * announcement on Gate Square and press Track, or paste it here and review it.
 */
function FirstRun({ lang, tracked }: { lang: 'zh-Hant' | 'zh-Hans' | 'en'; tracked: Contest[] }) {
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<AnnouncementDraft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section className="first-run" data-testid="first-run">
      <p>{t(lang, 'popup.firstRun')}</p>
      {saved ? (
        <p className="pass" role="status" data-testid="first-run-saved">
          {t(lang, 'track.saved', { name: saved })}
        </p>
      ) : draft ? (
        <ContestReview
          lang={lang}
          draft={draft}
          saveLabel={t(lang, 'track.save')}
          tracked={tracked}
          onSave={async (contest, replace) => {
            const result = await addCustomContest(contest, { replace: replace ?? null });
            if (!result.ok) return tm(lang, writeProblemMsg(result.problem));
            setSaved(contest.name[lang]);
            return null;
          }}
        />
      ) : (
        <>
          <textarea
            data-testid="first-run-paste"
            aria-label={t(lang, 'popup.pasteHere')}
            placeholder={t(lang, 'popup.pasteHere')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button
            type="button"
            className="gsc-button"
            data-testid="first-run-read"
            disabled={!text.trim()}
            onClick={() => setDraft(readAnnouncement(text, { now: Date.now(), lang }))}
          >
            {t(lang, 'review.read')}
          </button>
        </>
      )}
    </section>
  );
}
