// @vitest-environment happy-dom
/**
 * A post's page read as the post, not the page (lib/host/post-page.ts): the announcement's own
 * block, up to its comments, reply box or the next post; its date only from its own block; its
 * author, official only on the page's word. The markup is Gate's as far as it is recorded (author
 * links `a.nickname`, `/post/status/{id}` links with relative times), the rest hashed class names
 * that no rule may rely on.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { readAnnouncement } from '../../lib/contests/announcement';
import { readPostPage, timeOfLabel } from '../../lib/host/post-page';
import {
  OFFICIAL_BADGE_SELECTOR,
  POST_ARTICLE_SELECTOR,
  POST_AUTHOR_SELECTORS,
  POST_END_SELECTORS,
  POST_STATUS_LINK,
  POST_TIME_SELECTOR,
} from '../../lib/host/selectors';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const notOurs = () => false;
const ANNOUNCEMENT = readFileSync('tests/fixtures/announcements/real/public-contest-zh-hans.txt', 'utf8');
/** The announcement with its window's years taken out: the year must come from the post's date. */
const YEARLESS = ANNOUNCEMENT.replace('2025年8月18日 10:00 – 2025年8月22日 16:00 (UTC)', '8月18日 10:00 – 8月22日 16:00 (UTC)');
const COMMENT_TAG = '帶上話題 #BTC行情分析# 發帖,2025年9月1日 - 2025年9月5日';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => `<p>${esc(l)}</p>`)
    .join('');

function page(body: string) {
  document.body.innerHTML = body;
}
const read = () => readPostPage(document, notOurs, NOW);

/** Gate's post as far as it is known: a head with the author and the post's own time link, then the body. */
const head = (name: string, extra = '', id = '13148311', time = '3小時前') =>
  `<div class="a_x8f2"><a class="nickname" href="/zh/profile/${name}">${name}</a>${extra}<a href="/zh/post/status/${id}">${time}</a><button>關注</button></div>`;
const comment = (name: string, text: string) =>
  `<div class="c_91ab"><a class="nickname" href="/zh/profile/${name}">${name}</a><div class="c_2f">${esc(text)}</div></div>`;

afterEach(() => {
  document.body.innerHTML = '';
});

test('without an article, a comment under the announcement is not read: its tag and dates never reach the reader', () => {
  page(`<header><nav><a href="/post">廣場</a></nav></header>
  <main><div class="p_1"><div class="p_2">${head('Gate广场官方')}<div class="p_3">${lines(ANNOUNCEMENT)}</div></div>
  <div class="p_4">${comment('小明', COMMENT_TAG)}${comment('阿華', '已參加!')}</div></div></main>`);
  const post = read()!;
  expect(post.text).toContain('添加话题: #PUBLIC创作大赛#');
  expect(post.text).toContain('Gate 保留本次活动的最终解释权');
  expect(post.text).not.toContain('BTC行情分析');
  expect(post.text).not.toContain('已參加');
  // The author's name, time link and follow button are the post's head, not its text.
  expect(post.text).not.toMatch(/3小時前|關注|^Gate广场官方/);
  expect(post.boundsSure).toBe(true);
  const draft = readAnnouncement(post.text, { now: NOW, published: post.published });
  expect(draft.contest.tags?.map((t) => t.text)).toEqual(['PUBLIC创作大赛']);
  expect(draft.contest.window.start).toBe('2025-08-18T10:00:00Z');
});

test("the same page read with the page's old rule would have taken the comment (the test can fail)", () => {
  page(`<main><div class="p_2">${head('Gate广场官方')}<div class="p_3">${lines(ANNOUNCEMENT)}</div></div>${comment('小明', COMMENT_TAG)}</main>`);
  expect(document.querySelector('main')!.textContent).toContain('BTC行情分析');
  expect(read()!.text).not.toContain('BTC行情分析');
});

