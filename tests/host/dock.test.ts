import { describe, expect, test } from 'vitest';
import { DOCK, dock, overlaps, type DockInput, type DockPlacement, type Rect } from '../../lib/host/dock';

const box = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const PANEL = { width: 300, minHeight: 220 };
/** "✗ 3 · 98 字 · 2 天 4 時" in the panel's font, measured. */
const PILL = { width: 176, height: 32 };

interface Layout {
  input: DockInput;
  nav: Rect | null;
  sidebar: Rect | null;
  toolbar: Rect;
  publish: Rect;
  editor: Rect;
  support: Rect | null;
}

/**
 * Gate Square's /post page as the design notes describe it: a header; a left navigation of 240 px,
 * icons only (72 px) under 1024 px, a bottom bar on phones; a centre column of up to 680 px holding
 * the composer (editor, then a toolbar with icons at its left and 发布 at its right) above the feed;
 * a right sidebar of 300 px from 1280 px; a floating support button at the bottom right. The
 * header, navigation, sidebar and support button stay put when the page scrolls; the rest moves.
 */
function gate(width: number, { height = 900, scrollY = 0, open = false } = {}): Layout {
  const phone = width < 600;
  const headerH = phone ? 56 : 64;
  const navW = phone ? 0 : width < 1024 ? 72 : 240;
  const withSidebar = width >= 1280;
  const area = width - navW;
  const margin = phone ? 12 : 16;
  const cw = Math.min(680, area - 2 * margin - (withSidebar ? 324 : 0));
  const group = cw + (withSidebar ? 324 : 0);
  const cl = navW + Math.max(margin, Math.floor((area - group) / 2));
  const top = headerH + 16 - scrollY;

  const header = box(0, 0, width, headerH);
  const nav = phone ? box(0, height - 56, width, 56) : box(0, headerH, navW, height - headerH);
  const sidebar = withSidebar ? box(cl + cw + 24, headerH + 16, 300, height - headerH - 16) : null;
  const composer = box(cl, top, cw, 192);
  const editor = box(cl + 16, top + 16, cw - 32, 120);
  const toolbar = box(cl + 16, top + 144, cw - 32, 32);
  const icons = [0, 1, 2].map((i) => box(cl + 16 + i * 40, top + 144, 32, 32));
  const topic = box(cl + 136, top + 144, 80, 32);
  const publish = box(cl + cw - 16 - 72, top + 144, 72, 32);
  const support = phone ? null : box(width - 64, height - 120, 48, 48);
  // Posts: a header row (avatar, a.nickname, the /post/status/{id} link with its relative time,
  // follow), prose (not a control), a picture on every other post (it opens a viewer), then like,
  // comment and share.
  const feed: Rect[] = [];
  for (let y = top + 208, n = 0; y < height; n++) {
    const picture = n % 2 === 0;
    const actions = y + (picture ? 264 : 144);
    feed.push(
      box(cl + 16, y + 16, 40, 40),
      box(cl + 64, y + 16, 120, 20),
      box(cl + 64, y + 38, 76, 16),
      box(cl + cw - 96, y + 16, 80, 28),
      ...(picture ? [box(cl + 16, y + 148, Math.min(320, cw - 32), 106)] : []),
      ...[0, 1, 2].map((i) => box(cl + 16 + i * 72, actions, 56, 24)),
    );
    y = actions + 40;
  }
  const headerLinks = [box(16, 16, 120, 32), box(width - 56, 12, 40, 40), ...(phone ? [] : [box(160, 20, 80, 24), box(width - 200, 16, 120, 32)])];
  const sidebarItems = sidebar ? [0, 1, 2, 3, 4].map((i) => box(sidebar.left + 16, sidebar.top + 16 + i * 56, 268, 40)) : [];
  const obstacles = [
    header,
    ...headerLinks,
    nav,
    ...(sidebar ? [sidebar, ...sidebarItems] : []),
    editor,
    toolbar,
    ...icons,
    topic,
    publish,
    ...feed,
    ...(support ? [support] : []),
  ];
  return {
    input: { viewport: { width, height }, composer, obstacles, panel: PANEL, pill: PILL, open },
    nav,
    sidebar,
    toolbar,
    publish,
    editor,
    support,
  };
}

