/**
 * Where a read's time goes, as User Timing entries named `gsc-ocr:<stage>` in the OCR host's own
 * timeline (DevTools' Performance panel shows them; tests/e2e/latency.spec.ts prints them from the
 * offscreen document; Node's perf_hooks keeps them for the benchmark). Each name holds only its
 * latest entry, so a host that lives for hours keeps a few dozen entries, not one per read.
 * Never throws: a timeline that refuses an entry costs the read nothing.
 */

/** The timeline's clock (ms since the context's time origin), or Date.now() without one. */
export function stageNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

const PREFIX = 'gsc-ocr:';

/** `stage` took from `start` to `end` (stageNow() values). */
export function measureStage(stage: string, start: number, end = stageNow()): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  try {
    performance.clearMeasures(PREFIX + stage);
    performance.measure(PREFIX + stage, { start, end: Math.max(start, end) });
  } catch {
    // An old timeline without measure(name, options): no marks, same read.
  }
}

/** `event` happened now (an instant: the request arrived, the host connected). */
export function markStage(event: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  try {
    performance.clearMarks(PREFIX + event);
    performance.mark(PREFIX + event);
  } catch {
    // As above.
  }
}

/**
 * tesseract.js's own stages while a worker starts, from its logger's messages (each status sent
 * with progress 0 when it begins and 1 when it ends): the wasm core's script loaded, the core
 * instantiated, the language data fetched and unzipped, the API initialised with it.
 */
const WORKER_STAGES: Readonly<Record<string, string>> = {
  'loading tesseract core': 'core-load',
  'initializing tesseract': 'core-init',
  'loading language traineddata': 'lang-load',
  'initializing api': 'api-init',
};

/** A logger tap that measures {@link WORKER_STAGES}. */
export function workerStageTap(): (m: { status: string; progress: number }) => void {
  const began = new Map<string, number>();
  return ({ status, progress }) => {
    const stage = WORKER_STAGES[status];
    if (!stage) return;
    if (progress === 0) began.set(stage, stageNow());
    // The language data is fetched at 1/2 (one language), then unzipped and written to 1.
    else if (stage === 'lang-load' && progress < 1 && began.has(stage)) measureStage('lang-fetch', began.get(stage)!);
    else if (progress === 1 && began.has(stage)) {
      measureStage(stage, began.get(stage)!);
      began.delete(stage);
    }
  };
}
