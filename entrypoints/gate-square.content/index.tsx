import { createRoot, type Root } from 'react-dom/client';
import { isSquarePostUrl } from '../../lib/host/url';
import { loadActiveContest, loadSettings, saveSettings, settingsItem, activeContestItem, customContestsItem } from '../../lib/settings/storage';
import type { Contest } from '../../lib/contests';
import type { Settings } from '../../lib/settings/schema';
import { createOcrClient } from '../../lib/ocr/client';
import { OCR_PORT } from '../../lib/ocr/messages';
import { PanelApp } from './PanelApp';
// The panel's styles go into its shadow root as text: no stylesheet to fetch, no web-accessible file.
import themeCss from '../../components/theme.css?inline';
import panelCss from '../../components/panel.css?inline';

const HOST_TAG = 'gate-square-checklist';

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
    let contest: Contest;
    let settings: Settings;
    try {
      [contest, { settings }] = await Promise.all([loadActiveContest(), loadSettings()]);
    } catch (error) {
      console.warn('[gate-square-checklist] could not read settings; panel not shown', error);
      return;
    }
    const isOwnElement = (el: Element) => el.closest(HOST_TAG) !== null || el.tagName.toLowerCase() === HOST_TAG;
    const ui = await createShadowRootUi<Root>(ctx, {
      name: HOST_TAG,
      css: `${themeCss}\n${panelCss}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        return createRoot(container);
      },
      onRemove(root) {
        root?.unmount();
      },
    });

    const ocr = createOcrClient(() => browser.runtime.connect({ name: OCR_PORT }));
    ctx.onInvalidated(() => ocr.close());
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
          key={contest.id}
          signal={ctx.signal}
          contest={contest}
          settings={settings}
          isOwnElement={isOwnElement}
          ocr={ocr}
          onHideOnSite={() => void saveSettings({ disabledHosts: [...settings.disabledHosts, location.hostname] })}
        />,
      );
    };
    render();
    // WXT announces SPA navigation before location.href changes (Navigation API): use its URL.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      url = event.newUrl.href;
      render();
    });

    const reload = async () => {
      [contest, { settings }] = await Promise.all([loadActiveContest(), loadSettings()]);
      render();
    };
    const unwatch = [settingsItem.watch(reload), activeContestItem.watch(reload), customContestsItem.watch(reload)];
    ctx.onInvalidated(() => unwatch.forEach((stop) => stop()));
  },
});
