/**
 * Issue 20 in real Chromium, on Gate's recorded page (tests/fixtures/host/gate-square.html): an open
 * contest tracked, a post that meets it published (the page empties its composer after 發布, as Gate
 * does) is one entry, a second is two; a press answered by a login prompt, or one after which the
 * composer keeps its text, records nothing. The post's own page, showing the same post (its topics
 * as lines at the top, as Gate renders them; the writer's own profile link in the navigation),
 * links the entry and says the published check; a tag lost on the published page is named.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { gatePostPageHtml, openPostPage } from './announcement-page';
import { ComposerPage } from './composer-page';
import { serveGateImages } from './editor-fixtures';
import { expect, serveFixture, test, watchPanelRoot } from './fixtures';

const URL = 'https://www.gate.com/zh-tw/post';
const ARTICLE = readFileSync('tests/conformance/seed-article.txt', 'utf8').trim().split('\n').slice(2, 6).join('\n');
const TAGS = ' #WXTM创作大赛# #WXTM#';

type Chrome = { storage: { local: { set(i: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };

/** The WXTM contest, open now, with no screenshot required: a post of the seed article meets it. */
async function trackOpenContest(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const wxtm = JSON.parse(readFileSync('lib/contests/builtin/wxtm-2025.json', 'utf8'));
  const open = {
    ...wxtm,
    id: 'wxtm-open',
    window: { start: new Date(Date.now() - 86_400_000).toISOString(), end: new Date(Date.now() + 5 * 86_400_000).toISOString(), displayOffset: '+08:00' },
    screenshot: { ...wxtm.screenshot, requirement: 'none' },
    // "发帖 3 篇以上": the popup shows progress.
    entries: { count: 3, per: 'contest' },
  };
  await worker.evaluate((c) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ customContests: [c] }), open);
}

async function storedEntries(context: BrowserContext): Promise<{ contestId: string; checklist: { status: string } }[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const got = await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('entries'));
  return (got.entries ?? []) as { contestId: string; checklist: { status: string } }[];
}

/** Gate's page with its plain composer; after 發布 the page does what `after` says. */
async function openGate(context: BrowserContext, after: 'empty' | 'login' | 'nothing'): Promise<ComposerPage> {
  await serveGateImages(context);
  await serveFixture(context, URL, 'gate-square.html');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.addInitScript((mode) => {
    document.addEventListener('click', (event) => {
      if ((event.target as Element | null)?.closest?.('#publish') === null) return;
      setTimeout(() => {
        if (mode === 'empty') {
          const box = document.getElementById('composer')!;
          box.textContent = '';
          box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        } else if (mode === 'login') {
          const dialog = document.createElement('div');
          dialog.setAttribute('role', 'dialog');
          dialog.textContent = '請先登入後再發布';
          document.body.append(dialog);
        }
      }, 300);
    });
  }, after);
  const composer = new ComposerPage(page, 'gate-square.html');
  await watchPanelRoot(page);
  await page.goto(URL);
  await expect(page.locator('gsc=.gsc-panel')).toBeVisible();
  return composer;
}

async function publish(composer: ComposerPage, page: Page): Promise<void> {
  await composer.write(ARTICLE + TAGS);
  await expect(composer.item('length')).toHaveAttribute('data-status', 'pass');
  await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'pass');
  await page.locator('#publish').click();
}

test('a post that meets an open contest, published, is one entry; a second is two', async ({ context, extensionId }) => {
  await trackOpenContest(context);
  const composer = await openGate(context, 'empty');
  const { page } = composer;
  await publish(composer, page);
  await expect(composer.panel.getByTestId('entry-recorded')).toContainText('WXTM');
  await expect.poll(async () => (await storedEntries(context)).length).toBe(1);
  const [first] = await storedEntries(context);
  expect(first.contestId).toBe('wxtm-open');
  expect(first.checklist.status).toBe('pass');
  // The text itself is not kept unless the writer turned that on.
  expect(JSON.stringify(first)).not.toContain(ARTICLE.slice(0, 12));

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('entries-count-wxtm-open')).toContainText('已投稿 1 篇');

  await page.bringToFront();
  await publish(composer, page);
  await expect.poll(async () => (await storedEntries(context)).length).toBe(2);
  await popup.reload();
  await expect(popup.getByTestId('entries-count-wxtm-open')).toContainText('已投稿 2 篇');
  await expect(popup.getByTestId('entries-count-wxtm-open')).toContainText('2 / 3');
  expect(composer.errors.filter((e) => e.includes('gate-square-checklist'))).toEqual([]);
});

test('a press answered by a login prompt records nothing', async ({ context }) => {
  await trackOpenContest(context);
  const composer = await openGate(context, 'login');
  await publish(composer, composer.page);
  await expect(composer.page.getByRole('dialog')).toContainText('登入');
  // Longer than the page takes to answer: still nothing recorded.
  await composer.page.waitForTimeout(1500);
  expect(await storedEntries(context)).toEqual([]);
  await expect(composer.panel.getByTestId('entry-recorded')).toHaveCount(0);
});

test('a press after which the composer keeps its text records nothing while it waits', async ({ context }) => {
  await trackOpenContest(context);
  const composer = await openGate(context, 'nothing');
  await publish(composer, composer.page);
  await composer.page.waitForTimeout(1500);
  expect(await storedEntries(context)).toEqual([]);
});

/** The writer's post on its own page: topics first, the prose after, the writer's profile link in the navigation. */
function publishedPage(topics: string): string {
  const html = gatePostPageHtml(
    [{ author: 'writer', id: '990001', time: '1分鐘前', text: `${topics}\n${ARTICLE}` }],
    [{ author: 'reader', text: '寫得好 #BTC#' }],
  );
  return html.replace('<a href="/markets">行情</a>', '<a href="/markets">行情</a> <a href="/zh/profile/writer"><span class="post-nav-item">我的</span></a>');
}

test('the published post, on its own page: the entry is linked and its check says all rules met', async ({ context }) => {
  await trackOpenContest(context);
  const composer = await openGate(context, 'empty');
  await publish(composer, composer.page);
  await expect.poll(async () => (await storedEntries(context)).length).toBe(1);
  const url = 'https://www.gate.com/zh/post/status/990001';
  const { panel, errors } = await openPostPage(context, url, publishedPage('#WXTM创作大赛# #WXTM#'));
  const check = panel.getByTestId('published-check');
  await expect(check).toHaveAttribute('data-status', 'all-met');
  await expect.poll(async () => ((await storedEntries(context))[0] as { post?: { url: string } }).post?.url).toBe(url);
  expect(errors).toEqual([]);
});

test('a tag lost on the published page is named', async ({ context }) => {
  await trackOpenContest(context);
  const composer = await openGate(context, 'empty');
  await publish(composer, composer.page);
  await expect.poll(async () => (await storedEntries(context)).length).toBe(1);
  const { panel } = await openPostPage(context, 'https://www.gate.com/zh/post/status/990001', publishedPage('#WXTM创作大赛#'));
  const check = panel.getByTestId('published-check');
  await expect(check).toHaveAttribute('data-status', 'not-met');
  await expect(panel.getByTestId('published-problems')).toContainText('#WXTM#');
});
