/**
 * Playwright fixtures: a persistent Chromium context with the built MV3 extension loaded, its id,
 * and a way to serve a fixture page at a real Gate Square URL.
 */
import { test as base, chromium, selectors, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers';

export const CHROME_BUILD = path.resolve('.output/chrome-mv3');
export const FIXTURES = path.resolve('tests/fixtures/host');

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/**
 * Serve `fixture` for every request to `url` (query strings included) and the fixtures' shared
 * files under /__fixtures/; Gate Square itself is never contacted.
 */
export async function serveFixture(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const origin = new URL(url).origin;
  const page = url.split('?')[0];
  await context.route(`${origin}/__fixtures/**`, (route) => route.fulfill(fixtureResponse(route.request().url(), fixture)));
  await context.route(
    (u) => u.href.split('?')[0] === page,
    (route) => route.fulfill(fixtureResponse(page, fixture)),
  );
}

/** The response for a request on a fixture page: its shared files, else the page itself. */
export function fixtureResponse(requestUrl: string, pageFixture: string): { status: number; contentType: string; body: string } {
  const { pathname } = new URL(requestUrl);
  const name = pathname.startsWith('/__fixtures/') ? path.basename(pathname) : pageFixture;
  return { status: 200, contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream', body: fixtureHtml(name) };
}

/**
 * The panel lives in a *closed* shadow root: the page's scripts (and Playwright's locators) cannot
 * see into it. The tests look in the way DevTools does: the DOM domain of CDP pierces closed roots,
 * and the root found there is handed to the page's main world as `window.__gscRoot`, where the
 * `gsc=` selector engine (registered below) starts from it. Clicks stay real input events, so the
 * panel's trusted-event checks see what a writer's clicks look like.
 */
const exposed = new WeakMap<Page, Promise<void>>();

async function exposeOnce(cdp: CDPSession): Promise<boolean> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findNode(root, (n) => n.nodeName === 'GATE-SQUARE-CHECKLIST');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return false;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: 'function () { window.__gscRoot = this; }',
  });
  return true;
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findNode(node: CdpNode, match: (n: CdpNode) => boolean): CdpNode | undefined {
  if (match(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

/** Keep `window.__gscRoot` pointing at the panel's closed root across mounts and reloads. */
export function watchPanelRoot(page: Page): Promise<void> {
  let ready = exposed.get(page);
  if (ready) return ready;
  ready = (async () => {
    const cdp = await page.context().newCDPSession(page);
    let busy = false;
    const refresh = async () => {
      if (busy || page.isClosed()) return;
      busy = true;
      try {
        const fresh = await page.evaluate(() => {
          const w = window as unknown as { __gscRoot?: ShadowRoot };
          return Boolean(w.__gscRoot?.host.isConnected);
        });
        if (!fresh) await exposeOnce(cdp);
      } catch {
        // The page is navigating or closing: the next tick tries again.
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void refresh(), 100);
    page.once('close', () => clearInterval(timer));
    await refresh();
  })();
  exposed.set(page, ready);
  return ready;
}

/** The panel's text, read through its closed shadow root (see watchPanelRoot). */
export async function panelText(page: Page): Promise<string> {
  await watchPanelRoot(page);
  return page.evaluate(() => (window as unknown as { __gscRoot?: ShadowRoot }).__gscRoot?.textContent ?? '');
}

/** `gsc=CSS` finds elements inside the panel's closed shadow root (exposed by watchPanelRoot). */
const GSC_ENGINE = () => {
  const root = () => {
    const r = (window as unknown as { __gscRoot?: ShadowRoot }).__gscRoot;
    return r && r.host.isConnected ? r : null;
  };
  return {
    query: (_scope: Element, selector: string) => root()?.querySelector(selector) ?? null,
    queryAll: (_scope: Element, selector: string) => [...(root()?.querySelectorAll(selector) ?? [])],
  };
};
let registered: Promise<void> | null = null;
export function registerPanelSelector(): Promise<void> {
  registered ??= selectors.register('gsc', GSC_ENGINE).catch((e: Error) => {
    if (!/already registered/.test(e.message)) throw e;
  });
  return registered;
}

interface Fixtures {
  /** Extra Chromium switches for one test file (e.g. a NetLog). */
  chromiumArgs: string[];
  context: BrowserContext;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  // `locale` is Playwright's own option (test.use({ locale })); the writer's default is zh-TW.
  locale: 'zh-TW',
  chromiumArgs: [[], { option: true }],
  context: async ({ locale, chromiumArgs }, use) => {
    locale ??= 'zh-TW';
    await registerPanelSelector();
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'gsc-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale,
      args: [...CHROMIUM_ARGS, `--lang=${locale}`, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, ...chromiumArgs],
    });
    // Nothing may reach the network: every request not routed by a test is refused and recorded.
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
