import { useEffect, useState } from 'react';
import { t, tm } from '../../lib/i18n';
import { entryWriteProblemMsg, forgetAllEntries } from '../../lib/settings/entries';
import { revokeOptionalGrants } from '../../lib/settings/permissions';
import { resetAll } from '../../lib/settings/storage';
import type { Feedback, OptionsWrites } from './shared';

export interface ResetSectionProps {
  setFeedback: (feedback: Feedback) => void;
  writes: OptionsWrites;
}

/** Back to a fresh install: every tracked contest, setting, entry and optional grant goes. */
export function ResetSection({ setFeedback, writes }: ResetSectionProps) {
  const { lang, say, setWriteProblem, reload } = writes;
  /** The reset asks to be pressed twice: it deletes every tracked contest and setting. */
  const [confirmReset, setConfirmReset] = useState(false);
  useEffect(() => {
    if (!confirmReset) return;
    const timer = setTimeout(() => setConfirmReset(false), 6_000);
    return () => clearTimeout(timer);
  }, [confirmReset]);

  const reset = async () => {
    if (!confirmReset) return setConfirmReset(true);
    setConfirmReset(false);
    const done = await resetAll();
    if (!done.ok) return setWriteProblem(say(done.problem));
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
  };

  return (
    <>
      <h2>{t(lang, 'options.reset')}</h2>
      <button type="button" className="gsc-button" data-testid="reset" onClick={() => void reset()}>
        {confirmReset ? t(lang, 'options.resetConfirm') : t(lang, 'options.reset')}
      </button>
    </>
  );
}
