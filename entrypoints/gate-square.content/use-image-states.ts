import { useEffect, useMemo, useState } from 'react';
import type { AttachedImage } from '../../lib/host/images';
import { ImageBytesError } from '../../lib/host/images';
import type { ImageOcrState } from '../../lib/rules';

/**
 * Per-image states for the checklist. Each attached image's bytes are fetched once (so a picture
 * that cannot be read says so at once); reading them is the OCR client's job.
 */
export function useImageStates(images: readonly AttachedImage[]): ImageOcrState[] {
  const [failures, setFailures] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    for (const image of images) {
      if (image.key in failures) continue;
      image.bytes().then(
        () => undefined,
        (error: unknown) => {
          if (!live) return;
          const reason = error instanceof ImageBytesError ? error.reason : 'unreachable';
          setFailures((f) => ({ ...f, [image.key]: reason }));
        },
      );
    }
    return () => {
      live = false;
    };
  }, [images]);
  return useMemo(
    () =>
      images.map((image): ImageOcrState =>
        failures[image.key]
          ? { id: image.key, name: image.name, state: 'failed', reason: failures[image.key] }
          : { id: image.key, name: image.name, state: 'unread' },
      ),
    [images, failures],
  );
}
