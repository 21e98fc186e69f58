// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { ContestReview, fieldName } from '../../components/ContestReview';
import type { Contest } from '../../lib/contests';
import { readAnnouncement } from '../../lib/contests/announcement';
import { registerMessages } from '../../lib/i18n';
import { REVIEW_MESSAGES } from '../../lib/i18n/messages/review';

// As the panel, the popup and the options page do.
registerMessages(REVIEW_MESSAGES);

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = readFileSync(join(process.cwd(), 'tests/fixtures/announcements/btc-no-screenshot-rule.txt'), 'utf8');
const NOW = Date.parse('2025-09-01T00:00:00Z');
const read = (text: string) => readAnnouncement(text, { now: NOW, lang: 'zh-Hant' });

let root: ReturnType<typeof createRoot> | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function mount() {
  const div = document.createElement('div');
  document.body.append(div);
  root = createRoot(div);
  const saved: Contest[] = [];
  const render = (draft: ReturnType<typeof read>) =>
    act(async () =>
      root!.render(createElement(ContestReview, { lang: 'zh-Hant', draft, saveLabel: 'save', onSave: async (c: Contest) => (saved.push(c), null) })),
    );
  const input = (id: string) => div.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
  const save = () => act(async () => div.querySelector<HTMLButtonElement>('[data-testid="review-save"]')!.click());
  return { render, input, save, saved };
}

test('a draft read again with other content is a new form: it shows and saves the new values', async () => {
  const first = read(TEXT);
  const corrected = read(TEXT.replace('9月27日 20:00', '9月29日 20:00'));
  // The two drafts differ only in the end day (as long as each other in JSON, with as many warnings).
  expect(JSON.stringify(first.contest).length).toBe(JSON.stringify(corrected.contest).length);
  const form = mount();
  await form.render(first);
  expect(form.input('review-end').value).toBe('2025-09-27T20:00');
  await form.render(corrected);
  expect(form.input('review-end').value).toBe('2025-09-29T20:00');
  await form.save();
  expect(form.saved.map((c) => c.window.end)).toEqual(['2025-09-29T20:00:00+08:00']);
});

test('the same content read again (the page re-rendered) keeps what the writer typed', async () => {
  const form = mount();
  await form.render(read(TEXT));
  const name = form.input('review-name');
  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(name, '我的活動');
    name.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(form.input('review-name').value).toBe('我的活動');
  await form.render(read(TEXT));
  expect(form.input('review-name').value).toBe('我的活動');
});

test("a gap is named as the review names the field, in the writer's language, never as a path", async () => {
  const form = mount();
  await form.render(readAnnouncement('Gate 廣場創作大賽\n一等獎 1 名 100 USDT', { now: NOW, lang: 'zh-Hant' }));
  const doubts = document.body.textContent ?? '';
  expect(doubts).toContain('截止時間:沒讀到');
  expect(doubts).not.toMatch(/window\.|length\.min|screenshot\.|displayOffset/);
});

test('every field the reader can miss on the real corpus has a name in all three languages', () => {
  const dir = join(process.cwd(), 'tests/fixtures/announcements/real');
  const fields = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const gap of readAnnouncement(readFileSync(join(dir, file), 'utf8'), { now: NOW }).missing) fields.add(gap.field);
  }
  expect(fields.size).toBeGreaterThan(5);
  for (const field of fields) for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) expect(fieldName(lang, field), `${field} ${lang}`).not.toBe(field);
});
