/**
 * Issue 16 in real Chromium: the panel on Gate Square's recorded page (tests/fixtures/host/
 * gate-square.html: the left navigation and its 發文, the composer in Gate's class chain with its
 * .editor-bar, the feed with reply boxes, the right sidebar), with a real Lexical editor and a real
 * ProseMirror (TipTap) editor mounted where Gate's editor sits.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { ComposerPage } from './composer-page';
import { openEditor, serveEditor, serveGateImages, type EditorLibrary } from './editor-fixtures';
import { expect, serveFixture, test, watchPanelRoot } from './fixtures';

const URL = 'https://www.gate.com/zh-tw/post';
const ARTICLE = readFileSync('tests/conformance/seed-article.txt', 'utf8').trim().split('\n').slice(2, 6).join('\n');
const TAGS = ' #WXTM创作大赛# #WXTM#';

/**
 * Gate's page at a window size, with `lib` in the composer (or Gate's own plain contenteditable).
 * Avatars and post pictures come from Gate's CDNs: served, or with `brokenImages` refused, as a
 * content blocker or a slow CDN leaves them.
 */
async function openGate(
  context: BrowserContext,
  lib: EditorLibrary | 'plain',
  size = { width: 1920, height: 1000 },
  brokenImages = false,
): Promise<ComposerPage> {
  if (lib === 'plain') {
    await serveGateImages(context);
    await serveFixture(context, URL, 'gate-square.html');
    const page = await context.newPage();
    await page.setViewportSize(size);
    const composer = new ComposerPage(page, 'gate-square.html');
    await watchPanelRoot(page);
    await page.goto(URL);
    await expect(page.locator('gsc=.gsc-panel, .gsc-pill').first()).toBeAttached();
    return composer;
  }
  if (!brokenImages) return openEditor(context, lib, URL, size);
  await serveEditor(context, URL, lib);
  await serveGateImages(context, true);
  return openEditor(context, lib, URL, size, { served: true });
}

/** The panel's frame: docked beside, a pill, or opened from the pill. */
const placement = (page: Page) => page.locator('gsc=.gsc-panel').getAttribute('data-placement');

/**
 * Every control of the page inside the window whose centre our panel covers (the hit at its centre
 * is our element). Controls: links, buttons, Gate's toolbar icons, fields and editors.
 */
