import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { ChecklistView, type ChecklistLabels } from '../../components/ChecklistView';
import { ContestReview } from '../../components/ContestReview';
import { Panel } from '../../components/Panel';
import { PublishGuard } from '../../components/PublishGuard';
import { useNow } from '../../components/hooks';
import { BUILTIN_CONTESTS, type Contest } from '../../lib/contests';
import { chooseContest, contestState } from '../../lib/contests/tracked';
import { extractHashtags } from '../../lib/text/hashtags';
import { applyEdit, appendEdit, chipEdit, type EditResult } from '../../lib/host/edit';
import { locatorFor, resolveLocator, type ElementLocator } from '../../lib/host/locator';
import { findPublishButton, isPublishButton, observeHost, type HostState } from '../../lib/host/observer';
import { composerReport } from '../../lib/host/report';
import { hostTheme } from '../../lib/host/theme';
import { pageLanguage } from '../../lib/host/url';
import { pickLang, t, tm, type Msg } from '../../lib/i18n';
import { buildChecklist, type NearMissDetail } from '../../lib/rules';
import { missingTags } from '../../lib/rules/fixes';
import { summarizeChecklist } from '../../lib/rules/summary';
import { addCustomContest, draftItem, sameContest, saveComposerPick, saveDraftChoice, writeProblemMsg } from '../../lib/settings/storage';
import type { OcrClient } from '../../lib/ocr/client';
import { hintFromLocale } from '../../lib/ocr/langs';
import type { Settings } from '../../lib/settings/schema';
import { useAnnouncementOffer } from './use-announcement';
import { useImageStates } from './use-image-states';
import { useComposerPicker } from './use-picker';

const PANEL_WIDTH = 300;
const GAP = 12;

/**
 * Fixed coordinates beside the composer, never over it: right of it, else left, else below it,
 * else the bottom-right corner of the window. Its height ends above the window's bottom edge, so
 * the panel's own scrolling reaches all of it.
 */
function dock(rect: DOMRect | null): CSSProperties {
  if (!rect) return { right: GAP, bottom: GAP };
  const top = Math.max(GAP, Math.min(rect.top, window.innerHeight - 160));
  const fit = (t: number) => ({ top: t, maxHeight: Math.max(120, window.innerHeight - t - GAP) });
  if (rect.right + GAP + PANEL_WIDTH <= window.innerWidth) return { ...fit(top), left: rect.right + GAP };
  if (rect.left - GAP - PANEL_WIDTH >= 0) return { ...fit(top), left: rect.left - GAP - PANEL_WIDTH };
  if (rect.bottom + GAP + 120 <= window.innerHeight) {
    return { ...fit(rect.bottom + GAP), left: Math.max(GAP, Math.min(rect.left, window.innerWidth - PANEL_WIDTH - GAP)) };
  }
  return { right: GAP, bottom: GAP };
}

export interface PanelAppProps {
  signal: AbortSignal;
  /** The page's URL (SPA navigation changes it without a reload). */
  url: string;
  /** The contests the writer tracks (the built-in examples are added here). */
  tracked: Contest[];
  /** The writer's pick for the draft in the composer, if any. */
  chosenId?: string;
  /** The composer the writer pointed at on this host, if any. */
  composerPick?: ElementLocator;
  settings: Settings;
  onHideOnSite: () => void;
  /** Our own shadow host, never taken for the host's editor. */
  isOwnElement: (el: Element) => boolean;
  ocr: OcrClient;
}

function sameRect(a: DOMRect | null, b: DOMRect | null): boolean {
  if (!a || !b) return a === b;
  return a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
}

/** A lifetime that ends with the panel's mount or with the content script, whichever is first. */
function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort();
  else parent.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
  return child;
}

const EMPTY_HOST: HostState = { editor: null, box: null, reading: null, images: [], version: 0 };

/** The in-page container: owns the clock, the host observer, the docking and the fixes. */
/** How long a resolved composer pick is trusted before it is looked for again. */
const PICK_RECHECK_MS = 2000;

