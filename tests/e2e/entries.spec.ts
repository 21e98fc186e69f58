/**
 * Issue 20 in real Chromium: entries recorded in chrome.storage.local (seeded here as the panel
 * records them at 发布) shown at a glance in the popup per contest, listed on the options page with
 * both times, state and post, exported as CSV and JSON, deleted one by one and forgotten all at
 * once (two presses).
 */
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A contest open right now, shown in UTC+8. */
function liveContest(now: number) {
  return {
    schemaVersion: 1,
    id: 'creator-leaderboard',
    name: { 'zh-Hant': '創作者排行榜', 'zh-Hans': '创作者排行榜', en: 'Creator Leaderboard' },
    window: { start: iso(now - 2 * DAY), end: iso(now + 3 * DAY), displayOffset: '+08:00' },
    length: { min: 80, unit: 'words' },
    tags: [{ text: 'CreatorLeaderboard', style: 'single' }],
    screenshot: { requirement: 'none', token: { symbols: ['GT'] } },
    prizes: [{ rank: { 'zh-Hant': '冠軍', 'zh-Hans': '冠军', en: 'Winner' }, winners: 1, amount: 500, unit: 'USDT' }],
  };
}

/** An entry as lib/entries/entry.ts records it at 发布. */
function entry(id: string, publishedAt: number, extra: object = {}) {
  return {
    schemaVersion: 1,
    id,
    contestId: 'creator-leaderboard',
    publishedAt,
    window: { displayOffset: '+08:00', inside: true },
    checklist: {
      status: 'pass',
      length: { count: 96, min: 80, unit: 'words', met: true },
      tags: [{ expected: '#CreatorLeaderboard', met: true }],
      screenshot: { requirement: 'none', status: 'info' },
      pictures: [],
    },
    hash: { algorithm: 'sha256', normalisation: 1, text: 'a'.repeat(64), prose: 'b'.repeat(64) },
    ...extra,
  };
}

type Local = { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

/** Seed the stored contests and entries from an extension page, as the panel writes them. */
async function seed(page: Page, items: object) {
  await page.evaluate(async (values) => {
    await (globalThis as unknown as { chrome: Local }).chrome.storage.local.set(values);
  }, items);
}

const storedEntryIds = (page: Page) =>
  page.evaluate(async () =>
    (((await (globalThis as unknown as { chrome: Local }).chrome.storage.local.get('entries')).entries ?? []) as { id: string }[]).map((e) => e.id),
  );

const textOf = async (download: Download) => Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');

test('entries: the popup counts them per contest; options lists, exports, deletes and forgets them', async ({ context, extensionId }) => {
  const now = Date.now();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('entries-none')).toBeVisible();
  const first = now - DAY;
  const second = now - 3_600_000;
  await seed(options, {
    customContests: [liveContest(now)],
    entries: [
      entry('entry-one', first),
      entry('entry-two', second, { post: { url: 'https://www.gate.com/post/status/12345', linkedAt: second + 60_000, matchedBy: 'hash' } }),
    ],
  });

  // The popup: two entries for the contest, the last one found on Gate.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('entries-count-creator-leaderboard')).toHaveText('已投稿 2 篇');
  await expect(popup.getByTestId('entries-last-creator-leaderboard')).toContainText('已找到發布的帖子');
  await expect(popup.getByTestId('entries-last-creator-leaderboard')).toContainText('(UTC+8)');

  // Options: both listed (newest first), with the contest's name, both times, state and post.
  await options.bringToFront();
  const rows = options.locator('[data-testid^="entry-row-"]');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-testid', 'entry-row-entry-two');
  await expect(rows.nth(0)).toContainText('創作者排行榜');
  await expect(rows.nth(0)).toContainText('活動時間');
  await expect(rows.nth(0)).toContainText('UTC+8');
  await expect(rows.nth(0)).toContainText('你的時間');
  await expect(options.getByTestId('entry-post-entry-two')).toHaveAttribute('href', 'https://www.gate.com/post/status/12345');
  await expect(options.getByTestId('entry-row-entry-one')).toContainText('已記錄,待核對發布的帖子');

  // CSV: a header and a row per entry, oldest first.
  const [csv] = await Promise.all([options.waitForEvent('download'), options.getByTestId('entries-export-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/^gate-square-entries-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await textOf(csv))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^id,contest,published_at_utc,/);
  expect(lines[1]).toMatch(/^entry-one,creator-leaderboard,/);
  expect(lines[2]).toMatch(/^entry-two,creator-leaderboard,.*https:\/\/www\.gate\.com\/post\/status\/12345/);

  // JSON: the same entries, with what the file is.
  const [json] = await Promise.all([options.waitForEvent('download'), options.getByTestId('entries-export-json').click()]);
  const exported = JSON.parse(await textOf(json)) as { kind: string; entries: { id: string }[] };
  expect(exported.kind).toBe('gate-square-entries');
  expect(exported.entries.map((e) => e.id)).toEqual(['entry-one', 'entry-two']);

  // Nothing ended long ago: clearing removes nothing, and says so.
  await options.getByTestId('entries-clear-archived').click();
  await expect(options.getByTestId('entries-feedback')).toContainText('30 天');
  await expect(rows).toHaveCount(2);

  // Delete one: gone from the list, from storage and from the popup's count.
  await options.getByTestId('entry-delete-entry-one').click();
  await expect(rows).toHaveCount(1);
  expect(await storedEntryIds(options)).toEqual(['entry-two']);
  await expect(popup.getByTestId('entries-count-creator-leaderboard')).toHaveText('已投稿 1 篇');

  // Forget all: the first press asks, the second forgets.
  const forget = options.getByTestId('entries-forget-all');
  await forget.click();
  await expect(forget).toContainText('再按一次');
  await expect(rows).toHaveCount(1);
  await forget.click();
  await expect(options.getByTestId('entries-none')).toBeVisible();
  expect(await storedEntryIds(options)).toEqual([]);
  await expect(popup.getByTestId('entries-glance')).toHaveCount(0);
});

test('keeping the text is off by default; turned off again, the texts kept are deleted', async ({ context, extensionId }) => {
  const now = Date.now();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const keep = options.getByTestId('keep-entry-text');
  await expect(keep).not.toBeChecked();
  // A controlled box: checked once the setting is saved.
  await keep.click();
  await expect(keep).toBeChecked();
  await seed(options, { customContests: [liveContest(now)], entries: [entry('kept', now - DAY, { text: 'My week on Gate Square #CreatorLeaderboard' })] });
  await expect(options.getByTestId('entry-row-kept')).toBeVisible();
  await keep.click();
  await expect
    .poll(() =>
      options.evaluate(
        async () => ((await (globalThis as unknown as { chrome: Local }).chrome.storage.local.get('entries')).entries as { text?: string }[])[0]?.text,
      ),
    )
    .toBeUndefined();
  await expect(keep).not.toBeChecked();
});
