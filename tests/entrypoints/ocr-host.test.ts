/**
 * The Chrome relay (entrypoints/background/ocr-host.ts) over a fake `browser`: ports, the offscreen
 * API, and a host that answers and beats, then wedges (its main thread stops). The relay replaces
 * it; the tab must never be left in silence as long as its own patience (the client's 20 s), even
 * when closing the wedged document takes longer than the relay's deadline for it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type L = (...a: any[]) => void;
const ev = () => { const ls: L[] = []; return { ls, addListener: (f: L) => ls.push(f), fire: (...a: any[]) => ls.forEach((f) => f(...a)) }; };
function pair(name: string, sender: object) {
  const mk = () => ({ name, sender, onMessage: ev(), onDisconnect: ev(), other: null as any, dead: false,
    postMessage(m: unknown) { if (this.dead) throw new Error('disconnected port'); const o = this.other; queueMicrotask(() => !o.dead && o.onMessage.fire(m)); },
    disconnect() { if (this.dead) return; this.dead = true; const o = this.other; o.dead = true; queueMicrotask(() => o.onDisconnect.fire()); } });
  const a = mk(), b = mk(); a.other = b; b.other = a; return [a, b] as const;
}

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
  fakeBrowser.reset();
});

test('a wedged OCR document is replaced, and the tab hears its read is queued all along (never 20 s of silence)', async () => {
  vi.useFakeTimers();
  const onConnect = ev();
  let doc: { port: any; wedged: boolean } | null = null;
  const DOC_URL = 'chrome-extension://ext/offscreen.html';
  const startDoc = () => {
    const d = { port: null as any, wedged: false };
    const connect = () => {
      if (d.port) return;
      const [mine, theirs] = pair('gsc-ocr-host', { id: 'ext', url: DOC_URL });
      d.port = mine;
      mine.onDisconnect.addListener(() => (d.port = null));
      // A minimal OCR host: answers 'queued' at once and beats every 3 s until wedged.
      mine.onMessage.addListener((env: any) => {
        if (!env.request || env.request.type !== 'ocr:read') return;
        const beat = () => { if (!d.wedged && d.port === mine) mine.postMessage({ client: env.client, reply: { type: 'ocr:progress', id: env.request.id, stage: 'recognizing', progress: 0.5 } }); };
        beat();
        setInterval(beat, 3000);
      });
      onConnect.fire(theirs);
    };
    (d as any).connect = connect;
    doc = d;
    connect();
  };
  // The relay uses the extension's `browser` (WXT's fake in tests): its ports and offscreen API are ours.
  const runtime = {
    id: 'ext',
    getURL: (p: string) => `chrome-extension://ext${p}`,
    onConnect,
    getContexts: async () => (doc ? [{}] : []),
    sendMessage: async () => {
      (doc as any)?.connect();
    },
  };
  for (const [key, value] of Object.entries(runtime)) Object.defineProperty(fakeBrowser.runtime, key, { value, configurable: true });
  Object.defineProperty(fakeBrowser, 'offscreen', {
    configurable: true,
    value: {
      createDocument: async () => {
        if (doc) throw new Error('Only a single offscreen document may be created');
        startDoc();
      },
      // Closing the hung document takes longer than the relay's 5-s deadline, then succeeds.
      closeDocument: () => new Promise<void>((r) => setTimeout(() => ((doc = null), r()), 6000)),
    },
  });
  const { serveOcr } = await import('../../entrypoints/background/ocr-host');
  serveOcr();
  await vi.advanceTimersByTimeAsync(10);

  // A tab asks.
  const [tab, relaySide] = pair('gsc-ocr', { id: 'ext', tab: { id: 1 } });
  const heard: number[] = [];
  tab.onMessage.addListener((m: any) => heard.push(Date.now()));
  onConnect.fire(relaySide);
  tab.postMessage({ type: 'ocr:read', id: 'h1:auto:r1', bytes: new Uint8Array(8), langHint: 'auto', rule: {} });
  await vi.advanceTimersByTimeAsync(10_000);
  expect(heard.length).toBeGreaterThan(0);
  doc!.wedged = true; // the document's main thread stops answering
  const wedgedAt = Date.now();
  await vi.advanceTimersByTimeAsync(40_000);
  const lastBefore = Math.max(...heard.filter((t) => t <= wedgedAt));
  const firstAfter = heard.find((t) => t > wedgedAt);
  // The client gives up after IDLE_MS = 20 000 ms without a word.
  expect((firstAfter ?? Infinity) - lastBefore).toBeLessThan(20_000);
  // And once replaced, the new document's beats reach the tab: no long silence later either.
  const after = heard.filter((t) => t > wedgedAt);
  const gaps = after.map((t, i) => t - (i ? after[i - 1] : firstAfter!)).slice(1);
  expect(Math.max(...gaps)).toBeLessThan(20_000);
  expect(after.at(-1)!).toBeGreaterThan(wedgedAt + 30_000);
});
