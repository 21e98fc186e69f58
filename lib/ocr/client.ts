/**
 * The content script's side of OCR: sends a picture's bytes to the OCR host over one runtime port
 * and hands back progress and the outcome. Browser-agnostic: the port is injected.
 *
 * Every read ends, with a verdict or a failure that says why:
 * - a picture over {@link MAX_IMAGE_BYTES} is refused here (`file-too-large`), before any message;
 * - the deadline is an *idle* deadline: any word from the host (progress, heartbeat) resets it, so
 *   a long queue or a slow read never times out while the host is alive, and a dead host is
 *   noticed in `clientIdleMs` (lib/ocr/timeouts.ts); giving up sends `ocr:cancel`, so the host stops reading too;
 * - when the port closes under a read (Chrome stopped the service worker, the OCR host crashed),
 *   the read is sent again on a new port, up to {@link MAX_ATTEMPTS} times in all, and the host's
 *   text cache or its grace period makes that cheap;
 * - the same picture asked for twice (attached twice, or two checks of one draft) is one read,
 *   shared; it is cancelled only when every asker has let it go;
 * - `warm` asks the host, once per page, to start its engine before the first picture
 *   (lib/ocr/warm-up.ts says when); it is a hint with no answer, and can fail no read.
 */
import type { ScreenshotRule } from '../contests/schema';
import { OcrReply } from './messages';
import { OCR_TIMEOUTS } from './timeouts';
import { MAX_IMAGE_BYTES, type FailureReason, type LangHint, type OcrOutcome, type OcrProgress } from './types';

/** The part of runtime.Port the client uses (Chrome and Firefox agree on it). */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ReadRequest {
  rule: ScreenshotRule;
  langHint: LangHint;
  onProgress?: (progress: OcrProgress) => void;
  /** This asker lets the picture go (it was removed): the read stops when nobody wants it. */
  signal?: AbortSignal;
}

export interface OcrClient {
  /**
   * Read a picture. `key` is the picture's identity on this side (its hash): asking again with
   * the same key, language and rule joins the read in flight.
   */
  read(key: string, bytes: Uint8Array, request: ReadRequest): Promise<OcrOutcome>;
  /**
   * Ask the host to start its engine for this language ahead of the first picture (`ocr:warm`):
   * sent at most once per client, that is once per page's lifetime. Nothing is answered and
   * nothing can fail for the writer: a warm that cannot be sent is dropped, and the first picture
   * starts the engine as it always did.
   */
  warm(langHint: LangHint): void;
  close(): void;
}

/** A read is sent at most this many times (the first time and after lost ports). */
const MAX_ATTEMPTS = 3;

interface Waiter {
  resolve(outcome: OcrOutcome): void;
  onProgress?: (progress: OcrProgress) => void;
}

interface Pending {
  /** The id on the wire: key and rule, since the verdict depends on both. */
  wireId: string;
  key: string;
  bytes: Uint8Array;
  langHint: LangHint;
  rule: ScreenshotRule;
  waiters: Waiter[];
  timer?: ReturnType<typeof setTimeout>;
  started: number;
  attempts: number;
  port?: PortLike;
}

export interface OcrClientOptions {
  /**
   * Whether the extension behind the page still exists (`runtime.id` is gone once Chrome has
   * terminated it, or it was reloaded): a silent or refused host is then `extension-stopped`.
   */
  alive?: () => boolean;
  idleMs?: number;
  maxAttempts?: number;
  maxBytes?: number;
}

const ruleIds = new WeakMap<object, string>();
let nextRule = 0;
/** A short stable id per rule object, so a contest switch makes a new request for the same picture. */
function ruleId(rule: ScreenshotRule): string {
  let id = ruleIds.get(rule);
  if (!id) {
    id = `r${++nextRule}`;
    ruleIds.set(rule, id);
  }
  return id;
}

