/**
 * The messages between the content script and the OCR host (Chrome: offscreen document behind the
 * background; Firefox: the background page), validated with zod at every receiving end. Image bytes
 * travel as base64: Chrome's runtime messaging is JSON-only. Verdicts and failures are the types the
 * rules engine reads (lib/ocr/types.ts). zod/mini keeps the content script small.
 */
import * as z from 'zod/mini';
import { ScreenshotRule } from '../contests/schema';
import { FAILURE_REASONS, VERDICT_KINDS, VERDICT_REASONS } from './types';

export const OCR_PORT = 'gsc-ocr';
export const OCR_HOST_PORT = 'gsc-ocr-host';

export const LangHintSchema = z.enum(['zh-Hant', 'zh-Hans', 'en', 'auto']);

const Id = z.string().check(z.minLength(1), z.maxLength(128));
const Unit = z.number().check(z.gte(0), z.lte(1));

/** Content script → OCR host: read this image (id: the SHA-256 of its bytes). */
export const OcrReadRequest = z.object({
  type: z.literal('ocr:read'),
  id: Id,
  bytesBase64: z.string().check(z.maxLength(90_000_000)),
  langHint: z._default(LangHintSchema, 'auto'),
  rule: ScreenshotRule,
});
export type OcrReadRequest = z.infer<typeof OcrReadRequest>;

/** Content script → OCR host: the image was removed; stop reading it. */
export const OcrCancelRequest = z.object({ type: z.literal('ocr:cancel'), id: Id });
export type OcrCancelRequest = z.infer<typeof OcrCancelRequest>;

export const OcrRequest = z.discriminatedUnion('type', [OcrReadRequest, OcrCancelRequest]);
export type OcrRequest = z.infer<typeof OcrRequest>;

/** OCR host → content script, while reading. */
export const OcrProgressMessage = z.object({
  type: z.literal('ocr:progress'),
  id: z.string(),
  stage: z.enum(['decoding', 'loading', 'recognizing', 'classifying']),
  progress: Unit,
});
export type OcrProgressMessage = z.infer<typeof OcrProgressMessage>;

export const ScreenshotVerdictSchema = z.object({
  kind: z.enum(VERDICT_KINDS),
  token: z.boolean(),
  confidence: Unit,
  evidence: z.array(z.string()),
  tokenEvidence: z.array(z.string()),
  otherTokens: z.array(z.string()),
  reason: z.enum(VERDICT_REASONS),
  scores: z.object({ deposit: z.number(), trade: z.number(), candydrop: z.number() }),
});

export const OcrOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    verdict: ScreenshotVerdictSchema,
    text: z.string(),
    ms: z.number(),
    langs: z.string(),
    width: z.number(),
    height: z.number(),
  }),
  z.object({ ok: z.literal(false), reason: z.enum(FAILURE_REASONS), detail: z.string(), ms: z.number() }),
]);

/** OCR host → content script: the answer to one `ocr:read`. */
export const OcrResultMessage = z.object({ type: z.literal('ocr:result'), id: z.string(), outcome: OcrOutcomeSchema });
export type OcrResultMessage = z.infer<typeof OcrResultMessage>;

export const OcrReply = z.discriminatedUnion('type', [OcrProgressMessage, OcrResultMessage]);
export type OcrReply = z.infer<typeof OcrReply>;

/**
 * Chrome: the background relays between content ports and the offscreen document's one port,
 * tagging each message with the content port it belongs to.
 */
export const HostEnvelope = z.object({
  client: z.string(),
  request: z.optional(z.unknown()),
  /** The content port closed: drop its reads. */
  gone: z.optional(z.boolean()),
});
export const ReplyEnvelope = z.object({ client: z.string(), reply: z.unknown() });

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
