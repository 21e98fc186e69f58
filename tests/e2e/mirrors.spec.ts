/**
 * Issue 16.6, "mirrors in one click", in real Chromium: on a Gate Square page served at a mirror
 * host (web.gate.it, a fixture with Gate's recorded composer), the popup offers "enable on this
 * site"; one press asks for the host, lists it and offers to reload; after the reload the panel is
 * there. The options page lists the mirror, and removing it gives the permission back.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, serveFixture, test, watchPanelRoot } from './fixtures';

const MIRROR = 'https://web.gate.it/zh-tw/post';
const ORIGIN = 'https://web.gate.it/*';

type Chrome = {
  permissions: { contains(p: object): Promise<boolean> };
  scripting: { getRegisteredContentScripts(f: object): Promise<{ matches?: string[] }[]> };
  storage: { sync: { get(k: string): Promise<Record<string, { extraHosts?: string[] }>> } };
};
const worker = async (context: BrowserContext): Promise<Worker> => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const granted = async (context: BrowserContext, origin = ORIGIN) =>
  (await worker(context)).evaluate((o) => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ origins: [o] }), origin);
const listed = async (context: BrowserContext) =>
  (await worker(context)).evaluate(
    async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get('settings')).settings?.extraHosts ?? [],
  );
const registered = async (context: BrowserContext) =>
  (await worker(context)).evaluate(async () => {
    const { scripting } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return scripting ? (await scripting.getRegisteredContentScripts({ ids: ['gate-mirrors'] })).flatMap((s) => s.matches ?? []) : [];
  });

/**
 * Headless Chromium draws its permission prompt where nobody can press it, and has no switch to
 * accept it. The writer's "Allow" is given ahead of time the way the browser's own extension page
 * gives site access (chrome://extensions, developerPrivate.addHostPermission): that stores the
 * host as allowed but does not grant it to the extension. The popup's own
 * `permissions.request` is what grants it (checked below: before the press it is not granted).
 */
async function writerWillAllow(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  type DevPrivate = { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
  await page.evaluate(([id, o]) => (globalThis as unknown as { chrome: DevPrivate }).chrome.developerPrivate.addHostPermission(id, o), [
    extensionId,
    origin,
  ] as const);
  await page.close();
}

/**
 * The writer's click on the toolbar button, for real: CDP `Extensions.triggerAction` (browser
 * session, tab target; needs --enable-unsafe-extension-debugging) runs the action as a click does,
 * which grants activeTab on `tab` — without it the popup may not even read the tab's address — and
 * opens the popup. Playwright does not attach to that popup view, so the same popup page is then
 * opened in a tab beside it, with `tab` active, and driven there (popup-options.spec.ts does the
 * same); the activeTab grant belongs to the extension, not to one of its pages.
 */
async function openPopup(context: BrowserContext, extensionId: string, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const browser = await context.browser()!.newBrowserCDPSession();
  type Targets = { targetInfos: { targetId: string; url: string }[] };
  const { targetInfos } = (await browser.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as Targets;
  const target = targetInfos.find((t) => t.url === tab.url());
  if (!target) throw new Error(`no tab target for ${tab.url()}`);
  await browser.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
  await browser.detach();
  const popup = await context.newPage();
  await tab.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

async function openMirror(context: BrowserContext, url = MIRROR, fixture = 'gate-square.html'): Promise<Page> {
  await serveFixture(context, url, fixture);
  const page = await context.newPage();
  // Wide enough for the panel to dock beside Gate's composer (narrower windows show the pill).
  await page.setViewportSize({ width: 1920, height: 1000 });
  await watchPanelRoot(page);
  await page.goto(url);
  return page;
}

test.use({ chromiumArgs: ['--enable-unsafe-extension-debugging'] });

/** The panel is not on the page: the content script would have mounted it within this time. */
async function expectNoPanel(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_500);
  await expect(page.locator('gate-square-checklist')).toHaveCount(0);
}

test('a known mirror is enabled from the popup in one press; after the reload the panel is there', async ({ context, extensionId }) => {
  const page = await openMirror(context);
  await expectNoPanel(page);
  await writerWillAllow(context, extensionId, ORIGIN);
  expect(await granted(context)).toBe(false);

  const popup = await openPopup(context, extensionId, page);
  const site = popup.getByTestId('site-access');
  await expect(site).toHaveAttribute('data-state', 'offer-known-mirror');
  await expect(site).toContainText('web.gate.it 是 Gate廣場的鏡像網站');
  await popup.getByTestId('mirror-enable').click();
  await expect(site).toHaveAttribute('data-state', 'enabled');
  await expect(site).toContainText('已在 web.gate.it 啟用');
  await expect(site).toContainText('重新載入分頁後,面板就會出現');
  expect(await granted(context)).toBe(true);
  expect(await listed(context)).toEqual(['web.gate.it']);
  // Still no panel: the page was loaded before the host was enabled.
  await expect(page.locator('gate-square-checklist')).toHaveCount(0);

  const reloaded = page.waitForEvent('load');
  await popup.getByTestId('mirror-reload').click();
  await reloaded;
  const panel = page.locator('gsc=.gsc-panel');
  await expect(panel).toBeVisible();
  // The panel reads this page's composer (Gate's recorded chain).
  await page.locator('#composer').click();
  await page.keyboard.insertText('今天在鏡像網站發文 #WXTM#');
  await expect(panel.getByTestId('item-tag.1')).toHaveAttribute('data-status', 'pass');

  // Opened again on the enabled host, the popup says so and offers the way back.
  const again = await openPopup(context, extensionId, page);
  await expect(again.getByTestId('site-access')).toHaveAttribute('data-state', 'enabled');
  await expect(again.getByTestId('mirror-disable')).toBeVisible();
});

test('the options page lists the enabled mirror, and removing it gives the permission back and the panel goes', async ({ context, extensionId }) => {
  const page = await openMirror(context);
  await writerWillAllow(context, extensionId, ORIGIN);
  const popup = await openPopup(context, extensionId, page);
  await popup.getByTestId('mirror-enable').click();
  await expect(popup.getByTestId('site-access')).toHaveAttribute('data-state', 'enabled');
  await expect.poll(() => registered(context)).toEqual([ORIGIN]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('site-web.gate.it')).toBeChecked();
  await options.getByTestId('mirror-remove-web.gate.it').click();
  await expect(options.getByTestId('site-web.gate.it')).toHaveCount(0);
  await expect.poll(() => granted(context)).toBe(false);
  expect(await listed(context)).toEqual([]);
  await expect.poll(() => registered(context)).toEqual([]);

  await page.reload();
  await expectNoPanel(page);
  // And the popup offers it again.
  const after = await openPopup(context, extensionId, page);
  await expect(after.getByTestId('site-access')).toHaveAttribute('data-state', 'offer-known-mirror');
});

test('"turn off on this site" in the popup unlists the host and gives its permission back', async ({ context, extensionId }) => {
  const page = await openMirror(context);
  await writerWillAllow(context, extensionId, ORIGIN);
  const popup = await openPopup(context, extensionId, page);
  await popup.getByTestId('mirror-enable').click();
  await expect(popup.getByTestId('site-access')).toHaveAttribute('data-state', 'enabled');
  await popup.getByTestId('mirror-disable').click();
  const site = popup.getByTestId('site-access');
  await expect(site).toHaveAttribute('data-state', 'offer-known-mirror');
  await expect(site).toContainText('已在 web.gate.it 停用');
  await expect.poll(() => granted(context)).toBe(false);
  expect(await listed(context)).toEqual([]);
});

test("Gate's own host never gets the offer", async ({ context, extensionId }) => {
  await serveFixture(context, 'https://www.gate.com/zh-tw/post', 'gate-square.html');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1920, height: 1000 });
  await watchPanelRoot(page);
  await page.goto('https://www.gate.com/zh-tw/post');
  await expect(page.locator('gsc=.gsc-panel')).toBeVisible();
  const popup = await openPopup(context, extensionId, page);
  await expect(popup.getByTestId('draft-status')).toBeVisible();
  await expect(popup.getByTestId('site-access')).toHaveCount(0);
});

