// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { collectObstacles } from '../../lib/host/obstacles';
import type { Rect } from '../../lib/host/dock';

// happy-dom lays nothing out: each element's rect is read from its data-rect ("left top width height").
const original = Element.prototype.getBoundingClientRect;
beforeEach(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const [x, y, w, h] = (this.getAttribute('data-rect') ?? '0 0 0 0').split(' ').map(Number);
    return { x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) } as DOMRect;
  };
});
afterEach(() => {
  Element.prototype.getBoundingClientRect = original;
  document.body.innerHTML = '';
});

const VIEWPORT = { width: 1366, height: 768 };
const COMPOSER: Rect = { left: 301, top: 80, right: 981, bottom: 272 };
const r = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const own = (el: Element) => el.id === 'ours';

/** Gate Square's /post page, trimmed (see "Facts about the real Gate Square page" in the design notes). */
const PAGE = `
  <header data-rect="0 0 1366 64"><a href="/" data-rect="16 16 120 32">Gate</a></header>
  <nav data-rect="0 64 240 704"><a href="/post" data-rect="16 80 208 40">广场</a><button data-rect="16 130 208 40">发文</button></nav>
  <div class="layout-with-sidebar" data-rect="240 64 1126 2000">
    <div class="editor-container editor-container--page" data-rect="301 80 680 192">
      <div class="editor-compose"><div class="editor-input-row"><div class="editor-container-wrapper">
        <span class="editor-placeholder" data-rect="317 96 120 20">分享您的看法</span>
        <div class="editor-container-div" contenteditable="true" data-rect="317 96 648 120"></div>
      </div></div></div>
      <div class="editor-bar" data-rect="317 224 648 32">
        <span data-icon-id="icon-icon_image" data-rect="317 224 32 32"></span>
        <input type="file" accept="image/*" />
        <button data-rect="893 224 72 32">发布</button>
      </div>
    </div>
    <a class="nickname" href="/profile/1" data-rect="365 304 120 20">someone</a>
    <a href="/post/status/1" data-rect="365 3000 80 16">far below</a>
    <button style="visibility: hidden" data-rect="600 300 40 40">hidden</button>
    <div style="display: none"><button data-rect="650 300 40 40">in display:none</button></div>
    <div id="ours" data-rect="1054 80 300 400"></div>
    <aside data-rect="1005 80 300 688"><a href="/topic" data-rect="1021 96 268 40">#topic</a></aside>
  </div>`;

describe('collectObstacles', () => {
  test('the controls and landmarks meeting the window, in viewport coordinates', () => {
    document.body.innerHTML = PAGE;
    const rects = collectObstacles(document, { isOwnElement: own, viewport: VIEWPORT, composer: COMPOSER });
    expect(rects).toEqual(
      expect.arrayContaining([
        r(0, 0, 1366, 64), // header
        r(0, 64, 240, 704), // nav, whole
        r(16, 130, 208, 40), // the nav's own 发文
        r(317, 96, 648, 120), // the editor's text
        r(317, 224, 648, 32), // .editor-bar
        r(317, 224, 32, 32), // a toolbar icon
        r(893, 224, 72, 32), // 发布
        r(365, 304, 120, 20), // a feed link
        r(1005, 80, 300, 688), // aside
      ]),
    );
  });

  test.each([
    ['a control below the window', r(365, 3000, 80, 16)],
    ['a visibility:hidden button', r(600, 300, 40, 40)],
    ['a button under display:none', r(650, 300, 40, 40)],
    ['our own shadow host', r(1054, 80, 300, 400)],
    ['a zero-size file input', r(0, 0, 0, 0)],
    ['a [class*=sidebar] wrapper around the composer (layout, not a sidebar)', r(240, 64, 1126, 2000)],
    ['the placeholder span (not a control)', r(317, 96, 120, 20)],
  ])('leaves out %s', (_name, rect) => {
    document.body.innerHTML = PAGE;
    const rects = collectObstacles(document, { isOwnElement: own, viewport: VIEWPORT, composer: COMPOSER });
    expect(rects).not.toContainEqual(rect);
  });

  test('over the limit, the nearest to the composer are kept', () => {
    const far = Array.from({ length: 30 }, (_, i) => `<a href="/x${i}" data-rect="${10 + i} 700 10 10">far</a>`).join('');
    const near = Array.from({ length: 5 }, (_, i) => `<a href="/y${i}" data-rect="${400 + i * 20} 290 10 10">near</a>`).join('');
    document.body.innerHTML = far + near;
    const rects = collectObstacles(document, { isOwnElement: own, viewport: VIEWPORT, composer: COMPOSER, limit: 5 });
    expect(rects).toHaveLength(5);
    expect(rects.every((rect) => rect.top === 290)).toBe(true);
  });

  test('an empty page gives no obstacles', () => {
    expect(collectObstacles(document, { isOwnElement: own, viewport: VIEWPORT })).toEqual([]);
  });
});
