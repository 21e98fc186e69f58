/**
 * The popup's half of "Mirrors in one click": reads what the browser knows about the active tab's
 * host (granted? does the page have Gate's composer?), and runs the presses. What to show is
 * decided by lib/host/mirrors.ts (mirrorOffer); the asking and saving by lib/settings/mirrors.ts.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SiteAccessProps } from '../../components/SiteAccess';
import { GATE_COMPOSER_PROBE, httpsHost, MIRROR_SCRIPT_ID, mirrorOffer, mirrorOrigin, needsProbe, type ProbeState } from '../../lib/host/mirrors';
import { pageHasComposer } from '../../lib/host/probe';
import { t, tm, type Lang } from '../../lib/i18n';
import { valueWithin } from '../../lib/wait';
import { disableMirror, enableMirror } from '../../lib/settings/mirrors';
import { writeProblemMsg } from '../../lib/settings/storage';

export interface ActiveTab {
  id: number | undefined;
  url: string | null;
}

type Note = { kind: 'enabled' } | { kind: 'denied' } | { kind: 'disabled' } | { kind: 'problem'; text: string } | null;

const FIREFOX = import.meta.env.FIREFOX;

/** Chrome can look into the page only with `scripting` granted (optional) plus activeTab. */
async function canProbe(): Promise<boolean> {
  if (FIREFOX) return true;
  return Boolean(browser.scripting) && (await browser.permissions.contains({ permissions: ['scripting'] }).catch(() => false));
}

async function probe(tabId: number): Promise<ProbeState> {
  try {
    if (FIREFOX) {
      // MV2: tabs.executeScript with the activeTab grant the popup's opening gave.
      const tabs = browser.tabs as unknown as { executeScript(id: number, details: { code: string }): Promise<unknown[]> };
      const [found] = await tabs.executeScript(tabId, { code: `(${pageHasComposer.toString()})(${JSON.stringify(GATE_COMPOSER_PROBE)})` });
      return found === true ? 'found' : 'absent';
    }
    if (!(await canProbe())) return 'unavailable';
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: pageHasComposer, args: [GATE_COMPOSER_PROBE] });
    return frame?.result === true ? 'found' : 'absent';
  } catch {
    // A store page, a PDF viewer, no activeTab grant (the popup opened some other way), a tab closed.
    return 'failed';
  }
}

/**
 * Chrome: the background registers the content script on the new host after the settings change;
 * reloading before it did would load the page without the panel. Waits a little for it, no longer.
 */