/** The closed placement's box: the docked panel at its full height, or the pill. */
function placed(result: DockPlacement, input: DockInput): Rect {
  return result.kind === 'beside'
    ? box(result.left, result.top, result.width, result.maxHeight)
    : box(result.left, result.top, input.pill.width, input.pill.height);
}

/** The rule: inside the window and over none of the page's controls, the composer included. */
function coversNothing(result: DockPlacement, input: DockInput): void {
  const r = placed(result, input);
  expect(r.left).toBeGreaterThanOrEqual(0);
  expect(r.top).toBeGreaterThanOrEqual(0);
  expect(r.right).toBeLessThanOrEqual(input.viewport.width);
  expect(r.bottom).toBeLessThanOrEqual(input.viewport.height);
  const covered = [...input.obstacles, ...(input.composer ? [input.composer] : [])].filter((o) => overlaps(r, o));
  expect(covered).toEqual([]);
}

describe('dock: beside the composer where a whole free column is', () => {
  test.each([
    ['at 1920 px the free column beyond the right sidebar takes the panel, right before left', 1920],
    ['at 2560 px the same', 2560],
    ['at 1900 px, just wide enough for 300 px and two gaps past the sidebar', 1900],
  ])('%s', (_name, width) => {
    const { input, sidebar, nav } = gate(width);
    const result = dock(input);
    expect(result).toMatchObject({ kind: 'beside', side: 'right', width: 300 });
    if (result.kind !== 'beside') return;
    expect(result.left).toBe(sidebar!.right + DOCK.gap);
    expect(result.top).toBe(input.composer!.top);
    expect(result.maxHeight).toBeGreaterThanOrEqual(PANEL.minHeight);
    expect(overlaps(placed(result, input), nav!)).toBe(false);
    coversNothing(result, input);
  });

  test('its height stops a gap above the first control below it (the floating support button)', () => {
    const { input, support } = gate(1920);
    const result = dock(input);
    expect(result).toMatchObject({ kind: 'beside', maxHeight: support!.top - DOCK.gap - input.composer!.top });
  });

  test('its height stops a gap above the window bottom when nothing is below it', () => {
    const { input } = gate(1920, { height: 700 });
    const obstacles = input.obstacles.filter((o) => o.left < 1500);
    expect(dock({ ...input, obstacles })).toMatchObject({ kind: 'beside', top: 80, maxHeight: 700 - DOCK.gap - 80 });
  });

  test('it docks left only in free space right of the navigation, never over it', () => {
    // A page whose centre column sits far right: 448 px free between the nav and the composer.
    const nav = box(0, 64, 240, 836);
    const composer = box(700, 80, 680, 192);
    const input: DockInput = { viewport: { width: 1600, height: 900 }, composer, obstacles: [nav, composer], panel: PANEL, pill: PILL, open: false };
    const result = dock(input);
    expect(result).toEqual({ kind: 'beside', side: 'left', left: 700 - 12 - 300, top: 80, width: 300, maxHeight: 900 - 12 - 80 });
    coversNothing(result, input);
  });

  test('a sidebar card at the top of a free column: the panel starts a gap below it, still beside the composer', () => {
    const composer = box(300, 100, 680, 300);
    const card = box(1000, 64, 300, 100);
    const input: DockInput = { viewport: { width: 1400, height: 900 }, composer, obstacles: [card], panel: PANEL, pill: PILL, open: false };
    expect(dock(input)).toMatchObject({ kind: 'beside', side: 'right', left: 992, top: 176 });
  });

  test("a card reaching below the composer's bottom: no column starts that low, a pill instead", () => {
    const composer = box(300, 100, 680, 300);
    const input: DockInput = { viewport: { width: 1400, height: 900 }, composer, obstacles: [box(1000, 64, 300, 356)], panel: PANEL, pill: PILL, open: false };
    expect(dock(input).kind).toBe('pill');
  });

  test('a column shorter than minHeight is no column: a pill instead', () => {
    const composer = box(300, 100, 680, 192);
    const input: DockInput = { viewport: { width: 1400, height: 900 }, composer, obstacles: [box(1000, 300, 300, 40)], panel: PANEL, pill: PILL, open: false };
    expect(dock(input).kind).toBe('pill');
  });
});

