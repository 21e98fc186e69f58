import { useRef, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { useLive, type Live } from '../../../components/hooks';
import { PublishGuard } from '../../../components/PublishGuard';
import { findPublishButton, isPublishButton } from '../../../lib/host/composer';
import { t, type Lang, type Msg } from '../../../lib/i18n';
import type { Checklist } from '../../../lib/rules';
import { openItems } from '../../../lib/rules/summary';
import { useLifetimeEffect } from '../feature';
import type { HostFrame } from '../use-host';

export interface PublishGuardFeatureProps {
  ctx: ContentScriptContext;
  lang: Lang;
  host: HostFrame;
  /** The guard is on in the options. */
  enabled: boolean;
  /** The draft's checklist: its failing required items, and those still waiting (a required screenshot being read). */
  checklists: Live<Checklist>;
  say: (msg: Msg) => string;
  /** The draft these answers belong to (use-draft.ts): a new draft is asked about afresh. */
  draftKey: string;
  /** The question is in the panel's body: a collapsed panel or a closed pill opens to ask it. */
  onAsk: () => void;
}

/** Each required item that fails, and each still waiting, said: one line each. */
function openLines(checklist: Checklist, say: (msg: Msg) => string): { failing: string[]; waiting: string[] } {
  const { failing, waiting } = openItems(checklist);
  return { failing: failing.map(say), waiting: waiting.map(say) };
}
const sameLines = (a: { failing: string[]; waiting: string[] }, b: { failing: string[]; waiting: string[] }) =>
  a.failing.join('\n') === b.failing.join('\n') && a.waiting.join('\n') === b.waiting.join('\n');

/**
 * "Publish anyway?": the composer's own 发布, pressed while a required item fails or is still being
 * read, waits for the writer's answer once per draft. It never blocks for good (after "publish
 * anyway" the writer's own next press goes through: the extension never clicks for them) and only
 * the composer's own button is guarded, found in its bar whatever the order of the bar's children.
 */
export function PublishGuardFeature({ ctx, lang, host, enabled, checklists, say, draftKey, onAsk }: PublishGuardFeatureProps) {
  // Drawn again when the list of what fails changes, not on every keystroke.
  const { failing, waiting } = useLive(checklists, (c) => openLines(c, say), sameLines);
  const [question, setQuestion] = useState<{ button: HTMLElement; draftKey: string } | null>(null);
  const [pressAgain, setPressAgain] = useState<string | null>(null);
  /** Per draft: asked already, and let through once after "publish anyway". */
  const answers = useRef(new Map<string, { asked: boolean; letThrough: boolean }>());
  const live = useRef({ enabled, host, draftKey, open: false, onAsk, checklists, say });
  live.current = { ...live.current, enabled, host, draftKey, onAsk, checklists, say };
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
          const { host: h, enabled: on, draftKey: key, open } = live.current;
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
          if (!on || !h.editor || a.asked) return;
          // The checklist as it stands at the press (the text may have changed since the last drawing).
          const { failing: f, waiting: w } = openLines(live.current.checklists.get(), live.current.say);
          if (f.length === 0 && w.length === 0) return;
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
