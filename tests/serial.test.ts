import { describe, expect, test } from 'vitest';
import { latestWins } from '../lib/serial';

/**
 * A fake registration (get / unregister / register) that records the order of its steps and
 * registers the state it read at its start, as the mirror-host registration does.
 */
function fakeRegistration() {
  const log: string[] = [];
  let state = 'a';
  let registered: string | null = null;
  let runs = 0;
  let failNext = false;
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
  const task = async () => {
    const run = ++runs;
    const read = state;
    log.push(`${run} get ${read}`);
    await tick();
    log.push(`${run} unregister`);
    registered = null;
    await tick();
    if (failNext) {
      failNext = false;
      log.push(`${run} fails`);
      throw new Error('register failed');
    }
    log.push(`${run} register ${read}`);
    registered = read;
  };
  return {
    task,
    log,
    set: (s: string) => (state = s),
    failNext: () => (failNext = true),
    registered: () => registered,
    runs: () => runs,
  };
}

/** Each run's steps must come as one block: get, unregister, then register (or fail). */
function interleaved(log: string[]): boolean {
  return log.some((line, i) => i > 0 && line.split(' ')[0] !== log[i - 1].split(' ')[0] && !/ get /.test(line));
}

describe('latestWins', () => {
  test('triggers during a run never interleave with it, and fold into one more run', async () => {
    const fake = fakeRegistration();
    const update = latestWins(fake.task);
    const first = update();
    while (fake.log.length === 0) await Promise.resolve(); // the first run has read 'a'
    fake.set('b');
    const second = update();
    fake.set('c');
    const third = update();
    expect(third).toBe(second);
    await Promise.all([first, second, third]);
    expect(fake.log).toEqual(['1 get a', '1 unregister', '1 register a', '2 get c', '2 unregister', '2 register c']);
    expect(interleaved(fake.log)).toBe(false);
  });

  test('the last state wins, however the triggers fall', async () => {
    const fake = fakeRegistration();
    const update = latestWins(fake.task);
    const pending: Promise<void>[] = [];
    for (const [k, s] of ['b', 'c', 'd', 'e', 'f'].entries()) {
      fake.set(s);
      pending.push(update());
      if (k % 2) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(pending);
    expect(fake.registered()).toBe('f');
    expect(interleaved(fake.log)).toBe(false);
    expect(fake.runs()).toBeLessThan(5);
  });

  test('a failed run rejects its own callers only; the run after it still happens', async () => {
    const fake = fakeRegistration();
    const update = latestWins(fake.task);
    fake.failNext();
    const first = update();
    while (fake.log.length === 0) await Promise.resolve();
    fake.set('b');
    const second = update();
    await expect(first).rejects.toThrow('register failed');
    await expect(second).resolves.toBeUndefined();
    expect(fake.registered()).toBe('b');
  });

  test('a trigger after a run has ended starts a fresh run at once', async () => {
    const fake = fakeRegistration();
    const update = latestWins(fake.task);
    await update();
    fake.set('z');
    await update();
    expect(fake.log.filter((l) => / get /.test(l))).toEqual(['1 get a', '2 get z']);
  });
});
