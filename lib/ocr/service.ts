/**
 * The OCR host's side of the protocol (lib/ocr/messages.ts): one engine (one warm worker), many
 * clients (tabs). Browser-agnostic: the transport is injected (`send`).
 *
 * - What is cached is the *text* of a picture, keyed by the SHA-256 the host computes of its bytes
 *   and the OCR languages; every request is classified against the rule it carries (classifying
 *   is cheap), so a picture read for one contest is judged afresh for another.
 * - A read wanted by several requests (two tabs, the same picture attached twice) runs once.
 * - Every `ocr:read` gets exactly one `ocr:result`: malformed requests with a readable id are
 *   answered `refused`; reads in flight send a heartbeat every `heartbeatMs` (lib/ocr/timeouts.ts), so a client
 *   can tell a slow host from a dead one.
 * - `ocr:warm` starts the engine ahead of the first picture (engine.warm): no answer, no read
 *   queued, one warm at a time (a second one meanwhile is the same), and a warm that fails is only
 *   logged: the first picture then starts the engine as it would have anyway.
 * - A read nobody wants any more (cancelled, tab closed) is aborted. When the clients vanish all
 *   at once (Chrome stopped the service worker that relays them), reads go on for a grace period:
 *   the clients come back through the restarted worker and join them.
 */
import { classifyScreenshot } from './classify';
import { decisive, worthACloserLook, type OcrEngine, type RecognizeResult } from './engine';
import { sha256Hex } from './hash';
import { langsFor } from './langs';
import { failureReply, OcrRequest, readableRequestId, type OcrProgressMessage, type OcrReply } from './messages';
import { markStage, measureStage, stageNow } from './stage-marks';
import { OCR_TIMEOUTS } from './timeouts';
import { isOcrFailure, OcrFailure, TRANSIENT_FAILURES, type FailureReason, type OcrOutcome } from './types';
import type { ScreenshotRule } from '../contests/schema';

const CACHE_SIZE = 200;

type TextOutcome =
  | ({ ok: true; ms: number } & Pick<RecognizeResult, 'text' | 'qr' | 'langs' | 'width' | 'height' | 'textLines'>)
  | { ok: false; reason: FailureReason; detail: string; ms: number };

interface Subscriber {
  client: string;
  id: string;
  rule: ScreenshotRule;
  /** Waiting for the closer look: what the first reading gave, to keep if the second is no better. */
  shallow?: TextOutcome;
}

interface Run {
  controller: AbortController;
  subscribers: Map<string, Subscriber>;
  progress: Pick<OcrProgressMessage, 'stage' | 'progress'>;
  grace?: ReturnType<typeof setTimeout>;
}

export interface OcrServiceOptions {
  /** The picture's identity; defaults to SHA-256 with WebCrypto. */
  hash?: (bytes: Uint8Array) => Promise<string>;
  heartbeatMs?: number;
}

export interface OcrService {
  handle(client: string, raw: unknown): void;
  /**
   * A client went away: its reads are dropped, and aborted when nobody else wants them — at once,
   * or after `graceMs` if the client may come back (the relay restarted) and ask again.
   */
  drop(client: string, graceMs?: number): void;
  /** Every client went away at once (the relay is gone): drop them all with a grace period. */
  dropAll(graceMs: number): void;
}

const subKey = (client: string, id: string) => `${client}\u0000${id}`;

