/**
 * Issue 4: the live checklist beside four imitations of Gate Square's composer, driven like a
 * writer would drive it, in real Chromium with the real built extension.
 */
import { readFileSync } from 'node:fs';
import { countText } from '../../lib/text';
import { ComposerPage, EDITOR_FIXTURES } from './composer-page';
import { expect, test } from './fixtures';

const ARTICLE = readFileSync('tests/conformance/seed-article.txt', 'utf8').trim();
const FIRST_LINES = ARTICLE.split('\n').slice(0, 2).join('\n'); // two titles: under 100 字
const REST = ARTICLE.split('\n').slice(2).join('\n');
const TEST_IMAGE = 'public/icon/128.png';

for (const fixture of EDITOR_FIXTURES) {
  test.describe(fixture, () => {
    test('writing the sample article turns the count green past 100 字, and each tag turns as it is added', async ({ context }) => {
      const composer = await ComposerPage.open(context, fixture);
      await expect(composer.item('length')).toHaveAttribute('data-status', 'fail');

      await composer.write(FIRST_LINES);
      const partial = countText(FIRST_LINES).count;
      expect(partial).toBeLessThan(100);
      await expect(composer.item('length')).toContainText(`${partial}`);
      await expect(composer.item('length')).toHaveAttribute('data-status', 'fail');

      await composer.write(`\n${REST}`);
      await expect(composer.item('length')).toHaveAttribute('data-status', 'pass');
      const model = await composer.model();
      expect(model).toContain('去中心化AI代表了一種全新的智能系統構建方式');
      await expect(composer.item('length')).toContainText(`${countText(model).count}`);
      // Line breaks survive the reading: both titles and the body are separate lines.
      expect(model.split('\n').length).toBeGreaterThan(10);

      await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'fail');
      await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'fail');
      await composer.write(' #WXTM创作大赛#');
      await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'pass');
      await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'fail');
      if (fixture === 'draft.html') {
        // Draft-like editors add topics as chips: the chip counts as the tag.
        await composer.page.locator('#insert-topic').click();
      } else {
        await composer.write(' #WXTM#');
      }
      await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'pass');
      expect(composer.errors).toEqual([]);
    });

    test('one click replaces #WXTM創作大賽# with the exact tag, and the host editor sees it', async ({ context }) => {
      const composer = await ComposerPage.open(context, fixture);
      await composer.write('我參加了 CandyDrop #WXTM創作大賽# 很期待');
      await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'fail');
      await expect(composer.item('tag.0')).toContainText('#WXTM創作大賽#');
      await composer.panel.getByTestId('fix-near-miss-0-0').click();
      await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'pass');
      await expect.poll(() => composer.model()).toBe('我參加了 CandyDrop #WXTM创作大赛# 很期待');

      await composer.panel.getByTestId('fix-insert-tags').click();
      await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'pass');
      await expect.poll(() => composer.model()).toBe('我參加了 CandyDrop #WXTM创作大赛# 很期待 #WXTM#');
      expect(composer.errors).toEqual([]);
    });

    test('images attached by file input and by paste each get a state', async ({ context }) => {
      const composer = await ComposerPage.open(context, fixture);
      await composer.editor.click();
      await composer.page.locator('#image-input').setInputFiles(TEST_IMAGE);
      // Each attached picture goes to the local OCR at once, and ends with a verdict or a reason.
      await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', /unread|reading|verdict|failed/);

      const png = readFileSync(TEST_IMAGE).toString('base64');
      await composer.editor.evaluate((editor, b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }));
        editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, png);
      await expect(composer.panel.getByTestId('image-2')).toHaveAttribute('data-state', /verdict|failed/, { timeout: 60_000 });
      await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', /verdict|failed/, { timeout: 60_000 });

      // Removing the previewed picture removes it from the checklist.
      await composer.page.locator('.remove-image').last().click();
      await expect(composer.panel.getByTestId('image-2')).toHaveCount(0);
      await expect(composer.panel.getByTestId('image-1')).toHaveCount(1);
      expect(composer.errors).toEqual([]);
    });
  });
}

test('navigating away and back re-attaches to the composer', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'contenteditable.html');
  await composer.write('第一段 #WXTM#');
  await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'pass');
  await composer.page.evaluate(() => history.pushState({}, '', '/zh-tw/trade/WXTM_USDT'));
  await expect(composer.page.locator('gate-square-checklist')).toHaveCount(0, { timeout: 5000 });
  await composer.page.evaluate(() => history.pushState({}, '', '/zh-tw/post'));
  await expect(composer.panel).toBeVisible({ timeout: 5000 });
  await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'pass');
  expect(composer.errors).toEqual([]);
});

