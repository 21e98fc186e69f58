import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';

/**
 * The single ticking clock of a container: `now` in ms, refreshed on each whole second so a
 * countdown never skips or repeats a digit.
 */
export function useNow(enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      timer = setTimeout(tick, 1000 - (current % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [enabled]);
  return now;
}

/**
 * A value that changes outside the renderer's state, many times a second (the composer's text on
 * every keystroke), read by the parts of the panel that draw from it. Nothing is drawn by a change
 * itself: each reader says what it takes from the value (`useLive`) and only readers whose part
 * changed are drawn again.
 */
export interface Live<T> {
  get(): T;
  /** Called after each change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/**
 * Call each listener in the order they subscribed. One that throws stops none of the others, and
 * never reaches the page's event that set the value (it is said once in the console).
 */
function notifyAll(listeners: ReadonlySet<() => void>): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.warn('[gate-square-checklist] a live value’s listener failed', error);
    }
  }
}

/** A live value that its owner sets. Listeners are called in the order they subscribed. */
export function createLive<T>(initial: T): Live<T> & { set(next: T): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      if (Object.is(next, value)) return;
      value = next;
      notifyAll(listeners);
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * The part of a live value a component draws: `select` takes it, and the component is drawn again
 * only when that part changes (by `equal`), so a keystroke redraws what it changed (the count's
 * row), not the whole panel. While the part is equal, the same object is returned.
 */
export function useLive<T, S>(live: Live<T>, select: (value: T) => S, equal: (a: S, b: S) => boolean = Object.is): S {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const picked = select(live.get());
  const last = useRef<{ value: S; select: (value: T) => S; equal: (a: S, b: S) => boolean } | null>(null);
  const value = last.current && last.current.equal(last.current.value, picked) ? last.current.value : picked;
  last.current = { value, select, equal };
  useLayoutEffect(() => {
    const check = () => {
      const l = last.current!;
      try {
        if (!l.equal(l.value, l.select(live.get()))) redraw();
      } catch {
        // Drawn again, the part throws while drawing: inside its feature's error boundary, which
        // hides that feature alone.
        redraw();
      }
    };
    // A change between this drawing and the subscription is not missed.
    check();
    return live.subscribe(check);
  }, [live]);
  return value;
}
