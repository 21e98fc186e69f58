/**
 * What one read of a picture says, as one zod schema each: the verdict, and the outcome (a verdict
 * or a failure). The types are inferred from the schemas, nowhere else, and travel unchanged from
 * the engine (lib/ocr/engine.ts, lib/ocr/service.ts) through the messages (lib/ocr/messages.ts,
 * which validate with these schemas) and the client (lib/ocr/client.ts) to the rules and the panel
 * (lib/rules, `ImageOcrState.verdict`). Pure: schemas and constants only.
 */
// zod/mini, as the rest of the content script's schemas: the same core, tree-shakable.
import * as z from 'zod/mini';

export const VERDICT_KINDS = ['deposit', 'trade', 'candydrop', 'staking', 'none'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

/**
 * Why the verdict is what it is, precisely:
 * - `token-activity`: a deposit/trade/CandyDrop page of the contest's token (the proof the contest asks for);
 * - `other-coin`: an activity page, but of another coin (listed in `otherTokens`);
 * - `token-not-seen`: an activity page on which neither the token nor another coin could be read;
 * - `mentions-token-only`: the token is there but the page is no activity (a post, news, an ad);
 * - `not-activity`: no activity page and no token;
 * - `no-text`: nothing readable (a photo, a blank image);
 * - `withdraw-page`: a withdraw form (address field, fee, amount received): the deposit page's
 *   look-alike, and no proof;
 * - `token-unplaced`: the token is on a page that is no post and no recognised activity page
 *   (a title without the rest, a cropped corner): seen, but the page cannot be told.
 * Pages that are evidence of something else, never of the activity:
 * - `login-page`: a sign-in or sign-up form;
 * - `api-key-page`: the API key management page;
 * - `assets-page`: an asset overview or a balance list;
 * - `menu-page`: a menu, a settings list or a navigation page;
 * - `post-page`: a Square post or a news item as a page (not merely a mention inside one).
 */
export const VERDICT_REASONS = [
  'token-activity',
  'other-coin',
  'token-not-seen',
  'mentions-token-only',
  'not-activity',
  'no-text',
  'withdraw-page',
  'token-unplaced',
  'login-page',
  'api-key-page',
  'assets-page',
  'menu-page',
  'post-page',
] as const;
export type VerdictReason = (typeof VERDICT_REASONS)[number];

/**
 * Why an image could not be read. The panel shows one sentence per code.
 * - `empty`: 0 bytes.
 * - `not-an-image`: text or another non-image file (e.g. a .txt renamed .png).
 * - `svg`: a vector drawing, not a screenshot (never rendered, for safety).
 * - `unsupported-format`: an image format this decoder cannot read (HEIC, AVIF, TIFF, …).
 * - `truncated`: the file ends before the image does (an interrupted download or copy).
 * - `undecodable`: the format is known but the data is corrupt.
 * - `too-small`: too few pixels to hold readable text (e.g. 1×1).
 * - `too-large`: even after downscaling the image cannot be handled (absurd dimensions).
 * - `timeout`: reading took longer than the limit and was stopped.
 * - `cancelled`: the image was removed (or the caller aborted) while it was being read.
 * - `engine-failed`: the OCR engine could not start or crashed (e.g. wasm refused).
 * - `file-too-large`: the file has more bytes than `MAX_IMAGE_BYTES`; refused before sending.
 * - `host-unavailable`: the OCR host (Chrome's offscreen document) could not be reached or
 *   restarted within its deadline.
 * - `refused`: the host could not understand the request (a bug, never the picture's fault).
 * - `extension-stopped`: the extension itself is gone under the page (Chrome terminated it after
 *   its process crashed, or it was updated or reloaded): only reloading it helps.
 */
export const FAILURE_REASONS = [
  'empty',
  'not-an-image',
  'svg',
  'unsupported-format',
  'truncated',
  'undecodable',
  'too-small',
  'too-large',
  'timeout',
  'cancelled',
  'engine-failed',
  'file-too-large',
  'host-unavailable',
  'refused',
  'extension-stopped',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

const Unit = z.number().check(z.gte(0), z.lte(1));
const Words = z.array(z.string());

export const ScreenshotVerdictSchema = z.object({
  kind: z.enum(VERDICT_KINDS),
  /**
   * The contest's token (WXTM, MinoTari) was seen: on an activity page, in its UI (the coin
   * deposited or traded, the CandyDrop campaign); on any other page, anywhere (then `reason` is
   * `mentions-token-only`: seen, but no proof). Proof is `kind !== 'none' && token`.
   */
  token: z.boolean(),
  /** 0..1: how sure the kind is (for `none`, how sure it is not an activity page). */
  confidence: Unit,
  /** The words (as the contest spells them) that proved the kind, strongest first. */
  evidence: Words,
  /** The words that proved the token, as read. */
  tokenEvidence: Words,
  /** Other coins that are the subject of the page (e.g. BTC on a BTC deposit page). */
  otherTokens: Words,
  /** A records table's rows that prove the token, as read ("2025-08-05 14:02 · 120 WXTM"). */
  rowEvidence: z._default(Words, []),
  reason: z.enum(VERDICT_REASONS),
  /** Raw score per kind, for debugging and the benchmark. */
  scores: z.object({ deposit: z.number(), trade: z.number(), candydrop: z.number(), staking: z._default(z.number(), 0) }),
});
export type ScreenshotVerdict = z.infer<typeof ScreenshotVerdictSchema>;

/** What one read returns: a verdict, or a failure with its reason. Never thrown. */
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
export type OcrOutcome = z.infer<typeof OcrOutcomeSchema>;
