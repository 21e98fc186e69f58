/**
 * Wires OCR requests from content scripts to the OCR host.
 *
 * Firefox: the background page has a DOM and runs the engine itself.
 *
 * Chrome (MV3): the service worker has no DOM, so an offscreen document (reason WORKERS) runs the
 * engine and this relays messages to it over one port. Chrome stops an idle service worker after
 * about 30 s while the offscreen document lives on, so every start of this worker re-establishes
 * the host: an existing document is asked to connect (it cannot know the worker restarted); a
 * document that does not connect within {@link HOST_PORT_MS} is closed and created anew; one that
 * still does not connect within {@link HOST_START_MS} is given up, and every request waiting for it
 * is answered `host-unavailable`. Requests in flight when the host goes away (crash, closed) are
 * sent again to the next host once, then answered `engine-failed`.
 */
import type { Browser } from 'wxt/browser';
import { decodeInBrowser } from '../../lib/ocr/browser-decode';
import { createOcrEngine } from '../../lib/ocr/engine';
import { ocrWorkerOptions } from '../../lib/ocr/extension-paths';
import { failureReply, OCR_HOST_CALL, OCR_HOST_PORT, OCR_PORT, OcrReply, readableRequestId, ReplyEnvelope } from '../../lib/ocr/messages';
import { createOcrService } from '../../lib/ocr/service';

type Port = Browser.runtime.Port;

/** An existing offscreen document answers the call to connect within this. */
export const HOST_PORT_MS = 4_000;
/** A new offscreen document loads its script and connects within this. */
export const HOST_START_MS = 15_000;
/** Requests in flight when the host went away are sent to a new host this many times. */
const RESENDS = 1;

/** Only our own extension's pages and content scripts may use the OCR port. */
function fromUs(port: Port): boolean {
  return port.sender?.id === browser.runtime.id;
}

export function serveOcr(): void {
  if (import.meta.env.FIREFOX) serveInPage();
  else relayToOffscreen();
}

function serveInPage(): void {
  const ports = new Map<string, Port>();
  const engine = createOcrEngine({ decode: decodeInBrowser, worker: ocrWorkerOptions(browser.runtime.getURL('/')), idleTerminateMs: 3 * 60_000 });
  const service = createOcrService(engine, (client, reply) => {
    try {
      ports.get(client)?.postMessage(reply);
    } catch {
      // The tab closed between the read and its answer.
    }
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== OCR_PORT) return;
    if (!fromUs(port)) return port.disconnect();
    const client = crypto.randomUUID();
    ports.set(client, port);
    port.onMessage.addListener((message) => service.handle(client, message));
    port.onDisconnect.addListener(() => {
      ports.delete(client);
      service.drop(client);
    });
  });
}

