/**
 * The hand-over between the panel and the review module (entrypoints/gate-square.content/
 * review-module.ts): what the module offers is what the panel takes, and a module that cannot be
 * imported is a rejection the track offer turns into a sentence, tried again on the next call.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { loadReview, offerReview, REVIEW_MODULE, type MountReview } from '../../entrypoints/gate-square.content/review-module';

const KEY = Symbol.for('gate-square-checklist.mount-review');
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
  vi.restoreAllMocks();
});

test('a module that cannot be imported rejects, and the next call tries the import again', async () => {
  const getURL = vi.spyOn(browser.runtime, 'getURL').mockReturnValue('chrome-extension://none/gate-square-review.js' as never);
  await expect(loadReview()).rejects.toThrow();
  await expect(loadReview()).rejects.toThrow();
  expect(getURL).toHaveBeenCalledTimes(2);
  expect(getURL).toHaveBeenCalledWith(REVIEW_MODULE);
});

test('the mount function the module offered is the one loadReview gives, without importing again', async () => {
  const mount: MountReview = () => ({ update: () => undefined, unmount: () => undefined });
  offerReview(mount);
  const getURL = vi.spyOn(browser.runtime, 'getURL');
  await expect(loadReview()).resolves.toBe(mount);
  expect(getURL).not.toHaveBeenCalled();
});
