/**
 * Turning a Gate mirror host on and off: the one path the options page, the popup and the
 * background share. A mirror is on when it is listed in `settings.extraHosts` AND its origin is
 * granted; entrypoints/background/extra-hosts.ts registers the content script on exactly those.
 *
 * The browser's permissions API comes in as an argument (as in ./permissions.ts), so the order of
 * asking, saving and giving back is testable without a browser.
 */
import { checkMirrorHost, mirrorGrants, mirrorOrigin, pendingMirrorGranted, type MirrorGrants } from '../host/mirrors';
import { isHostname, type Settings } from './schema';
import { loadPendingMirror, loadSettings, pendingMirrorItem, saveSettings, type WriteProblem } from './storage';

/** The part of `browser.permissions` this needs. */
export interface MirrorPermissionsApi {
  request(grants: MirrorGrants): Promise<boolean>;
  remove(grants: { origins: string[] }): Promise<boolean>;
}

export type EnableMirrorResult =
  | { ok: true; host: string; settings: Settings }
  | { ok: false; host: string; problem: 'bad' | 'builtin' | 'denied' }
  | { ok: false; host: string; problem: 'write'; write: WriteProblem };

export interface EnableOptions {
  browser: 'chrome' | 'firefox';
  /**
   * Remember the request first, for the background to finish if this page dies under the prompt
   * (the popup closes when the browser's prompt takes the focus). The options page is a tab and
   * survives its prompt: it does not need this.
   */
  remember?: { now: number };
}

/**
 * Ask for the host, then list it. Call it straight from the click: Firefox grants a request only
 * inside the user's input handler, so nothing is awaited before the request leaves.
 */
export async function enableMirror(api: MirrorPermissionsApi, input: string, options: EnableOptions): Promise<EnableMirrorResult> {
  const check = checkMirrorHost(input, isHostname);
  if (!check.ok) return check;
  const { host } = check;
  const asking = api.request(mirrorGrants(host, options.browser)).catch(() => false);
  const remembered = options.remember ? pendingMirrorItem.setValue({ host, at: options.remember.now }).catch(() => undefined) : Promise.resolve();
  const granted = await asking;
  await remembered;
  if (!granted) {
    if (options.remember) await pendingMirrorItem.removeValue().catch(() => undefined);
    return { ok: false, host, problem: 'denied' };
  }
  const added = await listMirror(host);
  if (options.remember) await pendingMirrorItem.removeValue().catch(() => undefined);
  if (added.ok) return { ok: true, host, settings: added.settings };
  // Not saved: a grant this call made goes back, so a permission never outlives its listing.
  if (!added.wasListed) await api.remove({ origins: [mirrorOrigin(host)] }).catch(() => false);
  return { ok: false, host, problem: 'write', write: added.problem };
}

type ListResult = { ok: true; settings: Settings } | { ok: false; problem: WriteProblem; wasListed: boolean };

/** Add the host to the stored list (read fresh: another page may have changed it meanwhile). */
async function listMirror(host: string): Promise<ListResult> {
  const { settings } = await loadSettings();
  const wasListed = settings.extraHosts.includes(host);
  if (wasListed) return { ok: true, settings };
  // Added to the list as stored when the write happens, so a change made meanwhile stays.
  const saved = await saveSettings((stored) => (stored.extraHosts.includes(host) ? {} : { extraHosts: [...stored.extraHosts, host] }));
  return saved.ok ? { ok: true, settings: saved.value } : { ok: false, problem: saved.problem, wasListed };
}

export type DisableMirrorResult = { ok: true; settings: Settings; revoked: boolean } | { ok: false; problem: WriteProblem };

/**
 * Unlist the host, then give its origin back. Saved first: if the browser refuses the write, the
 * host and its permission both stay, and the page says why.
 */
export async function disableMirror(api: MirrorPermissionsApi, host: string): Promise<DisableMirrorResult> {
  const saved = await saveSettings((stored) => ({ extraHosts: stored.extraHosts.filter((h) => h !== host) }));
  if (!saved.ok) return saved;
  const revoked = await api.remove({ origins: [mirrorOrigin(host)] }).catch(() => false);
  return { ok: true, settings: saved.value, revoked };
}

/**
 * The background's half of {@link EnableOptions.remember}: origins were just granted; if they are
 * the host the popup asked for, list it (the popup may have closed before it could).
 */
export async function finishPendingMirror(addedOrigins: readonly string[], now: number): Promise<string | null> {
  const host = pendingMirrorGranted(await loadPendingMirror(), addedOrigins, now);
  if (!host) return null;
  const added = await listMirror(host);
  await pendingMirrorItem.removeValue().catch(() => undefined);
  return added.ok ? host : null;
}
