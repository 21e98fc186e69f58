/**
 * The messages between the content script and the OCR host (Chrome: offscreen document behind the
 * background; Firefox: the background page), validated with zod at every receiving end.
 *
 * Image bytes travel as a Uint8Array, by structured clone: Firefox always clones extension
 * messages, and Chrome does from version 148 with the manifest key
 * `message_serialization: "structured_clone"` (wxt.config.ts). No base64: a 30 MB picture is a 30 MB
 * message, well under Chrome's 64 MiB limit, because the content script refuses anything over
 * {@link MAX_IMAGE_BYTES} before sending.
 *
 * Protocol (each `ocr:read` gets exactly one `ocr:result`, whatever happens):
 *   content → host   ocr:read {id, bytes, langHint, rule}     id: the client's request id
 *   content → host   ocr:cancel {id}                          the writer removed the picture / gave up
 *   content → host   ocr:warm {langHint}                      the writer started writing for a contest that takes
 *                                                            screenshots: start the engine ahead of the first one
 *   host → content   ocr:progress {id, stage, progress}      also a heartbeat every few seconds
 *   host → content   ocr:result {id, outcome}                the verdict, or a failure with its reason
 * The host computes the picture's hash itself; it never trusts a hash from the client. A warm gets no
 * answer (it has no id): it is a hint, and one that fails costs the writer nothing but the head start.
 */
import * as z from 'zod/mini';
import { ScreenshotRule } from '../contests/schema';
import { MAX_IMAGE_BYTES } from './types';
import { OcrOutcomeSchema, type FailureReason } from './verdict';

export const OCR_PORT = 'gsc-ocr';
export const OCR_HOST_PORT = 'gsc-ocr-host';
/** Background → offscreen document (Chrome): "connect your host port to me" (sent on every start). */
export const OCR_HOST_CALL = 'gsc-ocr-host:connect';

const LangHintSchema = z.enum(['zh-Hant', 'zh-Hans', 'en', 'auto']);

const Id = z.string().check(z.minLength(1), z.maxLength(128));
const Unit = z.number().check(z.gte(0), z.lte(1));

/** Bytes as they arrive by structured clone (a Uint8Array of this realm, or any ArrayBuffer view). */
const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array || (ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === '[object Uint8Array]'), {
  message: 'bytes must be a Uint8Array',
});

/** Content script → OCR host: read this image. */
export const OcrReadRequest = z.object({
  type: z.literal('ocr:read'),
  id: Id,
  bytes: Bytes.check(z.refine((b) => b.byteLength <= MAX_IMAGE_BYTES, { message: `more than ${MAX_IMAGE_BYTES} bytes` })),
  langHint: z._default(LangHintSchema, 'auto'),
  rule: ScreenshotRule,
});
export type OcrReadRequest = z.infer<typeof OcrReadRequest>;

/** Content script → OCR host: the image was removed (or the client gave up); stop reading it. */
export const OcrCancelRequest = z.object({ type: z.literal('ocr:cancel'), id: Id });
export type OcrCancelRequest = z.infer<typeof OcrCancelRequest>;

/**
 * Content script → OCR host: start the engine for this language now (Chrome: create the offscreen
 * document, start the worker, load the language), so the writer's first picture finds it ready.
 * No id and no answer; the engine's idle termination (`engineIdleMs`) frees it if no picture comes.
 */
export const OcrWarmRequest = z.object({ type: z.literal('ocr:warm'), langHint: z._default(LangHintSchema, 'auto') });
export type OcrWarmRequest = z.infer<typeof OcrWarmRequest>;

export const OcrRequest = z.discriminatedUnion('type', [OcrReadRequest, OcrCancelRequest, OcrWarmRequest]);
export type OcrRequest = z.infer<typeof OcrRequest>;

/** OCR host → content script, while reading (and every `heartbeatMs` of lib/ocr/timeouts.ts as a heartbeat). */
export const OcrProgressMessage = z.object({
  type: z.literal('ocr:progress'),
  id: z.string(),
  stage: z.enum(['queued', 'decoding', 'loading', 'recognizing', 'classifying']),
  progress: Unit,
});
export type OcrProgressMessage = z.infer<typeof OcrProgressMessage>;

/** OCR host → content script: the one answer to one `ocr:read`. */
export const OcrResultMessage = z.object({ type: z.literal('ocr:result'), id: z.string(), outcome: OcrOutcomeSchema });
export type OcrResultMessage = z.infer<typeof OcrResultMessage>;

export const OcrReply = z.discriminatedUnion('type', [OcrProgressMessage, OcrResultMessage]);
export type OcrReply = z.infer<typeof OcrReply>;

/**
 * Chrome: the background relays between content ports and the offscreen document's one port,
 * tagging each message with the content port it belongs to (a random id: ids must not repeat
 * across restarts of the service worker, or a new tab would receive an old tab's answers).
 */
export const HostEnvelope = z.object({
  client: z.string(),
  request: z.optional(z.unknown()),
  /** The content port closed: drop its reads. */
  gone: z.optional(z.boolean()),
});
export const ReplyEnvelope = z.object({ client: z.string(), reply: z.unknown() });

/**
 * The request id of a message that failed validation, when it has a readable one: such a request
 * is still answered (with `refused`), so its sender never waits for nothing.
 */
export function readableRequestId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, type } = raw as { id?: unknown; type?: unknown };
  if (type === 'ocr:cancel' || type === 'ocr:warm') return null; // neither expects an answer
  return typeof id === 'string' && id.length > 0 && id.length <= 128 ? id : null;
}

/** The answer to a request that could not be served at all. */
export function failureReply(id: string, reason: FailureReason, detail: string): OcrResultMessage {
  return { type: 'ocr:result', id, outcome: { ok: false, reason, detail, ms: 0 } };
}
