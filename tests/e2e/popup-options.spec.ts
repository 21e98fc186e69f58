/**
 * Issues 6 and 11 in real Chromium: contests tracked from the options (a pasted announcement
 * reviewed in place; JSON as the advanced path, valid and invalid), the tracked contest driving
 * the overlay, the popup's ticking countdowns and draft state, the first run, and the badge.
 */
import type { Page, Worker } from '@playwright/test';
import { ComposerPage } from './composer-page';
import { expect, test } from './fixtures';

const DAY = 86_400_000;

/** A contest open right now (3 days and a bit left), with single-# tags and a word minimum. */
function liveContest(now: number) {
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    schemaVersion: 1,
    id: 'creator-leaderboard',
    name: { 'zh-Hant': '創作者排行榜', 'zh-Hans': '创作者排行榜', en: 'Creator Leaderboard' },
    window: { start: iso(now - DAY), end: iso(now + 3 * DAY + 5 * 3_600_000), displayOffset: 'Z' },
    length: { min: 80, unit: 'words' },
    tags: [{ text: 'CreatorLeaderboard', style: 'single' }],
    screenshot: { requirement: 'none', token: { symbols: ['GT'] } },
    prizes: [{ rank: { 'zh-Hant': '冠軍', 'zh-Hans': '冠军', en: 'Winner' }, winners: 1, amount: 500, unit: 'USDT' }],
  };
}

type Chrome = { action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> } };
const badge = (worker: Worker) =>
  worker.evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
  });

async function addContest(page: Page, json: string) {
  // JSON is the advanced path, folded away under the announcement.
  const advanced = page.locator('details.advanced');
  if ((await advanced.getAttribute('open')) === null) await advanced.locator('summary').click();
  await page.getByTestId('contest-json').fill(json);
  await page.getByTestId('contest-add').click();
}

test('contests are added from JSON, invalid data is refused with its path, and the new contest drives panel, popup and badge', async ({ context, extensionId }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Nothing tracked: no badge (the built-in example ended long ago).
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('contest-state-wxtm-2025')).toHaveText('內建');

  // Invalid: a tag written with its # signs and a bad end time. Nothing is saved.
  const bad = { ...liveContest(Date.now()), tags: [{ text: '#Creator', style: 'single' }], window: { start: '2025-08-07T17:00:00+08:00', end: '2025-08-12 24:00', displayOffset: '+08:00' } };
  await addContest(options, JSON.stringify(bad));
  const issues = options.getByTestId('contest-issues');
  await expect(issues).toContainText('window.end');
  await expect(issues).toContainText('tags.0.text');
  await expect(options.getByTestId('contest-row-creator-leaderboard')).toHaveCount(0);
  await addContest(options, '{ not json');
  await expect(issues).toContainText('JSON');

  // Valid: tracked, and listed as open.
  await addContest(options, JSON.stringify(liveContest(Date.now())));
  await expect(options.getByTestId('contest-feedback')).toContainText('創作者排行榜');
  await expect(options.getByTestId('contest-state-creator-leaderboard')).toHaveText('進行中');
  // The README's picture: the tracked contests and the paste box, from the top of the page.
  await options.setViewportSize({ width: 900, height: 900 });
  await options.evaluate(() => window.scrollTo(0, 0));
  await options.screenshot({ path: 'docs/screenshots/options.png' });

  // The badge follows: open, 3 days left, in the open colour.
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('3d');
  expect((await badge(worker)).color).toEqual([35, 84, 230, 255]);

  // The overlay checks the new contest's own tag and unit.
  const composer = await ComposerPage.open(context, 'textarea.html');
  await expect(composer.item('tag.0')).toContainText('#CreatorLeaderboard');
  await composer.write('My week on Gate Square #CreatorLeaderboard');
  await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'pass');
  await expect(composer.item('length')).toHaveAttribute('data-status', 'fail');

  // The popup ticks, shows the prize table and this tab's draft.
  const popup = await context.newPage();
  await composer.page.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const countdown = popup.getByTestId('countdown');
  await expect(countdown).toContainText('3天');
  const first = await countdown.textContent();
  await expect.poll(() => countdown.textContent(), { timeout: 3000 }).not.toBe(first);
  await expect(popup.getByText('500 USDT')).toBeVisible();

  // With the composer's tab active, the popup says what its draft still lacks.
  await composer.page.bringToFront();
  const draft = popup.getByTestId('draft-status');
  await expect(draft).toHaveAttribute('data-pass', 'false', { timeout: 10_000 });
  await expect(draft).toContainText('/');
  await expect(draft).toContainText('80');
});

test('an imported contest can be exported again as the same JSON', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const contest = liveContest(Date.parse('2026-01-01T00:00:00Z'));
  await addContest(options, JSON.stringify(contest));
  await expect(options.getByTestId('contest-row-creator-leaderboard')).toBeVisible();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('contest-export-creator-leaderboard').click()]);
  expect(download.suggestedFilename()).toBe('creator-leaderboard.json');
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(exported).toMatchObject(contest);
});

