/**
 * Issue 18 in real Chromium: the post page reads the post, not the page. On a page built as Gate's
 * feed is recorded (no `<article>`; author links, status links, a reply box and comments under the
 * post, a `<time>` in the side column), the "Track this contest" offer takes its tags and window
 * from the announcement alone, shows who posted it, and the writer's edits in the review survive
 * comments arriving; a change of the post itself waits for the writer. A pinned announcement
 * above a user's post: the announcement is read, never the user's post.
 */
import { readAnnouncement } from '../../lib/contests/announcement';
import { gatePostPageHtml, openPostPage, realText, type GatePost } from './announcement-page';
import { expect, test } from './fixtures';

/** The PUBLIC announcement with a window that states no year: the year is the post's, or assumed. */
const ANNOUNCEMENT = (() => {
  const text = realText('public-contest-zh-hans.txt');
  const yearless = text.replace(/^2025年8月18日 10:00 – 2025年8月22日 16:00 \(UTC\)$/m, '8月18日 10:00 – 8月22日 16:00 (UTC)');
  if (yearless === text) throw new Error('the window line of the fixture changed');
  return yearless;
})();
const COMMENT_WITH_TAG = '帶上話題 #BTC行情分析# 發帖\n2025年9月1日 10:00 - 2025年9月5日 16:00 (UTC+8)';

/** The window's start as the review shows it (`datetime-local` in the announcement's zone, UTC here). */
const shownStart = (options: { now: number; published?: number }) => readAnnouncement(ANNOUNCEMENT, options).contest.window.start.slice(0, 16);

test('comments under the announcement and a <time> outside it: tags and window from the announcement alone, the author shown, edits kept as comments arrive', async ({
  context,
}) => {
  const official: GatePost = { author: 'Gate广场官方', id: '13148311', text: ANNOUNCEMENT };
  const html = gatePostPageHtml(
    [official],
    [
      { author: '小明', text: COMMENT_WITH_TAG },
      { author: '阿华', text: '已参加!' },
    ],
  );
  const { page, panel, errors } = await openPostPage(context, 'https://www.gate.com/zh/post/status/13148311', html);
  await expect(panel.getByTestId('track-offer')).toBeVisible({ timeout: 5000 });
  await expect(panel.getByTestId('track-author')).toContainText('Gate广场官方');
  await expect(panel.getByTestId('track-author')).toHaveAttribute('data-official', 'true');
  // The page told where the post ends (the comments' authors, the reply box): no doubt about it.
  await expect(panel.getByTestId('track-bounds')).toHaveCount(0);
  await panel.getByTestId('track-button').click();

  const review = panel.getByTestId('contest-review');
  await expect(review.getByTestId('review-tag-0')).toHaveValue('PUBLIC创作大赛');
  // The comment's tag is not a second required tag.
  await expect(review.getByTestId('review-tag-1')).toHaveCount(0);
  await expect(review.getByTestId('review-min')).toHaveValue('100');
  // The window is the announcement's (not the comment's September dates); the post shows no date
  // of its own, so the year is assumed and said so, never taken from the side column's 2023.
  const start = shownStart({ now: Date.now() });
  expect(start.startsWith('2023')).toBe(false);
  await expect(review.getByTestId('review-start')).toHaveValue(start);
  await expect(review.getByTestId('review-end')).toHaveValue(/-08-22T16:00$/);
  await expect(review.getByTestId('review-doubts-window')).not.toBeEmpty();

  // The writer edits, then comments arrive (one with another tag and dates).
  await review.getByTestId('review-min').fill('250');
  await review.getByTestId('review-name').fill('我的 PUBLIC 活动');
  for (const [author, text] of [
    ['路人甲', '#PUBLIC创作大赛# 我也来了\n8月19日 - 8月30日'],
    ['路人乙', COMMENT_WITH_TAG],
  ]) {
    await page.evaluate(
      ([who, what]) => {
        const item = document.createElement('div');
        item.className = 'ci_3a';
        const link = Object.assign(document.createElement('a'), { className: 'nickname', href: `/zh/profile/${encodeURIComponent(who)}`, textContent: who });
        const body = document.createElement('div');
        for (const line of what.split('\n')) body.append(Object.assign(document.createElement('p'), { textContent: line }));
        item.append(link, body);
        document.getElementById('cl')!.append(item);
      },
      [author, text],
    );
    // Past the page's settle delay (400 ms) and a background reading.
    await page.waitForTimeout(1200);
  }
  await expect(review.getByTestId('review-min')).toHaveValue('250');
  await expect(review.getByTestId('review-name')).toHaveValue('我的 PUBLIC 活动');
  await expect(review.getByTestId('review-tag-1')).toHaveCount(0);
  await expect(panel.getByTestId('track-changed')).toHaveCount(0);

  // The post itself changes: the edits stay, and the panel says so and offers the new version.
  await page.evaluate(() => {
    const line = [...document.querySelectorAll('.pb_0d1f p')].find((p) => p.textContent!.includes('不少于 100 字'))!;
    line.textContent = line.textContent!.replace('不少于 100 字', '不少于 300 字');
  });
  await expect(panel.getByTestId('track-changed')).toBeVisible({ timeout: 5000 });
  await expect(review.getByTestId('review-min')).toHaveValue('250');
  await panel.getByTestId('track-use-new').click();
  await expect(review.getByTestId('review-min')).toHaveValue('300');
  await expect(panel.getByTestId('track-changed')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a user’s post after a pinned announcement: the announcement is read, dated by its own time link, and the user’s tag stays out', async ({ context }) => {
  const pinned: GatePost = { author: 'Gate广场官方', id: '13148311', time: '2天前', text: ANNOUNCEMENT };
  const user: GatePost = { author: 'trader_joe', id: '13150007', time: '5分钟前', text: '#ETH走势# 我觉得 ETH 还会涨\n9月1日 - 9月9日 看多,欢迎讨论' };
  const html = gatePostPageHtml([pinned, user], [{ author: '小明', text: COMMENT_WITH_TAG }]);
  const { panel, errors } = await openPostPage(context, 'https://www.gate.com/zh/post/status/13150007', html);
  await expect(panel.getByTestId('track-offer')).toBeVisible({ timeout: 5000 });
  await expect(panel.getByTestId('track-author')).toContainText('Gate广场官方');
  await panel.getByTestId('track-button').click();
  const review = panel.getByTestId('contest-review');
  await expect(review.getByTestId('review-tag-0')).toHaveValue('PUBLIC创作大赛');
  await expect(review.getByTestId('review-tag-1')).toHaveCount(0);
  // The year is the post's (two days ago), not the side column's 2023, and not assumed.
  const day = 86_400_000;
  await expect(review.getByTestId('review-start')).toHaveValue(shownStart({ now: Date.now(), published: Date.now() - 2 * day }));
  await expect(review.getByTestId('review-doubts-window')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a user’s post that reads like an announcement is offered with its author, not as an official one', async ({ context }) => {
  const html = gatePostPageHtml([{ author: 'crypto_anna', id: '13150099', time: '1小时前', text: ANNOUNCEMENT }], [{ author: '小明', text: '真的吗?' }]);
  const { panel, errors } = await openPostPage(context, 'https://www.gate.com/zh/post/status/13150099', html);
  await expect(panel.getByTestId('track-offer')).toBeVisible({ timeout: 5000 });
  await expect(panel.getByTestId('track-author')).toContainText('crypto_anna');
  await expect(panel.getByTestId('track-author')).toHaveAttribute('data-official', 'false');
  expect(errors).toEqual([]);
});
