import { useRef, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Live } from '../../../components/hooks';
import type { Contest } from '../../../lib/contests';
import { entryFromChecklist } from '../../../lib/entries/entry';
import { fingerprintText } from '../../../lib/entries/normalise';
import { publishOutcome, PUBLISH_WAIT_MS } from '../../../lib/entries/publish';
import { findPublishButton, isPublishButton } from '../../../lib/host/composer';
import type { HostState } from '../../../lib/host/observer';
import { t, tm, type Lang } from '../../../lib/i18n';
import type { Checklist } from '../../../lib/rules';
import { addEntry, entryWriteProblemMsg } from '../../../lib/settings/entries';
import { useLifetimeEffect } from '../feature';

export interface EntryRecorderFeatureProps {
  ctx: ContentScriptContext;
  lang: Lang;
  /** The composer as read now (its text: at the press). */
  reading: Live<HostState>;
  contest: Contest;
  checklists: Live<Checklist>;
  /** The writer keeps the post's text with each entry (options); else only its fingerprint. */
  keepText: boolean;
}

/** How often the page is looked at while a press waits for its outcome. */
const LOOK_MS = 250;
/** Longest text of one dialog or toast that is read. */
const SHOWN_MAX = 200;

/**
 * An entry at 发布: when the composer's own 发布 goes through (a press the publish guard stopped is
 * no publish) and Gate then publishes (the composer empties, or its success toast shows), the draft
 * as it stood at the press is recorded locally: the contest, the time, the checklist and the text's
 * fingerprint (the text itself only if the writer keeps it). A login prompt, an error toast, or
 * nothing within PUBLISH_WAIT_MS records nothing. Reads the page, never changes it.
 */
export function EntryRecorderFeature({ ctx, lang, reading, contest, checklists, keepText }: EntryRecorderFeatureProps) {
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const live = useRef({ reading, contest, checklists, keepText, lang });
  live.current = { reading, contest, checklists, keepText, lang };

  useLifetimeEffect(
    ctx,
    (life) => {
      let pending: { at: number; box: Element; text: string; contest: Contest; checklist: Checklist; shown: string[]; observer: MutationObserver } | null =
        null;
      const stop = () => {
        pending?.observer.disconnect();
        pending = null;
      };
      life.signal.addEventListener('abort', stop, { once: true });
      const look = () => {
        if (!pending) return;
        const h = live.current.reading.get();
        const box = pending.box;
        const reading = h.box === box ? h.reading : null;
        const emptied = (h.box === box || !box.isConnected) && (reading?.text ?? '').trim() === '' && (reading?.chipTags.length ?? 0) === 0;
        const outcome = publishOutcome({ pressedAt: pending.at, now: Date.now(), emptied: emptied && box.isConnected, shown: pending.shown });
        if (outcome.state === 'waiting') return void life.setTimeout(look, LOOK_MS);
        const done = pending;
        stop();
        if (outcome.state === 'failed') return;
        void record(done.contest, done.checklist, done.text, done.at);
      };
      const record = async (c: Contest, list: Checklist, text: string, at: number) => {
        const fingerprint = await fingerprintText(text);
        const entry = entryFromChecklist({
          id: `${c.id}-${at.toString(36)}`,
          contest: c,
          checklist: list,
          publishedAt: at,
          fingerprint,
          ...(live.current.keepText ? { text } : {}),
        });
        const saved = await addEntry(entry).catch(() => null);
        if (life.signal.aborted) return;
        const l = live.current.lang;
        if (saved?.ok) setNotice({ kind: 'ok', text: t(l, 'entries.recorded', { name: c.name[l] }) });
        else setNotice({ kind: 'error', text: saved ? tm(l, entryWriteProblemMsg(saved.problem)) : t(l, 'entries.recordFailed') });
      };
      // Bubbling: a press the publish guard stopped (in the capture phase) never arrives here.
      life.listen<MouseEvent>(window, 'click', (event) => {
        const h = live.current.reading.get();
        const { contest: c } = live.current;
        const button = isPublishButton(event.target);
        if (!button || !event.isTrusted || event.defaultPrevented) return;
        if (!h.box || !h.box.contains(button) || findPublishButton(h.box) !== button || !h.reading) return;
        stop();
        const shown: string[] = [];
        // What the page shows after the press: dialogs and toasts (new nodes), read once each.
        const observer = new MutationObserver((records) => {
          for (const r of records)
            for (const node of r.addedNodes) {
              const text = (node.textContent ?? '').trim();
              if (text && text.length <= SHOWN_MAX * 4 && !h.box?.contains(node)) shown.push(text.slice(0, SHOWN_MAX));
            }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        pending = { at: Date.now(), box: h.box, text: h.reading.text, contest: c, checklist: live.current.checklists.get(), shown, observer };
        life.setTimeout(look, LOOK_MS);
        life.setTimeout(() => pending && look(), PUBLISH_WAIT_MS + LOOK_MS);
      });
    },
    [],
  );

  return notice ? (
    <p className={notice.kind === 'ok' ? 'gsc-notice' : 'gsc-notice gsc-error'} role="status" data-testid="entry-recorded">
      {notice.text}
    </p>
  ) : null;
}
