/** How long after a navigation the post's text may still be arriving (an SPA renders it late). */
const WATCH_MS = 15_000;
/** The quiet after a change of the page before it is read again. */
const SETTLE_MS = 400;

/**
 * Read a post page now, then again after each settled change of the page for WATCH_MS (Gate renders
 * the post, its author and its comments late), until `signal` aborts. The one watcher of a post
 * page's rendering, for the Track offer and the published check alike. Reads only.
 */
export function watchPostPage(read: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(read, SETTLE_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  read();
  const done = setTimeout(() => observer.disconnect(), WATCH_MS);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(done);
    },
    { once: true },
  );
}
