/**
 * Playwright fixtures: a persistent Chromium context with the built MV3 extension loaded, its id,
 * and a way to serve a fixture page at a real Gate Square URL.
 */
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
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
  await context.route(`${origin}/__fixtures/**`, (route) => route.fulfill(fixtureResponse(route.request().url(), fixture)));
  await context.route((u) => u.href.split('?')[0] === url, (route) => route.fulfill(fixtureResponse(url, fixture)));
}

/** The response for a request on a fixture page: its shared files, else the page itself. */
export function fixtureResponse(requestUrl: string, pageFixture: string): { status: number; contentType: string; body: string } {
  const { pathname } = new URL(requestUrl);
  const name = pathname.startsWith('/__fixtures/') ? path.basename(pathname) : pageFixture;
  return { status: 200, contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream', body: fixtureHtml(name) };
}

/** The panel's text, read through the shadow root the content script created. */
export async function panelText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('gate-square-checklist')?.shadowRoot?.textContent ?? '');
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
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'gsc-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale,
      args: [
        ...CHROMIUM_ARGS,
        `--lang=${locale}`,
        `--disable-extensions-except=${CHROME_BUILD}`,
        `--load-extension=${CHROME_BUILD}`,
        ...chromiumArgs,
      ],
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
