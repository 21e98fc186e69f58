/**
 * One run at a time, and the last state wins. Made for work that reads the current state and
 * brings the browser in line with it (registering mirror-host content scripts: get, unregister,
 * register), called from several events that can fire together: two interleaved runs would
 * unregister each other's script or register the same id twice.
 *
 * `trigger()` starts a run when none is going; during a run, every trigger is folded into one more
 * run after it, which reads the state as it is by then. The promise a trigger returns settles with
 * the run that covers it: one started after the trigger, so it saw the trigger's state.
 *
 * Pure: no browser API, no timers.
 */
export function latestWins(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;

  const start = (): Promise<void> => {
    // The task starts in a microtask, after `running` is set, and clears it only if still its own.
    const run: Promise<void> = Promise.resolve()
      .then(task)
      .finally(() => {
        if (running === run) running = null;
      });
    running = run;
    return run;
  };

  return () => {
    if (!running) return start();
    // A run is going: it may have read the state before this trigger, so one more follows it.
    // Its failure belongs to its own callers; the next run goes ahead regardless.
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return running ?? start();
      });
    return next;
  };
}
