/**
 * A Gate Square post page (`/post/status/{id}`) made from a real announcement or post text
 * (tests/fixtures/announcements/real/), served at a real Gate URL. The markup is ours (Gate's is not
 * known here): an article with the post's date and its text, line by line, under the site's header.
 */
import { readFileSync } from 'node:fs';

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
    <div class="uid-a1b2"><span>Gate广场官方</span> ${published ? `<time datetime="${published}">${published}</time>` : ''}</div>
    <div class="uid-c3d4">${lines}</div>
  </article>
</main>
</body></html>`;
}
