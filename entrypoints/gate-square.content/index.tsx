import { createRoot, type Root } from 'react-dom/client';
import { isSquarePostUrl } from '../../lib/host/url';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  composerPicksItem,
  customContestsItem,
  loadComposerPick,
  loadCustomContests,
  loadSettings,
  saveSettings,
  settingsItem,
} from '../../lib/settings/storage';
import type { ElementLocator } from '../../lib/host/locator';
import { registerMessages } from '../../lib/i18n';
import { REVIEW_MESSAGES } from '../../lib/i18n/messages/review';
import type { Contest } from '../../lib/contests';
import type { Settings } from '../../lib/settings/schema';
import { createOcrClient } from '../../lib/ocr/client';
import { OCR_PORT } from '../../lib/ocr/messages';
import { PanelApp } from './PanelApp';
// The panel's styles go into its shadow root as text: no stylesheet to fetch, no web-accessible file.
import themeCss from '../../components/theme.css?inline';
import panelCss from '../../components/panel.css?inline';

const HOST_TAG = 'gate-square-checklist';

/** Clean-up after the extension is gone: the browser APIs throw then, and there is nobody to tell. */
function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // "Extension context invalidated": nothing left to clean.
  }
}
/** Events that act (write settings, edit the post, read a picture): only the writer's own count. */
const UNTRUSTED_BLOCKED = [
  'click',
  'auxclick',
  'dblclick',
  'keydown',
  'keyup',
  'input',
  'change',
  'submit',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
] as const;

/**
 * Runs on every Gate page so that SPA navigation into Gate Square is seen, but mounts only on
 * Gate Square post pages. The panel lives in a shadow root: the host page's DOM and styles are
 * never touched outside our own element. Everything listens for the context's lifetime
 * (ctx.signal), so an extension update or reload leaves nothing behind.
 */
export default defineContentScript({
  matches: ['https://www.gate.com/*', 'https://www.gate.io/*'],
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    // The review of a contest draft ("Track this contest") says the reader's doubts as the options do.
    registerMessages(REVIEW_MESSAGES);
    // WXT's context ends itself when another copy of this script announces its start with a DOM
    // event on the document; the page can learn that event's name (WXT also posts it with
    // window.postMessage) and fire it to take the panel and the publish guard away. No event
    // the page can make reaches WXT's listener: it is stopped on its way, at the window. A real
    // newer copy (the extension reloaded or updated) needs none of it: this copy is then orphaned,
    // which the one-second check below sees, and the new copy removes the old panel itself.
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
    if (typeof started === 'string') window.addEventListener(started, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
    else console.warn('[gate-square-checklist] WXT changed its start event: review the guard in index.tsx');
    let tracked: Contest[];
    let composerPick: ElementLocator | undefined;
    let settings: Settings;
    try {
      [{ contests: tracked }, composerPick, { settings }] = await Promise.all([loadCustomContests(), loadComposerPick(location.hostname), loadSettings()]);
    } catch (error) {
      console.warn('[gate-square-checklist] could not read settings; panel not shown', error);
      return;
    }
    const isOwnElement = (el: Element) => el.closest(HOST_TAG) !== null || el.tagName.toLowerCase() === HOST_TAG;
    // A panel left by this extension's earlier copy (updated or reloaded under the tab): one panel.
    for (const old of document.querySelectorAll(HOST_TAG)) old.remove();
    const ui = await createShadowRootUi<Root>(ctx, {
      name: HOST_TAG,
      css: `${themeCss}\n${panelCss}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // The panel belongs to the writer: a closed root keeps the page's scripts out of it, and
      // events the page synthesises (element.click(), dispatchEvent) never reach its buttons.
      mode: 'closed',
      onMount(container, shadow) {
        for (const type of UNTRUSTED_BLOCKED) {
          shadow.addEventListener(
            type,
            (event) => {
              if (event.isTrusted) return;
              event.stopImmediatePropagation();
              event.preventDefault();
            },
            { capture: true, signal: ctx.signal },
          );
        }
        return createRoot(container);
      },
      onRemove(root) {
        try {
          root?.unmount();
        } catch (error) {
          // The extension is gone under us (crashed, updated): the panel still leaves the page.
          console.debug('[gate-square-checklist] panel unmount', error);
        }
      },
    });

    const ocr = createOcrClient(() => browser.runtime.connect({ name: OCR_PORT }), {
      alive: () => !ctx.isInvalid && Boolean(browser.runtime?.id),
    });
    ctx.onInvalidated(() => quietly(() => ocr.close()));
    let mounted = false;
    let url = location.href;
    const render = () => {
      const wanted = isSquarePostUrl(url, settings.extraHosts) && !settings.disabledHosts.includes(location.hostname);
      if (!wanted) {
        if (mounted) ui.remove();
        mounted = false;
        return;
      }
      if (!mounted) ui.mount();
      mounted = true;
      ui.mounted?.render(
        <PanelApp
          ctx={ctx}
          url={url}
          tracked={tracked}
          composerPick={composerPick}
          settings={settings}
          isOwnElement={isOwnElement}
          ocr={ocr}
          onHideOnSite={() => void saveSettings({ disabledHosts: [...settings.disabledHosts, location.hostname] })}
        />,
      );
    };
    render();
    // Chrome tells an orphaned content script nothing when its extension is reloaded or updated:
    // WXT's interval looks each second (its wrapper checks the context), and an invalidated context
    // aborts the signal and takes the panel off the page, instead of a panel whose buttons fail.
    // The same tick puts the panel back if the page's own rendering dropped it from <body>.
    ctx.setInterval(() => {
      if (mounted && ui.shadowHost && !ui.shadowHost.isConnected) {
        ui.remove();
        mounted = false;
        render();
      }
    }, 1_000);

    // WXT announces SPA navigation before location.href changes (Navigation API): use its URL.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      // WXT's own event carries a URL; one the page dispatched under that name does not.
      if (!(event.newUrl instanceof URL)) return;
      url = event.newUrl.href;
      render();
    });

    const reload = async () => {
      try {
        [{ contests: tracked }, composerPick, { settings }] = await Promise.all([loadCustomContests(), loadComposerPick(location.hostname), loadSettings()]);
      } catch {
        // The extension is gone under the page (reloaded, updated): the panel is on its way out.
        return;
      }
      render();
    };
    const unwatch = [settingsItem.watch(reload), customContestsItem.watch(reload), composerPicksItem.watch(reload)];
    ctx.onInvalidated(() => unwatch.forEach((stop) => quietly(stop)));
  },
});
