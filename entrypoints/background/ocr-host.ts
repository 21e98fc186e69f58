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
 * is answered `host-unavailable`; one that connected but then says nothing for
 * {@link HOST_SILENT_MS} while reads are in flight is replaced. Requests in flight when the host goes away (crash, closed) are
 * sent again to the next host once, then answered `engine-failed`.
 */
import type { Browser } from 'wxt/browser';
import { createExtensionOcrEngine } from '../../lib/ocr/extension-paths';
import { failureReply, HEARTBEAT_MS, OCR_HOST_CALL, OCR_HOST_PORT, OCR_PORT, OcrReply, readableRequestId, ReplyEnvelope } from '../../lib/ocr/messages';
import { createOcrService } from '../../lib/ocr/service';
import { withDeadline } from '../../lib/wait';

type Port = Browser.runtime.Port;

/** An existing offscreen document answers the call to connect within this. */
export const HOST_PORT_MS = 4_000;
/** A new offscreen document loads its script and connects within this. */
export const HOST_START_MS = 15_000;
/** Requests in flight when the host went away are sent to a new host this many times. */
const RESENDS = 1;
/**
 * A connected host that says nothing for this long while reads are in flight is wedged (it sends
 * a heartbeat every 3 s per read): it is closed and replaced, like one that disconnected.
 */
export const HOST_SILENT_MS = 12_000;
/** Every call to the offscreen API gets this long (closing a hung document may never finish). */
const CALL_MS = 5_000;
/** The whole re-establishing, calls and waits together, gets this long before requests are answered. */
export const ESTABLISH_MS = 40_000;

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
  const engine = createExtensionOcrEngine(browser.runtime.getURL('/'));
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
    (await withDeadline(browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] }), CALL_MS, 'looking for the OCR document')).length > 0;
  const closeDocument = () => withDeadline(browser.offscreen.closeDocument(), CALL_MS, 'closing the OCR document').catch(() => undefined);

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
        await closeDocument();
      }
      try {
        await withDeadline(
          browser.offscreen.createDocument({
            url,
            reasons: ['WORKERS'],
            justification: 'Reads attached screenshots with tesseract.js (local OCR) in a web worker.',
          }),
          CALL_MS,
          'creating the OCR document',
        );
      } catch (error) {
        problem = `could not create the OCR document: ${String((error as Error)?.message ?? error)}`;
        if (!(await documentExists())) continue;
        // Created meanwhile by a racing call: wait for its port like any other.
      }
      const port = await waitForPort(HOST_START_MS);
      if (port) return port;
      problem = `the OCR document did not connect within ${HOST_START_MS / 1000} s`;
      await closeDocument();
    }
    throw new Error(problem);
  }

  const ensureHost = (): Promise<Port> => {
    if (host) return Promise.resolve(host);
    connecting ??= withDeadline(establish(), ESTABLISH_MS, 'starting the OCR host').finally(() => (connecting = null));
    return connecting;
  };

  /** When the host last said anything (or reads started after a quiet spell). */
  let lastHeard = Date.now();
  let watchdog: ReturnType<typeof setInterval> | undefined;
  const reading = () => [...inflight.values()].some((requests) => requests.size > 0);
  const watch = () => {
    if (watchdog) return;
    lastHeard = Date.now();
    watchdog = setInterval(() => {
      if (!reading()) {
        clearInterval(watchdog);
        watchdog = undefined;
        return;
      }
      if (!host || Date.now() - lastHeard < HOST_SILENT_MS) return;
      console.warn(`[gate-square-checklist] the OCR host said nothing for ${HOST_SILENT_MS / 1000} s: replacing it`);
      const wedged = host;
      host = null;
      wedged.disconnect();
      // The tabs hear at once that their reads wait again, not silence while the document closes
      // (which may take its whole deadline): their own patience is shorter than all of it.
      for (const [client, requests] of inflight) {
        for (const id of requests.keys()) post(clients.get(client), { type: 'ocr:progress', id, stage: 'queued', progress: 0 });
      }
      // A new host may have connected meanwhile: then the reads go to it.
      void closeDocument().finally(() => (host === null ? onHostLost() : resendInflight()));
    }, 1_000);
  };

  /** Send a client's request on to the host; a host that cannot be had answers for it. */
  const relay = (client: string, request: unknown) => {
    const id = readableRequestId(request);
    // While the host is being (re)started, the client hears that its read is queued, not silence.
    const queued = () => post(clients.get(client), { type: 'ocr:progress', id: id!, stage: 'queued', progress: 0 });
    if (!host && id) queued();
    const beat = !host && id ? setInterval(queued, HEARTBEAT_MS) : undefined;
    ensureHost()
      .then(
        (h) => {
          if (id) watch();
          post(h, { client, request });
        },
        (error) => {
          if (!id) return;
          inflight.get(client)?.delete(id);
          post(clients.get(client), failureReply(id, 'host-unavailable', String((error as Error)?.message ?? error)));
        },
      )
      .finally(() => clearInterval(beat));
  };

  const onHostLost = () => {
    host = null;
    resendInflight();
  };

  /** Reads that were in flight: once more (to the host there is, or a new one), then an answer that says what happened. */
  const resendInflight = () => {
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
      const old = host && host !== port ? host : null;
      host = port;
      // A new host is heard from now, not from when the last one last spoke.
      lastHeard = Date.now();
      for (const done of [...waiters]) done(port);
      port.onMessage.addListener((raw) => {
        lastHeard = Date.now();
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
      if (old) {
        // Chrome tells no end that disconnects itself: what the old host was reading goes to the new one.
        old.disconnect();
        resendInflight();
      }
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