function coveredControls(page: Page): Promise<{ checked: number; covered: string[] }> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, [role="button"], [data-icon-id], input:not([type="hidden"]), textarea, [contenteditable="true"]',
    );
    const covered: string[] = [];
    let checked = 0;
    for (const el of controls) {
      if (el.closest('gate-square-checklist') || !el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width === 0 || r.height === 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      checked++;
      const hit = document.elementFromPoint(x, y);
      if (hit?.closest('gate-square-checklist'))
        covered.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 20)}`);
    }
    return { checked, covered };
  });
}

for (const lib of ['lexical', 'tiptap'] as const) {
  test(`${lib} in Gate's chain: the panel finds the composer by itself and counts it; its 發布 is the bar's`, async ({ context }) => {
    const composer = await openGate(context, lib, undefined, true);
    // Gate's own editor element, found without a pick.
    await expect(composer.editor).toHaveClass(/editor-container-div/);
    await expect(composer.panel.getByTestId('forget-composer')).toHaveCount(0);
    await composer.write('我參加了 CandyDrop');
    await expect(composer.item('length')).toContainText(/字數 5[,，]/);
    // The writer's avatar beside the composer is no picture of the post.
    await expect(composer.panel.getByTestId('image-1')).toHaveCount(0);
    await composer.page.locator('#image-input').setInputFiles('public/icon/128.png');
    await expect(composer.panel.getByTestId('image-1')).toBeAttached();
    await expect(composer.panel.getByTestId('image-2')).toHaveCount(0);
    // (The page's own refused avatars are the only errors.)
    expect(composer.errors.filter((e) => !e.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });
}

for (const width of [360, 390, 768, 1024, 1366, 1920]) {
  test(`at ${width} px the panel covers none of the page's controls, and opens and closes from the keyboard`, async ({ context }) => {
    const height = width < 600 ? 800 : 900;
    const composer = await openGate(context, 'lexical', { width, height });
    const { page } = composer;
    await composer.write('我參加了 CandyDrop #WXTM創作大賽#');
    await expect.poll(() => placement(page)).not.toBeNull();
    // Let the dock settle (it measures in the next frame and once a second).
    await page.waitForTimeout(1_200);
    const kind = await placement(page);
    // Beside the composer where a free column is (past the sidebar at 1920 px), else the pill
    // (always on phone-width windows).
    if (width >= 1920) expect(kind, `placement at ${width}`).toBe('beside');
    if (width < 768) expect(kind, `placement at ${width}`).toBe('pill-closed');
    const { checked, covered } = await coveredControls(page);
    expect(checked).toBeGreaterThan(8);
    expect(covered, `covered at ${width} px`).toEqual([]);
    if (kind === 'pill-closed') {
      const pill = page.locator('gsc=.gsc-pill');
      await expect(pill).toContainText('✗');
      await expect(pill).toContainText('字');
      // Its name for a screen reader says what it is and what a press does, with the same words.
      await expect(pill).toHaveAccessibleName(/^(?:投稿檢查|投稿检查|Contest checklist)[:：].*(?:字|words).*(?:展開|展开|open)/);
      // From the keyboard: focus the pill, Enter opens, Escape closes and gives the focus back.
      // The README's pictures: the pill on Gate's page at 1366 px, the sheet it opens at 390 px.
      if (width === 1366) await page.screenshot({ path: 'docs/screenshots/pill.png', clip: { x: 0, y: 0, width: 1366, height: 520 } });
      await pill.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => placement(page)).toBe(width < 600 ? 'pill-sheet' : 'pill-popover');
      await expect(composer.item('tag.0')).toBeVisible();
      if (width === 390) await page.screenshot({ path: 'docs/screenshots/sheet.png' });
      await page.keyboard.press('Escape');
      await expect.poll(() => placement(page)).toBe('pill-closed');
      // Escape pressed at once after opening closes it too (the focus may not have moved yet).
      await pill.click();
      await page.keyboard.press('Escape');
      await expect.poll(() => placement(page)).toBe('pill-closed');
      // A click opens it too, and its close button closes it.
      await pill.click();
      await expect(composer.item('length')).toBeVisible();
      await composer.panel.getByTestId('pill-close').click();
      await expect.poll(() => placement(page)).toBe('pill-closed');
      expect((await coveredControls(page)).covered).toEqual([]);
    }
    expect(composer.errors).toEqual([]);
  });
}

test('typing in a feed post’s reply box leaves the panel, and its fixes, on the composer', async ({ context }) => {
  const composer = await openGate(context, 'lexical');
  const { page } = composer;
  await composer.write('我參加了 CandyDrop #WXTM創作大賽#');
  await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'fail');
  const before = await composer.item('length').textContent();
  const reply = page.locator('#reply-1');
  await reply.click();
  await page.keyboard.insertText('好文');
  await page.waitForTimeout(300);
  expect(await composer.item('length').textContent()).toBe(before);
  // The fix edits the composer, not the reply the writer was last in.
  await composer.panel.getByTestId('fix-near-miss-0-0').click();
  await expect.poll(() => composer.model()).toBe('我參加了 CandyDrop #WXTM创作大赛#');
  await expect(reply).toHaveText('好文');
  await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'pass');
  // The reply box's own 發布 is not guarded: it goes through without a question.
  await page.evaluate(() => {
    (window as unknown as { __replies: number }).__replies = 0;
    document.getElementById('reply-send-1')!.addEventListener('click', () => (window as unknown as { __replies: number }).__replies++);
  });
  await page.locator('#reply-send-1').click();
  expect(await page.evaluate(() => (window as unknown as { __replies: number }).__replies)).toBe(1);
  await expect(composer.panel.getByTestId('publish-guard')).toHaveCount(0);
  expect(composer.errors).toEqual([]);
});

