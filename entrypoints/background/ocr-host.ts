/**
 * Wires OCR requests from content scripts to the OCR host. Chrome (MV3): the service worker has no
 * DOM, so an offscreen document (reason WORKERS) runs the engine and this relays messages to it.
 * Firefox: the background page has a DOM and runs the engine itself.
 */
import type { Browser } from 'wxt/browser';
import { decodeInBrowser } from '../../lib/ocr/browser-decode';
import { createOcrEngine } from '../../lib/ocr/engine';
import { ocrWorkerOptions } from '../../lib/ocr/extension-paths';
import { OCR_HOST_PORT, OCR_PORT, ReplyEnvelope } from '../../lib/ocr/messages';
import { createOcrService } from '../../lib/ocr/service';

type Port = Browser.runtime.Port;
let nextClient = 0;

export function serveOcr(): void {
  if (import.meta.env.FIREFOX) serveInPage();
  else relayToOffscreen();
}

function serveInPage(): void {
  const ports = new Map<string, Port>();
  const engine = createOcrEngine({ decode: decodeInBrowser, worker: ocrWorkerOptions(browser.runtime.getURL('/')), idleTerminateMs: 3 * 60_000 });
  const service = createOcrService(engine, (client, reply) => ports.get(client)?.postMessage(reply));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== OCR_PORT) return;
    const client = String(++nextClient);
    ports.set(client, port);
    port.onMessage.addListener((message) => service.handle(client, message));
    port.onDisconnect.addListener(() => {
      ports.delete(client);
      service.drop(client);
    });
  });
}

function relayToOffscreen(): void {
  const clients = new Map<string, Port>();
  let host: Port | null = null;
  let hostReady: Promise<Port> | null = null;
  let resolveHost: ((port: Port) => void) | null = null;

  const ensureHost = (): Promise<Port> => {
    if (host) return Promise.resolve(host);
    if (hostReady) return hostReady;
    hostReady = new Promise<Port>((resolve) => (resolveHost = resolve));
    void (async () => {
      const url = browser.runtime.getURL('/offscreen.html');
      const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
      if (existing.length === 0) {
        await browser.offscreen.createDocument({
          url,
          reasons: ['WORKERS'],
          justification: 'Reads attached screenshots with tesseract.js (local OCR) in a web worker.',
        });
      }
    })().catch((error) => console.error('[gate-square-checklist] could not start the OCR host', error));
    return hostReady;
  };

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === OCR_HOST_PORT) {
      host = port;
      resolveHost?.(port);
      port.onMessage.addListener((raw) => {
        const envelope = ReplyEnvelope.safeParse(raw);
        if (envelope.success) clients.get(envelope.data.client)?.postMessage(envelope.data.reply);
      });
      port.onDisconnect.addListener(() => {
        host = null;
        hostReady = null;
        // Content ports see their reads fail and may ask again.
        for (const client of clients.values()) client.disconnect();
        clients.clear();
      });
      return;
    }
    if (port.name !== OCR_PORT) return;
    const client = String(++nextClient);
    clients.set(client, port);
    port.onMessage.addListener((request) => {
      void ensureHost().then((h) => h.postMessage({ client, request }));
    });
    port.onDisconnect.addListener(() => {
      clients.delete(client);
      host?.postMessage({ client, gone: true });
    });
  });
}
