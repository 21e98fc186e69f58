import { afterEach, describe, expect, test, vi } from 'vitest';
import { findContest } from '../../lib/contests';
import type { OcrEngine, ReadOptions, RecognizeResult } from '../../lib/ocr/engine';
import type { OcrReply } from '../../lib/ocr/messages';
import { sha256Hex } from '../../lib/ocr/hash';
import { createOcrService } from '../../lib/ocr/service';
import { OcrFailure } from '../../lib/ocr/types';

const wxtm = findContest('wxtm-2025')!.screenshot;
const other = { ...wxtm, token: { symbols: ['PUBLIC'], names: [] } };
const TEXT = '充值記錄 WXTM 已完成 地址 0x12ab 網絡 ERC20';
const read: RecognizeResult = { text: TEXT, qr: [], langs: 'chi_tra', width: 100, height: 100, inverted: false, scale: 1, textLines: true };

/** The service over a stand-in engine, and every reply it sent. */
function serviceWithFakeEngine() {
  const { engine, reads } = fakeEngine();
  const sent: [string, OcrReply][] = [];
  const service = createOcrService(engine, (client, reply) => sent.push([client, reply]));
  return { engine, reads, sent, service };
}

/** A stand-in engine whose reads finish when the test says so. */
function fakeEngine() {
  const reads: { bytes: Uint8Array; options: Omit<ReadOptions, 'rule'>; finish(r: RecognizeResult): void; fail(e: unknown): void }[] = [];
  const engine: OcrEngine = {
    read: () => Promise.reject(new Error('unused')),
    recognize: (bytes, options) => new Promise((resolve, reject) => reads.push({ bytes, options, finish: resolve, fail: reject })),
    warm: async () => undefined,
    terminate: async () => undefined,
  };
  return { engine, reads };
}

const bytesA = new Uint8Array([1, 2, 3]);
const bytesB = new Uint8Array([4, 5, 6]);
const request = (id: string, bytes = bytesA, rule = wxtm) => ({ type: 'ocr:read', id, bytes, langHint: 'zh-Hant', rule });
/** A deposit page whose coin the first reading lost (small gray text): the extension cannot tell. */
const COIN_NOT_READ = '充值記錄\n網絡 ETH/ERC20\n已完成\n交易哈希';
/** Long enough for the real SHA-256 (on the thread pool) to finish on a loaded CI machine. */
const settle = () => new Promise((r) => setTimeout(r, 25));
const results = (sent: [string, OcrReply][]) => sent.filter(([, r]) => r.type === 'ocr:result');

afterEach(() => vi.useRealTimers());

test('the same picture is read once, for every tab that asks, and then served from the text cache', async () => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('a', request('r1'));
  service.handle('b', request('r9'));
  await settle();
  expect(reads).toHaveLength(1);
  reads[0].options.onProgress?.({ stage: 'recognizing', progress: 0.5 });
  reads[0].finish(read);
  await settle();
  expect(
    results(sent)
      .map(([c, r]) => `${c}:${r.id}`)
      .sort(),
  ).toEqual(['a:r1', 'b:r9']);
  service.handle('c', request('r1'));
  await settle();
  expect(reads).toHaveLength(1);
  const last = sent.at(-1)!;
  expect(last[0]).toBe('c');
  expect(last[1].type === 'ocr:result' && last[1].outcome.ok && last[1].outcome.verdict.token).toBe(true);
});

test('a picture read for one contest is judged afresh for another: the text is cached, not the verdict', async () => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('a', request('x', bytesA, wxtm));
  await settle();
  reads[0].finish(read);
  await settle();
  service.handle('a', request('y', bytesA, other));
  await settle();
  // The text is not read again: at most a closer look, when the other contest cannot tell from it.
  expect(reads.length).toBeLessThanOrEqual(2);
  expect(reads.slice(1).every((r) => r.options.deep)).toBe(true);
  reads[1]?.finish(read);
  await settle();
  const verdicts = Object.fromEntries(results(sent).map(([, r]) => [r.id, r.type === 'ocr:result' && r.outcome.ok ? r.outcome.verdict : null]));
  expect(verdicts.x?.token).toBe(true);
  expect(verdicts.y?.token).toBe(false);
});

