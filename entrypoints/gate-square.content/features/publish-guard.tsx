import { useRef, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PublishGuard } from '../../../components/PublishGuard';
import { findPublishButton, isPublishButton } from '../../../lib/host/composer';
import type { HostState } from '../../../lib/host/observer';
import { t, type Lang } from '../../../lib/i18n';
import { useLifetimeEffect } from '../feature';

export interface PublishGuardFeatureProps {
  ctx: ContentScriptContext;
  lang: Lang;
  host: HostState;
  /** The guard is on in the options. */
  enabled: boolean;
  /** Each failing required item, said. */
  failing: string[];
  /** Each required item still waiting (a required screenshot being read), said. */
  waiting: string[];
  /** The draft these answers belong to (use-draft.ts): a new draft is asked about afresh. */
  draftKey: string;
  /** The question is in the panel's body: a collapsed panel or a closed pill opens to ask it. */
  onAsk: () => void;
}

/**
 * "Publish anyway?": the composer's own 发布, pressed while a required item fails or is still being
 * read, waits for the writer's answer once per draft. It never blocks for good (after "publish
 * anyway" the writer's own next press goes through: the extension never clicks for them) and only
 * the composer's own button is guarded, found in its bar whatever the order of the bar's children.
 */
export function PublishGuardFeature({ ctx, lang, host, enabled, failing, waiting, draftKey, onAsk }: PublishGuardFeatureProps) {
  const [question, setQuestion] = useState<{ button: HTMLElement; draftKey: string } | null>(null);
  const [pressAgain, setPressAgain] = useState<string | null>(null);
  /** Per draft: asked already, and let through once after "publish anyway". */
  const answers = useRef(new Map<string, { asked: boolean; letThrough: boolean }>());
  const live = useRef({ enabled, failing, waiting, host, draftKey, open: false, onAsk });
  live.current = { ...live.current, enabled, failing, waiting, host, draftKey, onAsk };
  const answer = (key: string) => {
    let a = answers.current.get(key);
    if (!a) answers.current.set(key, (a = { asked: false, letThrough: false }));
    return a;
  };

  useLifetimeEffect(
    ctx,
    (life) => {
      life.listen<MouseEvent>(
        window,
        'click',
        (event) => {
          const { host: h, enabled: on, failing: f, waiting: w, draftKey: key, open } = live.current;
          const button = isPublishButton(event.target);
          // Only the composer's own button: a reply box's 发布 or "Send" is no post to the contest.
          if (!button || !h.box || !h.box.contains(button) || findPublishButton(h.box) !== button) return;
          const stop = () => {
            event.preventDefault();
            event.stopImmediatePropagation();
          };
          // The question is up and unanswered: every press waits for the answer (a double click too).
          if (open) return stop();
          const a = answer(key);
          // The writer's own press after "publish anyway": through, whether or not Gate re-rendered the button.
          if (a.letThrough && event.isTrusted) {
            a.letThrough = false;
            setPressAgain(null);
            return;
          }
          if (!on || !h.editor || (f.length === 0 && w.length === 0) || a.asked) return;
          stop();
          a.asked = true;
          live.current.open = true;
          setQuestion({ button, draftKey: key });
          live.current.onAsk();
        },
        { capture: true },
      );
    },
    [],
  );

  // Another draft (published, emptied, another box or page): its question and notice go.
  if (question && question.draftKey !== draftKey) {
    live.current.open = false;
    setQuestion(null);
  }
  if (pressAgain !== null && pressAgain !== draftKey) setPressAgain(null);

  if (question) {
    const reading = waiting.length > 0;
    return (
      <PublishGuard
        question={t(lang, reading && failing.length === 0 ? 'guard.questionReading' : 'guard.question')}
        failing={[...failing, ...waiting.map((line) => t(lang, 'guard.stillReading', { item: line }))]}
        publishLabel={t(lang, 'guard.publish')}
        keepEditingLabel={t(lang, 'guard.keepEditing')}
        onKeepEditing={() => {
          live.current.open = false;
          setQuestion(null);
          host.editor?.focus();
        }}
        onPublish={() => {
          // No synthetic click on the host's button: the writer presses it again themselves.
          live.current.open = false;
          answer(question.draftKey).letThrough = true;
          setQuestion(null);
          setPressAgain(question.draftKey);
          (question.button.isConnected ? question.button : host.box ? findPublishButton(host.box) : null)?.focus();
        }}
      />
    );
  }
  return pressAgain === draftKey ? (
    <p className="gsc-notice" role="status" data-testid="press-again">
      {t(lang, 'guard.pressAgain')}
    </p>
  ) : null;
}
