// @vitest-environment happy-dom
/**
 * The "Track this contest" offer across SPA navigations (entrypoints/gate-square.content/
 * use-announcement.ts): Gate Square changes the address before it renders the next post; and across
 * re-renders of one post (comments arriving, the post reloading, the post edited), the draft under
 * the writer's review is never replaced behind their back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useAnnouncementOffer, type AnnouncementOfferState } from '../../entrypoints/gate-square.content/use-announcement';
import { answerReadAnnouncement } from '../../entrypoints/background/announcements';
import { readAnnouncement } from '../../lib/contests/announcement';
import type { ReadAnnouncementReply, ReadAnnouncementRequest } from '../../lib/contests/reader-messages';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/announcements', name), 'utf8');
const WXTM = fixture('wxtm-2025-seed.txt');
const BTC = fixture('btc-no-screenshot-rule.txt');
const NOW = Date.parse('2025-09-01T00:00:00Z');
const POST_A = 'https://www.gate.com/post/status/1001';
const POST_B = 'https://www.gate.com/post/status/1002';

let root: ReturnType<typeof createRoot> | null = null;
let offered: (string | null)[] = [];
let latest: AnnouncementOfferState | null = null;
const signal = new AbortController().signal;
const notOurs = () => false;

function Probe({ url }: { url: string }) {
  const state = useAnnouncementOffer(url, notOurs, signal);
  latest = state;
  // What the panel shows: the offer, unless its post is off screen.
  offered.push(state.offer && !state.gone ? state.offer.draft.contest.name.en : null);
  return null;
}

const showPost = (text: string | null) => {
  document.querySelector('article')?.remove();
  if (text === null) return;
  const article = document.createElement('article');
  for (const line of text.split('\n')) article.append(Object.assign(document.createElement('p'), { textContent: line }));
  document.body.append(article);
};
const render = (url: string) => act(async () => root!.render(createElement(Probe, { url })));
/** Past the hook's settle delay, and the background's reply. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 600))));
const current = () => offered[offered.length - 1];

beforeEach(() => {
  offered = [];
  // The background's answer (its detector and reader), given in place.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: ReadAnnouncementRequest): Promise<ReadAnnouncementReply> =>
    answerReadAnnouncement(request, NOW)) as never);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

test("the previous post still on screen after a navigation is not offered as the new post's contest", async () => {
  const wxtm = readAnnouncement(WXTM, { now: NOW }).contest.name.en;
  const btc = readAnnouncement(BTC, { now: NOW }).contest.name.en;
  expect(wxtm).not.toBe(btc);
  showPost(WXTM);
  await render(POST_A);
  await settle();
  expect(current()).toBe(wxtm);

  // The address changes first; the old article is still rendered.
  const from = offered.length;
  await render(POST_B);
  await settle();
  expect(current()).toBeNull();
  // Once cleared for the new address, the old offer never comes back.
  expect(offered.slice(offered.indexOf(null, from))).not.toContain(wxtm);

  // The new post arrives.
  showPost(BTC);
  await settle();
  expect(current()).toBe(btc);
});

test('when the post body goes away, its offer is hidden; the same post coming back is the same offer, not a new reading', async () => {
  showPost(WXTM);
  await render(POST_A);
  await settle();
  expect(current()).not.toBeNull();
  showPost(null);
  document.body.append(document.createElement('span')); // a change the observer sees
  await settle();
  expect(current()).toBeNull();
  const draft = latest!.offer!.draft;
  const asked = vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length;
  showPost(WXTM);
  await settle();
  expect(current()).not.toBeNull();
  expect(latest!.offer!.draft).toBe(draft);
  expect(vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length).toBe(asked);
});

test('comments arriving under the post never replace the draft: not even a new reading is asked for', async () => {
  showPost(WXTM);
  await render(POST_A);
  await settle();
  const draft = latest!.offer!.draft;
  const asked = vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length;
  for (const text of ['帶上話題 #PUBLIC創作大賽# 發帖', '2025年9月1日 - 2025年9月5日 #BTC#']) {
    const c = document.createElement('div');
    c.innerHTML = `<a class="nickname" href="/profile/x">x</a><p>${text}</p>`;
    document.body.append(c);
    await settle();
  }
  expect(latest!.offer!.draft).toBe(draft);
  expect(latest!.update).toBeNull();
  expect(vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length).toBe(asked);
});

test('the post edited: the new reading waits beside the offer until it is adopted', async () => {
  showPost(WXTM);
  await render(POST_A);
  await settle();
  const draft = latest!.offer!.draft;
  showPost(BTC);
  await settle();
  expect(latest!.offer!.draft).toBe(draft);
  expect(latest!.update?.draft.contest.name.en).toBe(readAnnouncement(BTC, { now: NOW }).contest.name.en);
  await act(async () => latest!.adopt());
  expect(latest!.offer!.draft.contest.name.en).toBe(readAnnouncement(BTC, { now: NOW }).contest.name.en);
  expect(latest!.update).toBeNull();
});
