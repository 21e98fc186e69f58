import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { findContest } from '../../lib/contests';
import { createOcrClient, type PortLike } from '../../lib/ocr/client';
import type { OcrOutcome } from '../../lib/ocr/types';

const rule = findContest('wxtm-2025')!.screenshot;
const ok: OcrOutcome = { ok: false, reason: 'truncated', detail: 'stand-in answer', ms: 1 };

/** A port the test drives: what the client posted, and a way to answer or close. */
function fakePorts() {
  const ports: { posted: { type: string; id: string }[]; reply(m: unknown): void; close(): void }[] = [];
  const connect = (): PortLike => {
    const onMessage: ((m: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const entry = {
      posted: [] as { type: string; id: string }[],
      reply: (m: unknown) => onMessage.forEach((l) => l(m)),
      close: () => onDisconnect.forEach((l) => l()),
    };
    ports.push(entry);
    return {
      postMessage: (m) => entry.posted.push(m as { type: string; id: string }),
      disconnect: () => undefined,
      onMessage: { addListener: (l) => onMessage.push(l) },
      onDisconnect: { addListener: (l) => onDisconnect.push(l) },
    };
  };
  return { ports, connect };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('a picture over the byte limit is refused here, with the limit in the detail, and nothing is sent', async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect, { maxBytes: 10 });
  const outcome = await client.read('k', new Uint8Array(11), { rule, langHint: 'zh-Hant' });
  expect(outcome).toMatchObject({ ok: false, reason: 'file-too-large' });
  expect(!outcome.ok && outcome.detail).toMatch(/limit/);
  expect(ports).toHaveLength(0);
});

test('the deadline is an idle deadline: heartbeats keep a slow read alive, silence ends it and cancels on the host', async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect, { idleMs: 1_000 });
  const done = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
  const id = ports[0].posted[0].id;
  for (let i = 0; i < 5; i++) {
    await vi.advanceTimersByTimeAsync(900);
    ports[0].reply({ type: 'ocr:progress', id, stage: 'queued', progress: 0 });
  }
  await vi.advanceTimersByTimeAsync(1_001);
  expect(await done).toMatchObject({ ok: false, reason: 'timeout' });
  expect(ports[0].posted.map((m) => m.type)).toEqual(['ocr:read', 'ocr:cancel']);
});

test('a port lost under a read: the read is sent again on a new port and answered there', async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect);
  const done = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
  ports[0].close();
  expect(ports).toHaveLength(2);
  const id = ports[1].posted[0].id;
  ports[1].reply({ type: 'ocr:result', id, outcome: ok });
  expect(await done).toEqual(ok);
});

test('a host that keeps going away ends the read with host-unavailable, never a spinner', async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect, { maxAttempts: 3 });
  const done = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
  ports[0].close();
  ports[1].close();
  ports[2].close();
  expect(await done).toMatchObject({ ok: false, reason: 'host-unavailable' });
});

test('the same picture asked for twice is one read; it is cancelled on the host only when both let go', async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect);
  const first = new AbortController();
  const second = new AbortController();
  const a = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant', signal: first.signal });
  const b = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant', signal: second.signal });
  expect(ports[0].posted.map((m) => m.type)).toEqual(['ocr:read']);
  first.abort();
  expect(await a).toMatchObject({ ok: false, reason: 'cancelled' });
  expect(ports[0].posted.map((m) => m.type)).toEqual(['ocr:read']);
  second.abort();
  expect(await b).toMatchObject({ ok: false, reason: 'cancelled' });
  expect(ports[0].posted.map((m) => m.type)).toEqual(['ocr:read', 'ocr:cancel']);
});

test('one picture attached twice, one copy removed: the other copy still gets the verdict', async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect);
  const removed = new AbortController();
  const a = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant', signal: removed.signal });
  const b = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
  removed.abort();
  ports[0].reply({ type: 'ocr:result', id: ports[0].posted[0].id, outcome: ok });
  expect(await a).toMatchObject({ reason: 'cancelled' });
  expect(await b).toEqual(ok);
});

test('another contest is another request for the same picture (its verdict differs)', () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect);
  void client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
  void client.read('k', new Uint8Array(3), { rule: { ...rule, token: { symbols: ['PUBLIC'], names: [] } }, langHint: 'zh-Hant' });
  expect(ports[0].posted.filter((m) => m.type === 'ocr:read')).toHaveLength(2);
});

test('each read is answered exactly once: a late or repeated answer changes nothing', async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect);
  const done = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
  const id = ports[0].posted[0].id;
  ports[0].reply({ type: 'ocr:result', id, outcome: ok });
  ports[0].reply({ type: 'ocr:result', id, outcome: { ...ok, reason: 'empty' } });
  expect(await done).toEqual(ok);
});

test('a host that is away because the extension itself stopped says so: only reloading it helps', async () => {
  const { ports, connect } = fakePorts();
  let alive = true;
  const client = createOcrClient(connect, { idleMs: 1_000, alive: () => alive });
  const done = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
  expect(ports).toHaveLength(1);
  alive = false;
  await vi.advanceTimersByTimeAsync(1_001);
  expect(await done).toMatchObject({ ok: false, reason: 'extension-stopped' });
  const next = await client.read('j', new Uint8Array(3), {
    rule,
    langHint: 'zh-Hant',
  });
  // Known gone: the next picture is answered at once, without waiting for a host.
  expect(next).toMatchObject({ ok: false, reason: 'extension-stopped' });
  expect(ports).toHaveLength(1);
});

test('warm is sent once per page, on the port the first picture then uses', async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect);
  client.warm('zh-Hans');
  client.warm('zh-Hans');
  client.warm('en');
  expect(ports).toHaveLength(1);
  expect(ports[0].posted).toEqual([{ type: 'ocr:warm', langHint: 'zh-Hans' }]);
  const done = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hans' });
  expect(ports).toHaveLength(1);
  ports[0].reply({ type: 'ocr:result', id: ports[0].posted[1].id, outcome: ok });
  expect(await done).toEqual(ok);
});

test('a warm that cannot be sent (the extension is gone) is dropped quietly: no throw, no port, and reads still say why they fail', async () => {
  const { ports, connect } = fakePorts();
  const gone = createOcrClient(connect, { alive: () => false });
  expect(() => gone.warm('zh-Hant')).not.toThrow();
  expect(ports).toHaveLength(0);
  const refusing = createOcrClient(() => {
    throw new Error('Extension context invalidated.');
  });
  expect(() => refusing.warm('zh-Hant')).not.toThrow();
  expect(await refusing.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' })).toMatchObject({ ok: false, reason: 'host-unavailable' });
});

test("a warm's port lost before any picture: the first picture opens a new one and is read", async () => {
  const { ports, connect } = fakePorts();
  const client = createOcrClient(connect);
  client.warm('zh-Hant');
  ports[0].close();
  const done = client.read('k', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
  expect(ports).toHaveLength(2);
  ports[1].reply({ type: 'ocr:result', id: ports[1].posted[0].id, outcome: ok });
  expect(await done).toEqual(ok);
});