function relayToOffscreen(): void {
  const url = browser.runtime.getURL('/offscreen.html');
  const clients = new Map<string, Port>();
  /** Read requests relayed and not yet answered: client → id → {request, sends}. */
  const inflight = new Map<string, Map<string, { request: unknown; sends: number }>>();
  let host: Port | null = null;
  let connecting: Promise<Port> | null = null;
  const waiters = new Set<(port: Port) => void>();

  const post = (port: Port | undefined, message: unknown) => {
    try {
      port?.postMessage(message);
    } catch {
      // That side closed meanwhile; its own disconnect handler cleans up.
    }
  };

  const waitForPort = (ms: number) =>
    new Promise<Port | null>((resolve) => {
      if (host) return resolve(host);
      const done = (port: Port | null) => {
        waiters.delete(done);
        clearTimeout(timer);
        resolve(port);
      };
      const timer = setTimeout(() => done(null), ms);
      waiters.add(done);
    });

  const documentExists = async () =>
    (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0;

  async function establish(): Promise<Port> {
    let problem = 'the OCR document did not connect';
    // Twice: a document that was closing when we looked (closed by Chrome, crashed) can make the
    // first creation fail.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await documentExists()) {
        // A document from before this worker started: it waits to be called.
        browser.runtime.sendMessage({ type: OCR_HOST_CALL }).catch(() => undefined);
        const port = await waitForPort(HOST_PORT_MS);
        if (port) return port;
        await browser.offscreen.closeDocument().catch(() => undefined);
      }
      try {
        await browser.offscreen.createDocument({
          url,
          reasons: ['WORKERS'],
          justification: 'Reads attached screenshots with tesseract.js (local OCR) in a web worker.',
        });
      } catch (error) {
        problem = `could not create the OCR document: ${String((error as Error)?.message ?? error)}`;
        if (!(await documentExists())) continue;
        // Created meanwhile by a racing call: wait for its port like any other.
      }
      const port = await waitForPort(HOST_START_MS);
      if (port) return port;
      problem = `the OCR document did not connect within ${HOST_START_MS / 1000} s`;
      await browser.offscreen.closeDocument().catch(() => undefined);
    }
    throw new Error(problem);
  }

  const ensureHost = (): Promise<Port> => {
    if (host) return Promise.resolve(host);
    connecting ??= establish().finally(() => (connecting = null));
    return connecting;
  };

  /** Send a client's request on to the host; a host that cannot be had answers for it. */
  const relay = (client: string, request: unknown) => {
    ensureHost().then(
      (h) => post(h, { client, request }),
      (error) => {
        const id = readableRequestId(request);
        if (!id) return;
        inflight.get(client)?.delete(id);
        post(clients.get(client), failureReply(id, 'host-unavailable', String((error as Error)?.message ?? error)));
      },
    );
  };

  const onHostLost = () => {
    host = null;
    // Reads that were in flight: once more to a new host, then an answer that says what happened.
    for (const [client, requests] of inflight) {
      for (const [id, entry] of requests) {
        if (entry.sends > RESENDS) {
          requests.delete(id);
          post(clients.get(client), failureReply(id, 'engine-failed', 'the OCR host stopped while reading this picture'));
          continue;
        }
        entry.sends++;
        relay(client, entry.request);
      }
    }
  };

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === OCR_HOST_PORT) {
      // Only our offscreen document may claim to be the host.
      if (!fromUs(port) || port.sender?.tab || port.sender?.url !== url) return port.disconnect();
      if (host && host !== port) {
        const old = host;
        host = null;
        old.disconnect();
      }
      host = port;
      for (const done of [...waiters]) done(port);
      port.onMessage.addListener((raw) => {
        const envelope = ReplyEnvelope.safeParse(raw);
        if (!envelope.success) return;
        const { client, reply } = envelope.data;
        const parsed = OcrReply.safeParse(reply);
        if (!parsed.success) return;
        if (parsed.data.type === 'ocr:result') inflight.get(client)?.delete(parsed.data.id);
        post(clients.get(client), parsed.data);
      });
      port.onDisconnect.addListener(() => {
        if (host === port) onHostLost();
      });
      return;
    }
    if (port.name !== OCR_PORT) return;
    if (!fromUs(port)) return port.disconnect();
    // Random, so ids never repeat across restarts of this worker.
    const client = crypto.randomUUID();
    clients.set(client, port);
    inflight.set(client, new Map());
    port.onMessage.addListener((request) => {
      const id = readableRequestId(request);
      const type = (request as { type?: unknown } | null)?.type;
      if (id && type === 'ocr:read') inflight.get(client)?.set(id, { request, sends: 1 });
      if (type === 'ocr:cancel') inflight.get(client)?.delete(String((request as { id?: unknown }).id));
      relay(client, request);
    });
    port.onDisconnect.addListener(() => {
      clients.delete(client);
      inflight.delete(client);
      post(host ?? undefined, { client, gone: true });
    });
  });

  // Every start: a document left from before this worker is called back at once, so the warm
  // engine and its text cache are kept rather than stranded.
  documentExists()
    .then((exists) => (exists ? ensureHost() : undefined))
    .catch((error) => console.warn('[gate-square-checklist] OCR host not re-established yet', error));
}