export function createOcrClient(connect: () => PortLike, options: OcrClientOptions = {}): OcrClient {
  const idleMs = options.idleMs ?? OCR_TIMEOUTS.clientIdleMs;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
  const alive = options.alive ?? (() => true);
  /** The reason for a host that is away: the extension gone, or the host alone. */
  const away = (reason: 'timeout' | 'host-unavailable'): FailureReason => (alive() ? reason : 'extension-stopped');
  let port: PortLike | null = null;
  /** By wire id. */
  const pending = new Map<string, Pending>();
  let warmed = false;

  const settle = (p: Pending, outcome: OcrOutcome) => {
    if (pending.get(p.wireId) !== p) return;
    clearTimeout(p.timer);
    pending.delete(p.wireId);
    for (const w of p.waiters) w.resolve(outcome);
  };
  const failure = (p: Pending, reason: FailureReason, detail: string): OcrOutcome => ({ ok: false, reason, detail, ms: Date.now() - p.started });

  const arm = (p: Pending) => {
    clearTimeout(p.timer);
    p.timer = setTimeout(() => {
      try {
        p.port?.postMessage({ type: 'ocr:cancel', id: p.wireId });
      } catch {
        // The port is gone: the host drops the read with it.
      }
      settle(p, failure(p, away('timeout'), `the OCR host sent nothing for ${Math.round(idleMs / 1000)} s`));
    }, idleMs);
  };

  const ensurePort = (): PortLike => {
    if (port) return port;
    const p = connect();
    p.onMessage.addListener((raw) => {
      const parsed = OcrReply.safeParse(raw);
      if (!parsed.success) return;
      const reply = parsed.data;
      const entry = pending.get(reply.id);
      if (!entry || entry.port !== p) return;
      if (reply.type === 'ocr:progress') {
        arm(entry);
        for (const w of entry.waiters) w.onProgress?.({ stage: reply.stage, progress: reply.progress });
      } else settle(entry, reply.outcome);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      // The relay or the host went away under these reads: ask again on a fresh port.
      for (const entry of [...pending.values()]) if (entry.port === p) send(entry);
    });
    port = p;
    return p;
  };

  const send = (p: Pending) => {
    if (!alive()) {
      settle(p, failure(p, 'extension-stopped', 'the extension is no longer running'));
      return;
    }
    if (p.attempts >= maxAttempts) {
      settle(p, failure(p, away('host-unavailable'), `the OCR host went away ${p.attempts} times`));
      return;
    }
    p.attempts++;
    try {
      const target = ensurePort();
      p.port = target;
      arm(p);
      target.postMessage({ type: 'ocr:read', id: p.wireId, bytes: p.bytes, langHint: p.langHint, rule: p.rule });
    } catch (error) {
      // The extension context is gone (updated or reloaded) or the message cannot be sent.
      port = null;
      settle(p, failure(p, away('host-unavailable'), String((error as Error)?.message ?? error)));
    }
  };

  return {
    read(key, bytes, { rule, langHint, onProgress, signal }) {
      return new Promise<OcrOutcome>((resolve) => {
        if (signal?.aborted) {
          resolve({ ok: false, reason: 'cancelled', detail: 'the image was removed', ms: 0 });
          return;
        }
        if (bytes.byteLength > maxBytes) {
          const mb = (n: number) => `${Math.round(n / 1024 / 102.4) / 10} MB`;
          resolve({ ok: false, reason: 'file-too-large', detail: `${mb(bytes.byteLength)}; the limit is ${mb(maxBytes)}`, ms: 0 });
          return;
        }
        const waiter: Waiter = { resolve, onProgress };
        const wireId = `${key}:${langHint}:${ruleId(rule)}`;
        let p = pending.get(wireId);
        if (p) p.waiters.push(waiter);
        else {
          p = { wireId, key, bytes, langHint, rule, waiters: [waiter], started: Date.now(), attempts: 0 };
          pending.set(wireId, p);
          send(p);
        }
        const entry = p;
        signal?.addEventListener(
          'abort',
          () => {
            const at = entry.waiters.indexOf(waiter);
            if (at < 0) return;
            entry.waiters.splice(at, 1);
            resolve(failure(entry, 'cancelled', 'the image was removed'));
            if (entry.waiters.length > 0 || pending.get(wireId) !== entry) return;
            // The last asker let go: stop the read on the host too.
            try {
              entry.port?.postMessage({ type: 'ocr:cancel', id: wireId });
            } catch {
              // The host is gone already: nothing to cancel.
            }
            settle(entry, failure(entry, 'cancelled', 'the image was removed'));
          },
          { once: true },
        );
      });
    },
    warm(langHint) {
      if (warmed || !alive()) return;
      warmed = true;
      try {
        ensurePort().postMessage({ type: 'ocr:warm', langHint });
      } catch {
        // The extension context is gone: there is nothing to warm.
        port = null;
      }
    },
    close() {
      for (const p of [...pending.values()]) settle(p, failure(p, 'cancelled', 'the page was closed'));
      port?.disconnect();
      port = null;
    },
  };
}