test('the post ends at its reply box, also when the comments carry no author link', () => {
  page(`<main><div class="p_1">${head('Gate广场官方')}<div class="p_3">${lines(ANNOUNCEMENT)}</div>
  <div class="r_7"><div contenteditable="true"></div><span>發表</span></div><div class="x_1"><p>${esc(COMMENT_TAG)}</p></div></div></main>`);
  const post = read()!;
  expect(post.text).toContain('#PUBLIC创作大赛#');
  expect(post.text).not.toContain('BTC行情分析');
  expect(post.boundsSure).toBe(true);
});

test('the post ends at a comment list told by its plain word', () => {
  page(`<main><div class="p_1">${head('Gate广场官方')}<div class="p_3">${lines(ANNOUNCEMENT)}</div>
  <section class="commentList_9x"><p>${esc(COMMENT_TAG)}</p></section></div></main>`);
  expect(read()!.text).not.toContain('BTC行情分析');
});

test('a pinned announcement above a user’s post: the first block is read, the user’s post is not', () => {
  page(`<main><div class="f_1">
    <div class="f_2">${head('Gate广场官方', '', '13148311', '2天前')}<div class="b_1">${lines(ANNOUNCEMENT)}</div></div>
    <div class="f_2">${head('trader_joe', '', '13150000', '5分鐘前')}<div class="b_1"><p>#ETH走勢# 我覺得 ETH 還會漲,2026年3月1日 - 2026年3月9日 看多</p></div></div>
  </div></main>`);
  const post = read()!;
  expect(post.text).toContain('#PUBLIC创作大赛#');
  expect(post.text).not.toContain('ETH走勢');
  expect(post.author).toEqual({ name: 'Gate广场官方', official: true });
  expect(post.published).toBe(NOW - 2 * 86_400_000);
  expect(post.boundsSure).toBe(true);
});

test('an article is the post: read to its comments, dated by its own <time>, never by one elsewhere on the page', () => {
  page(`<aside><time datetime="2023-05-01">2023-05-01</time></aside>
  <main><time datetime="2023-06-01T00:00:00Z">熱門</time><article><header>${head('Gate Square')}<time datetime="2026-02-27T08:00:00Z">2月27日</time></header>
  <div>${lines(YEARLESS)}</div><section><div class="cmt_1">${comment('小明', COMMENT_TAG)}</div></section></article></main>`);
  const post = read()!;
  expect(post.published).toBe(Date.parse('2026-02-27T08:00:00Z'));
  expect(post.text).not.toContain('BTC行情分析');
  expect(post.text).not.toContain('2月27日');
  expect(post.author).toEqual({ name: 'Gate Square', official: true });
  const draft = readAnnouncement(post.text, { now: NOW, published: post.published });
  expect(draft.contest.window.start).toBe('2025-08-18T10:00:00Z'.replace('2025', '2026'));
});

test('with no date in its own block, a <time> elsewhere on the page is not the post’s: no date, and the reader says the year was assumed', () => {
  page(`<main><div class="side_1"><time datetime="2023-06-01T00:00:00Z">2023-06-01</time></div>
  <div class="p_1"><div class="p_2"><a class="nickname" href="/zh/profile/gate">Gate广场官方</a></div><div class="p_3">${lines(YEARLESS)}</div></div>
  <div class="p_4">${comment('小明', '好活動')}<time datetime="2023-07-01">2023-07-01</time></div></main>`);
  const post = read()!;
  expect(post.published).toBeUndefined();
  const draft = readAnnouncement(post.text, { now: NOW, published: post.published });
  expect(draft.contest.window.start.slice(0, 4)).toBe('2026');
  expect(draft.warnings.map((w) => w.code)).toContain('year-assumed');
});

test('a date in a comment is not the post’s date either', () => {
  page(`<main><div class="p_1">${head('Gate广场官方', '', '1', '置頂')}<div class="p_3">${lines(YEARLESS)}</div></div>
  <div class="c_1">${comment('小明', '好活動')}<a href="/zh/post/status/2">2023-07-01 10:00</a></div></main>`);
  expect(read()!.published).toBeUndefined();
});