export function PanelApp({ signal, url, tracked, chosenId, composerPick, settings, onHideOnSite, isOwnElement, ocr }: PanelAppProps) {
  const lang = useMemo(() => pickLang(navigator.languages), []);
  const now = useNow();
  const [host, setHost] = useState<HostState>(EMPTY_HOST);
  const [collapsed, setCollapsed] = useState(false);
  const [rect, setRect] = useState<DOMRect | null>(null);
  const [fixProblem, setFixProblem] = useState<string>();
  const [guard, setGuard] = useState<HTMLElement | null>(null);
  /** The question is up and unanswered: every press of 發布 waits for the answer (a double click too). */
  const guardOpen = useRef(false);
  /** Asked about this draft already (until the composer is emptied or the page changes). */
  const guardAsked = useRef(false);
  /** After "publish anyway": the writer's own next click on this button goes through untouched. */
  const letThrough = useRef(false);
  const [pressAgain, setPressAgain] = useState(false);

  // The composer the writer pointed at: resolved again when it leaves the page, and at most every
  // PICK_RECHECK_MS otherwise (a better fit may have appeared: the composer opened beside a reply
  // box), never on every keystroke.
  const pickRef = useRef<{ locator?: ElementLocator; el: HTMLElement | null; at: number }>({ locator: composerPick, el: null, at: 0 });
  if (pickRef.current.locator !== composerPick) pickRef.current = { locator: composerPick, el: null, at: 0 };
  const preferred = useCallback(() => {
    const pick = pickRef.current;
    if (!pick.locator) return null;
    const t = performance.now();
    if (!pick.el?.isConnected || t - pick.at > PICK_RECHECK_MS) {
      pick.el = resolveLocator(document, pick.locator);
      pick.at = t;
    }
    return pick.el;
  }, []);
  const observerRef = useRef<{ refresh(): void } | null>(null);
  useEffect(() => observerRef.current?.refresh(), [composerPick]);
  const onPick = useCallback((el: HTMLElement) => void saveComposerPick(location.hostname, locatorFor(el)), []);
  const picker = useComposerPicker(isOwnElement, onPick);
  const [reportNote, setReportNote] = useState<string | null>(null);
  const copyReport = () => {
    const report = composerReport(document, {
      extensionVersion: (() => {
        try {
          return browser.runtime.getManifest().version;
        } catch {
          return 'unknown (the extension was reloaded: reload the page)';
        }
      })(),
      userAgent: navigator.userAgent,
      editor: host.editor,
      how: host.editor ? (preferred() === host.editor ? 'picked by the writer' : 'focus or selectors') : 'none',
      publishButton: host.box ? findPublishButton(host.box) !== null : false,
    });
    navigator.clipboard.writeText(report).then(
      () => setReportNote(t(lang, 'report.copied')),
      () => setReportNote(`${t(lang, 'report.failed')}\n${report}`),
    );
  };

  // One observer owns the host DOM. It reads the editor inside the input event; the render that
  // follows is batched to a microtask, so the panel updates before the next frame.
  useEffect(() => {
    const mount = childController(signal);
    // Typing rarely moves the composer: keep the same rect (and skip a render) unless it moved.
    const dockTo = (editor: HTMLElement | null | undefined) => {
      const next = editor?.getBoundingClientRect() ?? null;
      setRect((prev) => (sameRect(prev, next) ? prev : next));
    };
    // Docking reads layout: done in the next frame, where the browser lays out anyway, never on
    // the keystroke's own path (a forced layout there cost ~1 ms per key on a big editor).
    let dockFrame = 0;
    const observer = observeHost(document, {
      signal: mount.signal,
      isOwnElement,
      preferred,
      onChange: (state) => {
        setHost(state);
        if (!dockFrame) dockFrame = requestAnimationFrame(() => {
          dockFrame = 0;
          if (!mount.signal.aborted) dockTo(observer.state().editor);
        });
      },
    });
    mount.signal.addEventListener('abort', () => cancelAnimationFrame(dockFrame));

    observerRef.current = observer;
    const reposition = () => dockTo(observer.state().editor);
    const options = { signal: mount.signal, passive: true, capture: true } as const;
    window.addEventListener('resize', reposition, options);
    window.addEventListener('scroll', reposition, options);
    return () => mount.abort();
  }, [signal, isOwnElement, preferred]);

  // Which contest the draft is for: the live one whose tag it carries, else the writer's pick.
  const draftText = host.reading?.text ?? '';
  const tagKey = useMemo(
    () => [...extractHashtags(draftText).map((h) => h.raw), ...(host.reading?.chipTags ?? [])].join('\n'),
    [draftText, host.reading?.chipTags],
  );
  // Keystrokes that change no tag (most of them) leave the choice as it was.
  const draftTags = useMemo(() => (tagKey ? tagKey.split('\n') : []), [tagKey]);
  // Chosen again when a contest changes state (opens, closes: to the second, as the deadline item
  // counts), not on every tick.
  const states = useMemo(() => [...tracked, ...BUILTIN_CONTESTS].map((c) => contestState(c, now)).join(), [tracked, now]);
  const choice = useMemo(
    () => chooseContest({ tracked, builtin: BUILTIN_CONTESTS, draftTags, chosenId, now }),
    [tracked, draftTags, chosenId, states],
  );
  const contest = choice.contest;
  // The pick sticks to its draft: an emptied composer (published, discarded) forgets it.
  const hadDraft = useRef(false);
  const empty = host.editor !== null && draftText.trim() === '' && host.images.length === 0;
  useEffect(() => {
    if (!empty) hadDraft.current = hadDraft.current || host.editor !== null;
    else if (hadDraft.current) {
      hadDraft.current = false;
      // A new draft: the publish guard asks about it afresh.
      guardAsked.current = false;
      letThrough.current = false;
      setPressAgain(false);
      if (chosenId) void saveDraftChoice(null);
    }
  }, [empty, chosenId, host.editor]);

  // On a post's page: the contest it announces, to track in one click after a review.
  const announced = useAnnouncementOffer(url, isOwnElement, signal);
  const [offerState, setOfferState] = useState<'offered' | 'reviewing' | 'dismissed' | { saved: string }>('offered');
  useEffect(() => setOfferState('offered'), [url]);
  // The same window and tags, not the same id: two announcements can share an id (lib/settings/storage.ts).
  const alreadyTracked = announced !== null && tracked.some((c) => sameContest(c, announced.contest));

  // Screenshots are read in the page's language (Gate's /zh-tw/, /zh/ … or <html lang>) unless the
  // writer chose one in the options.
  // (Parsed again only when the address or <html lang> changes, not on every keystroke.)
  const href = location.href;
  const htmlLang = document.documentElement.lang;
  const langHint = useMemo(
    () => (settings.ocrLanguages !== 'auto' ? settings.ocrLanguages : hintFromLocale(pageLanguage(href, htmlLang))),
    [settings.ocrLanguages, href, htmlLang],
  );
  const { states: images, retry: retryImage, confirm: confirmImage } = useImageStates(host.images, ocr, contest.screenshot, langHint);
  const checklist = useMemo(
    () => buildChecklist({ text: host.reading?.text ?? '', tags: host.reading?.chipTags ?? [], images }, contest, now),
    [host.reading, images, contest, now],
  );
  // The draft's facts (never its text) for the popup and the deadline notifications.
  const summary = JSON.stringify(host.editor ? summarizeChecklist(checklist) : null);
  useEffect(() => {
    if (summary === 'null') return;
    const timer = setTimeout(() => {
      const facts = JSON.parse(summary) as ReturnType<typeof summarizeChecklist>;
      void draftItem
        .setValue({ contestId: contest.id, url: location.href, updatedAt: Date.now(), ...facts })
        .catch(() => undefined); // the extension was reloaded under us: nothing to save to
    }, 800);
    return () => clearTimeout(timer);
  }, [summary, contest.id]);

  // Every render says each item's message again, mostly the same words (a list of alternatives
  // builds an Intl.ListFormat each time): said once per message and params.
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
  const theme = useMemo(() => hostTheme(host.editor), [host.editor, Math.floor(now / 2000)]);
  const missing = missingTags(checklist);
  const failing = checklist.items.filter((i) => i.required && i.status === 'fail').map((i) => say(i.message));

  // The publish guard: asks once per draft, never blocks for good, off in the options if unwanted.
  const guardWanted = settings.publishGuard && host.editor !== null && failing.length > 0;
  const guardRef = useRef(guardWanted);
  guardRef.current = guardWanted;
  const boxRef = useRef<Element | null>(host.box);
  boxRef.current = host.box;
  // Another page (an SPA navigation): another draft, asked about afresh.
  useEffect(() => {
    guardOpen.current = false;
    guardAsked.current = false;
    letThrough.current = false;
    setGuard(null);
    setPressAgain(false);
  }, [url]);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = isPublishButton(event.target);
      // Only the composer's own button: a reply box's 發布 or "Send" is no post to the contest.
      if (!button || (boxRef.current !== null && !boxRef.current.contains(button))) return;
      const stop = () => {
        event.preventDefault();
        event.stopImmediatePropagation();
      };
      if (guardOpen.current) return stop();
      // The writer's own press after "publish anyway": through, whether or not Gate re-rendered the button.
      if (letThrough.current && event.isTrusted) {
        letThrough.current = false;
        setPressAgain(false);
        return;
      }
      if (!guardRef.current || guardAsked.current) return;
      stop();
      guardOpen.current = true;
      guardAsked.current = true;
      setGuard(button);
      // The question is in the panel's body: a collapsed panel opens to ask it.
      setCollapsed(false);
    };
    const mount = childController(signal);
    window.addEventListener('click', onClick, { signal: mount.signal, capture: true });
    return () => mount.abort();
  }, [signal]);

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
    });
  const onReplace = (miss: NearMissDetail) => {
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
    if (!host.editor || !host.reading) return;
    const edit = appendEdit(host.reading.text, missing, host.reading.chips);
    apply(applyEdit(host.editor, host.reading.text, edit), edit.insert.trim());
  };

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
        deposit: t(lang, 'panel.image.mine.deposit', { token: contest.screenshot.token.symbols[0] ?? '' }),
        trade: t(lang, 'panel.image.mine.trade', { token: contest.screenshot.token.symbols[0] ?? '' }),
        candydrop: t(lang, 'panel.image.mine.candydrop', { token: contest.screenshot.token.symbols[0] ?? '' }),
        staking: t(lang, 'panel.image.mine.staking', { token: contest.screenshot.token.symbols[0] ?? '' }),
      },
      notMine: t(lang, 'panel.image.notMine'),
    }),
    [lang, contest.screenshot.token.symbols],
  );

  return (
    <Panel
      title={`${t(lang, 'panel.title')} · ${contest.name[lang]}`}
      theme={theme}
      lang={lang}
      collapsed={collapsed}
      collapseLabel={t(lang, 'panel.collapse')}
      expandLabel={t(lang, 'panel.expand')}
      onToggle={() => setCollapsed((c) => !c)}
      // While the writer chooses the composer, the panel waits in the corner, off every box.
      position={picker.picking ? { right: GAP, bottom: GAP } : dock(rect)}
    >
      <p className="gsc-visually-hidden" aria-live="polite" data-testid="live-summary">
        {say(checklist.message)}
      </p>
      {guard ? (
        <PublishGuard
          question={t(lang, 'guard.question')}
          failing={failing}
          publishLabel={t(lang, 'guard.publish')}
          keepEditingLabel={t(lang, 'guard.keepEditing')}
          onKeepEditing={() => {
            guardOpen.current = false;
            setGuard(null);
            host.editor?.focus();
          }}
          onPublish={() => {
            // No synthetic click on the host's button: the writer presses it again themselves.
            guardOpen.current = false;
            setGuard(null);
            letThrough.current = true;
            setPressAgain(true);
            (guard.isConnected ? guard : host.box ? findPublishButton(host.box) : null)?.focus();
          }}
        />
      ) : null}
      {pressAgain ? (
        <p className="gsc-notice" role="status" data-testid="press-again">{t(lang, 'guard.pressAgain')}</p>
      ) : null}
      {announced && offerState !== 'dismissed' ? (
        <section className="gsc-track" data-testid="track-offer">
          {typeof offerState === 'object' ? (
            <p className="gsc-notice" role="status" data-testid="track-saved">
              {t(lang, 'track.saved', { name: offerState.saved })}
            </p>
          ) : alreadyTracked ? (
            <p className="gsc-notice" data-testid="track-already">
              {t(lang, 'track.already')}
            </p>
          ) : offerState === 'reviewing' ? (
            <ContestReview
              lang={lang}
              draft={announced}
              saveLabel={t(lang, 'track.save')}
              onSave={async (c) => {
                const saved = await addCustomContest(c);
                if (!saved.ok) return tm(lang, writeProblemMsg(saved.problem));
                setOfferState({ saved: c.name[lang] });
                return null;
              }}
            />
          ) : (
            <>
              <p>
                {t(lang, 'track.offer')}: <strong data-testid="track-name">{announced.contest.name[lang]}</strong>
              </p>
              <button type="button" className="gsc-fix" data-testid="track-button" onClick={() => setOfferState('reviewing')}>
                {t(lang, 'track.button')}
              </button>{' '}
              <button type="button" className="gsc-link-button" data-testid="track-dismiss" onClick={() => setOfferState('dismissed')}>
                {t(lang, 'track.dismiss')}
              </button>
            </>
          )}
        </section>
      ) : null}
      {host.editor && choice.candidates.length > 1 ? (
        <div className="gsc-switcher">
          <label>
            {t(lang, 'switcher.label')}{' '}
            <select data-testid="contest-switcher" value={contest.id} onChange={(e) => void saveDraftChoice(e.target.value)}>
              {choice.candidates.map((e) => (
                <option key={e.contest.id} value={e.contest.id}>
                  {e.builtin && !['open', 'closing'].includes(e.state)
                    ? t(lang, 'switcher.example', { name: e.contest.name[lang] })
                    : e.state === 'upcoming'
                      ? t(lang, 'switcher.upcoming', { name: e.contest.name[lang] })
                      : e.contest.name[lang]}
                </option>
              ))}
            </select>
          </label>
          {choice.ambiguous ? (
            <p className="gsc-notice" data-testid="switcher-ambiguous">
              {t(lang, 'switcher.ambiguous')}
            </p>
          ) : null}
        </div>
      ) : null}
      {host.editor ? (
        <>
          <p className={`gsc-summary status-${checklist.status}`} data-testid="summary">
            {say(checklist.message)}
          </p>
          <ChecklistView
            checklist={checklist}
            say={say}
            labels={labels}
            missingTags={missing}
            onInsertTags={onInsertTags}
            onReplace={onReplace}
            onRetryImage={retryImage}
            onConfirmImage={confirmImage}
            fixProblem={fixProblem}
          />
        </>
      ) : announced ? null : (
        <p className="gsc-notice" data-testid="no-editor">
          {t(lang, composerPick ? 'picker.missing' : 'panel.noEditor')}{' '}
          <button type="button" className="gsc-fix" data-testid="pick-composer-empty" onClick={picker.start}>
            {t(lang, 'picker.choose')}
          </button>
        </p>
      )}
      {picker.picking ? (
        <>
          <p className="gsc-notice" role="status" data-testid="picking">
            {t(lang, 'picker.hint')}{' '}
            <button type="button" className="gsc-link-button" onClick={picker.cancel}>
              {t(lang, 'picker.cancel')}
            </button>
          </p>
          {picker.outline ? (
            <div
              className="gsc-pick-outline"
              data-testid="pick-outline"
              style={{ position: 'fixed', top: picker.outline.top - 3, left: picker.outline.left - 3, width: picker.outline.width + 6, height: picker.outline.height + 6 }}
            />
          ) : null}
        </>
      ) : null}
      {reportNote ? (
        <p className="gsc-notice" role="status" data-testid="report-note" style={{ whiteSpace: 'pre-wrap' }}>
          {reportNote}
        </p>
      ) : null}
      <footer className="gsc-panel-foot">
        {host.editor ? (
          <button type="button" className="gsc-link-button" onClick={picker.start} data-testid="pick-composer">
            {t(lang, 'picker.wrongBox')}
          </button>
        ) : null}
        {composerPick ? (
          <button type="button" className="gsc-link-button" onClick={() => void saveComposerPick(location.hostname, null)} data-testid="forget-composer">
            {t(lang, 'picker.forget')}
          </button>
        ) : null}
        <button type="button" className="gsc-link-button" onClick={copyReport} data-testid="copy-report">
          {t(lang, 'report.copy')}
        </button>
        <button type="button" className="gsc-link-button" onClick={onHideOnSite} data-testid="hide-on-site">
          {t(lang, 'panel.hideOnSite')}
        </button>
      </footer>
    </Panel>
  );
}
