/**
 * The content script's side of OCR: sends an image's bytes to the OCR host over one runtime port
 * and hands back progress and the outcome. Never throws; a host that is gone or silent becomes a
 * failure with a reason. Browser-agnostic: the port is injected.
 */
import type { ScreenshotRule } from '../contests/schema';
import { bytesToBase64, OcrReply } from './messages';
import type { LangHint, OcrOutcome, OcrProgress } from './types';

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
}

export interface OcrClient {
  read(id: string, bytes: Uint8Array, request: ReadRequest): Promise<OcrOutcome>;
  cancel(id: string): void;
  close(): void;
}

/** Longer than the host's own limit, so the host's precise reason normally wins. */
const SILENT_HOST_MS = 120_000;

interface Pending {
  resolve(outcome: OcrOutcome): void;
  onProgress?: (progress: OcrProgress) => void;
  timer: ReturnType<typeof setTimeout>;
  started: number;
}

export function createOcrClient(connect: () => PortLike): OcrClient {
  let port: PortLike | null = null;
  const pending = new Map<string, Pending>();

  const settle = (id: string, outcome: OcrOutcome) => {
    const p = pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    pending.delete(id);
    p.resolve(outcome);
  };
  const failure = (id: string, reason: 'engine-failed' | 'timeout' | 'cancelled', detail: string): OcrOutcome => ({
    ok: false,
    reason,
    detail,
    ms: Date.now() - (pending.get(id)?.started ?? Date.now()),
  });

  const ensurePort = (): PortLike => {
    if (port) return port;
    const p = connect();
    p.onMessage.addListener((raw) => {
      const parsed = OcrReply.safeParse(raw);
      if (!parsed.success) return;
      const reply = parsed.data;
      if (reply.type === 'ocr:progress') pending.get(reply.id)?.onProgress?.({ stage: reply.stage, progress: reply.progress });
      else settle(reply.id, reply.outcome);
    });
    p.onDisconnect.addListener(() => {
      port = null;
      for (const id of [...pending.keys()]) settle(id, failure(id, 'engine-failed', 'the OCR host went away'));
    });
    port = p;
    return p;
  };

  return {
    read(id, bytes, { rule, langHint, onProgress }) {
      return new Promise<OcrOutcome>((resolve) => {
        const previous = pending.get(id);
        if (previous) settle(id, failure(id, 'cancelled', 'superseded'));
        const timer = setTimeout(() => settle(id, failure(id, 'timeout', 'the OCR host did not answer')), SILENT_HOST_MS);
        pending.set(id, { resolve, onProgress, timer, started: Date.now() });
        try {
          ensurePort().postMessage({ type: 'ocr:read', id, bytesBase64: bytesToBase64(bytes), langHint, rule });
        } catch (error) {
          settle(id, failure(id, 'engine-failed', String(error)));
        }
      });
    },
    cancel(id) {
      if (!pending.has(id)) return;
      settle(id, failure(id, 'cancelled', 'the image was removed'));
      try {
        port?.postMessage({ type: 'ocr:cancel', id });
      } catch {
        // The host is gone already: nothing to cancel.
      }
    },
    close() {
      port?.disconnect();
      port = null;
    },
  };
}

/** The SHA-256 of the bytes, in hex: the image's identity for the cache. */
export async function hashBytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
