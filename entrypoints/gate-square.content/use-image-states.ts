import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScreenshotRule } from '../../lib/contests';
import { ImageBytesError, type AttachedImage } from '../../lib/host/images';
import { hashBytes, type OcrClient } from '../../lib/ocr/client';
import type { LangHint, OcrOutcome } from '../../lib/ocr/types';
import type { ImageOcrState } from '../../lib/rules';

type Entry = { hash?: string } & (
  | { state: 'unread' }
  | { state: 'reading'; progress: number }
  | { state: 'done'; outcome: OcrOutcome }
  | { state: 'failed'; reason: string }
);

/**
 * Per-image OCR states for the checklist. Each attached picture's bytes are fetched once, hashed,
 * and read by the OCR host (which caches verdicts by hash, so the same picture is never read
 * twice); a picture removed while being read is cancelled; one picture's failure never stops the
 * others.
 */
export function useImageStates(
  images: readonly AttachedImage[],
  client: OcrClient,
  rule: ScreenshotRule,
  langHint: LangHint,
): ImageOcrState[] {
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const started = useRef(new Map<string, string | null>()); // key → hash (null while hashing)
  const update = (key: string, entry: Entry) => setEntries((all) => ({ ...all, [key]: entry }));

  useEffect(() => {
    const keys = new Set(images.map((image) => image.key));
    // Removed pictures: cancel their reads unless another attached picture has the same bytes.
    for (const [key, hash] of started.current) {
      if (keys.has(key)) continue;
      started.current.delete(key);
      if (hash && ![...started.current.values()].includes(hash)) client.cancel(hash);
    }
    for (const image of images) {
      if (started.current.has(image.key)) continue;
      started.current.set(image.key, null);
      void readImage(image);
    }

    async function readImage(image: AttachedImage) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await (await image.bytes()).arrayBuffer());
      } catch (error) {
        update(image.key, { state: 'failed', reason: error instanceof ImageBytesError ? error.reason : 'unreachable' });
        return;
      }
      if (bytes.length === 0) return update(image.key, { state: 'failed', reason: 'empty' });
      const hash = await hashBytes(bytes);
      if (!started.current.has(image.key)) return; // removed meanwhile
      started.current.set(image.key, hash);
      update(image.key, { hash, state: 'reading', progress: 0 });
      const outcome = await client.read(hash, bytes, {
        rule,
        langHint,
        onProgress: ({ progress }) => update(image.key, { hash, state: 'reading', progress }),
      });
      if (started.current.get(image.key) === hash) update(image.key, { hash, state: 'done', outcome });
    }
  }, [images, client, rule, langHint]);

  return useMemo(
    () =>
      images.map((image): ImageOcrState => {
        const entry = entries[image.key] ?? { state: 'unread' };
        const base = { id: image.key, name: image.name };
        if (entry.state === 'failed') return { ...base, state: 'failed', reason: entry.reason };
        if (entry.state === 'reading') return { ...base, state: 'reading', progress: entry.progress };
        if (entry.state === 'unread') return { ...base, state: 'unread' };
        const { outcome } = entry;
        if (!outcome.ok) return { ...base, state: 'failed', reason: outcome.reason };
        const { kind, token, confidence, evidence, reason, otherTokens, tokenEvidence } = outcome.verdict;
        return {
          ...base,
          state: 'verdict',
          verdict: { kind, token, confidence, evidence: [...evidence, ...tokenEvidence], reason, otherTokens },
        };
      }),
    [images, entries],
  );
}