test('when nothing tells where the post ends, less is read and the page says so', () => {
  // No other author, no comment list or reply box: the block around the author with text is read, not the whole main.
  page(`<main><div class="w_1"><div class="p_1">${head('Gate广场官方')}<div class="p_3">${lines(ANNOUNCEMENT)}</div></div>
  <div class="z_9"><p>${esc(COMMENT_TAG)}</p></div></div></main>`);
  const post = read()!;
  expect(post.boundsSure).toBe(false);
  expect(post.text).toContain('#PUBLIC创作大赛#');
  expect(post.text).not.toContain('BTC行情分析');
});

test('with no post marked at all, the main content is read to its first reply box, with the doubt raised', () => {
  page(`<header>Gate广场</header><main><div class="q_1">${lines(ANNOUNCEMENT)}</div><textarea></textarea><div>${esc(COMMENT_TAG)}</div></main>`);
  const post = read()!;
  expect(post.boundsSure).toBe(false);
  expect(post.author).toBeUndefined();
  expect(post.text).toContain('#PUBLIC创作大赛#');
  expect(post.text).not.toContain('BTC行情分析');
  expect(post.text).not.toContain('Gate广场\n');
});

test.each([
  ['a badge told by its class', head('PublicAI', '<span class="icon-verified_x2"></span>'), { name: 'PublicAI', official: true }],
  ['a badge told by its title', head('PublicAI', '<img src="/v.svg" title="官方認證">'), { name: 'PublicAI', official: true }],
  ['a name only Gate’s accounts carry', head('Gate官方'), { name: 'Gate官方', official: true }],
  ['"Gate.io Official"', head('Gate.io Official'), { name: 'Gate.io Official', official: true }],
  ['a user whose name starts with Gate', head('GateFan888'), { name: 'GateFan888', official: false }],
  ['a user calling themselves a square fan', head('Gate Square 粉絲'), { name: 'Gate Square 粉絲', official: false }],
  ['an "unverified" mark', head('trader_joe', '<span class="unverified"></span>'), { name: 'trader_joe', official: false }],
  ['a plain user', head('trader_joe'), { name: 'trader_joe', official: false }],
])('the author: %s', (_name, postHead, expected) => {
  page(`<main><div class="p_1">${postHead}<div class="p_3">${lines(ANNOUNCEMENT)}</div></div>${comment('Gate官方', '恭喜')}</main>`);
  expect(read()!.author).toEqual(expected);
});

test('an avatar link before the name: the same author, whose name is the one shown', () => {
  page(`<main><div class="p_1"><a href="/zh/profile/u1"><img src="https://gavatar.staticimgs.com/a.png"></a><a href="/zh/profile/u1">某用戶</a>
  <div class="p_3">${lines(ANNOUNCEMENT)}</div></div><div>${comment('別人', COMMENT_TAG)}</div></main>`);
  const post = read()!;
  expect(post.author).toEqual({ name: '某用戶', official: false });
  expect(post.text).toContain('#PUBLIC创作大赛#');
  expect(post.text).not.toContain('BTC行情分析');
});

test('no author on the page: none is made up', () => {
  page(`<main><article>${lines(ANNOUNCEMENT)}</article></main>`);
  expect(read()!.author).toBeUndefined();
});

test("the extension's own elements and the page's navigation are never read", () => {
  page(
    `<nav><a class="nickname" href="/zh/profile/me">我</a></nav><main><div id="ours"><p>#OURS#</p></div>${'<div class="p_1">' + head('Gate广场官方')}<div class="p_3">${lines(ANNOUNCEMENT)}</div></div>${comment('x', 'y')}</main>`,
  );
  const post = readPostPage(document, (el) => el.id === 'ours', NOW)!;
  expect(post.author?.name).toBe('Gate广场官方');
  expect(post.text).not.toContain('#OURS#');
});

