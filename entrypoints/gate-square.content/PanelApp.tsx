import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel } from '../../components/Panel';
import { useNow } from '../../components/hooks';
import { BUILTIN_CONTESTS, type Contest } from '../../lib/contests';
import { chooseContest, contestState } from '../../lib/contests/tracked';
import { locatorFor, type ElementLocator } from '../../lib/host/locator';
import { hostTheme } from '../../lib/host/theme';
import { pageLanguage } from '../../lib/host/url';
import { pickLang, t, tm, type Msg } from '../../lib/i18n';
import type { OcrClient } from '../../lib/ocr/client';
import { hintFromLocale } from '../../lib/ocr/langs';
import { buildChecklist } from '../../lib/rules';
import { missingTags } from '../../lib/rules/fixes';
import { pillSummary, summarizeChecklist } from '../../lib/rules/summary';
import type { Settings } from '../../lib/settings/schema';
import { draftItem, saveComposerPick } from '../../lib/settings/storage';
import { extractHashtags } from '../../lib/text/hashtags';
import { Feature } from './feature';
import { ChecklistFeature } from './features/checklist';
import { ComposerPickerFeature } from './features/composer-picker';
import { ContestSwitcherFeature } from './features/contest-switcher';
import { pillText, useDock } from './features/dock';
import { PublishGuardFeature } from './features/publish-guard';
import { ReportFeature } from './features/report';
import { EntryRecorderFeature } from './features/entry-recorder';
import { PublishedCheckFeature } from './features/published-check';
import { TrackOfferFeature } from './features/track-offer';
import { useDraftKey } from './use-draft';
import { useHost } from './use-host';
import { useImageStates } from './use-image-states';
import { useOcrWarmUp } from './use-ocr-warm-up';

// Features whose props a keystroke does not change skip the keystroke's render (the keystroke path:
// tests/e2e/latency.spec.ts).
const PublishedCheck = memo(PublishedCheckFeature);
const TrackOffer = memo(TrackOfferFeature);
const ContestSwitcher = memo(ContestSwitcherFeature);
const ComposerPicker = memo(ComposerPickerFeature);

export interface PanelAppProps {
  /** WXT's content-script context: every feature's lifetime derives from it. */
  ctx: ContentScriptContext;
  /** The page's URL (SPA navigation changes it without a reload). */
  url: string;
  /** The contests the writer tracks (the built-in examples are added here). */
  tracked: Contest[];
  /** The composer the writer pointed at on this host, if any. */
  composerPick?: ElementLocator;
  settings: Settings;
  onHideOnSite: () => void;
  /** Our own shadow host, never taken for the host's editor. */
  isOwnElement: (el: Element) => boolean;
  ocr: OcrClient;
}

/**
 * The in-page panel: the shared state every feature reads (the composer, the draft, the contest
 * it is for, its checklist, the one ticking clock) and the layout of the features, each in its own
 * file and error boundary (feature.tsx).
 */
