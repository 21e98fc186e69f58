/**
 * A Gate Square post page (`/post/status/{id}`) made from a real announcement or post text
 * (tests/fixtures/announcements/real/), served at a real Gate URL. The markup is ours (Gate's is not
 * known here): an article with its author link, the post's date and its text, line by line, under the site's header.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { expect, watchPanelRoot } from './fixtures';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function realText(name: string): string {
  return readFileSync(`tests/fixtures/announcements/real/${name}`, 'utf8');
}

/**
 * The PUBLIC announcement with its window moved around `now` (one day ago to five days ahead, in
 * the announcement's own wording), so that the tracked contest is open while the test runs.
 */
export function liveAnnouncement(now: number): string {
  const day = 86_400_000;
  const d = (ms: number) => {
    const x = new Date(ms);
    return `${x.getUTCFullYear()}年${x.getUTCMonth() + 1}月${x.getUTCDate()}日`;
  };
  const text = realText('public-contest-zh-hans.txt');
  const moved = text.replace(/^2025年8月18日 10:00 – 2025年8月22日 16:00 \(UTC\)$/m, `${d(now - day)} 10:00 – ${d(now + 5 * day)} 16:00 (UTC)`);
  if (moved === text) throw new Error('the window line of the fixture changed');
  return moved;
}

export function postPageHtml(text: string, published?: string): string {
  const lines = text
    .split('\n')
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Gate广场</title></head>
<body>
<header><nav><a href="/post">广场</a> <a href="/markets">行情</a></nav></header>
<main>
  <article>
    <div class="uid-a1b2"><a class="nickname" href="/zh/profile/gate_square">Gate广场官方</a> ${published ? `<time datetime="${published}">${published}</time>` : ''}</div>
    <div class="uid-c3d4">${lines}</div>
  </article>
</main>
</body></html>`;
}

/** A post on a Gate-like post page: what the feed records of one (an author link `a.nickname`, its own status link with a time) and its lines. */
export interface GatePost {
  author: string;
  id: string;
  /** The label of the post's own status link ("3小時前"); none: the post shows no date. */
  time?: string;
  text: string;
}

/**
 * A post page as Gate's feed is recorded (no `<article>`, hashed class names that nothing may rely
 * on): the posts in order (a pinned announcement first, then a user's post, say), a reply box and
 * the comments under them, and a `<time>` in the side column that belongs to no post.
 */
export function gatePostPageHtml(posts: GatePost[], comments: { author: string; text: string }[], outsideTime = '2023-05-20T08:00:00Z'): string {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => `<p>${esc(l)}</p>`)
      .join('\n');
  const post = (p: GatePost) => `<div class="pd_9f3a">
      <div class="ph_1c2e"><span class="av_77"></span><a class="nickname" href="/zh/profile/${encodeURIComponent(p.author)}">${esc(p.author)}</a>
        ${p.time ? `<a class="tm_4b" href="/zh/post/status/${p.id}">${esc(p.time)}</a>` : ''}<button type="button">关注</button></div>
      <div class="pb_0d1f">${lines(p.text)}</div>
      <div class="pa_5e"><span>👍 12</span> <span>💬 3</span></div>
    </div>`;
  const comment = (c: { author: string; text: string }) =>
    `<div class="ci_3a"><a class="nickname" href="/zh/profile/${encodeURIComponent(c.author)}">${esc(c.author)}</a><div class="ct_8e">${lines(c.text)}</div><a href="#">回复</a></div>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Gate广场</title></head>
<body>
<header><nav><a href="/post">广场</a> <a href="/markets">行情</a></nav></header>
<div class="lay_1">
  <main>
    <div class="sc_2d">
      ${posts.map(post).join('\n')}
      <div class="rb_6a"><div contenteditable="true" aria-placeholder="写下你的评论"></div><button type="button">发布</button></div>
      <div class="cl_81" id="cl">${comments.map(comment).join('\n')}</div>
    </div>
    <div class="hot_3"><span>热门话题</span> <time datetime="${outsideTime}">${outsideTime.slice(0, 10)}</time></div>
  </main>
</div>
</body></html>`;
}

/** Serve `html` at a Gate post URL in a new page and wait for the panel; the page's errors are collected. */
export async function openPostPage(context: BrowserContext, url: string, html: string) {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await watchPanelRoot(page);
  await page.goto(url);
  const panel = page.locator('gsc=.gsc-panel');
  await expect(panel).toBeVisible();
  return { page, panel, errors };
}
