/**
 * Where the tabs' OCR ports meet the OCR host. Browser-agnostic: the platform (runtime.onConnect,
 * the offscreen API, the extension's id) is injected; entrypoints/background/ocr-host.ts wires it.
 *
 * Firefox ({@link serveOcrInPage}): the background page has a DOM and runs the engine itself.
 *
 * Chrome ({@link relayToOffscreen}): the service worker has no DOM, so an offscreen document
 * (reason WORKERS) runs the engine and this relays messages to it over one port, each tagged with
 * the tab port it belongs to. Chrome stops an idle service worker after about 30 s while the
 * offscreen document lives on, so every start of the worker re-establishes the host: an existing
 * document is called to connect (it cannot know the worker restarted); one that does not connect
 * within `hostPortMs` is closed and created anew; one that still does not connect within
 * `hostStartMs` is given up, and every request waiting for it is answered `host-unavailable`; one
 * that connected but then says nothing for `hostSilentMs` while reads are in flight is replaced.
 * Requests in flight when the host goes away (crash, closed) are sent to the next host once, then
 * answered `engine-failed`. The times are lib/ocr/timeouts.ts's.
 */
import { withDeadline } from '../wait';
import type { PortLike } from './client';
import type { OcrEngine } from './engine';
import { failureReply, OCR_HOST_PORT, OCR_PORT, OcrReply, readableRequestId, ReplyEnvelope } from './messages';
import { createOcrService } from './service';
import { OCR_TIMEOUTS, type OcrTimeouts } from './timeouts';

/** A runtime port as the background sees it: the client's {@link PortLike}, its name and who opened it. */
export interface RelayPort extends PortLike {
  readonly name: string;
  readonly sender?: { id?: string; url?: string; tab?: unknown };
}

/** What both hosts need of the runtime. */
export interface PortPlatform {
  /** Our extension's id: only its own pages and content scripts may use the OCR ports. */
  extensionId: string;
  /** runtime.onConnect. */
  onConnect(listener: (port: RelayPort) => void): void;
  /** An id per tab port; random, so ids never repeat across restarts of the service worker. */
  newClientId?: () => string;
  warn?: (message: string, ...details: unknown[]) => void;
}

/** Chrome's offscreen API, for the one OCR document. */
export interface OffscreenApi {
  /** Whether the document exists (runtime.getContexts). */
  exists(): Promise<boolean>;
  /** Create it (offscreen.createDocument, reason WORKERS). */
  create(): Promise<void>;
  /** Close it (offscreen.closeDocument). */
  close(): Promise<void>;
  /** Call an existing document to connect its host port (a runtime message). */
  call(): Promise<unknown>;
}

export interface RelayPlatform extends PortPlatform {
  /** The document's URL: only a port from it may claim to be the host. */
  documentUrl: string;
  offscreen: OffscreenApi;
  timeouts?: Partial<OcrTimeouts>;
}

/** Requests in flight when the host went away are sent to a new host this many times. */
const RESENDS = 1;

const fromUs = (port: RelayPort, extensionId: string) => port.sender?.id === extensionId;
const newId = () => crypto.randomUUID();
const warnDefault = (message: string, ...details: unknown[]) => console.warn(`[gate-square-checklist] ${message}`, ...details);

/** Send, and ignore a port that closed meanwhile: its own disconnect handler cleans up. */
function post(port: PortLike | null | undefined, message: unknown): void {
  try {
    port?.postMessage(message);
  } catch {
    // That side closed meanwhile.
  }
}

/** Firefox: the engine runs here, in the background page; each tab port is a client of one service. */
export function serveOcrInPage(platform: PortPlatform, engine: OcrEngine): void {
  const ports = new Map<string, RelayPort>();
  const service = createOcrService(engine, (client, reply) => post(ports.get(client), reply));
  platform.onConnect((port) => {
    if (port.name !== OCR_PORT) return;
    if (!fromUs(port, platform.extensionId)) return port.disconnect();
    const client = (platform.newClientId ?? newId)();
    ports.set(client, port);
    port.onMessage.addListener((message) => service.handle(client, message));
    port.onDisconnect.addListener(() => {
      ports.delete(client);
      service.drop(client);
    });
  });
}

