// @vitest-environment happy-dom
/**
 * The keystroke path's footing: the composer's reading is live (components/hooks.ts), the checklist
 * is built from it (entrypoints/gate-square.content/use-checklist.ts), and an item a keystroke left
 * equal stays the same object, so a part drawn from one item (here a row reading its item with
 * `useLive`; in the panel, a memoised row given its item) is drawn again only when its item changed.
 * A keystroke that changes the count redraws the count's row and leaves the other rows, and the
 * component around them, undrawn; a keystroke that completes a tag redraws the tag's row.
 */
import { act, createElement, memo } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createLive, useLive, type Live } from '../../components/hooks';
import { useLiveChecklist } from '../../entrypoints/gate-square.content/use-checklist';
import { findContest } from '../../lib/contests';
import type { HostState } from '../../lib/host/observer';
import type { EditorReading } from '../../lib/host/read-editor';
import type { Checklist } from '../../lib/rules';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const contest = findContest('wxtm-2025')!;
const NOW = Date.parse(contest.window.start) + 86_400_000;
const reading = (text: string): EditorReading => ({ kind: 'contenteditable', text, chipTags: [], chips: [], segments: [] });

let root: Root;
let live: ReturnType<typeof createLive<HostState>>;
/** How often each part was drawn. */
let drawn: Record<string, number>;
const draw = (part: string) => (drawn[part] = (drawn[part] ?? 0) + 1);

const Row = memo(function Row({ checklists, id }: { checklists: Live<Checklist>; id: string }) {
  const item = useLive(checklists, (c) => c.items.find((i) => i.id === id));
  draw(id);
  return createElement('li', { 'data-status': item?.status }, item?.status);
});

function Panel({ now }: { now: number }) {
  const checklists = useLiveChecklist(live, contest, [], now);
  draw('panel');
  return createElement(
    'ul',
    null,
    checklists.get().items.map((i) => createElement(Row, { key: i.id, checklists, id: i.id })),
  );
}

const type = (text: string) => act(() => live.set({ ...live.get(), reading: reading(text) }));

beforeEach(() => {
  drawn = {};
  live = createLive<HostState>({ editor: null, box: null, reading: reading('今天'), images: [], version: 0 });
  root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Panel, { now: NOW })));
});
afterEach(() => act(() => root.unmount()));

test('a keystroke that changes the count redraws the count’s row alone', () => {
  const ids = Object.keys(drawn).filter((k) => k !== 'panel');
  expect(ids).toContain('length');
  expect(ids.some((id) => id.startsWith('tag'))).toBe(true);
  drawn = {};
  type('今天在');
  type('今天在 Gate');
  expect(drawn).toEqual({ length: 2 });
});

test('a keystroke that completes a required tag redraws its row (a tag is not counted: the count’s row stays)', () => {
  const tagRow = Object.keys(drawn).find((id) => id.startsWith('tag'))!;
  type('今天 #WXTM创作大赛');
  drawn = {};
  type('今天 #WXTM创作大赛#');
  expect(drawn).toEqual({ [tagRow]: 1 });
});

test('the clock changes what depends on it, once drawn', () => {
  drawn = {};
  act(() => root.render(createElement(Panel, { now: Date.parse(contest.window.end) + 1000 })));
  expect(drawn.panel).toBe(1);
  expect(drawn.deadline).toBeGreaterThanOrEqual(1);
  expect(drawn.length).toBeUndefined();
});
