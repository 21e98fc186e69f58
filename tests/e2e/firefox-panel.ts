/**
 * The panel's closed shadow root in Firefox, reached the way WebDriver BiDi allows: script.evaluate
 * with `includeShadowTree: 'all'` serialises closed roots, and the root found there is handed to the
 * page's main world as `window.__gscRoot` (as the Chromium tests do through CDP).
 */
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { result?: { value?: { shadowRoot?: { sharedId?: string } } } } }>;
}

export async function exposeFirefoxPanel(browser: Browser, page: Page): Promise<boolean> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const found = await connection.send('script.evaluate', {
    expression: 'document.querySelector("gate-square-checklist")',
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const sharedId = found.result.result?.value?.shadowRoot?.sharedId;
  if (!sharedId) return false;
  await connection.send('script.callFunction', {
    functionDeclaration: '(root) => { window.__gscRoot = root; }',
    target: { context },
    awaitPromise: false,
    arguments: [{ sharedId }],
  });
  return true;
}

/** Wait until the panel's root is exposed and `check(root)` holds in the page. */
export async function waitForPanel(browser: Browser, page: Page, check: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const fresh = await page.evaluate(() => Boolean((window as unknown as { __gscRoot?: ShadowRoot }).__gscRoot?.host.isConnected));
    if (!fresh) await exposeFirefoxPanel(browser, page).catch(() => false);
    const ok = await page.evaluate(
      (body) => new Function('root', `return (${body})`)((window as unknown as { __gscRoot?: ShadowRoot }).__gscRoot ?? null),
      check,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the panel never satisfied: ${check}`);
}

export function panelEval<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__gscRoot)`) as Promise<T>;
}
