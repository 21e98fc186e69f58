import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineStoredItem, serialised } from '../../lib/settings/item';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A counter stored as a number; anything else reads as 0. */
const counter = defineStoredItem<number, number>('local:testCounter', {
  parse: (stored) => (typeof stored === 'number' ? stored : 0),
  version: 1,
});

describe('writes of one item happen one at a time', () => {
  test('ten increments started at once all land', async () => {
    await Promise.all(Array.from({ length: 10 }, () => counter.update((n) => ({ write: n + 1, result: undefined }))));
    expect(await counter.getValue()).toBe(10);
  });

  test('a write that fails is its caller’s; the writes queued after it go ahead', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const results = await Promise.allSettled([counter.setValue(1), counter.update((n) => ({ write: n + 5, result: n }))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(await counter.getValue()).toBe(5);
  });

  test('a change that decides not to write leaves the stored value alone', async () => {
    await counter.setValue(3);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await counter.update((n) => ({ result: n * 2 }))).toBe(6);
    expect(set).not.toHaveBeenCalled();
  });

  test('tasks under one name run in the order they were queued, never two at once', async () => {
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`${name} ends`);
    };
    await Promise.all([serialised('q', task('a')), serialised('q', task('b')), serialised('other', task('c'))]);
    expect(log.filter((l) => !l.startsWith('c'))).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
    expect(log.indexOf('c starts')).toBeLessThan(log.indexOf('a ends')); // another name is not held up
  });
});

describe('across the extension’s pages: a Web Lock of the item’s name', () => {
  /** A lock manager that grants in order, as the browser's does. */
  const fakeLocks = () => {
    let held = Promise.resolve();
    const request = vi.fn((_name: string, callback: () => Promise<unknown>) => {
      const granted = held.then(callback);
      held = granted.then(
        () => undefined,
        () => undefined,
      );
      return granted;
    });
    return { request };
  };

  test.each([
    ['an extension page (chrome-extension:)', 'chrome-extension:', true],
    ['an extension page in Firefox (moz-extension:)', 'moz-extension:', true],
    ['a content script (the host page’s origin: its locks are the page’s)', 'https:', false],
  ])('%s', async (_name, protocol, locked) => {
    const locks = fakeLocks();
    vi.stubGlobal('location', { protocol });
    vi.stubGlobal('navigator', { locks });
    await counter.update((n) => ({ write: n + 1, result: undefined }));
    expect(locks.request.mock.calls.map(([name]) => name)).toEqual(locked ? ['gate-square-checklist:local:testCounter'] : []);
    expect(await counter.getValue()).toBe(1);
  });
});

describe('reads keep their objects while the value is the same', () => {
  const list = defineStoredItem<{ items: string[] }, string[]>('local:testList', {
    parse: (stored) => ({ items: Array.isArray(stored) ? stored.filter((s) => typeof s === 'string') : [] }),
    version: 1,
  });

  test('a read again gives the same object; so does a change that parses to the same value', async () => {
    await list.setValue(['a', 'b']);
    const first = await list.getValue();
    expect(await list.getValue()).toBe(first);
    const seen: { items: string[] }[] = [];
    const stop = list.watch((value) => seen.push(value));
    await list.setValue(['a', 'b', 7 as unknown as string]); // stored differently, read the same
    await list.setValue(['a', 'b', 'c']);
    stop();
    expect(seen[0]).toBe(first);
    expect(seen[1]).not.toBe(first);
    expect(seen[1].items).toEqual(['a', 'b', 'c']);
    expect(await list.getValue()).toBe(seen[1]);
  });
});
