import { useEffect, useMemo, useState } from 'react';
import { Countdown } from '../../components/Countdown';
import { DraftStatus, type DraftStatusProps } from '../../components/DraftStatus';
import { PrizeTable } from '../../components/PrizeTable';
import { useNow } from '../../components/hooks';
import { findContest, DEFAULT_CONTEST_ID, type Contest } from '../../lib/contests';
import { describeCountdown } from '../../lib/format/time';
import { isSquarePostUrl } from '../../lib/host/url';
import { formatNumber, pickLang, t, tm } from '../../lib/i18n';
import '../../lib/rules'; // registers the rule messages a draft's summary uses
import { draftItem, loadActiveContest, loadCustomContests, loadDraft, loadSettings, saveSettings, type DraftState } from '../../lib/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';

const COMPOSER = { 'zh-Hant': 'https://www.gate.com/zh-tw/post', 'zh-Hans': 'https://www.gate.com/zh/post', en: 'https://www.gate.com/post' };

interface Loaded {
  contest: Contest;
  settings: Settings;
  notices: string[];
  draft: DraftState | null;
  tabUrl: string | null;
}

/** Popup container: owns the clock, the language and the storage reads; the components only draw. */
export function PopupApp() {
  const lang = useMemo(() => pickLang(navigator.languages), []);
  const now = useNow();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  const [version, setVersion] = useState(0);
  // The draft and the active tab change while the popup is open (a second window, a detached popup).
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const unwatch = draftItem.watch(bump);
    browser.tabs.onActivated.addListener(bump);
    return () => {
      unwatch();
      browser.tabs.onActivated.removeListener(bump);
    };
  }, []);

  useEffect(() => {
    void (async () => {
      const [contest, settingsRead, custom, draft, [tab]] = await Promise.all([
        loadActiveContest(),
        loadSettings(),
        loadCustomContests(),
        loadDraft(),
        browser.tabs.query({ active: true, currentWindow: true }),
      ]);
      const notices = [
        ...(settingsRead.problem ? [t(lang, 'settings.corrupt')] : []),
        ...(custom.dropped > 0 ? [t(lang, 'settings.droppedContests', { n: custom.dropped })] : []),
      ];
      setLoaded({ contest, settings: settingsRead.settings, notices, draft, tabUrl: tab?.url ?? null });
    })().catch(() => {
      // Storage unreadable: still show the built-in contest's countdown, never a blank popup.
      const contest = findContest(DEFAULT_CONTEST_ID)!;
      setLoaded({ contest, settings: DEFAULT_SETTINGS, notices: [t(lang, 'settings.corrupt')], draft: null, tabUrl: null });
    });
  }, [lang, version]);

  if (!loaded) return <main className="gsc-root popup" />;
  const { contest, settings, notices, draft, tabUrl } = loaded;
  const view = describeCountdown(contest, now, lang);
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
        onClick: () => void saveSettings({ disabledHosts: settings.disabledHosts.filter((h) => h !== host) }).then(() => window.close()),
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
      <Countdown view={view} />
      <DraftStatus {...status} />
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