describe("dock: a pill at the composer's edge where no column is free", () => {
  test.each([
    ['at 1366 px the right sidebar and the left nav leave no column: a pill over neither', 1366, 'popover'],
    ['at 1280 px, the narrowest window with a sidebar, a pill', 1280, 'popover'],
    ['at 1200 px, where the old rule docked left over the navigation, a pill clear of it', 1200, 'popover'],
    ['at 1024 px a pill', 1024, 'popover'],
    ['at 768 px (icons-only navigation) a pill', 768, 'popover'],
    ['at 600 px a pill that opens as a popover', 600, 'popover'],
    ['at 599 px (phone width) a pill that opens as a bottom sheet', 599, 'sheet'],
    ['at 390 px a pill that opens as a bottom sheet', 390, 'sheet'],
    ['at 360 px a pill that opens as a bottom sheet', 360, 'sheet'],
  ])('%s', (_name, width, opensTo) => {
    const { input, nav, sidebar, toolbar, publish, editor } = gate(width);
    const result = dock(input);
    expect(result).toMatchObject({ kind: 'pill', free: true, covers: 0, opensTo, opened: null });
    const pill = placed(result, input);
    for (const control of [nav!, sidebar, toolbar, publish, editor]) if (control) expect(overlaps(pill, control)).toBe(false);
    coversNothing(result, input);
  });

  test('the old bug: at 1200 px a column left of the composer would lie over the navigation', () => {
    const { input, nav } = gate(1200);
    const oldLeft = input.composer!.left - 12 - 300;
    expect(oldLeft).toBeGreaterThanOrEqual(0); // the old rule took this column...
    expect(overlaps(box(oldLeft, 80, 300, 220), nav!)).toBe(true); // ...over Gate's navigation
    expect(dock(input).kind).toBe('pill');
  });

  test.each([
    ['with room above the composer, the pill sits above its top edge, right-aligned', { top: 140 }, 'above', { left: 804, top: 102 }],
    ['with the header right above it, the pill goes right of its top-right corner', { top: 70 }, 'right', { left: 986, top: 70 }],
  ])('%s', (_name, { top }, at, where) => {
    const composer = box(300, top, 680, 192);
    const header = box(0, 0, 1400, 64);
    const input: DockInput = {
      viewport: { width: 1400, height: 900 },
      composer,
      obstacles: [header, box(1200, 64, 200, 836)],
      panel: PANEL,
      pill: PILL,
      open: false,
    };
    expect(dock(input)).toMatchObject({ kind: 'pill', at, ...where });
  });

  test("a toolbar at the composer's bottom-left, wider than the box: the pill is never over it", () => {
    // The composer rect is the editor alone; its toolbar hangs below it and runs the window's width.
    const composer = box(12, 70, 366, 120);
    const toolbar = box(0, 196, 390, 40);
    const header = box(0, 0, 390, 56);
    const input: DockInput = {
      viewport: { width: 390, height: 844 },
      composer,
      obstacles: [header, composer, toolbar, box(0, 788, 390, 56)],
      panel: PANEL,
      pill: PILL,
      open: false,
    };
    const result = dock(input);
    expect(result).toMatchObject({ kind: 'pill', free: true, at: 'nearest' });
    expect(overlaps(placed(result, input), toolbar)).toBe(false);
    coversNothing(result, input);
  });

  test.each([
    ['scrolled far down at 1366 px', 1366],
    ['scrolled far down at 390 px', 390],
  ])("the composer out of view (%s): the pill goes to a free spot near the window's bottom-right", (_name, width) => {
    const { input, support } = gate(width, { scrollY: 2000 });
    expect(input.composer!.bottom).toBeLessThan(0);
    const result = dock(input);
    expect(result).toMatchObject({ kind: 'pill', at: 'corner', free: true });
    const pill = placed(result, input);
    expect(pill.bottom).toBeGreaterThan(input.viewport.height / 2);
    expect(pill.right).toBeGreaterThan(input.viewport.width / 2);
    if (support) expect(overlaps(pill, support)).toBe(false);
    coversNothing(result, input);
  });

  test("no composer at all: the pill waits at the window's bottom-right corner", () => {
    const input: DockInput = { viewport: { width: 1024, height: 768 }, composer: null, obstacles: [], panel: PANEL, pill: PILL, open: false };
    expect(dock(input)).toMatchObject({ kind: 'pill', at: 'corner', free: true, left: 1024 - 6 - 176, top: 768 - 6 - 32 });
  });

  test('obstacles everywhere: the least-covering spot, reported as not free', () => {
    const composer = box(100, 100, 600, 200);
    const everywhere = [0, 1, 2, 3].flatMap((i) => [0, 1, 2, 3].map((j) => box(i * 256, j * 192, 250, 190)));
    const input: DockInput = { viewport: { width: 1024, height: 768 }, composer, obstacles: everywhere, panel: PANEL, pill: PILL, open: false };
    const result = dock(input);
    expect(result).toMatchObject({ kind: 'pill', free: false });
    if (result.kind === 'pill') expect(result.covers).toBeGreaterThan(0);
  });

  test('a window smaller than the pill: not free, still a placement', () => {
    const input: DockInput = { viewport: { width: 120, height: 20 }, composer: box(0, 0, 120, 20), obstacles: [], panel: PANEL, pill: PILL, open: false };
    expect(dock(input)).toMatchObject({ kind: 'pill', free: false });
  });
});

