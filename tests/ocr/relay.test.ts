/**
 * The OCR relay (lib/ocr/relay.ts) over in-memory ports: tabs, an offscreen document that
 * connects (or not, or wedges), Chrome's offscreen API, and the clock (vitest's fake timers).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findContest } from '../../lib/contests';
import type { OcrEngine, RecognizeResult } from '../../lib/ocr/engine';
import { OCR_HOST_PORT, OCR_PORT } from '../../lib/ocr/messages';
import { relayToOffscreen, serveOcrInPage, type RelayPort } from '../../lib/ocr/relay';
import { OCR_TIMEOUTS } from '../../lib/ocr/timeouts';
import type { OcrOutcome } from '../../lib/ocr/types';
import { screenshotVerdict } from '../rules/helpers';

const EXT = 'ext';
const DOC_URL = 'chrome-extension://ext/offscreen.html';
const rule = findContest('wxtm-2025')!.screenshot;
const T = OCR_TIMEOUTS;

type Listener = (message?: unknown) => void;
interface FakePort extends RelayPort {
  /** Everything that reached this end, with when. */
  got: { at: number; message: unknown }[];
  closed: boolean;
  other: FakePort;
  listeners: { message: Listener[]; disconnect: Listener[] };
}

/**
 * Two ends of one port. Messages arrive a microtask later, as in a browser; `disconnect` fires the
 * *other* end's onDisconnect only (Chrome tells no end that disconnects itself).
 */
function pair(name: string, sender: RelayPort['sender']): [FakePort, FakePort] {
  const end = (): FakePort => {
    const listeners = { message: [] as Listener[], disconnect: [] as Listener[] };
    const port: FakePort = {
      name,
      sender,
      got: [],
      closed: false,
      other: undefined as unknown as FakePort,
      listeners,
      postMessage(message) {
        if (port.closed) throw new Error('Attempting to use a disconnected port object');
        const to = port.other;
        queueMicrotask(() => {
          if (to.closed) return;
          to.got.push({ at: Date.now(), message });
          to.listeners.message.forEach((l) => l(message));
        });
      },
      disconnect() {
        if (port.closed) return;
        port.closed = true;
        const to = port.other;
        to.closed = true;
        queueMicrotask(() => to.listeners.disconnect.forEach((l) => l()));
      },
      onMessage: { addListener: (l) => listeners.message.push(l as Listener) },
      onDisconnect: { addListener: (l) => listeners.disconnect.push(l as Listener) },
    };
    return port;
  };
  const a = end();
  const b = end();
  a.other = b;
  b.other = a;
  return [a, b];
}

type Behaviour = 'answers' | 'never-connects';