/** Chrome: relay the tabs' ports to the offscreen document's one host port, (re)starting it as needed. */
export function relayToOffscreen(platform: RelayPlatform): void {
  const t = { ...OCR_TIMEOUTS, ...platform.timeouts };
  const { offscreen, documentUrl, extensionId } = platform;
  const warn = platform.warn ?? warnDefault;
  const clients = new Map<string, RelayPort>();
  /** Read requests relayed and not yet answered: client → id → {request, sends}. */
  const inflight = new Map<string, Map<string, { request: unknown; sends: number }>>();
  let host: RelayPort | null = null;
  let connecting: Promise<RelayPort> | null = null;
  const waiters = new Set<(port: RelayPort) => void>();

  const waitForPort = (ms: number) =>
    new Promise<RelayPort | null>((resolve) => {
      if (host) return resolve(host);
      const done = (port: RelayPort | null) => {
        waiters.delete(done);
        clearTimeout(timer);
        resolve(port);
      };
      const timer = setTimeout(() => done(null), ms);
      waiters.add(done);
    });

  const documentExists = () => withDeadline(offscreen.exists(), t.offscreenCallMs, 'looking for the OCR document');
  const closeDocument = () => withDeadline(offscreen.close(), t.offscreenCallMs, 'closing the OCR document').catch(() => undefined);

  async function establish(): Promise<RelayPort> {
    let problem = 'the OCR document did not connect';
    // Twice: a document that was closing when we looked (closed by Chrome, crashed) can make the
    // first creation fail.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await documentExists()) {
        // A document from before this worker started: it waits to be called.
        offscreen.call().catch(() => undefined);
        const port = await waitForPort(t.hostPortMs);
        if (port) return port;
        await closeDocument();
      }
      try {
        await withDeadline(offscreen.create(), t.offscreenCallMs, 'creating the OCR document');
      } catch (error) {
        problem = `could not create the OCR document: ${String((error as Error)?.message ?? error)}`;
        if (!(await documentExists())) continue;
        // Created meanwhile by a racing call: wait for its port like any other.
      }
      const port = await waitForPort(t.hostStartMs);
      if (port) return port;
      problem = `the OCR document did not connect within ${t.hostStartMs / 1000} s`;
      await closeDocument();
    }
    throw new Error(problem);
  }

  const ensureHost = (): Promise<RelayPort> => {
    if (host) return Promise.resolve(host);
    connecting ??= withDeadline(establish(), t.establishMs, 'starting the OCR host').finally(() => (connecting = null));
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
      if (!host || Date.now() - lastHeard < t.hostSilentMs) return;
      warn(`the OCR host said nothing for ${t.hostSilentMs / 1000} s: replacing it`);
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
    }, t.watchdogTickMs);
  };

  /** Send a client's request on to the host; a host that cannot be had answers for it. */
  const relay = (client: string, request: unknown) => {
    const id = readableRequestId(request);
    // While the host is being (re)started, the client hears that its read is queued, not silence.
    const queued = () => post(clients.get(client), { type: 'ocr:progress', id: id!, stage: 'queued', progress: 0 });
    if (!host && id) queued();
    const beat = !host && id ? setInterval(queued, t.heartbeatMs) : undefined;
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

  const acceptHost = (port: RelayPort) => {
    // Only our offscreen document may claim to be the host.
    if (!fromUs(port, extensionId) || port.sender?.tab || port.sender?.url !== documentUrl) return port.disconnect();
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
  };

  const acceptClient = (port: RelayPort) => {
    if (!fromUs(port, extensionId)) return port.disconnect();
    const client = (platform.newClientId ?? newId)();
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
      post(host, { client, gone: true });
    });
  };

  platform.onConnect((port) => {
    if (port.name === OCR_HOST_PORT) acceptHost(port);
    else if (port.name === OCR_PORT) acceptClient(port);
  });

  // Every start: a document left from before this worker is called back at once, so the warm
  // engine and its text cache are kept rather than stranded.
  documentExists()
    .then((exists) => (exists ? ensureHost() : undefined))
    .catch((error) => warn('OCR host not re-established yet', error));
}
