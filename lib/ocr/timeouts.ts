/**
 * Every timeout, deadline and interval on a picture's way to its verdict, in one table, in the
 * order the picture meets them: content script → (Chrome) relay in the service worker → OCR host
 * (offscreen document, or Firefox's background page) → engine. Each entry says what waits and why
 * that long; tests/ocr/timeouts.test.ts asserts the orderings the path depends on (a healthy host
 * is never taken for a dead one, a dead one is noticed before the tab gives up, …), so a change
 * here that breaks one fails there, not in a writer's tab. Pure: numbers only.
 */
export const OCR_TIMEOUTS = {
  // ── Content script (lib/host/images.ts, use-image-states.ts, lib/ocr/client.ts) ──────────────

  /**
   * A preview's address answers with its bytes within this; a stalled connection is then
   * `unreachable` (which the writer may retry), never a spinner for ever.
   */
  previewFetchMs: 15_000,
  /** A preview still loading shows its pixel size within this (to link it to a chosen file). */
  previewDecodeMs: 5_000,
  /**
   * A removed picture's read is let go after this: a preview that replaces its file (the same
   * bytes under a new address) joins the read meanwhile instead of starting over.
   */
  releaseMs: 1_500,
  /**
   * The writer's word about a removed picture ("this is my deposit") is forgotten after this,
   * later than the read is let go: a preview that only moved to its uploaded address keeps it.
   */
  forgetWordMs: 3_000,
  /**
   * The client's *idle* deadline: this long without a word from the host (progress, heartbeat,
   * the relay's "queued") and the read ends with `timeout` and is cancelled on the host. Any word
   * resets it, so a long queue or a slow read never times out while the host is alive.
   */
  clientIdleMs: 20_000,
  /**
   * The warm-up (lib/ocr/warm-up.ts) waits for the writer to pause this long: starting the engine
   * takes a core for a second or two, and typing meanwhile was measured slower on two cores
   * (docs/ocr-latency.md). A writer pauses often, and always before a picture (choosing the file).
   */
  warmUpPauseMs: 1_000,

  // ── Relay: Chrome's service worker between the tabs and the offscreen document (relay.ts) ───

  /**
   * The host says "still working" for each read it holds this often, and the relay says "queued"
   * this often while it (re)starts the host: the tab's and the relay's sign of life.
   */
  heartbeatMs: 3_000,
  /** An existing offscreen document, called by a new service worker, connects within this. */
  hostPortMs: 4_000,
  /** A new offscreen document loads its script (tesseract.js not yet) and connects within this. */
  hostStartMs: 15_000,
  /**
   * A connected host that says nothing for this long while reads are in flight is wedged (its
   * main thread stopped): it is closed and replaced, like one that disconnected.
   */
  hostSilentMs: 12_000,
  /** How often the relay looks for a silent host (the precision of {@link hostSilentMs}). */
  watchdogTickMs: 1_000,
  /** Every call to the offscreen API gets this long (closing a hung document may never finish). */
  offscreenCallMs: 5_000,
  /**
   * Re-establishing the host, calls and waits together (two attempts at most), gets this long;
   * then every request waiting for it is answered `host-unavailable`.
   */
  establishMs: 40_000,

  // ── OCR host: the offscreen document's service (service.ts, entrypoints/offscreen) ──────────

  /**
   * Chrome: reads in flight when the service worker (the relay) went away go on this long: the
   * tabs ask again through the new worker, which calls the document back, and join them.
   */
  hostGraceMs: 30_000,

  // ── Engine (engine.ts, node/decode.ts) ───────────────────────────────────────────────────────

  /** One read, decode and OCR together: longer, and it stops with `timeout` (the worker ends). */
  engineReadMs: 60_000,
  /**
   * tesseract.js's createWorker hangs for ever when wasm is refused (a missing CSP): give up
   * (`engine-failed`) after this.
   */
  engineStartMs: 30_000,
  /** The worker is terminated after this long without reads: wasm memory never shrinks. */
  engineIdleMs: 180_000,
  /**
   * The next read waits at most this long for a given-up read's decode to finish (it cannot be
   * stopped, and two at once would be twice the memory the decode caps allow).
   */
  givenUpDecodeMs: 5_000,
  /** Node (sharp/libvips): one decode's own limit, so a slow file stops in the decoder. */
  nodeDecodeMs: 15_000,
} as const satisfies Readonly<Record<string, number>>;

export type OcrTimeouts = { readonly [K in keyof typeof OCR_TIMEOUTS]: number };
