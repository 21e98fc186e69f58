// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { collectImages, fileImage, readPicture } from '../../lib/host/images';
import { sha256Hex } from '../../lib/ocr/hash';
import { OCR_TIMEOUTS } from '../../lib/ocr/timeouts';
import { MAX_IMAGE_BYTES } from '../../lib/ocr/types';

function box(previews: string[]): Element {
  const div = document.createElement('div');
  for (const src of previews) {
    const img = document.createElement('img');
    img.src = src;
    img.width = 96;
    img.height = 96;
    div.append(img);
  }
  return div;
}

const photo = fileImage(new File([new Uint8Array([1])], 'photo.jpg', { type: 'image/jpeg' }), 'file');
const proof = fileImage(new File([new Uint8Array([2])], 'proof.jpg', { type: 'image/jpeg' }), 'file');

test('a post box that shows previews carries the previews, and only them', () => {
  const { images, previewsSeen } = collectImages(box(['blob:https://www.gate.com/a']), [photo, proof], false);
  expect(images.map((i) => i.key)).toEqual(['preview:blob:https://www.gate.com/a']);
  expect(previewsSeen).toBe(true);
});

test('once previews were seen, a picture whose preview is gone is gone, whatever files were chosen', () => {
  const { images, previewsSeen } = collectImages(box([]), [photo, proof], true);
  expect(images).toEqual([]);
  expect(previewsSeen).toBe(true);
});

test('an editor that never shows previews carries the chosen files', () => {
  const { images, previewsSeen } = collectImages(box([]), [photo, proof], false);
  expect(images.map((i) => i.name)).toEqual(['photo.jpg', 'proof.jpg']);
  expect(previewsSeen).toBe(false);
});

test('the same file chosen twice is one picture', () => {
  const { images } = collectImages(box([]), [photo, photo], false);
  expect(images).toHaveLength(1);
});

test('an unchanged post box gives the same picture objects, so a keystroke brings no new picture', () => {
  const post = box(['blob:https://www.gate.com/a']);
  const chosen = [photo];
  const first = collectImages(post, chosen, false).images;
  expect(collectImages(post, chosen, true).images[0]).toBe(first[0]);
  // Other files chosen, or the preview moved to another address: a new picture object.
  expect(collectImages(post, [photo, proof], true).images[0]).not.toBe(first[0]);
  post.querySelector('img')!.src = 'blob:https://www.gate.com/b';
  expect(collectImages(post, chosen, true).images[0].key).toBe('preview:blob:https://www.gate.com/b');
});

test('a preview whose address never answers is given up: unreachable (the writer can retry), never a wait for ever', async () => {
  vi.useFakeTimers();
  const stalled = vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
  );
  vi.stubGlobal('fetch', stalled);
  try {
    const img = document.createElement('img');
    img.src = 'https://gimg.example/stalled.png';
    // Still loading, and its size never comes either.
    Object.defineProperty(img, 'complete', { value: false });
    img.decode = () => new Promise(() => undefined);
    const post = document.createElement('div');
    post.append(img);
    const { images } = collectImages(post, [], false);
    const outcome = images[0].bytes().then(
      () => 'bytes',
      (e: Error) => e.message,
    );
    await vi.advanceTimersByTimeAsync(OCR_TIMEOUTS.previewFetchMs + OCR_TIMEOUTS.previewDecodeMs + 10);
    expect(await outcome).toMatch(/unreachable/);
    expect(stalled).toHaveBeenCalledOnce();
  } finally {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  }
});

describe('each picture is hashed once on this side, and the hash passed along', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('a preview: its fetch hashes the bytes, and the read that follows finds that hash (1 hash, was 2)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(png)),
    );
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const { images } = collectImages(box(['https://gimg.example/proof.png']), [], false);
    const picture = await readPicture(images[0]);
    expect([...picture.bytes]).toEqual([...png]);
    expect(picture.hash).toBe(await sha256Hex(png));
    expect(digest).toHaveBeenCalledTimes(2); // the one read, and the reference just above
  });

  test('a chosen file read again (a retry, another contest) and linked to an unreachable preview is hashed once', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 404 })),
    );
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const chosen = fileImage(new File([png], 'proof.png', { type: 'image/png' }), 'file');
    const first = await readPicture(chosen);
    const again = await readPicture(chosen);
    expect(again.hash).toBe(first.hash);
    // An uploaded preview whose address cannot be read: the chosen file is a candidate, twice.
    const post = box(['https://gimg.example/uploaded.png']);
    const img = post.querySelector('img')!;
    Object.defineProperty(img, 'complete', { value: true });
    Object.defineProperty(img, 'naturalWidth', { value: 96 });
    Object.defineProperty(img, 'naturalHeight', { value: 96 });
    const { images } = collectImages(post, [chosen], false);
    for (let i = 0; i < 2; i++) await images[0].bytes().catch(() => undefined);
    expect(digest).toHaveBeenCalledTimes(1);
  });

  test('empty and oversized pictures are refused unread, with their reason', async () => {
    const empty = fileImage(new File([], 'empty.png'), 'file');
    await expect(readPicture(empty)).rejects.toThrow('empty');
    const big = { key: 'big', name: 'big.png', source: 'file' as const, bytes: async () => ({ size: MAX_IMAGE_BYTES + 1 }) as Blob };
    await expect(readPicture(big)).rejects.toThrow('file-too-large');
  });
});
