import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNow } from '../../components/hooks';
import { BUILTIN_CONTESTS, type Contest } from '../../lib/contests';
import { listContests } from '../../lib/contests/tracked';
import '../../lib/rules'; // registers the kind names the review shows
import { pickLang, registerMessages, t, tm, type Lang } from '../../lib/i18n';
import { OPTIONS_MESSAGES } from '../../lib/i18n/messages/options';
import { dropEntryTexts, entryWriteProblemMsg } from '../../lib/settings/entries';
import type { Settings } from '../../lib/settings/schema';
import {
  customContestsItem,
  loadCustomContests,
  loadSettings,
  saveSettings,
  settingsItem,
  writeProblemMsg,
  type WriteProblem,
} from '../../lib/settings/storage';
import { AddContestSection } from './AddContestSection';
import { ContestsSection } from './ContestsSection';
import { EntriesSection } from './EntriesSection';
import { ResetSection } from './ResetSection';
import { SettingsSection } from './SettingsSection';
import type { Feedback, OptionsWrites, UpdateSettings } from './shared';
import { SitesSection } from './SitesSection';

registerMessages(OPTIONS_MESSAGES);

/**
 * The options page container: reads and writes storage; every write is validated first, and a
 * write the browser refuses (storage full, too many writes) is said in the writer's language
 * while the form keeps what they typed. It holds what the sections share and lays them out.
 */
export function OptionsApp() {
  const lang: Lang = useMemo(() => pickLang(navigator.languages), []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [custom, setCustom] = useState<Contest[]>([]);
  const now = useNow();
  const [feedback, setFeedback] = useState<Feedback>(null);
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

  if (!settings) return <main className="gsc-root options" />;
  const entries = listContests(custom, BUILTIN_CONTESTS, now);
  const writes: OptionsWrites = { lang, say: (problem: WriteProblem) => tm(lang, writeProblemMsg(problem)), setWriteProblem, reload };
  const update: UpdateSettings = async (patch) => {
    const saved = await saveSettings(patch);
    if (!saved.ok) {
      setWriteProblem(writes.say(saved.problem));
      return false;
    }
    setWriteProblem('');
    setSettings(saved.value);
    return true;
  };
  /** Keeping the entries' text turned off also deletes the texts kept so far. */
  const keepEntryText = async (on: boolean) => {
    if (!(await update({ keepEntryText: on })) || on) return;
    const dropped = await dropEntryTexts();
    if (!dropped.ok) setWriteProblem(tm(lang, entryWriteProblemMsg(dropped.problem)));
  };

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

      <ContestsSection entries={entries} writes={writes} />
      <AddContestSection tracked={custom} feedback={feedback} setFeedback={setFeedback} writes={writes} />
      <EntriesSection
        lang={lang}
        now={now}
        contests={entries.map((e) => e.contest)}
        keepText={settings.keepEntryText}
        onKeepText={(on) => void keepEntryText(on)}
      />
      <SettingsSection lang={lang} settings={settings} update={update} />
      <SitesSection settings={settings} setSettings={setSettings} update={update} writes={writes} />
      <ResetSection setFeedback={setFeedback} writes={writes} />
    </main>
  );
}
