import { createRoot, type Root } from 'react-dom/client';
import { isSquarePostUrl } from '../../lib/host/url';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
import { ENTRY_MESSAGES } from '../../lib/entries/messages';
import { registerMessages } from '../../lib/i18n';
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

/** The page's address as the loader follows it (SPA navigation changes it without a reload). */
export interface Navigation {
  url(): string;
  watch(listener: (url: string) => void): void;
}

/**
 * The panel, started by the content script (index.tsx) once the page is a Gate Square page, and
 * shown only on Gate Square post pages. It lives in a shadow root: the host page's DOM and styles
 * are never touched outside our own element. Everything listens for the context's lifetime
 * (ctx.signal), so an extension update or reload leaves nothing behind.
 */
export async function startPanel(ctx: ContentScriptContext, nav: Navigation): Promise<void> {
  registerMessages(ENTRY_MESSAGES);
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
  let url = nav.url();
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

  // The loader follows SPA navigation (WXT's wxt:locationchange) from before this module loaded.
  nav.watch((next) => {
    url = next;
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
}
