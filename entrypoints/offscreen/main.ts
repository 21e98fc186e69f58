import type { Browser } from 'wxt/browser';
import { HostEnvelope, OCR_HOST_CALL, OCR_HOST_PORT } from '../../lib/ocr/messages';
import { createOcrService } from '../../lib/ocr/service';
import { createExtensionOcrEngine } from '../../lib/ocr/extension-paths';
import { markStage } from '../../lib/ocr/stage-marks';
import { OCR_TIMEOUTS } from '../../lib/ocr/timeouts';

/**
 * Chrome's OCR host: one engine, reached by the background through one port. The background is a
 * service worker that Chrome stops when idle; this document outlives it, keeps its warm engine and
 * text cache, and connects again whenever a new worker calls (runtime message OCR_HOST_CALL).
 * Reads in flight when the worker went away go on for `hostGraceMs` (lib/ocr/timeouts.ts): the tabs ask again
 * through the new worker and get them.
 */
let port: Browser.runtime.Port | null = null;
const engine = createExtensionOcrEngine(browser.runtime.getURL('/'));
const service = createOcrService(engine, (client, reply) => {
  try {
    port?.postMessage({ client, reply });
  } catch {
    // The worker stopped between the read and its answer: the tab will ask again.
  }
});

function connect(): void {
  if (port) return;
  const p = browser.runtime.connect({ name: OCR_HOST_PORT });
  markStage('host-connect');
  port = p;
  p.onMessage.addListener((raw) => {
    const envelope = HostEnvelope.safeParse(raw);
    if (!envelope.success) return;
    if (envelope.data.gone) service.drop(envelope.data.client);
    else service.handle(envelope.data.client, envelope.data.request);
  });
  p.onDisconnect.addListener(() => {
    if (port === p) port = null;
    service.dropAll(OCR_TIMEOUTS.hostGraceMs);
  });
}

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return;
  if ((message as { type?: unknown } | null)?.type === OCR_HOST_CALL) connect();
});
connect();