test('the host hashes the bytes itself: the same request id with other bytes is another picture', async () => {
  const { engine, reads } = fakeEngine();
  const service = createOcrService(engine, () => undefined);
  service.handle('a', request('same', bytesA));
  service.handle('b', request('same', bytesB));
  await settle();
  expect(reads.map((r) => [...r.bytes])).toEqual([
    [1, 2, 3],
    [4, 5, 6],
  ]);
});

test('pictures are queued in the order asked, even when a later hash finishes first', async () => {
  const { engine, reads } = fakeEngine();
  const pending: ((digest: string) => void)[] = [];
  const hash = () => new Promise<string>((resolve) => pending.push(resolve));
  const service = createOcrService(engine, () => undefined, { hash });
  service.handle('a', request('first', bytesA));
  service.handle('a', request('second', bytesB));
  pending[1]('digest-b');
  await settle();
  expect(reads).toHaveLength(0);
  pending[0]('digest-a');
  await settle();
  expect(reads.map((r) => [...r.bytes])).toEqual([
    [1, 2, 3],
    [4, 5, 6],
  ]);
});

test('a read nobody wants any more is aborted, and an aborted read is not cached', async () => {
  const { engine, reads } = fakeEngine();
  const service = createOcrService(engine, () => undefined);
  service.handle('a', request('r1'));
  service.handle('b', request('r2'));
  await settle();
  service.handle('a', { type: 'ocr:cancel', id: 'r1' });
  expect(reads[0].options.signal?.aborted).toBe(false);
  service.drop('b');
  expect(reads[0].options.signal?.aborted).toBe(true);
  reads[0].fail(new OcrFailure('cancelled', 'cancelled'));
  await settle();
  service.handle('a', request('r3'));
  await settle();
  expect(reads).toHaveLength(2);
});

test('a cancel that arrives while the bytes are hashed stops the read before it starts', async () => {
  const { engine, reads } = fakeEngine();
  const service = createOcrService(engine, () => undefined);
  service.handle('a', request('r1'));
  service.handle('a', { type: 'ocr:cancel', id: 'r1' });
  await settle();
  expect(reads).toHaveLength(0);
});

test.each([
  ['bytes that are not bytes', { type: 'ocr:read', id: 'r1', bytes: 'AAAA', langHint: 'zh-Hant', rule: wxtm }],
  ['no rule', { type: 'ocr:read', id: 'r1', bytes: bytesA, langHint: 'zh-Hant' }],
  ['an unknown type', { type: 'ocr:paint', id: 'r1' }],
])('a malformed request with a readable id (%s) is answered "refused", and nothing is read', async (_name, raw) => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('a', raw);
  await settle();
  expect(reads).toHaveLength(0);
  expect(sent).toHaveLength(1);
  const [client, reply] = sent[0];
  expect(client).toBe('a');
  expect(reply.type === 'ocr:result' && !reply.outcome.ok && reply.outcome.reason).toBe('refused');
});

test('a message without a readable id gets no answer (there is no one to answer) and reads nothing', async () => {
  const { engine, reads } = fakeEngine();
  const sent: unknown[] = [];
  const service = createOcrService(engine, (_c, reply) => sent.push(reply));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  service.handle('a', 'hello');
  service.handle('a', { type: 'ocr:read', id: '', bytes: bytesA });
  await settle();
  expect(reads).toHaveLength(0);
  expect(sent).toEqual([]);
});

test('when every client vanishes at once (the relay restarted), reads go on for the grace period and a returning client joins them', async () => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('old', request('r1'));
  await settle();
  service.dropAll(1_000);
  expect(reads[0].options.signal?.aborted).toBe(false);
  service.handle('new', request('r1'));
  await settle();
  expect(reads).toHaveLength(1);
  reads[0].finish(read);
  await settle();
  expect(results(sent).map(([c]) => c)).toEqual(['new']);
});

