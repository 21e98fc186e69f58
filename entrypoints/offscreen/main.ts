import { createOcrEngine } from '../../lib/ocr/engine';
import { decodeInBrowser } from '../../lib/ocr/browser-decode';
import { HostEnvelope, OCR_HOST_PORT } from '../../lib/ocr/messages';
import { createOcrService } from '../../lib/ocr/service';
import { ocrWorkerOptions } from '../../lib/ocr/extension-paths';

/** Chrome's OCR host: one engine, reached by the background through one port. */
const port = browser.runtime.connect({ name: OCR_HOST_PORT });
const engine = createOcrEngine({ decode: decodeInBrowser, worker: ocrWorkerOptions(browser.runtime.getURL('/')), idleTerminateMs: 3 * 60_000 });
const service = createOcrService(engine, (client, reply) => port.postMessage({ client, reply }));
port.onMessage.addListener((raw) => {
  const envelope = HostEnvelope.safeParse(raw);
  if (!envelope.success) return;
  if (envelope.data.gone) service.drop(envelope.data.client);
  else service.handle(envelope.data.client, envelope.data.request);
});
