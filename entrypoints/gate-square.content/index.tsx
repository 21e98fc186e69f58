import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSquarePostUrl } from '../../lib/host/url';
import { PANEL_MODULE, takePanel } from './panel-module';

/**
 * Runs on every Gate page, so it is kept small: it follows SPA navigation and, once the page is a
 * Gate Square page, loads the panel (panel.tsx, built as the web-accessible gate-square-panel.js)
 * into this same isolated world and hands it WXT's context. The panel then decides, with the
 * writer's settings, where it is shown. Trading, wallet and every other Gate page load nothing more.
 */
export default defineContentScript({
  matches: ['https://www.gate.com/*', 'https://www.gate.io/*'],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // WXT's context ends itself when another copy of this script announces its start with a DOM
    // event on the document; the page can learn that event's name (WXT also posts it with
    // window.postMessage) and fire it to take the panel and the publish guard away. No event
    // the page can make reaches WXT's listener: it is stopped on its way, at the window. A real
    // newer copy (the extension reloaded or updated) needs none of it: this copy is then orphaned,
    // which the panel's one-second check sees, and the new copy removes the old panel itself.
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
    if (typeof started === 'string') window.addEventListener(started, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
    else console.warn('[gate-square-checklist] WXT changed its start event: review the guard in index.tsx');

    let url = location.href;
    const listeners: ((url: string) => void)[] = [];
    let loading = false;
    const load = async () => {
      // This script runs only on Gate's hosts and the mirrors the writer added: any of them counts here.
      if (loading || !isSquarePostUrl(url, [location.hostname])) return;
      loading = true;
      try {
        await import(/* @vite-ignore */ browser.runtime.getURL(PANEL_MODULE));
      } catch (error) {
        // The extension was reloaded or removed under the page: nothing to show.
        console.debug('[gate-square-checklist] panel module not loaded', error);
        return;
      }
      const start = takePanel();
      if (!start || ctx.isInvalid) return;
      await start(ctx, { url: () => url, watch: (listener) => listeners.push(listener) });
    };
    // WXT announces SPA navigation before location.href changes (Navigation API): use its URL.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      // WXT's own event carries a URL; one the page dispatched under that name does not.
      if (!(event.newUrl instanceof URL)) return;
      url = event.newUrl.href;
      for (const listener of listeners) listener(url);
      void load();
    });
    void load();
  },
});