test('corrupt stored settings fall back to defaults with a message, never a blank popup', async ({ context, extensionId }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  type Sync = { storage: { sync: { set(items: object): Promise<void> } } };
  await worker.evaluate(() => (globalThis as unknown as { chrome: Sync }).chrome.storage.sync.set({ settings: 'garbage', settings$: { v: 2 } }));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('storage-notice')).toContainText('已改用預設值');
  await expect(popup.getByTestId('phase')).toHaveText('已結束');
  // Nothing open: the first run's way forward.
  await expect(popup.getByTestId('first-run')).toContainText('追蹤這個活動');
});

test('a pasted announcement becomes a draft the writer reviews and corrects in place, then a contest the panel checks', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const { readFileSync } = await import('node:fs');
  await options.getByTestId('announcement').fill(readFileSync('tests/fixtures/announcements/creator-leaderboard-single-tags.txt', 'utf8'));
  await options.getByTestId('announcement-read').click();
  const review = options.getByTestId('contest-review');
  await expect(review.getByTestId('review-tag-0')).toHaveValue('CreatorLeaderboard');
  await expect(review.getByTestId('review-tag-1')).toHaveValue('GateSquare');
  await expect(review.getByTestId('review-start')).toHaveValue('2025-09-01T10:00');
  await expect(review.getByTestId('review-zone')).toHaveValue('+08:00');
  // Each doubt beside its field: no prize pool found (prizes), and nothing left over.
  await expect(review.getByTestId('review-doubts-prizes')).toContainText('總獎池');
  await expect(review.getByTestId('review-doubts-other')).toHaveCount(0);
  // That contest ended in 2025: the writer moves its end, as they could for a real mistake.
  await review.getByTestId('review-end').fill('2030-06-01T00:00');
  await expect(review.getByTestId('review-end-local')).toContainText('2030');
  await review.getByTestId('review-save').click();
  await expect(options.getByTestId('contest-feedback')).toContainText('已追蹤「Creator Leaderboard」');
  await expect(options.locator('[data-testid^="contest-row-"][data-state="open"]')).toHaveCount(1);

  const composer = await ComposerPage.open(context, 'prosemirror.html');
  await composer.write('本週心得 #GateSquare');
  await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'pass');
  await expect(composer.item('tag.0')).toHaveAttribute('data-status', 'fail');
  await expect(composer.item('length')).toContainText('200');
});

test('hostile pastes: a huge announcement is read from its start with a warning, an oversized contest is refused, and both stay in their boxes', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const { readFileSync } = await import('node:fs');

  // 200,000 digits after the announcement (30,000 froze this page for 7.5 s before the reader was
  // made linear): read from its first 50,000 characters, the draft is still the WXTM contest.
  const pasted = `${readFileSync('tests/fixtures/announcements/wxtm-2025-seed.txt', 'utf8')}\n${'9'.repeat(200_000)}`;
  await options.getByTestId('announcement').fill(pasted);
  await options.getByTestId('announcement-read').click();
  await expect(options.getByTestId('contest-feedback')).toContainText('50,000');
  await expect(options.getByTestId('review-doubts-other')).toContainText('50,000');
  await expect(options.getByTestId('review-tag-0')).toHaveValue('WXTM创作大赛');
  expect(await options.getByTestId('announcement').inputValue()).toBe(pasted);

  // Contest JSON past 256 K characters is refused at the root, before it is parsed; nothing is saved.
  const huge = JSON.stringify({ ...liveContest(Date.now()), rules: [{ 'zh-Hant': 'x', 'zh-Hans': 'x', en: 'x'.repeat(300_000) }] });
  await addContest(options, huge);
  await expect(options.getByTestId('contest-issues')).toContainText('64 KB');
  await expect(options.getByTestId('contest-row-creator-leaderboard')).toHaveCount(0);
  expect((await options.getByTestId('contest-json').inputValue()).length).toBe(huge.length);
});

test('options: Gate itself is refused as a mirror (two panels), and "reset everything" asks to be pressed twice', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('mirror-host').fill('WWW.GATE.COM');
  await options.getByTestId('mirror-add').click();
  await expect(options.getByTestId('mirror-problem')).toContainText('www.gate.com');

  await addContest(options, JSON.stringify(liveContest(Date.now())));
  await expect(options.getByTestId('contest-state-creator-leaderboard')).toHaveText('進行中');
  const reset = options.getByTestId('reset');
  await reset.click();
  await expect(reset).toContainText('再按一次');
  await expect(options.getByTestId('contest-row-creator-leaderboard')).toHaveCount(1);
  await reset.click();
  await expect(options.getByTestId('contest-row-creator-leaderboard')).toHaveCount(0);
  await expect(reset).toHaveText('全部恢復預設');
});
