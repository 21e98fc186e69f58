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

/** Serve `fixture` for every request to `url` (Gate Square is never contacted). */
export async function serveFixture(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const body = fixtureHtml(fixture);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** The panel's text, read through the shadow root the content script created. */
export async function panelText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('gate-square-checklist')?.shadowRoot?.textContent ?? '');
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  // `locale` is Playwright's own option (test.use({ locale })); the writer's default is zh-TW.
  locale: 'zh-TW',
  context: async ({ locale }, use) => {
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