export function createOcrService(engine: OcrEngine, send: (client: string, reply: OcrReply) => void, options: OcrServiceOptions = {}): OcrService {
  const hash = options.hash ?? sha256Hex;
  const heartbeatMs = options.heartbeatMs ?? OCR_TIMEOUTS.heartbeatMs;
  const cache = new Map<string, TextOutcome>();
  const runs = new Map<string, Run>();
  /** Subscriber key → run key, for cancels. */
  const where = new Map<string, string>();
  /** Requests still being hashed: a cancel meanwhile removes them. */
  const hashing = new Map<string, string>(); // subKey → client
  /** The last request's hash, settled: hashes may finish in any order, pictures are queued in the order asked. */
  let previousHash: Promise<unknown> = Promise.resolve();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  /** The warm in flight, if any: a second warm meanwhile (another tab, the same writer) joins it. */
  let warming: Promise<void> | null = null;

  const judge = (sub: Subscriber, text: TextOutcome): OcrOutcome => {
    if (!text.ok) return text;
    try {
      const { qr, textLines: _lines, ...rest } = text;
      const t = stageNow();
      const verdict = classifyScreenshot(text.text, sub.rule, { qr });
      measureStage('classify', t);
      return { ...rest, verdict };
    } catch (e) {
      return { ok: false, reason: 'engine-failed', detail: `classifying failed: ${String(e)}`, ms: text.ms };
    }
  };
  const answer = (sub: Subscriber, text: TextOutcome) => {
    let outcome = judge(sub, text);
    // After a closer look: the more decisive of the two readings.
    if (sub.shallow) {
      const first = judge(sub, sub.shallow);
      if (first.ok && (!outcome.ok || decisive(first.verdict, outcome.verdict, sub.rule) === 'first')) outcome = first;
    }
    markStage('answer');
    send(sub.client, { type: 'ocr:result', id: sub.id, outcome });
  };
  /** The first reading is in: answer, or take a closer look when it cannot judge the picture. */
  const afterFirst = (sub: Subscriber, runKey: string, bytes: Uint8Array, langHint: Parameters<typeof langsFor>[0], text: TextOutcome) => {
    const first = judge(sub, text);
    if (!first.ok || !text.ok || !worthACloserLook(first.verdict, sub.rule, text)) return answer(sub, text);
    const closer: Subscriber = { ...sub, shallow: text };
    const deepKey = `${runKey}|deep`;
    const cached = cache.get(deepKey);
    if (cached) return answer(closer, cached);
    const key = subKey(sub.client, sub.id);
    const running = runs.get(deepKey);
    if (running) {
      running.subscribers.set(key, closer);
      where.set(key, deepKey);
      return;
    }
    start(deepKey, bytes, langHint, closer, true);
  };

  const beat = () => {
    for (const run of runs.values()) {
      for (const sub of run.subscribers.values()) send(sub.client, { type: 'ocr:progress', id: sub.id, ...run.progress });
    }
    if (runs.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  };
  const startHeartbeat = () => {
    if (heartbeat || heartbeatMs <= 0) return;
    heartbeat = setInterval(beat, heartbeatMs);
    (heartbeat as { unref?: () => void }).unref?.();
  };

  const unsubscribe = (key: string, graceMs = 0) => {
    const runKey = where.get(key);
    where.delete(key);
    if (!runKey) return;
    const run = runs.get(runKey);
    if (!run) return;
    run.subscribers.delete(key);
    if (run.subscribers.size > 0 || run.grace) return;
    const abort = () => {
      if (runs.get(runKey) !== run || run.subscribers.size > 0) return;
      run.controller.abort();
      runs.delete(runKey);
    };
    if (graceMs > 0) {
      run.grace = setTimeout(() => {
        run.grace = undefined;
        abort();
      }, graceMs);
      (run.grace as { unref?: () => void }).unref?.();
    } else abort();
  };

  const start = (runKey: string, bytes: Uint8Array, langHint: Parameters<typeof langsFor>[0], sub: Subscriber, deep = false) => {
    const run: Run = {
      controller: new AbortController(),
      subscribers: new Map([[subKey(sub.client, sub.id), sub]]),
      progress: { stage: 'queued', progress: 0 },
    };
    runs.set(runKey, run);
    where.set(subKey(sub.client, sub.id), runKey);
    startHeartbeat();
    const t0 = Date.now();
    void engine
      .recognize(bytes, {
        langHint,
        deep,
        signal: run.controller.signal,
        onProgress: ({ stage, progress }) => {
          run.progress = { stage, progress };
          for (const s of run.subscribers.values()) send(s.client, { type: 'ocr:progress', id: s.id, stage, progress });
        },
      })
      .then(
        (r): TextOutcome => ({
          ok: true,
          text: r.text,
          qr: r.qr,
          langs: r.langs,
          width: r.width,
          height: r.height,
          textLines: r.textLines,
          ms: Date.now() - t0,
        }),
        (e): TextOutcome => {
          const failure = isOcrFailure(e) ? e : new OcrFailure('engine-failed', String((e as Error)?.message ?? e));
          return { ok: false, reason: failure.reason, detail: failure.message, ms: Date.now() - t0 };
        },
      )
      .then((text) => {
        if (runs.get(runKey) === run) runs.delete(runKey);
        if (run.grace) clearTimeout(run.grace);
        if (text.ok || !TRANSIENT_FAILURES.has(text.reason)) {
          cache.set(runKey, text);
          if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
        }
        for (const [key, s] of run.subscribers) {
          where.delete(key);
          if (deep || !text.ok) answer(s, text);
          else afterFirst(s, runKey, bytes, langHint, text);
        }
      });
  };

  return {
    handle(client, raw) {
      const parsed = OcrRequest.safeParse(raw);
      if (!parsed.success) {
        const id = readableRequestId(raw);
        const issue = parsed.error.issues[0];
        const detail = `request refused: ${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}`;
        if (id) send(client, failureReply(id, 'refused', detail));
        else console.warn('[gate-square-checklist] OCR request refused', detail);
        return;
      }
      const request = parsed.data;
      if (request.type === 'ocr:warm') {
        warming ??= engine
          .warm(request.langHint)
          .catch((error) => console.debug('[gate-square-checklist] OCR warm-up failed; the first picture starts the engine', error))
          .finally(() => (warming = null));
        return;
      }
      const key = subKey(client, request.id);
      if (request.type === 'ocr:cancel') {
        hashing.delete(key);
        unsubscribe(key);
        return;
      }
      // The same id again replaces the earlier request (its answer would be the same).
      unsubscribe(key);
      const sub: Subscriber = { client, id: request.id, rule: request.rule };
      markStage('request');
      send(client, { type: 'ocr:progress', id: request.id, stage: 'queued', progress: 0 });
      hashing.set(key, client);
      const tHash = stageNow();
      const digested = Promise.all([hash(request.bytes).finally(() => measureStage('hash', tHash)), previousHash]).then(([digest]) => digest);
      previousHash = digested.catch(() => undefined);
      void digested.then(
        (digest) => {
          if (hashing.get(key) !== client) return; // cancelled or dropped while hashing
          hashing.delete(key);
          const runKey = `${digest}|${langsFor(request.langHint)}`;
          const cached = cache.get(runKey);
          if (cached) {
            // Refresh its place in the LRU order.
            cache.delete(runKey);
            cache.set(runKey, cached);
            afterFirst(sub, runKey, request.bytes, request.langHint, cached);
            return;
          }
          const running = runs.get(runKey);
          if (running) {
            running.subscribers.set(key, sub);
            where.set(key, runKey);
            if (running.grace) {
              clearTimeout(running.grace);
              running.grace = undefined;
            }
            send(client, { type: 'ocr:progress', id: request.id, ...running.progress });
            return;
          }
          start(runKey, request.bytes, request.langHint, sub);
        },
        (e) => {
          hashing.delete(key);
          send(client, failureReply(request.id, 'engine-failed', `hashing failed: ${String(e)}`));
        },
      );
    },
    drop(client, graceMs = 0) {
      for (const [key, c] of [...hashing]) if (c === client) hashing.delete(key);
      for (const key of [...where.keys()]) if (key.startsWith(`${client}\u0000`)) unsubscribe(key, graceMs);
    },
    dropAll(graceMs) {
      hashing.clear();
      for (const key of [...where.keys()]) unsubscribe(key, graceMs);
    },
  };
}
