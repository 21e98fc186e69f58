import { serveAnnouncements } from './announcements';
import { watchDeadline } from './deadline';
import { watchMirrors } from './extra-hosts';
import { serveOcr } from './ocr-host';

/** The background wires browser events to lib/: the OCR host, the announcement reader, the badge and alarms, mirror hosts. */
export default defineBackground({
  // Firefox (MV2): a persistent background page, because it hosts the OCR engine itself; an event
  // page would be unloaded after 30 s idle and lose the warm engine and its text cache with it. The
  // engine still frees its wasm memory after 3 idle minutes. Chrome ignores this: its background is
  // a service worker, and the engine lives in the offscreen document.
  persistent: true,
  main() {
    serveOcr();
    serveAnnouncements();
    watchDeadline();
    watchMirrors();
  },
});