/** Chrome's side: runtime.onConnect, the offscreen API and the documents it makes. */
function chrome(behaviour: Behaviour | Behaviour[] = 'answers', { closeMs = 0 } = {}) {
  const onConnect: ((port: RelayPort) => void)[] = [];
  const connect = (port: RelayPort) => onConnect.forEach((l) => l(port));
  /** Every document made, in order; the live one is `doc`. */
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  const behaviours = Array.isArray(behaviour) ? [...behaviour] : null;

  class Doc {
    /** The document's end of its host port. */
    port: FakePort | null = null;
    /** Envelopes the relay sent this document. */
    received: Envelope[] = [];
    wedged = false;
    constructor(readonly behaviour: Behaviour) {}
    connect() {
      // A wedged document's main thread has stopped: it hears no call.
      if (this.port || this.wedged || this.behaviour === 'never-connects' || doc !== this) return;
      const [mine, theirs] = pair(OCR_HOST_PORT, { id: EXT, url: DOC_URL });
      this.port = mine;
      mine.onMessage.addListener((m) => {
        const envelope = m as Doc['received'][number];
        this.received.push(envelope);
        if (envelope.request?.type === 'ocr:read') this.beat(mine, envelope.client, envelope.request.id);
      });
      mine.onDisconnect.addListener(() => (this.port = null));
      connect(theirs);
    }
    /** Requests answered, by client and id. */
    answered = new Set<string>();
    /** As the OCR host does: "queued" at once, then a heartbeat until the answer (or a wedge). */
    beat(port: FakePort, client: string, id: string) {
      const progress = (stage: string) => port.postMessage({ client, reply: { type: 'ocr:progress', id, stage, progress: 0.5 } });
      progress('queued');
      const timer = setInterval(() => {
        if (this.answered.has(`${client}|${id}`) || port.closed) clearInterval(timer);
        else if (!this.wedged) progress('recognizing');
      }, T.heartbeatMs);
    }
    /** Answer one request as the OCR host would (an envelope for its client). */
    reply(client: string, reply: { type: string; id: string; [more: string]: unknown }) {
      if (reply.type === 'ocr:result') this.answered.add(`${client}|${reply.id}`);
      this.port?.postMessage({ client, reply });
    }
    /** The document crashed or was closed: its port goes with it. */
    crash() {
      if (doc === this) doc = null;
      this.port?.disconnect();
      this.port = null;
    }
  }

  const offscreen = {
    exists: vi.fn(async () => doc !== null),
    create: vi.fn(async () => {
      if (doc) throw new Error('Only a single offscreen document may be created');
      const next = new Doc(behaviours ? (behaviours.shift() ?? 'answers') : (behaviour as Behaviour));
      docs.push(next);
      doc = next;
      // The document's script runs and connects a moment later.
      setTimeout(() => next.connect(), 50);
    }),
    // Closing a hung document may take its time (`closeMs`).
    close: vi.fn(async () => {
      const closing = doc;
      if (closeMs) await new Promise((r) => setTimeout(r, closeMs));
      closing?.crash();
    }),
    call: vi.fn(async () => doc?.connect()),
  };
  let ids = 0;
  const warn = vi.fn();
  relayToOffscreen({ extensionId: EXT, documentUrl: DOC_URL, offscreen, onConnect: (l) => onConnect.push(l), newClientId: () => `c${++ids}`, warn });

  /** A tab opens its OCR port (from another extension when `from` says so). */
  const tab = (from = EXT) => {
    const [mine, theirs] = pair(OCR_PORT, { id: from, tab: { id: 1 } });
    connect(theirs);
    return {
      port: mine,
      read: (id: string) => mine.postMessage({ type: 'ocr:read', id, bytes: new Uint8Array([1, 2, 3]), langHint: 'zh-Hant', rule }),
      cancel: (id: string) => mine.postMessage({ type: 'ocr:cancel', id }),
      warm: () => mine.postMessage({ type: 'ocr:warm', langHint: 'zh-Hant' }),
      results: () => mine.got.map((g) => g.message as { type: string; id: string; outcome?: OcrOutcome }).filter((m) => m.type === 'ocr:result'),
      heard: () => mine.got.map((g) => g.at),
    };
  };
  return { docs, doc: () => doc, offscreen, tab, connect, warn };
}