test('a read nobody comes back for is aborted when the grace period ends', async () => {
  const { engine, reads } = fakeEngine();
  const service = createOcrService(engine, () => undefined);
  service.handle('old', request('r1'));
  await settle();
  service.dropAll(20);
  expect(reads[0].options.signal?.aborted).toBe(false);
  await new Promise((r) => setTimeout(r, 40));
  expect(reads[0].options.signal?.aborted).toBe(true);
});

test('while a read is queued or running, every request hears a heartbeat', async () => {
  const { engine, reads } = fakeEngine();
  const sent: [string, OcrReply][] = [];
  const service = createOcrService(engine, (client, reply) => sent.push([client, reply]), { heartbeatMs: 10 });
  service.handle('a', request('r1'));
  await new Promise((r) => setTimeout(r, 60));
  const beats = sent.filter(([, r]) => r.type === 'ocr:progress').length;
  expect(beats).toBeGreaterThanOrEqual(3);
  reads[0].finish(read);
  await settle();
  const after = sent.length;
  await new Promise((r) => setTimeout(r, 40));
  expect(sent.length).toBe(after);
});

test('a failure about the picture is cached; a failure about the moment is not', async () => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('a', request('r1', bytesA));
  service.handle('a', request('r2', bytesB));
  await settle();
  reads[0].fail(new OcrFailure('truncated', 'PNG has no IEND chunk'));
  reads[1].fail(new OcrFailure('timeout', 'too slow'));
  await settle();
  service.handle('a', request('r3', bytesA));
  service.handle('a', request('r4', bytesB));
  await settle();
  expect(reads).toHaveLength(3);
  const r3 = results(sent).find(([, r]) => r.id === 'r3')![1];
  expect(r3.type === 'ocr:result' && !r3.outcome.ok && r3.outcome.reason).toBe('truncated');
});

test('a picture the first reading cannot judge gets one closer look, and the more decisive reading is the answer', async () => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('a', request('r1'));
  await settle();
  // First pass: a deposit page whose coin was lost (small gray text).
  reads[0].finish({ ...read, text: COIN_NOT_READ });
  await settle();
  expect(reads).toHaveLength(2);
  expect(reads[1].options.deep).toBe(true);
  expect(results(sent)).toHaveLength(0);
  reads[1].finish(read); // up close, WXTM is there
  await settle();
  const [, reply] = results(sent)[0];
  expect(reply.type === 'ocr:result' && reply.outcome.ok && reply.outcome.verdict.token).toBe(true);
  // Both readings are cached: asking again reads nothing more.
  service.handle('b', request('r2'));
  await settle();
  expect(reads).toHaveLength(2);
  expect(results(sent)).toHaveLength(2);
});

test('a first reading too thin to judge (no readable text) gets a closer look too', async () => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('a', request('r1'));
  await settle();
  reads[0].finish({ ...read, text: '9:41\n\n5G\n\n|' });
  await settle();
  expect(reads).toHaveLength(2);
  expect(reads[1].options.deep).toBe(true);
  reads[1].finish(read);
  await settle();
  const [, reply] = results(sent)[0];
  expect(reply.type === 'ocr:result' && reply.outcome.ok && reply.outcome.verdict.token).toBe(true);
});

test('a picture that reads as many scattered signs (a photo) gets no closer look', async () => {
  const { reads, service } = serviceWithFakeEngine();
  service.handle('a', request('r1'));
  await settle();
  reads[0].finish({ ...read, text: Array.from({ length: 30 }, (_, i) => '說人2只全'[i % 5]).join('\n\n') });
  await settle();
  expect(reads).toHaveLength(1);
});

test('a picture without lines of text (a photo) that reads as nothing gets no closer look', async () => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('a', request('r1'));
  await settle();
  reads[0].finish({ ...read, text: '站\n\nix\n\n儿', textLines: false });
  await settle();
  expect(reads).toHaveLength(1);
  const [, reply] = results(sent)[0];
  expect(reply.type === 'ocr:result' && reply.outcome.ok && reply.outcome.verdict.reason).toBe('no-text');
});

test('a closer look that sees less keeps the first reading', async () => {
  const { reads, sent, service } = serviceWithFakeEngine();
  service.handle('a', request('r1'));
  await settle();
  reads[0].finish({ ...read, text: COIN_NOT_READ });
  await settle();
  reads[1].finish({ ...read, text: '' });
  await settle();
  const [, reply] = results(sent)[0];
  expect(reply.type === 'ocr:result' && reply.outcome.ok && reply.outcome.verdict.kind).toBe('deposit');
});

