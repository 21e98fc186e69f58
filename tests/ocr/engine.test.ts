/**
 * The shared engine's control flow with a fake tesseract worker: queueing, cancellation, time
 * limits, a createWorker that never resolves (wasm refused), language switches, idle termination.
 * The real tesseract.js runs in tests/ocr/node/engine.test.ts.
 */
import { describe, expect, test, vi } from 'vitest';
import { findContest } from '../../lib/contests';
import { createOcrEngine, type EngineOptions } from '../../lib/ocr/engine';
import { PRACTICE_ROUNDS } from '../../lib/ocr/practice';
import type { Decoder } from '../../lib/ocr/types';
import { grayPng } from './images';

const rule = findContest('wxtm-2025')!.screenshot;
const image = grayPng(400, 300, (x, y) => (((x >> 4) + (y >> 4)) % 2 ? 255 : 0));
const decode: Decoder = async () => ({ width: 400, height: 300, channels: 1, data: new Uint8Array(400 * 300).fill(255) });

const DEPOSIT_TEXT = '充值記錄\nWXTM\n網絡 ETH/ERC20\n已完成\n交易哈希';

interface FakeWorker {
  recognize: ReturnType<typeof vi.fn>;
  setParameters: ReturnType<typeof vi.fn>;
  reinitialize: ReturnType<typeof vi.fn>;
  terminate: ReturnType<typeof vi.fn>;
}

function fakeTesseract(opts: { text?: string; delayMs?: number; hang?: boolean; startHang?: boolean } = {}) {
  const workers: FakeWorker[] = [];
  const created: string[] = [];
  const createWorker = vi.fn(async (langs: string) => {
    created.push(langs);
    if (opts.startHang) return new Promise<never>(() => undefined);
    const w: FakeWorker = {
      recognize: vi.fn(
        () =>
          new Promise((resolve) => {
            if (opts.hang) return;
            setTimeout(() => resolve({ data: { text: opts.text ?? DEPOSIT_TEXT } }), opts.delayMs ?? 5);
          }),
      ),
      setParameters: vi.fn(async () => ({})),
      reinitialize: vi.fn(async () => ({})),
      terminate: vi.fn(async () => ({})),
    };
    workers.push(w);
    return w;
  });
  return { createWorker: createWorker as unknown as EngineOptions['createWorker'], workers, created, opts };
}

function engineWith(fake: ReturnType<typeof fakeTesseract>, extra: Partial<EngineOptions> = {}) {
  return createOcrEngine({ decode, worker: { langPath: '/nowhere', cacheMethod: 'none' }, createWorker: fake.createWorker, ...extra });
}

