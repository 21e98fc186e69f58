import { serveOcr } from './ocr-host';

/** The background wires browser events to lib/: the OCR host (and, later, the badge and alarms). */
export default defineBackground(() => {
  serveOcr();
});