async function mirrorScriptReady(host: string): Promise<void> {
  if (FIREFOX || !browser.scripting) return;
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline) {
    const scripts = (await valueWithin(browser.scripting.getRegisteredContentScripts({ ids: [MIRROR_SCRIPT_ID] }), 1_000)) ?? [];
    if (scripts.some((s) => s.matches?.includes(mirrorOrigin(host)))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function useSiteAccess(lang: Lang, tab: ActiveTab | null, extraHosts: readonly string[]): SiteAccessProps | null {
  const url = tab?.url ?? null;
  const host = httpsHost(url);
  const [hosts, setHosts] = useState<readonly string[]>(extraHosts);
  const [granted, setGranted] = useState(false);
  const [probeState, setProbe] = useState<ProbeState>('pending');
  const [asked, setAsked] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  /** The grant has been read: until then nothing is said (a listed host would flash as lost). */
  const [ready, setReady] = useState(false);
  const tabId = tab?.id;
  // The stored list as the popup loaded it, by value: a reload of the same settings changes nothing.
  const storedHosts = extraHosts.join(' ');

  useEffect(() => setHosts(storedHosts ? storedHosts.split(' ') : []), [storedHosts]);
  // Another tab, another site: what was said about the last one goes.
  useEffect(() => {
    setNote(null);
    setAsked(false);
  }, [host, tabId]);

  // What the browser knows about this host, each time the active tab changes.
  useEffect(() => {
    let live = true;
    setReady(false);
    setProbe('pending');
    void (async () => {
      if (!host || tabId === undefined) return;
      const has = await browser.permissions.contains({ origins: [mirrorOrigin(host)] }).catch(() => false);
      if (!live) return;
      setGranted(has);
      setReady(true);
      const state: ProbeState = needsProbe(url, storedHosts ? storedHosts.split(' ') : []) ? await probe(tabId) : 'absent';
      if (live) setProbe(state);
    })();
    return () => {
      live = false;
    };
  }, [host, url, tabId, storedHosts]);

  const check = useCallback(() => {
    if (tabId === undefined) return;
    const id = tabId;
    // `scripting` shows no prompt of its own; asked from this click, it lets the popup look.
    const asking = FIREFOX ? Promise.resolve(true) : browser.permissions.request({ permissions: ['scripting'] }).catch(() => false);
    setAsked(true);
    setProbe('pending');
    void asking.then(async (ok) => setProbe(ok ? await probe(id) : 'unavailable'));
  }, [tabId]);

  const enable = useCallback(() => {
    if (!host) return;
    setBusy(true);
    // Called straight from the click: the request leaves before anything is awaited.
    void enableMirror(browser.permissions, host, { browser: FIREFOX ? 'firefox' : 'chrome', remember: { now: Date.now() } })
      .then((result) => {
        if (result.ok) {
          setHosts(result.settings.extraHosts);
          setGranted(true);
          setNote({ kind: 'enabled' });
        } else if (result.problem === 'write') setNote({ kind: 'problem', text: tm(lang, writeProblemMsg(result.write)) });
        else setNote({ kind: 'denied' });
      })
      .finally(() => setBusy(false));
  }, [host, lang]);

  const disable = useCallback(() => {
    if (!host) return;
    setBusy(true);
    void disableMirror(browser.permissions, host)
      .then((result) => {
        if (!result.ok) return setNote({ kind: 'problem', text: tm(lang, writeProblemMsg(result.problem)) });
        setHosts(result.settings.extraHosts);
        setGranted(!result.revoked);
        setNote({ kind: 'disabled' });
      })
      .finally(() => setBusy(false));
  }, [host, lang]);

  const reload = useCallback(() => {
    if (!host || tabId === undefined) return;
    const id = tabId;
    setBusy(true);
    void mirrorScriptReady(host)
      .then(() => browser.tabs.reload(id))
      .then(() => window.close());
  }, [host, tabId]);

  if (!ready) return null;
  const offer = mirrorOffer({ url, extraHosts: hosts, granted, probe: probeState, asked });
  const title = t(lang, 'mirror.title');
  const noteLine =
    note?.kind === 'denied' && host
      ? t(lang, 'mirror.denied', { host })
      : note?.kind === 'disabled' && host
        ? t(lang, 'mirror.disabled', { host })
        : note?.kind === 'problem'
          ? note.text
          : null;
  const problem = note?.kind === 'denied' || note?.kind === 'problem';
  const withNote = (lines: string[]) => (noteLine ? [...lines, noteLine] : lines);
  const enableAction = { label: t(lang, 'mirror.enable'), onClick: enable, testId: 'mirror-enable', primary: true };
  switch (offer.kind) {
    case 'none':
      return noteLine ? { title, lines: [noteLine], tone: problem ? 'problem' : 'ok', actions: [], state: 'none', busy } : null;
    case 'offer': {
      const key = offer.why === 'known-mirror' ? 'mirror.known' : offer.why === 'composer-found' ? 'mirror.found' : 'mirror.lost';
      const tone = offer.why === 'listed-not-granted' || problem ? 'problem' : 'info';
      return { title, lines: withNote([t(lang, key, { host: offer.host })]), tone, actions: [enableAction], state: `offer-${offer.why}`, busy };
    }
    case 'enabled':
      return {
        title,
        lines: withNote([t(lang, 'mirror.enabled', { host: offer.host }), ...(note?.kind === 'enabled' ? [t(lang, 'mirror.reloadHint')] : [])]),
        tone: problem ? 'problem' : 'ok',
        actions: [
          { label: t(lang, 'mirror.reload'), onClick: reload, testId: 'mirror-reload', primary: note?.kind === 'enabled' },
          { label: t(lang, 'mirror.disable'), onClick: disable, testId: 'mirror-disable' },
        ],
        state: 'enabled',
        busy,
      };
    case 'check':
      return {
        title,
        lines: [t(lang, 'mirror.check')],
        tone: 'info',
        actions: [{ label: t(lang, 'mirror.checkButton'), onClick: check, testId: 'mirror-check' }],
        state: 'check',
        busy,
      };
    case 'checking':
      // Looking on its own as the popup opens: silent until there is something to offer.
      if (!asked) return null;
      return { title, lines: [t(lang, 'mirror.checking')], tone: 'info', actions: [], state: 'checking', busy: true };
    case 'unreadable':
      return { title, lines: [t(lang, 'mirror.unreadable')], tone: 'info', actions: [], state: 'unreadable', busy };
    case 'absent':
      return { title, lines: [t(lang, 'mirror.absent', { host: offer.host })], tone: 'info', actions: [], state: 'absent', busy };
  }
}