test('the modal composer (the navigation’s 發文) is checked while open, and the page composer after it closes', async ({ context }) => {
  const composer = await openGate(context, 'tiptap');
  const { page } = composer;
  await composer.write('頁面上的草稿,一共十二個字。');
  await expect(composer.item('length')).toContainText('12');
  await page.locator('#nav-compose').click();
  await expect(page.locator('#modal-editor')).toBeFocused();
  await page.keyboard.insertText('彈窗裡的三字');
  await expect(composer.item('length')).toContainText(/字數 6[,，]/);
  await page.locator('#modal-close').click();
  await expect(page.locator('.post-modal')).toHaveCount(0);
  await expect(composer.item('length')).toContainText('12');
  // And the fixes act on the page's composer again.
  await composer.write(' #WXTM創作大賽#');
  await composer.panel.getByTestId('fix-near-miss-0-0').click();
  await expect.poll(() => composer.model()).toBe('頁面上的草稿,一共十二個字。 #WXTM创作大赛#');
  // (ProseMirror itself warns when Ctrl+End puts the DOM caret at the document's end: not ours.)
  expect(composer.errors.filter((e) => !e.startsWith('warning:') || e.includes('gate-square-checklist'))).toEqual([]);
});

test('發布 asks while a required screenshot is still being read, and says the reading is not finished', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const wxtm = JSON.parse(readFileSync('lib/contests/builtin/wxtm-2025.json', 'utf8'));
  const open = {
    ...wxtm,
    id: 'wxtm-required',
    window: { start: new Date(Date.now() - 86_400_000).toISOString(), end: new Date(Date.now() + 5 * 86_400_000).toISOString(), displayOffset: '+08:00' },
    screenshot: { ...wxtm.screenshot, requirement: 'required' },
  };
  type Chrome = { storage: { local: { set(i: object): Promise<void> } } };
  await worker.evaluate((c) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ customContests: [c] }), open);
  // A picture whose preview address answers only after a long while: it stays "being read".
  await context.route('https://www.gate.com/__slow/**', async (route) => {
    await new Promise((r) => setTimeout(r, 12_000));
    await route.fulfill({ status: 200, contentType: 'image/png', body: readFileSync('public/icon/128.png') }).catch(() => undefined);
  });
  const composer = await openGate(context, 'lexical');
  const { page } = composer;
  await composer.write(ARTICLE + TAGS);
  await expect(composer.item('length')).toHaveAttribute('data-status', 'pass');
  await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'pass');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://www.gate.com/__slow/record.png';
    img.width = 96;
    img.height = 96;
    document.getElementById('previews')!.append(img);
  });
  await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', /unread|reading/);
  await page.locator('#publish').click();
  const guard = composer.panel.getByTestId('publish-guard');
  await expect(guard).toBeVisible();
  await expect(guard).toContainText('截圖還在讀取');
  expect(await composer.published()).toBe(0);
  // "Publish anyway", then the writer's own press goes through.
  await guard.getByTestId('publish-anyway').click();
  await page.locator('#publish').click();
  expect(await composer.published()).toBe(1);
});

test('events the page can learn and forge do not take the panel or the publish guard away', async ({ context }) => {
  // The page listens from its first script, as a hostile page would, and learns WXT's start event.
  await context.addInitScript(() => {
    window.addEventListener('message', (event) => {
      const data = event.data as { type?: unknown } | null;
      if (typeof data?.type === 'string' && data.type.includes('content-script-started')) (window as unknown as { __wxtStarted: unknown }).__wxtStarted = data;
    });
  });
  const composer = await openGate(context, 'plain');
  const { page } = composer;
  await expect(composer.panel).toBeVisible();
  const learned = await page.evaluate(() => (window as unknown as { __wxtStarted?: { type: string; contentScriptName: string } }).__wxtStarted ?? null);
  expect(learned?.type).toMatch(/wxt:content-script-started$/);
  await page.evaluate((started) => {
    const detail = { contentScriptName: started.contentScriptName, messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(started.type, { detail }));
    window.dispatchEvent(new CustomEvent(started.type, { detail }));
    window.postMessage({ type: started.type, ...detail }, '*');
    // WXT's location event, under its unique name, without a URL.
    window.dispatchEvent(new Event(started.type.replace('content-script-started', 'locationchange')));
  }, learned!);
  await page.waitForTimeout(1_500);
  await expect(composer.panel).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('gate-square-checklist').length)).toBe(1);
  // Still live, and the guard still asks.
  await composer.write('短');
  await expect(composer.item('length')).toContainText(/字數 1[,，]/);
  await page.locator('#publish').click();
  await expect(composer.panel.getByTestId('publish-guard')).toBeVisible();
  expect(await composer.published()).toBe(0);
});
