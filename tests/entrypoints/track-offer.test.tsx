// @vitest-environment happy-dom
/**
 * The track offer's review is its own module, loaded when a post's page offers a contest
 * (entrypoints/gate-square.content/review-module.ts): drawn into the offer once loaded, given each
 * new draft, and when it cannot load or stops while drawing, a sentence that says so replaces it,
 * never a spinner and never the rest of the panel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ContestReviewProps } from '../../components/ContestReview';
import { readAnnouncement } from '../../lib/contests/announcement';
import type { MountedReview, MountReview } from '../../entrypoints/gate-square.content/review-module';

const load = vi.hoisted(() => ({ fn: vi.fn<() => Promise<MountReview>>() }));
vi.mock('../../entrypoints/gate-square.content/review-module', async (actual) => ({
  ...(await actual<typeof import('../../entrypoints/gate-square.content/review-module')>()),
  loadReview: load.fn,
}));
const { LazyReview } = await import('../../entrypoints/gate-square.content/features/track-offer');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/announcements', name), 'utf8');
const NOW = Date.parse('2025-09-01T00:00:00Z');
const props = (file: string): ContestReviewProps => ({
  lang: 'en',
  draft: readAnnouncement(fixture(file), { now: NOW }),
  saveLabel: 'Track',
  tracked: [],
  onSave: async () => null,
});

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
  load.fn.mockReset();
});

// Drawn, then one more turn: Preact runs effects (the module's load starts there) at the end of
// `act`, so what a settled load sets is flushed by the next one.
const draw = async (p: ContestReviewProps) => {
  await act(async () => root.render(<LazyReview {...p} />));
  await act(async () => undefined);
};
const byId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

/** A review module that records what it was asked to draw. */
function fakeModule() {
  const calls: { container: Element; drawn: ContestReviewProps[]; unmounted: boolean; fail: (error: unknown) => void }[] = [];
  const mount: MountReview = (where, first, onError) => {
    const call = { container: where, drawn: [first], unmounted: false, fail: onError };
    calls.push(call);
    where.textContent = `review of ${first.draft.contest.name.en}`;
    const review: MountedReview = { update: (next) => void call.drawn.push(next), unmount: () => void (call.unmounted = true) };
    return review;
  };
  return { mount, calls };
}

test('while the module loads the writer reads that it is loading; once loaded the review is drawn in the offer', async () => {
  let resolve: (mount: MountReview) => void = () => undefined;
  load.fn.mockReturnValue(new Promise((r) => (resolve = r)));
  const wxtm = props('wxtm-2025-seed.txt');
  await draw(wxtm);
  expect(byId('track-review-loading')?.textContent).toBe('Loading the review…');
  const { mount, calls } = fakeModule();
  await act(async () => resolve(mount));
  expect(byId('track-review-loading')).toBeNull();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.container).toBe(byId('track-review'));
  expect(calls[0]!.drawn[0]!.draft).toBe(wxtm.draft);
  expect(byId('track-review')?.textContent).toBe(`review of ${wxtm.draft.contest.name.en}`);
});

test('a newer draft goes to the review already drawn, which is not drawn again from scratch', async () => {
  const { mount, calls } = fakeModule();
  load.fn.mockResolvedValue(mount);
  await draw(props('wxtm-2025-seed.txt'));
  const btc = props('btc-no-screenshot-rule.txt');
  await draw(btc);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.drawn.at(-1)!.draft).toBe(btc.draft);
  await act(async () => root.render(<p>gone</p>));
  expect(calls[0]!.unmounted).toBe(true);
});

test('a module that cannot be loaded is said, with what to do, and nothing keeps spinning', async () => {
  load.fn.mockRejectedValue(new Error('the review module did not finish within 10 s'));
  await draw(props('wxtm-2025-seed.txt'));
  const failed = byId('track-review-failed');
  expect(failed?.getAttribute('role')).toBe('alert');
  expect(failed?.textContent).toMatch(/could not be loaded.*Reload the page/);
  expect(byId('track-review-loading')).toBeNull();
  expect(byId('track-review')).toBeNull();
});

test('a review that stops while drawing is taken away and said, and the offer stays', async () => {
  const { mount, calls } = fakeModule();
  load.fn.mockResolvedValue(mount);
  await draw(props('wxtm-2025-seed.txt'));
  await act(async () => calls[0]!.fail(new Error('boom in the review')));
  expect(byId('track-review-failed')).not.toBeNull();
  expect(calls[0]!.unmounted).toBe(true);
  expect(byId('track-review')).toBeNull();
});
