import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel } from '../../components/Panel';
import { useLive, useNow, type Live } from '../../components/hooks';
import { BUILTIN_CONTESTS, type Contest } from '../../lib/contests';
import { chooseContest, contestState } from '../../lib/contests/tracked';
import { locatorFor, type ElementLocator } from '../../lib/host/locator';
import { hostTheme } from '../../lib/host/theme';
import { pageLanguage } from '../../lib/host/url';
import { pickLang, t, tm, type Lang, type Msg } from '../../lib/i18n';
import type { OcrClient } from '../../lib/ocr/client';
import { hintFromLocale } from '../../lib/ocr/langs';
import type { HostState } from '../../lib/host/observer';
import type { Checklist } from '../../lib/rules';
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
import { useLiveChecklist } from './use-checklist';
import { isEmptyDraft, useDraftKey } from './use-draft';
import { useHost } from './use-host';
import { useImageStates } from './use-image-states';
import { useOcrWarmUp } from './use-ocr-warm-up';

// A keystroke draws none of these: the panel itself is drawn again only when the box, its pictures,
// the draft's tags or the clock change; what the text changes is read live where it is drawn (the
// checklist's rows, the pill, the spoken summary, the publish guard's list). The keystroke path:
// tests/e2e/latency.spec.ts.
const PublishedCheck = memo(PublishedCheckFeature);
const TrackOffer = memo(TrackOfferFeature);
const ContestSwitcher = memo(ContestSwitcherFeature);
const ComposerPicker = memo(ComposerPickerFeature);

/** The draft's tags (written and chosen as topics), one per line: the contest it is for follows them. */
function tagKeyOf(host: HostState): string {
  return [...extractHashtags(host.reading?.text ?? '').map((h) => h.raw), ...(host.reading?.chipTags ?? [])].join('\n');
}

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
  const { host, live, pickedNow } = useHost(ctx, isOwnElement, composerPick);
  const emptyDraft = useLive(live, isEmptyDraft);
  const draftKey = useDraftKey(host.editor, emptyDraft, url);
  const [collapsed, setCollapsed] = useState(false);
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const [offered, setOffered] = useState(false);

  // The contest the draft is for: the writer's choice for this draft, else its own tags.
  const [choices, setChoices] = useState<Record<string, string>>({});
  const tagKey = useLive(live, tagKeyOf);
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
  useOcrWarmUp(ocr, contest.screenshot, langHint, host.editor !== null, live);
  const checklists = useLiveChecklist(live, contest, images, now);
  useDraftFacts(checklists, contest.id, host.editor !== null);

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

  const { placement, pillRef } = useDock(ctx, host, live, { open, picking, isOwnElement });
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
      pill={<PillWords lang={lang} checklists={checklists} say={say} hasEditor={host.editor !== null} />}
      closeLabel={t(lang, 'pill.close')}
      pillOpen={open}
      onPill={setOpen}
      pillRef={pillRef}
    >
      <LiveSummary checklists={checklists} say={say} />
      <Feature name="publish-guard">
        <PublishGuardFeature
          ctx={ctx}
          lang={lang}
          host={host}
          enabled={settings.publishGuard}
          checklists={checklists}
          say={say}
          draftKey={draftKey}
          onAsk={onAsk}
        />
      </Feature>
      <Feature name="entry-recorder">
        <EntryRecorderFeature ctx={ctx} lang={lang} reading={live} contest={contest} checklists={checklists} keepText={settings.keepEntryText} />
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
            live={live}
            checklists={checklists}
            contest={contest}
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

/** The pill's words ("✗ 3 · 98 字 · 2 天 4 時") and what it says to a screen reader, drawn as the draft changes. */
function PillWords({ lang, checklists, say, hasEditor }: { lang: Lang; checklists: Live<Checklist>; say: (msg: Msg) => string; hasEditor: boolean }) {
  const [text, label] = useLive(
    checklists,
    (c): [string, string] => {
      const pill = hasEditor ? pillText(lang, pillSummary(c)) : null;
      return [pill ?? t(lang, 'panel.title'), t(lang, 'pill.open', { summary: pill ?? say(c.message) })];
    },
    (a, b) => a[0] === b[0] && a[1] === b[1],
  );
  return (
    <>
      <span aria-hidden="true">{text}</span>
      <span className="gsc-visually-hidden">{label}</span>
    </>
  );
}

/** The checklist's one-line state, for screen readers (a polite live region). */
function LiveSummary({ checklists, say }: { checklists: Live<Checklist>; say: (msg: Msg) => string }) {
  return (
    <p className="gsc-visually-hidden" aria-live="polite" data-testid="live-summary">
      {useLive(checklists, (c) => say(c.message))}
    </p>
  );
}

/**
 * The draft's facts (never its text) for the popup and the deadline notifications: stored once the
 * checklist has not changed for 800 ms, when they differ from the facts last stored. A keystroke
 * only notes its time (the facts are summed up once, at the end of the pause).
 */
const DRAFT_FACTS_PAUSE_MS = 800;

function useDraftFacts(checklists: Live<Checklist>, contestId: string, hasEditor: boolean): void {
  useEffect(() => {
    if (!hasEditor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stored = '';
    let changedAt = 0;
    const store = () => {
      const wait = changedAt + DRAFT_FACTS_PAUSE_MS - Date.now();
      if (wait > 0) return void (timer = setTimeout(store, wait));
      timer = undefined;
      const facts = summarizeChecklist(checklists.get());
      const key = JSON.stringify(facts);
      if (key === stored) return;
      stored = key;
      void draftItem.setValue({ contestId, url: location.href, updatedAt: Date.now(), ...facts }).catch(() => undefined); // the extension was reloaded under us
    };
    const later = () => {
      changedAt = Date.now();
      timer ??= setTimeout(store, DRAFT_FACTS_PAUSE_MS);
    };
    later();
    const off = checklists.subscribe(later);
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [checklists, contestId, hasEditor]);
}
