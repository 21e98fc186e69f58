/**
 * The OCR engine shared by the extension's OCR host (Chrome offscreen document, Firefox background
 * page) and Node (CLI, benchmark, tests): sniff → decode (injected) → preprocess → tesseract.js →
 * classify. Only two things differ per platform, and both are injected: the `decode` step and the
 * tesseract.js worker options (workerPath/corePath/langPath as extension URLs in the browser, local
 * files in Node).
 *
 * One warm worker, reads run one at a time in arrival order. tesseract.js cannot stop a running
 * recognition, so cancelling or timing out a read terminates the worker (the next read starts a
 * fresh one); a read still waiting in the queue is simply dropped. `read` never throws: it returns
 * a verdict or a failure reason.
 */
import { createWorker as tesseractCreateWorker, PSM, type Worker, type WorkerOptions } from 'tesseract.js';
import type { ScreenshotRule } from '../contests/schema';
import { classifyScreenshot } from './classify';
import { langsFor } from './langs';
import { prepareImage } from './prepare';
import { valueWithin } from '../wait';
import { OCR_TIMEOUTS } from './timeouts';
import type { QrReader } from './qr';
import { verdictState } from './verdict-state';
import { measureStage, stageNow, workerStageTap } from './stage-marks';
import { PRACTICE_ROUNDS, practicePage } from './practice';
import { DEFAULT_PREPROCESS, preprocess, type PreprocessOptions } from './preprocess';
import { OcrFailure, isOcrFailure, type ScreenshotVerdict, type Decoder, type LangHint, type OcrOutcome, type OcrProgress } from './types';

/**
 * Tesseract parameters that shape the output, the same for every read (and given to the native CLI
 * in the benchmark). Chosen by measurement (lib/ocr/README.md).
 */
export const TESSERACT_PARAMS: Readonly<Record<string, string>> = {
  // Sparse text: each label, cell and button on its own; reads exchange UIs (tables, side-by-side
  // panels) with more keywords found than psm 3 or 6.
  tessedit_pageseg_mode: PSM.SPARSE_TEXT,
  // Chinese output without spaces between ideographs.
  preserve_interword_spaces: '1',
};

/**
 * Parameters that follow from our preprocessing: the image already is dark-on-light, so tesseract's
 * retry of each doubtful line inverted only costs time (11% of the corpus time, same text). Not
 * given to the native CLI, which reads the original, possibly dark, image.
 */
export const PIPELINE_PARAMS: Readonly<Record<string, string>> = {
  tessedit_do_invert: '0',
  // tesseract's diagnostics ("Estimating resolution as 218") go nowhere instead of the console.
  debug_file: '/dev/null',
};

export interface EngineOptions {
  /** Bytes → pixels: lib/ocr/node/decode.ts in Node, lib/ocr/browser-decode.ts in the browser. */
  decode: Decoder;
  /**
   * tesseract.js worker options. Browser: workerPath, corePath, langPath as extension URLs,
   * workerBlobURL false, cacheMethod 'none'. Node: langPath a local directory, cacheMethod 'none'.
   */
  worker: Partial<WorkerOptions>;
  /** Injected for tests; defaults to tesseract.js's createWorker. */
  createWorker?: typeof tesseractCreateWorker;
  /** A read that takes longer is stopped with `timeout` (default `engineReadMs`; decode and OCR together). */
  timeoutMs?: number;
  /** createWorker hangs forever when wasm is refused (missing CSP): give up after this (default `engineStartMs`). */
  startTimeoutMs?: number;
  /** Terminate the worker after this long without reads (wasm memory never shrinks). Off by default; the extension's host uses `engineIdleMs`. */
  idleTerminateMs?: number;
  preprocess?: PreprocessOptions;
  /** Override tesseract parameters (the benchmark's sweeps). */
  params?: Record<string, string>;
  /** Override the language choice (the benchmark's sweeps). */
  langsFor?: (hint: LangHint) => string;
  /** QR codes on the picture (lib/ocr/qr.ts); none when not given. */
  qr?: QrReader;
}

/**
 * The second, closer look at a picture the first reading could not judge: small and light text
 * (gray labels, placeholders, white-on-blue buttons) is read at no less than 28 px per line, where
 * the first pass, tuned for speed on the whole corpus, reads it at 13 (lib/ocr/README.md).
 */
export const DEEP_PREPROCESS: PreprocessOptions = { ...DEFAULT_PREPROCESS, minTextPx: 28 };

