import { useCallback, useMemo, useRef, useState } from 'react';
import { ChecklistView, type ChecklistLabels } from '../../../components/ChecklistView';
import { useLive, type Live } from '../../../components/hooks';
import type { Contest, ScreenshotKind } from '../../../lib/contests';
import { applyEdit, appendEdit, chipEdit, type EditResult } from '../../../lib/host/edit';
import type { HostState } from '../../../lib/host/observer';
import { t, type Lang, type Msg } from '../../../lib/i18n';
import type { Checklist, NearMissDetail } from '../../../lib/rules';
import { missingTags as missingTagsOf } from '../../../lib/rules/fixes';
import { useFeatureFail } from '../feature';

export interface ChecklistFeatureProps {
  lang: Lang;
  /** The composer as read now: a fix edits the text as it is at the click. */
  live: Live<HostState>;
  checklists: Live<Checklist>;
  contest: Contest;
  say: (msg: Msg) => string;
  onRetryImage: (id: string) => void;
  onConfirmImage: (id: string, kind: ScreenshotKind | null) => void;
}

/**
 * The checklist and its one-click fixes. A fix edits the box the panel shows (the host state's
 * editor), never the box the writer last clicked: a reply box never takes a fix. Drawn from the
 * live checklist: a keystroke redraws the rows it changed.
 */
export function ChecklistFeature({ lang, live, checklists, contest, say, onRetryImage, onConfirmImage }: ChecklistFeatureProps) {
  const [fixProblem, setFixProblem] = useState<string>();
  const fail = useFeatureFail();
  const checklist = useLive(checklists, (c) => c);
  const missingKey = missingTagsOf(checklist).join('\n');
  const missingTags = useMemo(() => (missingKey ? missingKey.split('\n') : []), [missingKey]);
  /** `chip`: the topic a fix replaces (a chip), named in what the writer is told to do by hand. */
  const apply = (pending: Promise<EditResult>, fix: string, chip?: string) =>
    void pending.then((result) => {
      const say = (key: string) => t(lang, chip === undefined ? key : key.replace('fix.', 'fix.chip.'), { fix, found: chip ?? '' });
      if (result.ok) setFixProblem(undefined);
      else if (result.reason === 'stale') setFixProblem(t(lang, 'fix.stale', { fix }));
      // Taken back by the editor's own undo: nothing changed, the writer types it.
      else if (result.reason === 'unverified' && result.reverted) setFixProblem(say('fix.undone'));
      else if (result.reason === 'unverified') setFixProblem(say('fix.unverified'));
      else setFixProblem(say('fix.refused'));
    }, fail);
  const onReplace = (miss: NearMissDetail) => {
    const host = live.get();
    if (!host.editor || !host.reading) return;
    if (miss.source === 'chip' && miss.chip !== undefined) {
      // A chosen topic: the whole chip goes, the tag as it must be written takes its place.
      const edit = chipEdit(host.reading, miss.chip, miss.fix);
      if (edit) apply(applyEdit(host.editor, host.reading.text, edit), miss.fix, miss.shown);
      else setFixProblem(t(lang, 'fix.stale', { fix: miss.fix }));
      return;
    }
    if (miss.start === undefined || miss.end === undefined) return;
    apply(applyEdit(host.editor, host.reading.text, { start: miss.start, end: miss.end, insert: miss.fix }), miss.fix);
  };
  const onInsertTags = () => {
    const host = live.get();
    if (!host.editor || !host.reading) return;
    const edit = appendEdit(host.reading.text, missingTags, host.reading.chips);
    apply(applyEdit(host.editor, host.reading.text, edit), edit.insert.trim());
  };
  // The rows are drawn again only when their item changes: their handlers keep one identity.
  const handlers = useRef({ onReplace, onInsertTags });
  handlers.current = { onReplace, onInsertTags };
  const replace = useCallback((miss: NearMissDetail) => handlers.current.onReplace(miss), []);
  const insertTags = useCallback(() => handlers.current.onInsertTags(), []);
  const token = contest.screenshot.token.symbols[0] ?? '';
  const labels: ChecklistLabels = useMemo(
    () => ({
      statusText: {
        pass: t(lang, 'status.pass'),
        fail: t(lang, 'status.fail'),
        warn: t(lang, 'status.warn'),
        pending: t(lang, 'status.pending'),
        info: t(lang, 'status.info'),
      },
      insertTags: t(lang, 'fix.insertTags'),
      replaceWith: (fix: string) => t(lang, 'fix.replaceWith', { fix }),
      evidence: t(lang, 'panel.evidence'),
      retryImage: t(lang, 'panel.image.retry'),
      mine: {
        deposit: t(lang, 'panel.image.mine.deposit', { token }),
        trade: t(lang, 'panel.image.mine.trade', { token }),
        candydrop: t(lang, 'panel.image.mine.candydrop', { token }),
        staking: t(lang, 'panel.image.mine.staking', { token }),
      },
      notMine: t(lang, 'panel.image.notMine'),
    }),
    [lang, token],
  );
  return (
    <>
      <p className={`gsc-summary status-${checklist.status}`} data-testid="summary">
        {say(checklist.message)}
      </p>
      <ChecklistView
        checklist={checklist}
        say={say}
        labels={labels}
        missingTags={missingTags}
        onInsertTags={insertTags}
        onReplace={replace}
        onRetryImage={onRetryImage}
        onConfirmImage={onConfirmImage}
        fixProblem={fixProblem}
      />
    </>
  );
}
