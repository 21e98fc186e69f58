/**
 * Issue 12 in real Chromium: when the panel reads the wrong box, the writer chooses the composer
 * (outline on hover, Esc cancels, the page never sees the choosing click); the choice is found
 * again after a reload, a redeploy that renames every class and SPA navigation; "forget" undoes it.
 * And "copy a report": the structure near the composer, none of the page's text.
 */
import type { BrowserContext } from '@playwright/test';
import { expect, serveFixture, test, watchPanelRoot } from './fixtures';

const URL = 'https://www.gate.com/zh-tw/post';

async function open(context: BrowserContext, query = '') {
  await serveFixture(context, URL, 'two-editors.html');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await watchPanelRoot(page);
  await page.goto(URL + query);
  const panel = page.locator('gsc=.gsc-panel');
  await expect(panel).toBeVisible();
  return { page, panel, errors, composer: page.locator('[aria-label="發帖"]'), note: page.locator('[aria-label="筆記"]') };
}

test('the writer chooses the composer; the choice survives reloads, a redeploy and SPA navigation; forget undoes it', async ({ context }) => {
  const { page, panel, errors, composer, note } = await open(context);
  // A note box comes first, and nothing tells it from a composer: the panel counts its text ("Alice 的私人筆記": 6).
  await expect(panel.getByTestId('item-length')).toContainText(/字數 6,/);

  // Esc cancels.
  await panel.getByTestId('pick-composer').click();
  await expect(panel.getByTestId('picking')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel.getByTestId('picking')).toHaveCount(0);

  // Hover outlines the editor under the pointer; the click picks it and does not reach the page.
  await panel.getByTestId('pick-composer').click();
  await page.evaluate(() => {
    (window as unknown as { __clicks: number }).__clicks = 0;
    document.querySelector('[aria-label="發帖"]')!.addEventListener('click', () => (window as unknown as { __clicks: number }).__clicks++);
  });
  await composer.hover();
  await expect(panel.getByTestId('pick-outline')).toBeVisible();
  await composer.click();
  await expect(panel.getByTestId('picking')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(0);
  await expect(panel.getByTestId('forget-composer')).toBeVisible();

  // Now the panel reads the composer.
  await composer.click();
  await page.keyboard.insertText('正文十個字正文十個字');
  await expect(panel.getByTestId('item-length')).toContainText(/字數 10,/);

  // A reload, and a redeploy that renamed every class: the same box is found.
  await page.goto(`${URL}?deploy=2`);
  await expect(panel.getByTestId('forget-composer')).toBeVisible();
  await page.locator('[aria-label="發帖"]').click();
  await page.keyboard.insertText('三個字');
  await expect(panel.getByTestId('item-length')).toContainText(/字數 3,/);
  // SPA navigation (the page stays, the URL changes).
  await page.evaluate(() => history.pushState({}, '', '/zh-tw/post?tab=latest'));
  await page.locator('[aria-label="發帖"]').click();
  await page.keyboard.insertText('字');
  await expect(panel.getByTestId('item-length')).toContainText(/字數 4,/);

  // Forget: back to the ranked selectors (the note box again).
  await panel.getByTestId('forget-composer').click();
  await expect(panel.getByTestId('forget-composer')).toHaveCount(0);
  await note.click(); // focus follows the writer, as before any choice
  await expect(panel.getByTestId('item-length')).toContainText(/字數 6,/);
  expect(errors).toEqual([]);
});

test('"copy a report" puts the page structure on the clipboard, and none of its text', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.gate.com' });
  const { page, panel, composer } = await open(context);
  await composer.click();
  await page.keyboard.insertText('我的草稿:今天在 Gate 充值了 12,500 WXTM');
  await panel.getByTestId('copy-report').click();
  await expect(panel.getByTestId('report-note')).toBeVisible();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  const parsed = JSON.parse(report);
  expect(parsed.found.composer).toBe('div');
  expect(parsed.page).toEqual({ host: 'www.gate.com', path: '/zh-tw/post' });
  for (const text of ['我的草稿', '12,500', 'WXTM', '陳小明', 'Alice', '0x3f5C', '筆記', '發帖', '發布', 'uid-']) expect(report, text).not.toContain(text);
});