export function PanelApp({ ctx, url, tracked, composerPick, settings, onHideOnSite, isOwnElement, ocr }: PanelAppProps) {
  const lang = useMemo(() => pickLang(navigator.languages), []);
  const now = useNow();
  const { host, pickedNow } = useHost(ctx, isOwnElement, composerPick);
  const draftKey = useDraftKey(host, url);
  const [collapsed, setCollapsed] = useState(false);
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const [offered, setOffered] = useState(false);

  // The contest the draft is for: the writer's choice for this draft, else its own tags.
  const [choices, setChoices] = useState<Record<string, string>>({});
  const draftText = host.reading?.text ?? '';
  const tagKey = useMemo(
    () => [...extractHashtags(draftText).map((h) => h.raw), ...(host.reading?.chipTags ?? [])].join('\n'),
    [draftText, host.reading?.chipTags],
  );
  // Keystrokes that change no tag (most of them) leave the choice as it was.
  const draftTags = useMemo(() => (tagKey ? tagKey.split('\n') : []), [tagKey]);
  // Chosen again when a contest changes state (opens, closes: to the second), not on every tick.
  const states = useMemo(() => [...tracked, ...BUILTIN_CONTESTS].map((c) => contestState(c, now)).join(), [tracked, now]);
  const chosenId = choices[draftKey];
  const choice = useMemo(
    () => chooseContest({ tracked, builtin: BUILTIN_CONTESTS, draftTags, chosenId, now }),
    // `states` stands for `now` here: the choice changes only when a contest's state does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tracked, draftTags, chosenId, states],
  );
  const contest = choice.contest;

  // Screenshots are read in the page's language (Gate's /zh-tw/, /zh/ … or <html lang>) unless the
  // writer chose one in the options; parsed again only when the address or <html lang> changes.
  const href = location.href;
  const htmlLang = document.documentElement.lang;
  const langHint = useMemo(
    () => (settings.ocrLanguages !== 'auto' ? settings.ocrLanguages : hintFromLocale(pageLanguage(href, htmlLang))),
    [settings.ocrLanguages, href, htmlLang],
  );
  const { states: images, retry: retryImage, confirm: confirmImage } = useImageStates(host.images, ocr, contest.screenshot, langHint);
  // The writer is writing for a contest that takes screenshots: the OCR engine starts meanwhile.
  useOcrWarmUp(ocr, contest.screenshot, langHint, host.editor !== null, host.reading?.text);
  const checklist = useMemo(
    () => buildChecklist({ text: draftText, tags: host.reading?.chipTags ?? [], images }, contest, now),
    [draftText, host.reading?.chipTags, images, contest, now],
  );

  // The draft's facts (never its text) for the popup and the deadline notifications.
  const summary = JSON.stringify(host.editor ? summarizeChecklist(checklist) : null);
  useEffect(() => {
    if (summary === 'null') return;
    const timer = setTimeout(() => {
      const facts = JSON.parse(summary) as ReturnType<typeof summarizeChecklist>;
      void draftItem.setValue({ contestId: contest.id, url: location.href, updatedAt: Date.now(), ...facts }).catch(() => undefined); // the extension was reloaded under us
    }, 800);
    return () => clearTimeout(timer);
  }, [summary, contest.id]);

  // Every render says each item's message again, mostly the same words: said once per message.
  const say = useMemo(() => {
    const said = new Map<string, string>();
    return (msg: Msg) => {
      const key = msg.params ? `${msg.key}\u0000${JSON.stringify(msg.params)}` : msg.key;
      let text = said.get(key);
      if (text === undefined) {
        if (said.size >= 500) said.clear();
        text = tm(lang, msg);
        said.set(key, text);
      }
      return text;
    };
  }, [lang]);
  const theme = useMemo(() => hostTheme(host.editor), [host.editor, Math.floor(now / 2000)]); // eslint-disable-line react-hooks/exhaustive-deps
  const missing = missingTags(checklist);
  const required = checklist.items.filter((i) => i.required);
  const failing = required.filter((i) => i.status === 'fail').map((i) => say(i.message));
  const waiting = required.filter((i) => i.status === 'pending').map((i) => say(i.message));

  const { placement, pillRef } = useDock(ctx, host, { open, picking, isOwnElement });
  const pill = host.editor ? pillText(lang, pillSummary(checklist)) : null;
  const onAsk = useCallback(() => {
    setCollapsed(false);
    setOpen(true);
  }, []);
  const onPick = useCallback((el: HTMLElement) => void saveComposerPick(location.hostname, locatorFor(el)), []);
  const onForget = useCallback(() => void saveComposerPick(location.hostname, null), []);
  const onChoose = useCallback((id: string) => setChoices((c) => ({ ...c, [draftKey]: id })), [draftKey]);

  return (
    <Panel
      title={`${t(lang, 'panel.title')} · ${contest.name[lang]}`}
      theme={theme}
      lang={lang}
      placement={placement}
      collapsed={collapsed}
      collapseLabel={t(lang, 'panel.collapse')}
      expandLabel={t(lang, 'panel.expand')}
      onToggle={() => setCollapsed((c) => !c)}
      pillText={pill ?? t(lang, 'panel.title')}
      pillLabel={t(lang, 'pill.open', { summary: pill ?? say(checklist.message) })}
      closeLabel={t(lang, 'pill.close')}
      pillOpen={open}
      onPill={setOpen}
      pillRef={pillRef}
    >
      <p className="gsc-visually-hidden" aria-live="polite" data-testid="live-summary">
        {say(checklist.message)}
      </p>
      <Feature name="publish-guard">
        <PublishGuardFeature
          ctx={ctx}
          lang={lang}
          host={host}
          enabled={settings.publishGuard}
          failing={failing}
          waiting={waiting}
          draftKey={draftKey}
          onAsk={onAsk}
        />
      </Feature>
      <Feature name="entry-recorder">
        <EntryRecorderFeature ctx={ctx} lang={lang} host={host} contest={contest} checklist={checklist} keepText={settings.keepEntryText} />
      </Feature>
      <Feature name="published-check">
        <PublishedCheck lang={lang} url={url} tracked={tracked} isOwnElement={isOwnElement} />
      </Feature>
      <Feature name="track-offer">
        <TrackOffer ctx={ctx} lang={lang} url={url} tracked={tracked} isOwnElement={isOwnElement} onPresence={setOffered} />
      </Feature>
      {host.editor ? (
        <Feature name="contest-switcher">
          <ContestSwitcher lang={lang} choice={choice} onChoose={onChoose} />
        </Feature>
      ) : null}
      {host.editor ? (
        <Feature name="checklist">
          <ChecklistFeature
            lang={lang}
            host={host}
            checklist={checklist}
            contest={contest}
            missingTags={missing}
            say={say}
            onRetryImage={retryImage}
            onConfirmImage={confirmImage}
          />
        </Feature>
      ) : offered ? null : (
        <p className="gsc-notice" data-testid="no-editor">
          {t(lang, composerPick ? 'picker.missing' : 'panel.noEditor')}{' '}
          <button type="button" className="gsc-fix" data-testid="pick-composer-empty" onClick={() => setPicking(true)}>
            {t(lang, 'picker.choose')}
          </button>
        </p>
      )}
      <footer className="gsc-panel-foot">
        <Feature name="composer-picker">
          <ComposerPicker
            ctx={ctx}
            lang={lang}
            picking={picking}
            setPicking={setPicking}
            isOwnElement={isOwnElement}
            onPick={onPick}
            onForget={onForget}
            hasEditor={host.editor !== null}
            hasPick={composerPick !== undefined}
          />
        </Feature>
        <Feature name="report">
          <ReportFeature lang={lang} host={host} pickedNow={pickedNow} />
        </Feature>
        <button type="button" className="gsc-link-button" onClick={onHideOnSite} data-testid="hide-on-site">
          {t(lang, 'panel.hideOnSite')}
        </button>
      </footer>
    </Panel>
  );
}
