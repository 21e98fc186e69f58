// @vitest-environment happy-dom
/**
 * The review replacing a tracked contest (issue 18, "imports are reviewed"): the first press shows
 * what changes and saves nothing, the second saves; an edit in between asks again; an identical
 * contest is said to be so and never saved again.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { ContestReview } from '../../components/ContestReview';
import { BUILTIN_CONTESTS, parseContest, type Contest, type ContestInput } from '../../lib/contests';
import type { AnnouncementDraft } from '../../lib/contests/announcement';
import { registerMessages } from '../../lib/i18n';
import { OPTIONS_MESSAGES } from '../../lib/i18n/messages/options';
import { RULE_MESSAGES } from '../../lib/i18n/messages/rules';

// As the options page does.
registerMessages(RULE_MESSAGES);
registerMessages(OPTIONS_MESSAGES);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const wxtm = BUILTIN_CONTESTS[0];
function contest(patch: Partial<ContestInput>): Contest {
  const parsed = parseContest({ ...structuredClone(wxtm), id: 'gate-2026', ...patch });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.contest;
}
const tracked = contest({ length: { min: 300, unit: 'zi' }, screenshot: { ...wxtm.screenshot, requirement: 'required' } });
/** The issue's JSON import: the tracked contest's id, window and tags; minimum 1, no screenshot. */
const imported = contest({ length: { min: 1, unit: 'zi' }, screenshot: { ...wxtm.screenshot, requirement: 'none' } });
const asDraft = (c: ContestInput): AnnouncementDraft => ({ lang: 'zh-Hant', contest: c, found: [], missing: [], warnings: [] });

let root: ReturnType<typeof createRoot> | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function mount(draft: AnnouncementDraft, list: readonly Contest[] = [tracked]) {
  const div = document.createElement('div');
  document.body.append(div);
  root = createRoot(div);
  const saves: [string, number, string | undefined][] = [];
  const onSave = async (c: Contest, replace?: string) => (saves.push([c.id, c.length.min, replace]), null);
  const render = () => act(async () => root!.render(createElement(ContestReview, { lang: 'zh-Hant', draft, saveLabel: 'save', tracked: list, onSave })));
  const el = (id: string) => div.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const press = () => act(async () => (el('review-save') as HTMLButtonElement).click());
  const type = (id: string, value: string) =>
    act(async () => {
      const input = el(id) as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  return { render, el, press, type, saves };
}

test('the first press shows minimum 300 → 1 and required → none and saves nothing; the second saves under the tracked id', async () => {
  const form = mount(asDraft(imported));
  await form.render();
  expect(form.el('review-replace')?.dataset.reason).toBe('id');
  expect(form.el('review-replace')?.textContent).toContain('WXTM 創作大賽');
  expect(form.el('review-save')?.textContent).toBe('取代');
  expect(form.el('review-diff')).toBeNull();

  await form.press();
  expect(form.saves).toEqual([]);
  expect(form.el('review-diff-length.min')?.textContent).toBe('最少字數: 300 → 1');
  expect(form.el('review-diff-screenshot.requirement')?.textContent).toBe('是否需附截圖: 必附 → 不需要');
  expect(form.el('review-diff')?.children).toHaveLength(2);
  expect(form.el('review-save')?.textContent).toBe('確認取代');

  await form.press();
  expect(form.saves).toEqual([['gate-2026', 1, 'gate-2026']]);
});

test('an edit after the first press asks again, with the changes as they are now', async () => {
  const form = mount(asDraft(imported));
  await form.render();
  await form.press();
  await form.type('review-min', '250');
  expect(form.el('review-diff')).toBeNull();
  expect(form.el('review-save')?.textContent).toBe('取代');
  await form.press();
  expect(form.saves).toEqual([]);
  expect(form.el('review-diff-length.min')?.textContent).toBe('最少字數: 300 → 250');
  await form.press();
  expect(form.saves).toEqual([['gate-2026', 250, 'gate-2026']]);
});

test('the tracked contest changing between the presses (another tab) asks again', async () => {
  const form = mount(asDraft(imported));
  await form.render();
  await form.press();
  const changed = { ...tracked, length: { min: 500, unit: 'zi' as const } };
  await act(async () =>
    root!.render(
      createElement(ContestReview, {
        lang: 'zh-Hant',
        draft: asDraft(imported),
        saveLabel: 'save',
        tracked: [changed],
        onSave: async () => (form.saves.push(['?', 0, '?']), null),
      }),
    ),
  );
  expect(form.el('review-save')?.textContent).toBe('取代');
  await form.press();
  expect(form.saves).toEqual([]);
  expect(form.el('review-diff-length.min')?.textContent).toBe('最少字數: 500 → 1');
});

test('an identical contest is said to be so, and nothing is saved however often it is pressed', async () => {
  const form = mount(asDraft({ ...tracked, id: 'another-id' }));
  await form.render();
  await form.press();
  expect(form.el('review-identical')?.textContent).toContain('完全相同');
  expect(form.el('review-diff')).toBeNull();
  await form.press();
  expect(form.saves).toEqual([]);
});

test('a contest that replaces nothing is saved at the first press, as new', async () => {
  const next = contest({ id: 'next-month', window: { start: '2025-09-07T17:00:00+08:00', end: '2025-09-13T00:00:00+08:00', displayOffset: '+08:00' } });
  const form = mount(asDraft(next));
  await form.render();
  expect(form.el('review-replace')).toBeNull();
  expect(form.el('review-save')?.textContent).toBe('save');
  await form.press();
  expect(form.saves).toEqual([['next-month', 100, undefined]]);
});

test('moving the window off the tracked one in the review makes it a new contest', async () => {
  const form = mount(asDraft(imported));
  await form.render();
  await form.press();
  await form.type('review-start', '2025-09-01T00:00');
  await form.type('review-end', '2025-09-08T00:00');
  expect(form.el('review-replace')).toBeNull();
  await form.press();
  expect(form.saves).toEqual([['gate-2026', 1, undefined]]);
});
