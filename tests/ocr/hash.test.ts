import { afterEach, expect, test, vi } from 'vitest';
import { blobHash, hashedBytes, sha256Hex } from '../../lib/ocr/hash';

afterEach(() => vi.restoreAllMocks());

test("a picture's identity is the SHA-256 of its bytes", async () => {
  expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('a Blob is hashed once however often its hash is asked for; another Blob of the same bytes is hashed for itself', async () => {
  const digest = vi.spyOn(crypto.subtle, 'digest');
  const blob = new Blob([new Uint8Array([1, 2, 3])]);
  const [a, b] = await Promise.all([blobHash(blob), hashedBytes(blob)]);
  expect((await hashedBytes(blob)).bytes).toEqual(new Uint8Array([1, 2, 3]));
  expect(b.hash).toBe(a);
  expect(digest).toHaveBeenCalledTimes(1);
  expect(await blobHash(new Blob([new Uint8Array([1, 2, 3])]))).toBe(a);
  expect(digest).toHaveBeenCalledTimes(2);
});

test('a hash that failed is not remembered: the next ask tries again', async () => {
  const blob = new Blob([new Uint8Array([4])]);
  vi.spyOn(crypto.subtle, 'digest').mockRejectedValueOnce(new Error('busy'));
  await expect(blobHash(blob)).rejects.toThrow('busy');
  expect(await blobHash(blob)).toBe(await sha256Hex(new Uint8Array([4])));
});