describe('dock: the opened pill', () => {
  test.each([
    ['at 1366 px it opens down as a popover, right-aligned with the pill, inside the window', 1366],
    ['at 768 px the same', 768],
  ])('%s', (_name, width) => {
    const { input } = gate(width, { open: true });
    const result = dock(input);
    expect(result.kind).toBe('pill');
    if (result.kind !== 'pill') return;
    expect(result.opened).toMatchObject({ kind: 'popover', opens: 'down', width: 300, top: result.top + PILL.height + DOCK.edge });
    if (result.opened?.kind !== 'popover' || result.opened.opens !== 'down') return;
    expect(result.opened.left).toBeGreaterThanOrEqual(DOCK.gap);
    expect(result.opened.left + result.opened.width).toBeLessThanOrEqual(width - DOCK.gap);
    expect(result.opened.top + result.opened.maxHeight).toBeLessThanOrEqual(input.viewport.height - DOCK.gap);
  });

  test("a pill near the window's bottom opens up, its bottom edge above the pill", () => {
    const input: DockInput = { viewport: { width: 1024, height: 768 }, composer: null, obstacles: [], panel: PANEL, pill: PILL, open: true };
    const result = dock(input);
    expect(result).toMatchObject({
      kind: 'pill',
      opened: { kind: 'popover', opens: 'up', left: 1024 - 12 - 300, bottom: 6 + 32 + 6, width: 300, maxHeight: 768 - 6 - 32 - 6 - 12 },
    });
  });

  test.each([
    ['at 390 px it opens as a bottom sheet of at most three quarters of the window', 390, 844],
    ['at 360 px the same', 360, 640],
  ])('%s', (_name, width, height) => {
    const { input } = gate(width, { height, open: true });
    const result = dock(input);
    expect(result).toMatchObject({ kind: 'pill', opensTo: 'sheet', opened: { kind: 'sheet', maxHeight: Math.floor(height * 0.75) } });
    // Opening changes nothing about the closed pill: it still covers nothing.
    coversNothing(result, input);
    expect(dock({ ...input, open: false })).toMatchObject({ left: (result as { left: number }).left, top: (result as { top: number }).top });
  });

  test('a docked panel ignores open: there is no pill to open', () => {
    const { input } = gate(1920, { open: true });
    expect(dock(input).kind).toBe('beside');
  });
});

describe("dock: the issue's rule at every window width from 360 to 2560 px", () => {
  test.each([
    ['a 900 px tall window at the top of the page', 900, 0, 1],
    ['a 700 px tall window scrolled 300 px', 700, 300, 3],
    ['a 640 px tall window scrolled 150 px', 640, 150, 5],
  ])("%s: the closed panel covers none of the page's controls", (_name, height, scrollY, step) => {
    const failures: string[] = [];
    for (let width = 360; width <= 2560; width += step) {
      const { input } = gate(width, { height, scrollY });
      const result = dock(input);
      const r = placed(result, input);
      const inside = r.left >= 0 && r.top >= 0 && r.right <= width && r.bottom <= height;
      const covered = [...input.obstacles, input.composer!].filter((o) => overlaps(r, o));
      if (!inside || covered.length || (result.kind === 'pill' && !result.free)) failures.push(`${width}: ${JSON.stringify(result)}`);
    }
    expect(failures).toEqual([]);
  });
});