test('lines survive as innerText gives them: paragraphs, divisions and breaks; spaces inside a line collapsed', () => {
  page(
    `<main><div class="p_1">${head('a')}<div class="p_3"><p>活動時間</p><div>2025年8月18日   10:00<br>至 8月22日</div><p>  </p><p>添加話題</p></div></div>${comment('b', 'c')}</main>`,
  );
  // As innerText has it: a paragraph stands apart by a blank line, a division by a line break.
  expect(read()!.text).toBe('活動時間\n\n2025年8月18日 10:00\n至 8月22日\n\n添加話題');
});

test('no post on the page: nothing', () => {
  page('<main>   </main>');
  expect(read()).toBeNull();
});

test.each([
  ['3小時前', NOW - 3 * 3_600_000],
  ['5 分钟前', NOW - 5 * 60_000],
  ['2天前', NOW - 2 * 86_400_000],
  ['剛剛', NOW],
  ['2h', NOW - 2 * 3_600_000],
  ['3 days ago', NOW - 3 * 86_400_000],
  ['1 week ago', NOW - 7 * 86_400_000],
  ['2026-03-01 10:00', new Date(2026, 2, 1, 10, 0).getTime()],
  ['2026/3/1', new Date(2026, 2, 1).getTime()],
  ['2026年3月1日', new Date(2026, 2, 1).getTime()],
  ['03-01 10:00', undefined],
  ['3月1日', undefined],
  ['置頂', undefined],
  ['2026-13-01', undefined],
  ['12 apples', undefined],
])('a time link reading "%s"', (label, expected) => {
  expect(timeOfLabel(label, NOW)).toBe(expected);
});

test.each([
  // selector, matches on tests/fixtures/host/post-status.html (the page's, not only the post's)
  ['7 author links (two posts, two comments and the side column’s names; the avatar; the navigation’s own profile)', POST_AUTHOR_SELECTORS.join(', '), 7],
  ['3 status links (two posts’ time links, the side column’s)', POST_STATUS_LINK, 3],
  ['1 post end (the reply box, the comments’ wrapper is hashed: only the field)', POST_END_SELECTORS, 1],
  ['1 official badge (the announcement’s)', OFFICIAL_BADGE_SELECTOR, 1],
  ['1 time (the side column’s only)', POST_TIME_SELECTOR, 1],
  ['0 articles (none: Gate draws none)', POST_ARTICLE_SELECTOR, 0],
])('on the recorded post page, %s', (_name, selector, expected) => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    readFileSync('tests/fixtures/host/post-status.html', 'utf8'),
    'text/html',
  ).documentElement.innerHTML;
  expect(document.querySelectorAll(selector as string).length).toBe(expected);
});

test('the recorded post page: the pinned announcement, its author official by its badge, dated by its own link, nothing of the user’s post or the comments', () => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    readFileSync('tests/fixtures/host/post-status.html', 'utf8'),
    'text/html',
  ).documentElement.innerHTML;
  const post = read()!;
  expect(post.author).toEqual({ name: 'Gate广场', official: true });
  expect(post.published).toBe(NOW - 2 * 86_400_000);
  expect(post.boundsSure).toBe(true);
  expect(post.text.split('\n').filter(Boolean)).toEqual([
    '#PUBLIC创作大赛#',
    '📢 Gate广场独家活动: #PUBLIC创作大赛# 正式开启!',
    '🎨 活动时间',
    '8月18日 10:00 – 8月22日 16:00 (UTC)',
    '📌 参与方式',
    '内容需不少于 100 字',
    '添加话题: #PUBLIC创作大赛#',
  ]);
  // The like counter under the post ("👍 12") has no marker, but holds no letter: not the post's text.
  const draft = readAnnouncement(post.text, { now: NOW, published: post.published });
  expect(draft.contest.tags?.map((t) => t.text)).toEqual(['PUBLIC创作大赛']);
  // The year nearest the post's own date (8 March 2026), not the side column's 2023, and not assumed.
  expect(draft.contest.window.start).toBe('2026-08-18T10:00:00Z');
  expect(draft.warnings.map((w) => w.code)).not.toContain('year-assumed');
});
