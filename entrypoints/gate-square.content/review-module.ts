/**
 * The hand-over between the panel and the review module it loads when a post's page offers a
 * contest to track (entrypoints/gate-square-review, a web-accessible script imported into the
 * content script's isolated world, the way the loader imports the panel: panel-module.ts). The
 * review (its form, its decisions and its messages) weighs on no other Gate Square page.
 *
 * The module is its own bundle (WXT builds unlisted scripts as single files, never shared chunks),
 * with its own renderer: it draws the review into an element the panel gives it, and only plain
 * values and callbacks cross.
 */
import type { ContestReviewProps } from '../../components/ContestReview';
import { withDeadline } from '../../lib/wait';

/** The review module's file in the build (wxt.config.ts makes it web-accessible with the panel's). */
export const REVIEW_MODULE = '/gate-square-review.js';
/** Past this, a review that has not loaded is a failure the writer is told about, not a spinner. */
const REVIEW_LOAD_MS = 10_000;

/** The review drawn in `container`: new props keep what the writer typed; `unmount` takes it away. */
export interface MountedReview {
  update(props: ContestReviewProps): void;
  unmount(): void;
}
/** `onError`: the review threw while drawing (it is then gone, and the panel says so). */
export type MountReview = (container: Element, props: ContestReviewProps, onError: (error: unknown) => void) => MountedReview;

/** Where the review module leaves its mount function: a global of the isolated world, not the page's. */
const KEY = Symbol.for('gate-square-checklist.mount-review');

export function offerReview(mount: MountReview): void {
  (globalThis as Record<symbol, unknown>)[KEY] = mount;
}

function takeReview(): MountReview | undefined {
  const mount = (globalThis as Record<symbol, unknown>)[KEY];
  return typeof mount === 'function' ? (mount as MountReview) : undefined;
}

let loading: Promise<MountReview> | undefined;

/**
 * The review module, imported once per page (later calls share the first load; a failed load is
 * tried again by the next call). Rejects when the file cannot be imported (the extension was
 * reloaded under the page), offers nothing, or takes longer than REVIEW_LOAD_MS.
 */
export function loadReview(): Promise<MountReview> {
  const ready = takeReview();
  if (ready) return Promise.resolve(ready);
  loading ??= withDeadline(import(/* @vite-ignore */ browser.runtime.getURL(REVIEW_MODULE)), REVIEW_LOAD_MS, 'the review module').then(() => {
    const mount = takeReview();
    if (!mount) throw new Error('the review module offered no review');
    return mount;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
