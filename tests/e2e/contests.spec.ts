/**
 * Issue 11 in real Chromium: a contest tracked from its announcement page (Track → review → save),
 * the composer then checking against it; ordinary posts (entries carrying a contest's tag or
 * quoting its rules) never offered; two open contests, the panel following the draft's tag.
 */
import type { BrowserContext } from '@playwright/test';
import { liveAnnouncement, openPostPage, postPageHtml, realText } from './announcement-page';
import { ComposerPage, pickOption } from './composer-page';
import { expect, test } from './fixtures';

/** A post page made from `text`, with the panel up. */
const openPost = (context: BrowserContext, url: string, text: string, published?: string) => openPostPage(context, url, postPageHtml(text, published));

test('announcement page → Track → review → save → the composer at /post checks against the new contest', async ({ context }) => {
  const { panel, errors } = await openPost(context, 'https://www.gate.com/zh/post/status/13148311', liveAnnouncement(Date.now()), '2026-11-29');
  const offer = panel.getByTestId('track-offer');
  await expect(offer).toBeVisible({ timeout: 5000 });
  await expect(panel.getByTestId('track-name')).toContainText('PUBLIC');
  await panel.getByTestId('track-button').click();

  // The draft, for review: tag, minimum and unit, the window in UTC and in the writer's time, the
  // Launchpool staking screenshot, the prizes; each doubt beside its field.
  const review = panel.getByTestId('contest-review');
  await expect(review.getByTestId('review-tag-0')).toHaveValue('PUBLIC创作大赛');
  await expect(review.getByTestId('review-min')).toHaveValue('100');
  await expect(review.getByTestId('review-unit')).toHaveValue('zi');
  await expect(review.getByTestId('review-zone')).toHaveValue('Z');
  await expect(review.getByTestId('review-start')).toHaveValue(/T10:00$/);
  await expect(review.getByTestId('review-end')).toHaveValue(/T16:00$/);
  await expect(review.getByTestId('review-end-local')).toContainText(':');
  await expect(review.getByTestId('review-kind-staking')).toBeChecked();
  await expect(review.getByTestId('review-token')).toHaveValue('PUBLIC');
  // The prizes, editable row by row: the pool, then rank, winners, amount each and unit.
  await expect(review.getByTestId('review-pool-amount')).toHaveValue('4000');
  await expect(review.getByTestId('review-pool-unit')).toHaveValue('PUBLIC');
  await expect(review.getByTestId('review-prize-rank-0')).toHaveValue(/一等|1st/);
  await expect(review.getByTestId('review-prize-winners-1')).toHaveValue('3');
  await expect(review.getByTestId('review-prize-amount-1')).toHaveValue('500');
  await expect(review.getByTestId('review-prize-unit-2')).toHaveValue('PUBLIC');
  await panel.page().setViewportSize({ width: 1100, height: 1200 });
  await panel.page().screenshot({ path: 'docs/screenshots/track.png' });
  // The writer corrects a row and adds one.
  // Typed key by key: an emptied box stays empty until the new number comes, "12." stays on its way to 12.5.
  await review.getByTestId('review-prize-winners-2').fill('');
  await expect(review.getByTestId('review-prize-winners-2')).toHaveValue('');
  await review.getByTestId('review-prize-winners-2').pressSequentially('6');
  await expect(review.getByTestId('review-prize-winners-2')).toHaveValue('6');
  await review.getByTestId('review-prize-add').click();
  await review.getByTestId('review-prize-rank-3').fill('Lucky draw');
  await review.getByTestId('review-prize-amount-3').pressSequentially('12.5');
  await expect(review.getByTestId('review-prize-amount-3')).toHaveValue('12.5');
  await review.getByTestId('review-save').click();
  await expect(panel.getByTestId('track-saved')).toContainText('PUBLIC');
  // What was saved is what the review showed, the writer's edits included.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  type Stored = { prizes: { rank: Record<string, string>; winners: number; amount: number; unit: string }[]; pool?: { amount: number; unit: string } };
  type Chrome = { storage: { local: { get(k: string): Promise<{ customContests?: Stored[] }> } } };
  const [saved] = (await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('customContests'))).customContests ?? [];
  expect(saved.pool).toEqual({ amount: 4000, unit: 'PUBLIC' });
  expect(saved.prizes.map((p) => [p.winners, p.amount, p.unit])).toEqual([
    [1, 1500, 'PUBLIC'],
    [3, 500, 'PUBLIC'],
    [6, 200, 'PUBLIC'],
    [1, 12.5, 'PUBLIC'],
  ]);
  expect(saved.prizes[3].rank).toEqual({ 'zh-Hant': 'Lucky draw', 'zh-Hans': 'Lucky draw', en: 'Lucky draw' });

  // Writing a post now: the checklist is the PUBLIC contest's.
  const composer = await ComposerPage.open(context, 'textarea.html', 'https://www.gate.com/zh/post');
  await expect(composer.item('tag.0')).toContainText('#PUBLIC创作大赛#');
  await composer.write('我参与了 Launchpool #PUBLIC创作大赛#');
  await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'pass');
  await expect(composer.item('screenshot')).toContainText('Launchpool');
  expect(errors).toEqual([]);
  expect(composer.errors).toEqual([]);
});

