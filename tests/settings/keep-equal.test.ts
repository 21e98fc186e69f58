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
