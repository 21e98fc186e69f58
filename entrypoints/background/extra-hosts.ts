/**
 * Gate mirror hosts the writer added in the options: once the writer granted the host (an optional
 * permission asked for at the moment it is added), the same content script runs there too.
 */
import { MIRROR_SCRIPT_ID as SCRIPT_ID, mirrorOrigin } from '../../lib/host/mirrors';
import { latestWins } from '../../lib/serial';
import { finishPendingMirror } from '../../lib/settings/mirrors';
import { loadSettings, settingsItem } from '../../lib/settings/storage';

const SCRIPT = 'content-scripts/gate-square.js';
let firefoxRegistration: { unregister(): Promise<void> } | null = null;

async function grantedOrigins(): Promise<string[]> {
  const { settings } = await loadSettings();
  const origins = settings.extraHosts.map(mirrorOrigin);
  const granted: string[] = [];
  for (const origin of origins) if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
  return granted;
}

/** Bring the registration in line with the granted mirror hosts. Call through {@link updateMirrors}. */
async function registerMirrors(): Promise<void> {
  const matches = await grantedOrigins();
  if (import.meta.env.FIREFOX) {
    await firefoxRegistration?.unregister();
    firefoxRegistration = null;
    const api = (browser as unknown as { contentScripts?: { register(o: object): Promise<{ unregister(): Promise<void> }> } }).contentScripts;
    if (matches.length && api) firefoxRegistration = await api.register({ matches, js: [{ file: SCRIPT }], runAt: 'document_idle' });
    return;
  }
  const scripting = browser.scripting;
  if (!scripting) return; // not granted yet
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length) await scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: [SCRIPT], runAt: 'document_idle' }]);
}

/**
 * The one way in: a settings change and a permission change arrive together when a host is added,
 * and two interleaved runs of get / unregister / register fail ("duplicate script id") or leave
 * the older list registered. One run at a time; triggers during a run make one more run after it.
 */
const updateMirrors = latestWins(registerMirrors);

export function watchMirrors(): void {
  const update = () => void updateMirrors().catch((error) => console.error('[gate-square-checklist] mirrors', error));
  settingsItem.watch(update);
  browser.permissions.onAdded.addListener((added) => {
    update();
    // The popup asked for a mirror and may have closed under the browser's prompt: list it here.
    void finishPendingMirror(added.origins ?? [], Date.now()).catch((error) => console.error('[gate-square-checklist] mirrors', error));
  });
  browser.permissions.onRemoved.addListener(update);
  update();
}