test('ordinary posts never get the offer: entries that carry a contest tag or quote its rules', async ({ context }) => {
  const posts = [
    'post-public-contest-entry-en.txt',
    'post-somi-contest-entry-en.txt',
    'post-creator-leaderboard-rules-zh-hant.txt',
    'post-april-challenge-window-en.txt',
    'post-spaace-zh-hans.txt',
  ];
  for (const [i, name] of posts.entries()) {
    const { page, panel } = await openPost(context, `https://www.gate.com/zh/post/status/2000${i}`, realText(name));
    // The offer would be up within a second (read at once, then 400 ms after the page settles).
    await page.waitForTimeout(1500);
    await expect(panel.getByTestId('track-offer'), name).toHaveCount(0);
    await page.close();
  }
  // The same page with an announcement does get it (the check above can fail).
  const { panel } = await openPost(context, 'https://www.gate.com/zh/post/status/20099', realText('public-contest-zh-hant.txt'));
  await expect(panel.getByTestId('track-offer')).toBeVisible({ timeout: 5000 });
});

test('two open contests: the panel follows the draft’s tag, asks when the draft fits both, and the writer picks; the popup lists both', async ({
  context,
  extensionId,
}) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const { readFileSync } = await import('node:fs');
  const wxtm = JSON.parse(readFileSync('lib/contests/builtin/wxtm-2025.json', 'utf8'));
  const live = (id: string, tag: string, endDays: number) => ({
    ...wxtm,
    id,
    name: { 'zh-Hant': tag, 'zh-Hans': tag, en: tag },
    window: { start: new Date(Date.now() - 86_400_000).toISOString(), end: new Date(Date.now() + endDays * 86_400_000).toISOString(), displayOffset: '+08:00' },
    tags: [{ text: tag, style: 'weibo' }],
  });
  type Chrome = { storage: { local: { set(i: object): Promise<void> } } };
  const contests = [live('public-2026', 'PUBLIC创作大赛', 5), live('ptb-2026', 'PTB Creative Contest', 2)];
  await worker.evaluate((c) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ customContests: c }), contests);

  const composer = await ComposerPage.open(context, 'contenteditable.html');
  const switcher = composer.panel.getByTestId('contest-switcher');
  // No tag yet, two open: the nearest deadline, and the writer is asked.
  await composer.write('草稿');
  await expect(switcher).toHaveValue('ptb-2026');
  await expect(composer.panel.getByTestId('switcher-ambiguous')).toBeVisible();
  // The draft's tag decides.
  await composer.write(' #PUBLIC创作大赛#');
  await expect(switcher).toHaveValue('public-2026');
  await expect(composer.panel.getByTestId('switcher-ambiguous')).toHaveCount(0);
  await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'pass');
  // Both tags: asked again; the writer picks, and the pick holds.
  await composer.write(' #PTB Creative Contest#');
  await expect(composer.panel.getByTestId('switcher-ambiguous')).toBeVisible();
  await pickOption(switcher, 'public-2026');
  await expect(switcher).toHaveValue('public-2026');
  await expect(composer.panel.getByTestId('switcher-ambiguous')).toHaveCount(0);
  // The built-in example is offered too; ended contests are not.
  await expect(switcher.locator('option')).toHaveCount(3);

  // The popup, with this draft's tab active: the draft's contest leads, every other open one follows
  // with its own ticking countdown.
  const popup = await context.newPage();
  await composer.page.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.countdown').first()).toHaveAttribute('aria-label', 'PUBLIC创作大赛');
  const others = popup.getByTestId('contest-list').locator('.countdown');
  await expect(others).toHaveCount(1);
  await expect(others.first()).toHaveAttribute('aria-label', 'PTB Creative Contest');
  const ptb = others.first().getByTestId('countdown');
  await expect(ptb).toContainText('1天');
  const before = await ptb.textContent();
  await expect.poll(() => ptb.textContent(), { timeout: 3000 }).not.toBe(before);
  await expect(popup.getByTestId('draft-status')).toBeVisible();
  await popup.setViewportSize({ width: 380, height: 400 });
  await popup.screenshot({ path: 'docs/screenshots/popup.png' });
  expect(composer.errors).toEqual([]);
});