/** The longest the tab went without a word from `from` to its last word. */
const longestSilence = (heard: number[], from: number) => Math.max(...[from, ...heard].slice(1).map((at, i, all) => at - (i ? all[i - 1] : from)));
type Envelope = { client: string; request?: { type: string; id: string }; gone?: boolean };
const reads = (doc: { received: Envelope[] }) => doc.received.filter((e) => e.request?.type === 'ocr:read');
const outcome: OcrOutcome = { ok: true, verdict: screenshotVerdict('deposit', true), text: '充值記錄 WXTM', ms: 5, langs: 'chi_tra', width: 10, height: 10 };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Chrome: the relay to the offscreen document', () => {
  test('a request is relayed to the host, and its reply returns to the tab that asked, not another', async () => {
    const { docs, tab } = chrome();
    const a = tab();
    const b = tab();
    a.read('r1');
    b.read('r1'); // the same request id in two tabs: two clients
    await vi.advanceTimersByTimeAsync(100);
    expect(docs).toHaveLength(1);
    const [toA, toB] = reads(docs[0]);
    expect(toA.client).not.toBe(toB.client);
    docs[0].reply(toB.client, { type: 'ocr:result', id: 'r1', outcome });
    await vi.advanceTimersByTimeAsync(10);
    expect(b.results()).toEqual([{ type: 'ocr:result', id: 'r1', outcome }]);
    expect(a.results()).toEqual([]);
    docs[0].reply(toA.client, { type: 'ocr:result', id: 'r1', outcome: { ok: false, reason: 'truncated', detail: 'PNG cut short', ms: 1 } });
    await vi.advanceTimersByTimeAsync(10);
    expect(a.results().map((r) => r.outcome?.ok)).toEqual([false]);
    expect(b.results()).toHaveLength(1);
  });

  test('a reply that is no valid reply (a verdict with an unknown reason) never reaches the tab', async () => {
    const { docs, tab } = chrome();
    const a = tab();
    a.read('r1');
    await vi.advanceTimersByTimeAsync(100);
    const [request] = reads(docs[0]);
    docs[0].reply(request.client, { type: 'ocr:result', id: 'r1', outcome: { ...outcome, verdict: { ...outcome.verdict, reason: 'looks-fine' } } });
    await vi.advanceTimersByTimeAsync(10);
    expect(a.results()).toEqual([]);
  });

  test('a host that disconnects mid-read: the request goes once to the next host, then it is engine-failed', async () => {
    const { docs, tab } = chrome();
    const a = tab();
    a.read('r1');
    await vi.advanceTimersByTimeAsync(100);
    expect(reads(docs[0])).toHaveLength(1);
    docs[0].crash();
    await vi.advanceTimersByTimeAsync(100);
    expect(docs).toHaveLength(2);
    expect(reads(docs[1]).map((e) => e.request?.id)).toEqual(['r1']);
    expect(a.results()).toEqual([]);
    docs[1].crash();
    await vi.advanceTimersByTimeAsync(100);
    expect(a.results().map((r) => !r.outcome?.ok && r.outcome?.reason)).toEqual(['engine-failed']);
    // Not sent a third time, to any host.
    expect(docs.flatMap(reads)).toHaveLength(2);
  });

  test('a host that never connects: the request is answered host-unavailable within the establish deadline, and the tab hears "queued" meanwhile', async () => {
    const { docs, tab, offscreen } = chrome('never-connects');
    const a = tab();
    const askedAt = Date.now();
    a.read('r1');
    await vi.advanceTimersByTimeAsync(T.hostStartMs - 100);
    expect(a.results()).toEqual([]);
    await vi.advanceTimersByTimeAsync(T.establishMs - T.hostStartMs + 100);
    expect(a.results().map((r) => !r.outcome?.ok && r.outcome?.reason)).toEqual(['host-unavailable']);
    // Tried twice (a new document each time), each closed after its start time.
    expect(docs).toHaveLength(2);
    expect(offscreen.close).toHaveBeenCalledTimes(2);
    // Never as long as the tab's own patience without a word.
    expect(longestSilence(a.heard(), askedAt)).toBeLessThan(T.clientIdleMs);
  });

  test('a new document that does not connect within its start time is closed and made anew', async () => {
    const { docs, tab, offscreen } = chrome(['never-connects', 'answers']);
    const a = tab();
    a.read('r1');
    await vi.advanceTimersByTimeAsync(T.hostStartMs + T.offscreenCallMs);
    expect(docs).toHaveLength(2);
    expect(offscreen.close).toHaveBeenCalledTimes(1);
    expect(reads(docs[1]).map((e) => e.request?.id)).toEqual(['r1']);
  });

  test('a wedged host (connected, then silent) is replaced, and the tab is never left in silence as long as its own patience', async () => {
    // Closing the hung document takes longer than the relay's deadline for it.
    const { docs, tab, warn } = chrome('answers', { closeMs: T.offscreenCallMs + 1_000 });
    const a = tab();
    const askedAt = Date.now();
    a.read('r1');
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(10_000);
    docs[0].wedged = true;
    const wedgedAt = Date.now();
    const lastBeat = Math.max(...a.heard());
    await vi.advanceTimersByTimeAsync(T.hostSilentMs + T.watchdogTickMs + 100);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/said nothing/));
    // The tab hears at once that its read waits again, not after the document is closed.
    const next = a.port.got.find((g) => g.at > wedgedAt)!;
    expect(next.message).toMatchObject({ type: 'ocr:progress', id: 'r1', stage: 'queued' });
    expect(next.at - lastBeat).toBeLessThanOrEqual(T.hostSilentMs + T.watchdogTickMs);
    // The wedged document hears no call and is closed (slowly); a new one gets the read.
    await vi.advanceTimersByTimeAsync(T.establishMs);
    expect(docs).toHaveLength(2);
    expect(reads(docs[1]).map((e) => e.request?.id)).toEqual(['r1']);
    await vi.advanceTimersByTimeAsync(20_000);
    const heard = a.heard();
    expect(longestSilence(heard, askedAt)).toBeLessThan(T.clientIdleMs);
    expect(heard.at(-1)!).toBeGreaterThan(wedgedAt + 30_000);
    expect(a.results()).toEqual([]);
  });

  test('a host that beats is never taken for a wedged one, however long the read', async () => {
    const { docs, tab, warn } = chrome();
    const a = tab();
    a.read('r1');
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(T.engineReadMs);
    expect(warn).not.toHaveBeenCalled();
    expect(docs).toHaveLength(1);
    expect(a.port.closed).toBe(false);
  });

  test('a port from another extension is refused: no client, no host', async () => {
    const { docs, tab, connect } = chrome();
    const stranger = tab('another-extension');
    await vi.advanceTimersByTimeAsync(0);
    expect(stranger.port.closed).toBe(true);
    // A host port from elsewhere (a tab, another page, another extension) is no host either.
    const impostors = [
      pair(OCR_HOST_PORT, { id: EXT, url: DOC_URL, tab: { id: 3 } }),
      pair(OCR_HOST_PORT, { id: EXT, url: 'chrome-extension://ext/popup.html' }),
      pair(OCR_HOST_PORT, { id: 'another-extension', url: DOC_URL }),
    ];
    for (const [, theirs] of impostors) connect(theirs);
    await vi.advanceTimersByTimeAsync(0);
    expect(impostors.map(([mine]) => mine.closed)).toEqual([true, true, true]);
    const a = tab();
    a.read('r1');
    await vi.advanceTimersByTimeAsync(100);
    expect(impostors.every(([mine]) => mine.got.length === 0)).toBe(true);
    expect(reads(docs[0])).toHaveLength(1);
  });

  test('a tab that closes its port cancels its reads: the host is told, and they are never sent again', async () => {
    const { docs, tab } = chrome();
    const a = tab();
    const b = tab();
    a.read('r1');
    b.read('r2');
    await vi.advanceTimersByTimeAsync(100);
    const clientA = reads(docs[0])[0].client;
    a.port.disconnect();
    await vi.advanceTimersByTimeAsync(10);
    expect(docs[0].received.at(-1)).toEqual({ client: clientA, gone: true });
    docs[0].crash();
    await vi.advanceTimersByTimeAsync(100);
    expect(reads(docs[1]).map((e) => e.request?.id)).toEqual(['r2']);
  });

  test('a cancelled read is not sent again after the host goes away', async () => {
    const { docs, tab } = chrome();
    const a = tab();
    a.read('r1');
    await vi.advanceTimersByTimeAsync(100);
    a.cancel('r1');
    await vi.advanceTimersByTimeAsync(10);
    expect(docs[0].received.at(-1)?.request).toEqual({ type: 'ocr:cancel', id: 'r1' });
    docs[0].crash();
    await vi.advanceTimersByTimeAsync(T.establishMs);
    expect(docs.slice(1).flatMap(reads)).toEqual([]);
    expect(a.results()).toEqual([]);
  });

  test('a warm starts the host (the offscreen document is created) and is forwarded to it; the tab hears nothing', async () => {
    const { docs, tab, offscreen } = chrome();
    const a = tab();
    a.warm();
    await vi.advanceTimersByTimeAsync(100);
    expect(offscreen.create).toHaveBeenCalledTimes(1);
    expect(docs[0].received.map((e) => e.request)).toEqual([{ type: 'ocr:warm', langHint: 'zh-Hant' }]);
    expect(a.port.got).toEqual([]);
    // The picture that follows finds the host there: no second document.
    a.read('r1');
    await vi.advanceTimersByTimeAsync(100);
    expect(docs).toHaveLength(1);
    expect(reads(docs[0]).map((e) => e.request?.id)).toEqual(['r1']);
  });

  test('a warm while the host cannot be started is no failure the tab sees: no answer, no "queued", and the next picture still gets its own answer', async () => {
    const { tab } = chrome('never-connects');
    const a = tab();
    a.warm();
    await vi.advanceTimersByTimeAsync(T.establishMs + 1_000);
    expect(a.port.got).toEqual([]);
    expect(a.port.closed).toBe(false);
    a.read('r1');
    await vi.advanceTimersByTimeAsync(T.establishMs + 1_000);
    expect(a.results().map((r) => !r.outcome?.ok && r.outcome?.reason)).toEqual(['host-unavailable']);
  });

  test('a warm is never sent again to a new host (it is a hint, not a request in flight)', async () => {
    const { docs, tab } = chrome();
    const a = tab();
    a.warm();
    await vi.advanceTimersByTimeAsync(100);
    docs[0].crash();
    await vi.advanceTimersByTimeAsync(T.establishMs);
    expect(docs).toHaveLength(1);
  });

  test('a new service worker calls an existing document back at once, keeping its warm engine', async () => {
    // The document from before: the relay starts with it already there.
    const onConnect: ((port: RelayPort) => void)[] = [];
    let docPort: FakePort | null = null;
    const offscreen = {
      exists: vi.fn(async () => true),
      create: vi.fn(async () => undefined),
      close: vi.fn(async () => undefined),
      call: vi.fn(async () => {
        const [mine, theirs] = pair(OCR_HOST_PORT, { id: EXT, url: DOC_URL });
        docPort = mine;
        onConnect.forEach((l) => l(theirs));
      }),
    };
    relayToOffscreen({ extensionId: EXT, documentUrl: DOC_URL, offscreen, onConnect: (l) => onConnect.push(l) });
    await vi.advanceTimersByTimeAsync(10);
    expect(offscreen.call).toHaveBeenCalledTimes(1);
    expect(offscreen.create).not.toHaveBeenCalled();
    expect(docPort).not.toBeNull();
  });
});

