import { createRoot, type Root } from 'react-dom/client';
import { isSquarePostUrl } from '../../lib/host/url';
import { PanelApp } from './PanelApp';
import '../../components/theme.css';
import '../../components/panel.css';

/**
 * Runs on every Gate page so that SPA navigation into Gate Square is seen, but mounts only on
 * Gate Square post pages. The panel lives in a shadow root: the host page's DOM and styles are
 * never touched outside our own element.
 */
export default defineContentScript({
  matches: ['https://www.gate.com/*', 'https://www.gate.io/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'gate-square-checklist',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = createRoot(container);
        root.render(<PanelApp signal={ctx.signal} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    let mounted = false;
    const sync = () => {
      const wanted = isSquarePostUrl(location.href);
      if (wanted && !mounted) ui.mount();
      if (!wanted && mounted) ui.remove();
      mounted = wanted;
    };
    sync();
    ctx.addEventListener(window, 'wxt:locationchange', sync);
  },
});
