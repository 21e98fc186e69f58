/**
 * The panel's features (checklist, publish guard, track offer, contest switcher, composer picker,
 * report, dock) each live in their own file, inside their own error boundary and with their own
 * lifetime taken from WXT's content-script context, the way refined-github registers features: a
 * feature that throws (while drawing, in an effect or in one of its page listeners) hides itself,
 * logs once, and the others keep working.
 */
import { Component, createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type FeatureName =
  'checklist' | 'publish-guard' | 'entry-recorder' | 'published-check' | 'track-offer' | 'contest-switcher' | 'composer-picker' | 'report' | 'dock';

const logged = new Set<string>();
/** One line in the console per feature and page, however often it throws. */
export function logFeatureError(name: FeatureName, error: unknown): void {
  if (logged.has(name)) return;
  logged.add(name);
  console.warn(`[gate-square-checklist] the panel's "${name}" stopped and is hidden`, error);
}

const FailContext = createContext<(error: unknown) => void>(() => undefined);

interface BoundaryProps {
  name: FeatureName;
  children: ReactNode;
  /** Told once when the feature stops (the dock then falls back to a fixed corner). */
  onFail?: (name: FeatureName) => void;
}

/** One feature's error boundary: a throw hides that feature alone. */
export class Feature extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  componentDidCatch(error: unknown): void {
    this.fail(error);
  }
  /** A throw outside drawing (a page listener, a timer) ends the feature the same way. */
  private readonly fail = (error: unknown) => {
    logFeatureError(this.props.name, error);
    this.props.onFail?.(this.props.name);
    if (!this.state.failed) this.setState({ failed: true });
  };
  render(): ReactNode {
    if (this.state.failed) return null;
    return <FailContext.Provider value={this.fail}>{this.props.children}</FailContext.Provider>;
  }
}

/** What a feature listens and waits with: ends with the feature's render or with the content script. */
export interface Lifetime {
  readonly signal: AbortSignal;
  listen<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): number;
  requestAnimationFrame(handler: () => void): number;
}

/**
 * A lifetime for one effect of a feature, derived from WXT's context: listeners go through
 * `AbortSignal.any([ctx.signal, effect])`, timers and frames are cancelled when that signal aborts
 * (the effect's clean-up or the content script's end), and every handler's throw ends the feature
 * rather than the page's event. The pending timers are kept in a set that one abort listener
 * clears: `ctx.setTimeout` / `ctx.requestAnimationFrame` add an abort listener to the context per
 * call that is never removed, and the dock asks for a frame on every keystroke, so the context's
 * listeners (and the cost of adding one more) would grow for as long as the page is open.
 */
export function lifetime(ctx: ContentScriptContext, fail: (error: unknown) => void): Lifetime & { end(): void } {
  const own = new AbortController();
  const signal = AbortSignal.any([ctx.signal, own.signal]);
  const timers = new Set<number>();
  const frames = new Set<number>();
  signal.addEventListener(
    'abort',
    () => {
      for (const id of timers) clearTimeout(id);
      for (const id of frames) cancelAnimationFrame(id);
      timers.clear();
      frames.clear();
    },
    { once: true },
  );
  const guarded =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      if (signal.aborted) return;
      try {
        fn(...args);
      } catch (error) {
        fail(error);
      }
    };
  return {
    signal,
    listen(target, type, handler, options) {
      target.addEventListener(type, guarded(handler as (event: Event) => void), { ...options, signal });
    },
    setTimeout(handler, ms) {
      const run = guarded(handler);
      const id = window.setTimeout(() => {
        timers.delete(id);
        run();
      }, ms);
      if (!signal.aborted) timers.add(id);
      return id;
    },
    requestAnimationFrame(handler) {
      const run = guarded(handler);
      const id = window.requestAnimationFrame(() => {
        frames.delete(id);
        run();
      });
      if (!signal.aborted) frames.add(id);
      return id;
    },
    end: () => own.abort(),
  };
}

/**
 * `effect` runs with a fresh lifetime each time `deps` change, and that lifetime ends with the
 * effect's clean-up, with the feature, or with the content script.
 */
export function useLifetimeEffect(ctx: ContentScriptContext, effect: (life: Lifetime) => void, deps: readonly unknown[]): void {
  const fail = useContext(FailContext);
  const latest = useRef(effect);
  latest.current = effect;
  useEffect(() => {
    const life = lifetime(ctx, fail);
    try {
      latest.current(life);
    } catch (error) {
      fail(error);
    }
    return life.end;
    // `deps` are the caller's: the effect itself is read from a ref so it may close over anything.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx, fail, ...deps]);
}

/** The fail callback of the feature this component is in (for promise chains and callbacks). */
export function useFeatureFail(): (error: unknown) => void {
  return useContext(FailContext);
}