describe('Firefox: the engine in the background page', () => {
  const recognized: RecognizeResult = {
    text: '充值記錄 WXTM 已完成 地址 0x12ab 網絡 ERC20',
    qr: [],
    langs: 'chi_tra',
    width: 100,
    height: 100,
    inverted: false,
    scale: 1,
    textLines: true,
  };
  const engine: OcrEngine = {
    read: () => Promise.reject(new Error('unused')),
    recognize: async () => recognized,
    warm: async () => undefined,
    terminate: async () => undefined,
  };

  test('a tab of ours is served by the engine; a port from another extension is refused', async () => {
    vi.useRealTimers();
    const onConnect: ((port: RelayPort) => void)[] = [];
    serveOcrInPage({ extensionId: EXT, onConnect: (l) => onConnect.push(l) }, engine);
    const [stranger, strangerTheirs] = pair(OCR_PORT, { id: 'another-extension', tab: { id: 2 } });
    onConnect.forEach((l) => l(strangerTheirs));
    const [mine, theirs] = pair(OCR_PORT, { id: EXT, tab: { id: 1 } });
    onConnect.forEach((l) => l(theirs));
    mine.postMessage({ type: 'ocr:read', id: 'r1', bytes: new Uint8Array([1, 2, 3]), langHint: 'zh-Hant', rule });
    await vi.waitFor(() => expect(mine.got.some((g) => (g.message as { type: string }).type === 'ocr:result')).toBe(true));
    const result = mine.got.map((g) => g.message as { type: string; outcome: OcrOutcome }).find((m) => m.type === 'ocr:result')!;
    expect(result.outcome.ok && result.outcome.verdict.token).toBe(true);
    expect(stranger.closed).toBe(true);
  });

  test('a warm from a tab starts the engine in the page', async () => {
    vi.useRealTimers();
    const onConnect: ((port: RelayPort) => void)[] = [];
    const warm = vi.fn(async () => undefined);
    serveOcrInPage({ extensionId: EXT, onConnect: (l) => onConnect.push(l) }, { ...engine, warm });
    const [mine, theirs] = pair(OCR_PORT, { id: EXT, tab: { id: 1 } });
    onConnect.forEach((l) => l(theirs));
    mine.postMessage({ type: 'ocr:warm', langHint: 'en' });
    await vi.waitFor(() => expect(warm).toHaveBeenCalledWith('en'));
    expect(mine.got).toEqual([]);
  });
});
