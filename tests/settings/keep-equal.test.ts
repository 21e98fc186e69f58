import { expect, test } from 'vitest';
import { keepEqual } from '../../lib/settings/keep-equal';

const contest = (id: string, end = '2026-01-31T00:00:00+08:00') => ({ id, window: { start: '2026-01-01T00:00:00+08:00', end }, tags: [{ text: id }] });

test.each([
  ['the same settings read again', { publishGuard: true, disabledHosts: ['www.gate.io'] }, { publishGuard: true, disabledHosts: ['www.gate.io'] }],
  ['the same list of contests read again', [contest('a'), contest('b')], [contest('a'), contest('b')]],
  ['null read again', null, null],
  ['an empty list read again', [], []],
])('deep-equal: %s gives back the previous object', (_name, previous, next) => {
  expect(keepEqual(previous, next)).toBe(previous);
});

test.each([
  ['a field changed', { a: 1, b: [1] }, { a: 2, b: [1] }],
  ['a field added', { a: 1 }, { a: 1, b: undefined }],
  ['a field removed', { a: 1, b: 2 }, { a: 1 }],
  ['an element added', [1], [1, 2]],
  ['an element removed', [1, 2], [1]],
  ['a list became an object', [1], { 0: 1 }],
  ['nothing before', undefined, { a: 1 }],
])('different: %s gives a value equal to the new one, not the previous object', (_name, previous, next) => {
  const kept = keepEqual(previous, next);
  expect(kept).not.toBe(previous);
  expect(kept).toEqual(next);
});

test('one contest changed: the others, and its unchanged parts, keep their objects', () => {
  const previous = [contest('a'), contest('b'), contest('c')];
  const next = keepEqual(previous, [contest('a'), contest('b', '2026-02-28T00:00:00+08:00'), contest('c')]);
  expect(next[0]).toBe(previous[0]);
  expect(next[1]).not.toBe(previous[1]);
  expect(next[1].window.end).toBe('2026-02-28T00:00:00+08:00');
  expect(next[1].tags).toBe(previous[1].tags);
  expect(next[2]).toBe(previous[2]);
});

test('a contest added at the end leaves the list before it as it was', () => {
  const previous = [contest('a')];
  const next = keepEqual(previous, [contest('a'), contest('b')]);
  expect(next).not.toBe(previous);
  expect(next[0]).toBe(previous[0]);
});

/** A small seeded generator (the same values on every run). */
function rng(seed: { n: number }): number {
  seed.n = (seed.n * 1103515245 + 12345) % 2 ** 31;
  return seed.n / 2 ** 31;
}

/** Small random JSON values, often sharing parts, so that equal and unequal pairs both come up. */
function randomJson(seed: { n: number }, depth = 0): unknown {
  const pick = rng(seed);
  if (depth > 2 || pick < 0.3) return [0, 1, 'a', 'b', null, true][Math.floor(rng(seed) * 6)];
  if (pick < 0.6) return Array.from({ length: Math.floor(rng(seed) * 4) }, () => randomJson(seed, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of ['w', 'x', 'y', 'z']) if (rng(seed) < 0.7) out[key] = randomJson(seed, depth + 1);
  return out;
}

/** `value` with one part somewhere down its tree replaced by a random value. */
function tweak(value: unknown, seed: { n: number }): unknown {
  if (typeof value !== 'object' || value === null || rng(seed) < 0.25) return randomJson(seed);
  const keys = Object.keys(value);
  if (keys.length === 0) return randomJson(seed);
  const key = keys[Math.floor(rng(seed) * keys.length)];
  (value as Record<string, unknown>)[key] = tweak((value as Record<string, unknown>)[key], seed);
  return value;
}

test('on 3,000 random pairs: the result equals the new value (key order too), and is the previous object exactly when the two are deep-equal', () => {
  const seed = { n: 7 };
  let equalPairs = 0;
  for (let i = 0; i < 3000; i++) {
    const previous = randomJson(seed);
    // A copy of the previous value with one part changed, or unchanged, or another value.
    const next = i % 3 === 0 ? tweak(structuredClone(previous), seed) : i % 3 === 1 ? structuredClone(previous) : randomJson(seed);
    const kept = keepEqual(previous, next);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(next));
    const equal = JSON.stringify(previous) === JSON.stringify(next);
    if (equal) equalPairs++;
    expect(kept === previous).toBe(equal);
  }
  expect(equalPairs).toBeGreaterThan(1000);
  expect(equalPairs).toBeLessThan(2500);
});