/**
 * Whether a verdict is worth a closer look: the extension cannot tell, and may see more up close —
 * including a reading too thin to judge (no readable text, and only a few lines of it: small light
 * text lost at the first scale). A picture without lines of text, or one that read as many
 * scattered signs (a photo), has nothing more to show up close.
 */
export function worthACloserLook(verdict: ScreenshotVerdict, rule: ScreenshotRule, reading: { text: string; textLines: boolean }): boolean {
  if (!reading.textLines || verdictState(verdict, rule.kinds) !== 'cant-tell') return false;
  if (verdict.reason !== 'no-text') return true;
  return reading.text.split('\n').filter((l) => l.trim()).length < THIN_READING_LINES;
}

/** Fewer non-empty lines than this, with nothing readable among them, is a thin reading. */
const THIN_READING_LINES = 12;

/** Of two readings of one picture, the more decisive verdict (confirmed or not proof beats can't tell). */
export function decisive(first: ScreenshotVerdict, second: ScreenshotVerdict, rule: ScreenshotRule): 'first' | 'second' {
  const rank = (v: ScreenshotVerdict) => ({ confirmed: 2, 'not-proof': 1, 'cant-tell': 0 })[verdictState(v, rule.kinds)];
  return rank(second) > rank(first) ? 'second' : 'first';
}

export interface ReadOptions {
  /** The contest's screenshot rule: keywords per kind and the token. */
  rule: ScreenshotRule;
  langHint?: LangHint;
  /** Abort to cancel (the image was removed from the post). */
  signal?: AbortSignal;
  timeoutMs?: number;
  onProgress?: (p: OcrProgress) => void;
  /** Read with {@link DEEP_PREPROCESS}: the second, closer look. */
  deep?: boolean;
}

export interface RecognizeResult {
  text: string;
  /** The decoded text of each QR code on the picture. */
  qr: string[];
  langs: string;
  width: number;
  height: number;
  inverted: boolean;
  scale: number;
  /** The picture has lines of text, as measured before reading (`estimateTextHeight`); false for a photo. */
  textLines: boolean;
}

export interface OcrEngine {
  /** Read one image and classify it. Never throws. */
  read(bytes: Uint8Array, options: ReadOptions): Promise<OcrOutcome>;
  /** The OCR part alone (no classification); throws OcrFailure. */
  recognize(bytes: Uint8Array, options: Omit<ReadOptions, 'rule'>): Promise<RecognizeResult>;
  /**
   * Start the worker and load languages ahead of the first read, then practise on a small page
   * (lib/ocr/practice.ts) so the first read runs optimised code; the practice gives way to any read
   * that is waiting. A worker already started and practised for these languages makes it a no-op,
   * and a warm while another is in flight joins it.
   */
  warm(langHint?: LangHint): Promise<void>;
  terminate(): Promise<void>;
}