test("the host hashes each request's picture once: not again for its closer look, its cached text or its answer", async () => {
  const { engine, reads } = fakeEngine();
  const hashed: number[] = [];
  const hash = (bytes: Uint8Array) => (hashed.push(bytes.length), sha256Hex(bytes));
  const sent: [string, OcrReply][] = [];
  const service = createOcrService(engine, (client, reply) => sent.push([client, reply]), { hash });
  service.handle('a', request('r1'));
  await settle();
  // The first reading cannot tell: a closer look at the same picture.
  reads[0].finish({ ...read, text: COIN_NOT_READ });
  await settle();
  expect(reads).toHaveLength(2);
  reads[1].finish(read);
  await settle();
  expect(results(sent)).toHaveLength(1);
  expect(hashed).toHaveLength(1);
  // Another tab asks for it: its request is hashed (the host trusts no client's hash), once.
  service.handle('b', request('r9'));
  await settle();
  expect(results(sent)).toHaveLength(2);
  expect(hashed).toHaveLength(2);
});

describe('ocr:warm (the writer started writing for a contest that takes screenshots)', () => {
  /** A stand-in engine that counts its warms, which finish when the test says so. */
  function warmable() {
    const { engine, reads } = fakeEngine();
    const warms: { langHint: string | undefined; done(): void; fail(e: unknown): void }[] = [];
    engine.warm = (langHint) => new Promise<void>((resolve, reject) => warms.push({ langHint, done: resolve, fail: reject }));
    const sent: [string, OcrReply][] = [];
    const service = createOcrService(engine, (client, reply) => sent.push([client, reply]));
    return { engine, reads, warms, sent, service };
  }

  test("starts the engine for the page's language, queues no read and answers nothing", async () => {
    const { reads, warms, sent, service } = warmable();
    service.handle('a', { type: 'ocr:warm', langHint: 'zh-Hans' });
    await settle();
    expect(warms.map((w) => w.langHint)).toEqual(['zh-Hans']);
    expect(reads).toHaveLength(0);
    expect(sent).toEqual([]);
  });

  test('a second warm while the first runs (another tab, the same writer) is the same warm', async () => {
    const { warms, service } = warmable();
    service.handle('a', { type: 'ocr:warm', langHint: 'zh-Hant' });
    service.handle('b', { type: 'ocr:warm', langHint: 'zh-Hant' });
    await settle();
    expect(warms).toHaveLength(1);
  });

  test('a picture sent during the warm is read and answered as usual', async () => {
    const { reads, warms, sent, service } = warmable();
    service.handle('a', { type: 'ocr:warm', langHint: 'zh-Hant' });
    service.handle('a', request('r1'));
    await settle();
    expect(reads).toHaveLength(1);
    reads[0].finish(read);
    await settle();
    expect(results(sent).map(([c, r]) => `${c}:${r.id}`)).toEqual(['a:r1']);
    warms[0].done();
  });

  test("a warm that fails is no one's failure: nothing is sent, and the next picture is read", async () => {
    const { reads, warms, sent, service } = warmable();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    service.handle('a', { type: 'ocr:warm', langHint: 'zh-Hant' });
    await settle();
    warms[0].fail(new OcrFailure('engine-failed', 'wasm refused'));
    await settle();
    expect(sent).toEqual([]);
    expect(debug).toHaveBeenCalled();
    // The failed warm is over: a later one tries again.
    service.handle('a', { type: 'ocr:warm', langHint: 'zh-Hant' });
    service.handle('a', request('r1'));
    await settle();
    expect(warms).toHaveLength(2);
    expect(reads).toHaveLength(1);
  });

  test('a warm is validated by its schema: one in an unknown language starts nothing and, having no answer, is only logged', async () => {
    const { warms, sent, service } = warmable();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    service.handle('a', { type: 'ocr:warm', langHint: 'klingon' });
    await settle();
    expect(warms).toHaveLength(0);
    expect(sent).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });
});
