/**
 * The OCR host's side of the protocol: one engine (one warm worker), many clients (tabs). Verdicts
 * are cached by the image's hash, so the same picture is never read twice; a read wanted by two
 * clients runs once; a read nobody wants any more (image removed, tab closed) is cancelled.
 * Browser-agnostic: the transport is injected (`send`).
 */
import type { OcrEngine } from './engine';
import { base64ToBytes, OcrRequest, type OcrReply } from './messages';
import type { OcrOutcome } from './types';

const CACHE_SIZE = 200;
/** Failures that say something about the moment, not the image: never cached. */
const TRANSIENT = new Set(['cancelled', 'timeout', 'engine-failed']);

interface Running {
  controller: AbortController;
  clients: Set<string>;
}

export interface OcrService {
  handle(client: string, raw: unknown): void;
  /** A client went away: its reads are dropped (and cancelled when nobody else wants them). */
  drop(client: string): void;
}

export function createOcrService(engine: OcrEngine, send: (client: string, reply: OcrReply) => void): OcrService {
  const cache = new Map<string, OcrOutcome>();
  const running = new Map<string, Running>();

  const release = (id: string, client: string) => {
    const run = running.get(id);
    if (!run) return;
    run.clients.delete(client);
    if (run.clients.size === 0) {
      run.controller.abort();
      running.delete(id);
    }
  };

  return {
    handle(client, raw) {
      const parsed = OcrRequest.safeParse(raw);
      if (!parsed.success) {
        console.warn('[gate-square-checklist] OCR request refused', parsed.error.issues[0]);
        return;
      }
      const request = parsed.data;
      if (request.type === 'ocr:cancel') {
        release(request.id, client);
        return;
      }
      const cached = cache.get(request.id);
      if (cached) {
        send(client, { type: 'ocr:result', id: request.id, outcome: cached });
        return;
      }
      const already = running.get(request.id);
      if (already) {
        already.clients.add(client);
        return;
      }
      const run: Running = { controller: new AbortController(), clients: new Set([client]) };
      running.set(request.id, run);
      void engine
        .read(base64ToBytes(request.bytesBase64), {
          rule: request.rule,
          langHint: request.langHint,
          signal: run.controller.signal,
          onProgress: ({ stage, progress }) => {
            for (const c of run.clients) send(c, { type: 'ocr:progress', id: request.id, stage, progress });
          },
        })
        .then((outcome) => {
          if (running.get(request.id) === run) running.delete(request.id);
          if (outcome.ok || !TRANSIENT.has(outcome.reason)) {
            cache.set(request.id, outcome);
            if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
          }
          for (const c of run.clients) send(c, { type: 'ocr:result', id: request.id, outcome });
        });
    },
    drop(client) {
      for (const id of [...running.keys()]) release(id, client);
    },
  };
}