describe('createOcrEngine', () => {
  test('reads, classifies and reports progress; one worker serves many reads', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake);
    const stages: string[] = [];
    const a = await engine.read(image, { rule, langHint: 'zh-Hant', onProgress: (p) => stages.push(p.stage) });
    const b = await engine.read(image, { rule, langHint: 'zh-Hant' });
    expect(a).toMatchObject({ ok: true, verdict: { kind: 'deposit', token: true }, langs: 'chi_tra' });
    expect(b.ok).toBe(true);
    expect(fake.workers).toHaveLength(1);
    expect(fake.workers[0].setParameters).toHaveBeenCalledWith(expect.objectContaining({ preserve_interword_spaces: '1' }));
    expect(stages[0]).toBe('decoding');
    expect(stages.at(-1)).toBe('classifying');
    await engine.terminate();
    expect(fake.workers[0].terminate).toHaveBeenCalled();
  });

  test('the worker gets the injected options (paths, no cache) and the PGM bytes', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake);
    await engine.read(image, { rule, langHint: 'en' });
    const call = (fake.createWorker as unknown as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(call[0]).toBe('eng');
    expect(call[2]).toMatchObject({ langPath: '/nowhere', cacheMethod: 'none' });
    const pgm = fake.workers[0].recognize.mock.calls[0][0] as Uint8Array;
    expect(String.fromCharCode(pgm[0], pgm[1])).toBe('P5');
    await engine.terminate();
  });

  test('another language hint switches languages on the same worker', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake);
    await engine.read(image, { rule, langHint: 'zh-Hant' });
    await engine.read(image, { rule, langHint: 'en' });
    expect(fake.workers).toHaveLength(1);
    expect(fake.workers[0].reinitialize).toHaveBeenCalledWith('eng');
    await engine.terminate();
  });

  test('a bad image fails with its reason and does not start the worker', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake);
    const r = await engine.read(new Uint8Array(0), { rule });
    expect(r).toMatchObject({ ok: false, reason: 'empty' });
    expect(fake.created).toHaveLength(0);
  });

  test('cancelling a read in progress stops it, terminates the worker, and the next read works', async () => {
    const fake = fakeTesseract({ delayMs: 10_000 });
    const engine = engineWith(fake);
    const ac = new AbortController();
    const pending = engine.read(image, { rule, signal: ac.signal });
    await vi.waitFor(() => expect(fake.workers[0]?.recognize).toHaveBeenCalled());
    ac.abort();
    expect(await pending).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(fake.workers[0].terminate).toHaveBeenCalled();
    // The next read gets a fresh worker.
    fake.opts.delayMs = 5;
    const next = await engine.read(image, { rule });
    expect(next.ok).toBe(true);
    expect(fake.workers).toHaveLength(2);
    await engine.terminate();
  });

  test('a read that is still queued is dropped when cancelled; the others go on', async () => {
    const fake = fakeTesseract({ delayMs: 50 });
    const engine = engineWith(fake);
    const ac = new AbortController();
    const first = engine.read(image, { rule });
    const second = engine.read(image, { rule, signal: ac.signal });
    const third = engine.read(image, { rule });
    ac.abort();
    expect(await first).toMatchObject({ ok: true });
    expect(await second).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(await third).toMatchObject({ ok: true });
    expect(fake.workers[0].recognize).toHaveBeenCalledTimes(2);
    expect(fake.workers[0].terminate).not.toHaveBeenCalled();
    await engine.terminate();
  });

  test('a read longer than the limit is stopped with timeout', async () => {
    const fake = fakeTesseract({ hang: true });
    const engine = engineWith(fake, { timeoutMs: 100 });
    const r = await engine.read(image, { rule });
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
    expect(fake.workers[0].terminate).toHaveBeenCalled();
  });

  test('a createWorker that never resolves (wasm refused) fails with engine-failed', async () => {
    const fake = fakeTesseract({ startHang: true });
    const engine = engineWith(fake, { startTimeoutMs: 50, timeoutMs: 5_000 });
    const r = await engine.read(image, { rule });
    expect(r).toMatchObject({ ok: false, reason: 'engine-failed' });
  });

  test('a worker that crashes mid-read fails with engine-failed and is replaced', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake);
    await engine.read(image, { rule });
    fake.workers[0].recognize.mockImplementationOnce(async () => {
      throw new Error('RuntimeError: memory access out of bounds');
    });
    expect(await engine.read(image, { rule })).toMatchObject({ ok: false, reason: 'engine-failed' });
    expect((await engine.read(image, { rule })).ok).toBe(true);
    expect(fake.workers).toHaveLength(2);
    await engine.terminate();
  });

  test('an idle worker is terminated after idleTerminateMs', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake, { idleTerminateMs: 30 });
    await engine.read(image, { rule });
    await vi.waitFor(() => expect(fake.workers[0].terminate).toHaveBeenCalled(), { timeout: 1000 });
  });

  test('an already aborted signal never starts the read', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake);
    const r = await engine.read(image, { rule, signal: AbortSignal.abort() });
    expect(r).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(fake.created).toHaveLength(0);
  });
});

test('a read cancelled while the new worker sets its parameters leaves no stray worker: the next read succeeds', async () => {
  const fake = fakeTesseract();
  let release: (() => void) | undefined;
  const slowFirst = fake.createWorker as unknown as (...a: unknown[]) => Promise<FakeWorker>;
  let first = true;
  const createWorker = (async (...args: unknown[]) => {
    const w = await slowFirst(...args);
    if (first) {
      first = false;
      w.setParameters.mockImplementation(() => new Promise<void>((r) => (release = r)));
    }
    return w;
  }) as unknown as EngineOptions['createWorker'];
  const engine = createOcrEngine({ decode, worker: { langPath: '/nowhere', cacheMethod: 'none' }, createWorker });
  const cancel = new AbortController();
  const cancelled = engine.read(image, { rule, langHint: 'zh-Hant', signal: cancel.signal });
  await vi.waitFor(() => expect(release).toBeDefined());
  cancel.abort();
  expect(await cancelled).toMatchObject({ ok: false, reason: 'cancelled' });
  const next = engine.read(image, { rule, langHint: 'zh-Hant' });
  release!();
  expect(await next).toMatchObject({ ok: true, verdict: { kind: 'deposit' } });
  expect(fake.workers[0].terminate).toHaveBeenCalled();
});

