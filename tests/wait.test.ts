import { afterEach, expect, test, vi } from 'vitest';
import { valueWithin, withDeadline } from '../lib/wait';

afterEach(() => vi.useRealTimers());

test('a value in time is the value; after the deadline, undefined; a rejection passes through', async () => {
  vi.useFakeTimers();
  await expect(valueWithin(Promise.resolve(7), 100)).resolves.toBe(7);
  const late = valueWithin(new Promise(() => undefined), 100);
  await vi.advanceTimersByTimeAsync(100);
  await expect(late).resolves.toBeUndefined();
  await expect(valueWithin(Promise.reject(new Error('gone')), 100)).rejects.toThrow('gone');
  expect(vi.getTimerCount()).toBe(0);
});

test('a deadline missed is an error that names the wait', async () => {
  vi.useFakeTimers();
  const late = withDeadline(new Promise(() => undefined), 5_000, 'closing the OCR document');
  const caught = late.catch((e: Error) => e.message);
  await vi.advanceTimersByTimeAsync(5_000);
  expect(await caught).toBe('closing the OCR document did not finish within 5 s');
  await expect(withDeadline(Promise.resolve('ok'), 5_000, 'x')).resolves.toBe('ok');
  expect(vi.getTimerCount()).toBe(0);
});