test('the publish guard asks once, then lets the post through', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.write('太短了');
  await composer.page.locator('#publish').click();
  await expect(composer.panel.getByTestId('publish-guard')).toBeVisible();
  expect(await composer.published()).toBe(0);
  // "Publish anyway" clicks nothing itself: the writer's own next click publishes.
  await composer.panel.getByTestId('publish-anyway').click();
  await expect(composer.panel.getByTestId('publish-guard')).toHaveCount(0);
  expect(await composer.published()).toBe(0);
  await composer.page.locator('#publish').click();
  await expect.poll(() => composer.published()).toBe(1);
  // Asked once: later clicks publish without a question.
  await composer.page.locator('#publish').click();
  await expect.poll(() => composer.published()).toBe(2);
  await expect(composer.panel.getByTestId('publish-guard')).toHaveCount(0);
});

test('the publish guard: a double click waits for the answer, a collapsed panel opens to ask, a reply box is not asked about, and a new draft is asked about again', async ({
  context,
}) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  // A reply box elsewhere on the page, with its own 發布: not the contest post.
  await composer.page.evaluate(() => {
    const reply = document.createElement('div');
    reply.innerHTML = '<textarea id="reply"></textarea><button type="button" id="reply-send">發布</button>';
    document.getElementById('feed-item')!.append(reply);
    (window as unknown as { __replies: number }).__replies = 0;
    reply.querySelector('button')!.addEventListener('click', () => (window as unknown as { __replies: number }).__replies++);
  });
  await composer.write('太短了');
  await composer.page.locator('#reply-send').click();
  expect(await composer.page.evaluate(() => (window as unknown as { __replies: number }).__replies)).toBe(1);
  await expect(composer.panel.getByTestId('publish-guard')).toHaveCount(0);

  await composer.panel.getByRole('button', { name: '收起' }).click();
  await expect(composer.panel.locator('#gsc-panel-body')).toBeHidden();
  await composer.page.locator('#publish').dblclick();
  await expect(composer.panel.getByTestId('publish-guard')).toBeVisible();
  await composer.page.waitForTimeout(300);
  expect(await composer.published()).toBe(0);
  await composer.page.locator('#publish').click();
  expect(await composer.published()).toBe(0);

  await composer.panel.getByTestId('publish-anyway').click();
  await composer.page.locator('#publish').click();
  await expect.poll(() => composer.published()).toBe(1);
  // Published: the composer is emptied, and the next draft is asked about again.
  await composer.editor.fill('');
  await expect(composer.item('length')).toHaveAttribute('data-status', 'fail');
  await composer.write('第二篇也太短');
  await composer.page.locator('#publish').click();
  await expect(composer.panel.getByTestId('publish-guard')).toBeVisible();
  expect(await composer.published()).toBe(1);
  expect(composer.errors).toEqual([]);
});

test('the panel follows the host theme and can be collapsed from the keyboard', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'prosemirror.html', 'https://www.gate.com/zh-tw/post');
  await expect(composer.panel).toHaveAttribute('data-theme', 'light');
  await composer.page.evaluate(() => document.documentElement.classList.add('dark'));
  await expect(composer.panel).toHaveAttribute('data-theme', 'dark', { timeout: 5000 });
  const toggle = composer.panel.getByRole('button', { name: '收起' });
  await toggle.focus();
  await composer.page.keyboard.press('Enter');
  await expect(composer.panel.locator('#gsc-panel-body')).toBeHidden();
  await expect(composer.panel.getByRole('button', { name: '展開' })).toHaveAttribute('aria-expanded', 'false');
});

test('the publish guard can be turned off in the settings', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  type Chrome = { storage: { sync: { set(items: object): Promise<void> } } };
  await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ settings: { publishGuard: false } }));
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.write('太短了');
  await composer.page.locator('#publish').click();
  await expect.poll(() => composer.published()).toBe(1);
  await expect(composer.panel.getByTestId('publish-guard')).toHaveCount(0);
});

test('hiding the panel on this site lasts across reloads, and nothing of the page is lost', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.write('草稿 #WXTM#');
  await composer.panel.getByTestId('hide-on-site').click();
  await expect(composer.page.locator('gate-square-checklist')).toHaveCount(0);
  expect(await composer.model()).toBe('草稿 #WXTM#');
  await composer.page.reload();
  await composer.page.waitForTimeout(1000);
  await expect(composer.page.locator('gate-square-checklist')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`renders the README screenshot of the panel in ${theme}`, async ({ context }) => {
    const url = 'https://www.gate.com/zh-tw/post';
    const composer = await ComposerPage.open(context, 'contenteditable.html', url);
    await composer.page.setViewportSize({ width: 1040, height: 640 });
    if (theme === 'dark') await composer.page.goto(`${url}?theme=dark`);
    await composer.write('去中心化AI正在改變我們的生活。我參加了 CandyDrop,這是我的心得 #WXTM創作大賽# ＃WXTM#');
    await composer.page.locator('#image-input').setInputFiles(TEST_IMAGE);
    await expect(composer.panel).toHaveAttribute('data-theme', theme);
    await expect(composer.panel.getByTestId('image-1')).toBeVisible();
    await composer.page.screenshot({ path: `docs/screenshots/panel-${theme}.png` });
  });
}
