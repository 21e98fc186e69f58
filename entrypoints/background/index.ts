import { watchDeadline } from './deadline';
import { watchMirrors } from './extra-hosts';
import { serveOcr } from './ocr-host';

/** The background wires browser events to lib/: the OCR host, the badge and alarms, mirror hosts. */
export default defineBackground(() => {
  serveOcr();
  watchDeadline();
  watchMirrors();
});