export function createOcrEngine(options: EngineOptions): OcrEngine {
  const create = options.createWorker ?? tesseractCreateWorker;
  const params = { ...TESSERACT_PARAMS, ...PIPELINE_PARAMS, ...options.params };
  const chooseLangs = options.langsFor ?? langsFor;
  let worker: Worker | null = null;
  let workerLangs = '';
  let starting: Promise<Worker> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  /** The last decode started: settled, unless a given-up read is still decoding. */
  let decoding: Promise<unknown> = Promise.resolve();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Reads scheduled and not yet started: the warm-up's practice gives way to them. */
  let waitingReads = 0;
  /** The worker that has had its practice (a new worker needs its own). */
  let practised: Worker | null = null;
  let warming: Promise<void> | null = null;
  /** The progress listener of the read in flight (the worker's logger is fixed at creation). */
  let onWorkerProgress: ((p: number) => void) | undefined;

  const tap = workerStageTap();
  const logger = (m: { status: string; progress: number }) => {
    if (m.status === 'recognizing text') onWorkerProgress?.(m.progress);
    else tap(m);
  };
  /**
   * The injected decoder, its time measured as `<pass>decode` (lib/ocr/stage-marks.ts); `ended` is
   * when. `onStart` runs as it is called, that is once the picture's header made sense.
   */
  const measuredDecode =
    (pass: string, ended: { at: number }, onStart: () => void): Decoder =>
    async (bytes, o) => {
      const t = stageNow();
      onStart();
      try {
        return await options.decode(bytes, o);
      } finally {
        ended.at = stageNow();
        measureStage(`${pass}decode`, t, ended.at);
      }
    };

  async function kill(): Promise<void> {
    const w = worker;
    worker = null;
    workerLangs = '';
    starting = null;
    if (w) await w.terminate().catch(() => undefined);
  }

  function armIdle(): void {
    if (idleTimer) clearTimeout(idleTimer);
    if (!options.idleTerminateMs) return;
    idleTimer = setTimeout(() => void kill(), options.idleTerminateMs);
    (idleTimer as { unref?: () => void }).unref?.();
  }

  async function ensureWorker(langs: string): Promise<Worker> {
    if (worker && workerLangs === langs) return worker;
    const t = stageNow();
    if (worker) {
      await worker.reinitialize(langs);
      await worker.setParameters(params);
      workerLangs = langs;
      measureStage('worker-reinit', t);
      return worker;
    }
    const pending = create(langs, 1 /* LSTM only */, { ...options.worker, logger });
    starting = pending;
    const limit = options.startTimeoutMs ?? OCR_TIMEOUTS.engineStartMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const w = await Promise.race([
      pending,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // If it ever comes up after all, do not leak it.
          void pending.then((late) => late.terminate()).catch(() => undefined);
          reject(new OcrFailure('engine-failed', `the OCR engine did not start within ${limit} ms`));
        }, limit);
      }),
    ]).finally(() => clearTimeout(timer));
    if (starting !== pending) {
      // Killed (cancel/timeout) while starting.
      await w.terminate().catch(() => undefined);
      throw new OcrFailure('cancelled', 'stopped while the engine was starting');
    }
    await w.setParameters(params);
    if (starting !== pending) {
      // Killed while its parameters were being set: this worker belongs to no read any more.
      await w.terminate().catch(() => undefined);
      throw new OcrFailure('cancelled', 'stopped while the engine was starting');
    }
    worker = w;
    workerLangs = langs;
    starting = null;
    measureStage('worker-start', t);
    return w;
  }

  /** Run `job` in the queue, with cancellation and a time limit that terminate the worker. */
  function schedule<T>(job: (alive: AbortSignal) => Promise<T>, signal: AbortSignal | undefined, timeoutMs: number, read = true): Promise<T> {
    if (read) waitingReads++;
    const run = async (): Promise<T> => {
      if (read) waitingReads--;
      if (signal?.aborted) throw new OcrFailure('cancelled', 'cancelled before it started');
      if (idleTimer) clearTimeout(idleTimer);
      let timer: ReturnType<typeof setTimeout> | undefined;
      let onAbort: (() => void) | undefined;
      // Ends when this run is given up (cancel or timeout): the job, still running in the
      // background, must then touch nothing shared, or it would disturb the next read.
      const alive = new AbortController();
      const stop = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          alive.abort();
          void kill();
          reject(new OcrFailure('timeout', `reading took longer than ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
        onAbort = () => {
          alive.abort();
          void kill();
          reject(new OcrFailure('cancelled', 'the read was cancelled'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      try {
        return await Promise.race([job(alive.signal), stop]);
      } finally {
        clearTimeout(timer);
        if (onAbort) signal?.removeEventListener('abort', onAbort);
        onWorkerProgress = undefined;
        armIdle();
      }
    };
    const result = queue.then(run, run);
    // The caller hears of a cancel or a timeout at once, but the next read waits for a given-up
    // decode to finish (it cannot be stopped: two at once would be twice the memory the decode caps
    // allow), for a few seconds at most.
    queue = result.catch(() => undefined).then(() => valueWithin(decoding, OCR_TIMEOUTS.givenUpDecodeMs));
    return result;
  }

  async function recognizeJob(bytes: Uint8Array, o: Omit<ReadOptions, 'rule'>, alive: AbortSignal): Promise<RecognizeResult> {
    const given = () => {
      if (alive.aborted) throw new OcrFailure('cancelled', 'given up');
    };
    o.onProgress?.({ stage: 'decoding', progress: 0 });
    const base = options.preprocess ?? DEFAULT_PREPROCESS;
    const plan = o.deep ? { ...base, minTextPx: Math.max(base.minTextPx, DEEP_PREPROCESS.minTextPx) } : base;
    const pass = o.deep ? 'deep-' : '';
    const decoded = { at: stageNow() };
    const langs = chooseLangs(o.langHint ?? 'auto');
    // A worker not started yet (the first picture, no warm-up) starts while the picture decodes,
    // once its header made sense: a file that is no picture starts nothing.
    let starting: Promise<Worker> | undefined;
    const startWorker = () => {
      starting = ensureWorker(langs);
      starting.catch(() => undefined); // awaited below, unless the picture failed first
    };
    const preparing = prepareImage(bytes, measuredDecode(pass, decoded, startWorker), plan, alive);
    decoding = preparing.catch(() => undefined);
    const pre = await preparing;
    measureStage(`${pass}preprocess`, decoded.at);
    given();
    o.onProgress?.({ stage: 'loading', progress: 0.1 });
    const w = await (starting ?? ensureWorker(langs));
    given();
    onWorkerProgress = (p) => o.onProgress?.({ stage: 'recognizing', progress: 0.2 + 0.75 * p });
    let text: string;
    const tRecognize = stageNow();
    try {
      const result = await w.recognize(pre.pgm as unknown as Buffer);
      text = result.data.text ?? '';
      measureStage(`${pass}recognize`, tRecognize);
    } catch (e) {
      if (isOcrFailure(e)) throw e;
      // A worker that failed mid-read is not trusted again, unless it was already replaced (a
      // cancelled read's worker was terminated under it: the next read owns a new one).
      if (worker === w) void kill();
      throw new OcrFailure('engine-failed', String((e as Error)?.message ?? e));
    }
    given();
    // The gray pixels tesseract read (the PGM's tail): QR codes need no text.
    const tQr = stageNow();
    const qr = options.qr ? await options.qr({ width: pre.width, height: pre.height, data: pre.pgm.subarray(pre.pgm.length - pre.width * pre.height) }) : [];
    measureStage(`${pass}qr`, tQr);
    return { text, qr, langs, width: pre.width, height: pre.height, inverted: pre.inverted, scale: pre.scale, textLines: pre.textHeight !== undefined };
  }

  /**
   * The warm-up's practice (lib/ocr/practice.ts): the QR reader once, then a few small
   * recognitions, each only while no read waits. What they read is thrown away.
   */
  async function practise(w: Worker, alive: AbortSignal): Promise<void> {
    const page = preprocess(practicePage(), options.preprocess ?? DEFAULT_PREPROCESS);
    const t = stageNow();
    // The QR reader's JavaScript and wasm get their practice too (its first page is slower too).
    await options.qr?.({ width: page.width, height: page.height, data: page.pgm.subarray(page.pgm.length - page.width * page.height) });
    for (let round = 0; round < PRACTICE_ROUNDS && waitingReads === 0 && !alive.aborted; round++) {
      try {
        await w.recognize(page.pgm as unknown as Buffer);
      } catch (e) {
        if (worker === w) void kill();
        throw new OcrFailure('engine-failed', String((e as Error)?.message ?? e));
      }
    }
    measureStage('practice', t);
  }

  const recognize: OcrEngine['recognize'] = (bytes, o) =>
    schedule((alive) => recognizeJob(bytes, o, alive), o.signal, o.timeoutMs ?? options.timeoutMs ?? OCR_TIMEOUTS.engineReadMs);

  return {
    recognize,

    async read(bytes, o) {
      const t0 = stageNow();
      try {
        let r = await recognize(bytes, o);
        o.onProgress?.({ stage: 'classifying', progress: 0.98 });
        const tClassify = stageNow();
        let verdict = classifyScreenshot(r.text, o.rule, { qr: r.qr });
        measureStage('classify', tClassify);
        if (worthACloserLook(verdict, o.rule, r)) {
          // A closer look that fails (time, cancel) leaves the first reading standing.
          const closer = await recognize(bytes, { ...o, deep: true }).catch(() => null);
          if (closer) {
            const second = classifyScreenshot(closer.text, o.rule, { qr: closer.qr });
            if (decisive(verdict, second, o.rule) === 'second') [r, verdict] = [closer, second];
          }
        }
        o.onProgress?.({ stage: 'classifying', progress: 1 });
        return { ok: true, verdict, text: r.text, ms: Math.round(stageNow() - t0), langs: r.langs, width: r.width, height: r.height };
      } catch (e) {
        const failure = isOcrFailure(e) ? e : new OcrFailure('engine-failed', String((e as Error)?.message ?? e));
        return { ok: false, reason: failure.reason, detail: failure.message, ms: Math.round(stageNow() - t0) };
      }
    },

    warm(langHint = 'auto') {
      warming ??= schedule(
        async (alive) => {
          const w = await ensureWorker(chooseLangs(langHint));
          if (practised === w) return;
          // Once per worker, even when a read cut it short: that read did the rest of the practice.
          practised = w;
          await practise(w, alive);
        },
        undefined,
        // Starting has its own, shorter limit (startTimeoutMs); this one bounds start and practice.
        options.timeoutMs ?? OCR_TIMEOUTS.engineReadMs,
        false,
      ).finally(() => (warming = null));
      return warming;
    },

    async terminate() {
      if (idleTimer) clearTimeout(idleTimer);
      await queue;
      await kill();
    },
  };
}