test('an unknown host whose page has Gate\'s composer is found by "check this page", enabled, and gets the panel', async ({ context, extensionId }) => {
  const url = 'https://square.new-mirror.example/zh-tw/post';
  const origin = 'https://square.new-mirror.example/*';
  const page = await openMirror(context, url);
  await expectNoPanel(page);
  await writerWillAllow(context, extensionId, origin);
  const popup = await openPopup(context, extensionId, page);
  const site = popup.getByTestId('site-access');
  // Chrome: looking into the page needs `scripting`, not granted yet: nothing is guessed.
  await expect(site).toHaveAttribute('data-state', 'check');
  await popup.getByTestId('mirror-check').click();
  await expect(site).toHaveAttribute('data-state', 'offer-composer-found');
  await expect(site).toContainText('square.new-mirror.example 的頁面有 Gate廣場的發文框');

  expect(await granted(context, origin)).toBe(false);
  await popup.getByTestId('mirror-enable').click();
  await expect(site).toHaveAttribute('data-state', 'enabled');
  expect(await listed(context)).toEqual(['square.new-mirror.example']);
  const reloaded = page.waitForEvent('load');
  await popup.getByTestId('mirror-reload').click();
  await reloaded;
  await expect(page.locator('gsc=.gsc-panel')).toBeVisible();
});

test("a page without Gate's composer is not offered: checked on request, the popup says so; unasked, it stays quiet", async ({ context, extensionId }) => {
  // A composer in a frame like Gate's, but not Gate's editor element: no offer.
  const page = await openMirror(context, 'https://blog.example/post', 'textarea.html');
  const popup = await openPopup(context, extensionId, page);
  const site = popup.getByTestId('site-access');
  await popup.getByTestId('mirror-check').click();
  await expect(site).toHaveAttribute('data-state', 'absent');
  await expect(site).toContainText('blog.example 的這個頁面沒有 Gate廣場的發文框');
  await expect(popup.getByTestId('mirror-enable')).toHaveCount(0);
  // With `scripting` now granted the next popup looks on its own, and finds nothing to say.
  const again = await openPopup(context, extensionId, page);
  await expect(again.getByTestId('draft-status')).toBeVisible();
  await again.waitForTimeout(1_000);
  await expect(again.getByTestId('site-access')).toHaveCount(0);
});
