/** Issue 2: the built MV3 extension loads in real Chromium, mounts its panel and shows the countdown. */
import { expect, panelText, serveFixture, test, watchPanelRoot } from './fixtures';

for (const url of ['https://www.gate.com/zh-tw/post', 'https://www.gate.com/post']) {
  test(`the panel mounts in a shadow root beside the composer on ${url}`, async ({ context, extensionId }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    await serveFixture(context, url, 'textarea.html');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await watchPanelRoot(page);
    await page.goto(url);

    const host = page.locator('gate-square-checklist');
    await expect(host).toHaveCount(1);
    await expect.poll(() => panelText(page)).toContain('WXTM 創作大賽');
    await expect.poll(() => panelText(page)).toContain('活動已於 2025-08-12 24:00 (UTC+8) 截止');
    // The root is closed: the page's scripts cannot reach into the panel.
    expect(await host.evaluate((el) => el.shadowRoot === null && el.parentElement === document.body)).toBe(true);

    // The panel is docked beside the composer, not over it.
    const composer = await page.locator('#composer').boundingBox();
    const panel = await page.evaluate(() => {
      const r = (window as unknown as { __gscRoot: ShadowRoot }).__gscRoot.querySelector('.gsc-panel')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    expect(composer).not.toBeNull();
    const overlaps =
      panel.x < composer!.x + composer!.width &&
      panel.x + panel.width > composer!.x &&
      panel.y < composer!.y + composer!.height &&
      panel.y + panel.height > composer!.y;
    expect(overlaps).toBe(false);

    // The page's own DOM is untouched: the only change is our element appended to <body>.
    const mutations = await page.evaluate(() => (window as unknown as { __hostMutations: unknown[] }).__hostMutations);
    expect(mutations).toEqual([{ type: 'childList', target: 'BODY', added: ['GATE-SQUARE-CHECKLIST'], removed: [], attribute: null }]);
    expect(errors).toEqual([]);
  });
}

test('the content script stays out of Gate pages that are not Gate Square', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await serveFixture(context, 'https://www.gate.com/trade/BTC_USDT', 'textarea.html');
  const page = await context.newPage();
  await page.goto('https://www.gate.com/trade/BTC_USDT');
  await page.waitForTimeout(500);
  await expect(page.locator('gate-square-checklist')).toHaveCount(0);
});

test('the popup says plainly that the WXTM contest has ended, in UTC+8 and local time', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('phase')).toHaveText('已結束');
  await expect(page.getByTestId('ended-notice')).toContainText('2025年8月12日');
  await expect(page.getByTestId('ended-notice')).toContainText('24:00 (UTC+8)');
  await expect(page.getByTestId('deadline-offset')).toHaveText(/2025年8月12日.* 24:00 \(UTC\+8\)/);
  // Local time: the same instant in the browser's zone (CI runs in UTC: 8月12日 16:00 UTC).
  const local = await page.evaluate(() =>
    new Intl.DateTimeFormat('zh-TW', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date('2025-08-13T00:00:00+08:00')),
  );
  await expect(page.getByTestId('deadline-local')).toContainText(local);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });
  test('the popup speaks the browser language', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByTestId('phase')).toHaveText('Ended');
    await expect(page.getByTestId('ended-notice')).toContainText('The contest ended on');
  });
});
