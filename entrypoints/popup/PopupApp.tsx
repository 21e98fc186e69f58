import { useMemo } from 'react';
import { Countdown } from '../../components/Countdown';
import { useNow } from '../../components/hooks';
import { BUILTIN_CONTESTS, DEFAULT_CONTEST_ID, findContest } from '../../lib/contests';
import { describeCountdown } from '../../lib/format/time';
import { pickLang } from '../../lib/i18n';

/** Popup container: owns the clock and the language; the components only draw. */
export function PopupApp() {
  const lang = useMemo(() => pickLang(navigator.languages), []);
  const contest = findContest(DEFAULT_CONTEST_ID) ?? BUILTIN_CONTESTS[0];
  const now = useNow();
  const view = describeCountdown(contest, now, lang);
  const theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return (
    <main className="gsc-root popup" data-theme={theme} lang={lang}>
      <Countdown view={view} />
    </main>
  );
}