test('a read given up while decoding (a decode cannot be stopped) is answered at once, and the next read waits for that decode: never two at once', async () => {
  let decoding = 0;
  let most = 0;
  const decode: Decoder = async () => {
    decoding++;
    most = Math.max(most, decoding);
    await new Promise((r) => setTimeout(r, 200)); // a big picture
    decoding--;
    return { width: 400, height: 300, channels: 1, data: new Uint8Array(400 * 300).fill(255) };
  };
  const createWorker = vi.fn(async () => ({
    recognize: vi.fn(async () => ({ data: { text: 'x' } })),
    setParameters: vi.fn(async () => ({})),
    reinitialize: vi.fn(async () => ({})),
    terminate: vi.fn(async () => ({})),
  }));
  const engine = createOcrEngine({ decode, worker: {}, createWorker: createWorker as unknown as EngineOptions['createWorker'] });
  const image = grayPng(400, 300, () => 255);
  const stop = new AbortController();
  const first = engine.recognize(image, { signal: stop.signal }).catch((e: { reason?: string }) => e.reason);
  const second = engine.recognize(image, {});
  await new Promise((r) => setTimeout(r, 50));
  stop.abort(); // the writer removed the first picture while it decoded
  expect(await first).toBe('cancelled');
  await expect(second).resolves.toMatchObject({ text: 'x' });
  expect(most).toBe(1);
});

describe('warm (ahead of the first picture)', () => {
  test('starts the worker with the language, practises on the practice page, and sets up the QR reader', async () => {
    const fake = fakeTesseract();
    const qr = vi.fn(async () => []);
    const engine = engineWith(fake, { qr });
    await engine.warm('zh-Hans');
    expect(fake.created).toEqual(['chi_sim']);
    expect(fake.workers[0].recognize).toHaveBeenCalledTimes(PRACTICE_ROUNDS);
    expect(qr).toHaveBeenCalledTimes(1);
    // The first read finds it ready: no second worker, no language switch.
    expect(await engine.read(image, { rule, langHint: 'zh-Hans' })).toMatchObject({ ok: true, langs: 'chi_sim' });
    expect(fake.workers).toHaveLength(1);
    expect(fake.workers[0].reinitialize).not.toHaveBeenCalled();
    await engine.terminate();
  });

  test('a second warm is a no-op, whether the first is still running or done', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake);
    const first = engine.warm('zh-Hant');
    const meanwhile = engine.warm('zh-Hant');
    await Promise.all([first, meanwhile]);
    await engine.warm('zh-Hant');
    expect(fake.created).toHaveLength(1);
    expect(fake.workers[0].recognize).toHaveBeenCalledTimes(PRACTICE_ROUNDS);
    await engine.terminate();
  });

  test('the practice gives way to a picture: a read that arrives meanwhile waits one round at most', async () => {
    const fake = fakeTesseract({ delayMs: 200 });
    const engine = engineWith(fake);
    const warming = engine.warm('zh-Hant');
    await vi.waitFor(() => expect(fake.workers[0]?.recognize).toHaveBeenCalledTimes(1), { interval: 5 });
    const read = await engine.read(image, { rule, langHint: 'zh-Hant' });
    expect(read).toMatchObject({ ok: true, verdict: { kind: 'deposit' } });
    await warming;
    // One round of practice, then the picture's read: the rest of the practice was dropped.
    expect(fake.workers[0].recognize).toHaveBeenCalledTimes(2);
    await engine.warm('zh-Hant');
    expect(fake.workers[0].recognize).toHaveBeenCalledTimes(2);
    await engine.terminate();
  });

  test('a warmed worker that gets no picture is still terminated when idle', async () => {
    const fake = fakeTesseract();
    const engine = engineWith(fake, { idleTerminateMs: 30 });
    await engine.warm('zh-Hant');
    await vi.waitFor(() => expect(fake.workers[0].terminate).toHaveBeenCalled(), { timeout: 1000 });
  });

  test('a warm that cannot start the engine rejects (engine-failed) and the next read starts it afresh', async () => {
    const fake = fakeTesseract({ startHang: true });
    const engine = engineWith(fake, { startTimeoutMs: 50 });
    await expect(engine.warm('zh-Hant')).rejects.toMatchObject({ reason: 'engine-failed' });
    fake.opts.startHang = false;
    expect(await engine.read(image, { rule, langHint: 'zh-Hant' })).toMatchObject({ ok: true });
    expect(fake.created).toHaveLength(2);
    await engine.terminate();
  });
});

test('the first picture starts the worker while it decodes (once its header made sense), not after', async () => {
  const fake = fakeTesseract();
  let decoded = false;
  let startedWhileDecoding = false;
  const slowDecode: Decoder = async (...args) => {
    await vi.waitFor(() => expect(fake.created).toHaveLength(1), { timeout: 1000, interval: 5 });
    startedWhileDecoding = !decoded;
    decoded = true;
    return decode(...args);
  };
  const engine = engineWith(fake, { decode: slowDecode });
  expect(await engine.read(image, { rule, langHint: 'zh-Hant' })).toMatchObject({ ok: true });
  expect(startedWhileDecoding).toBe(true);
  expect(fake.created).toHaveLength(1);
  await engine.terminate();
});
