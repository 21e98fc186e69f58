/**
 * The pictures attached to the post. Sources: previews inside the post box (blob:, data: and
 * https: images), files chosen in a file input, and images pasted or dropped onto the composer.
 * Each becomes an `AttachedImage` whose bytes can be fetched for OCR; the same picture seen twice
 * (a chosen file and its preview) is one image once its bytes are hashed.
 */
import { FILE_INPUT_SELECTOR, IMAGE_PREVIEW_MIN_SIDE, IMAGE_PREVIEW_SELECTOR } from './selectors';

export type ImageSource = 'preview' | 'file' | 'paste' | 'drop';

export interface AttachedImage {
  /** Stable while the image stays attached: the preview's src or the file's identity. */
  key: string;
  name: string;
  source: ImageSource;
  /** The picture's bytes; rejects with a reason code when they cannot be had. */
  bytes(): Promise<Blob>;
}

export class ImageBytesError extends Error {
  constructor(readonly reason: 'unreachable' | 'empty') {
    super(reason);
  }
}

const fileKeys = new WeakMap<File, string>();
let fileCounter = 0;

export function fileImage(file: File, source: ImageSource): AttachedImage {
  let key = fileKeys.get(file);
  if (!key) {
    key = `file:${++fileCounter}:${file.name}:${file.size}`;
    fileKeys.set(file, key);
  }
  return {
    key,
    name: file.name || 'image',
    source,
    bytes: async () => {
      if (file.size === 0) throw new ImageBytesError('empty');
      return file;
    },
  };
}

/** Files that look like pictures (or have no type: the OCR step judges those). */
export function imageFiles(list: FileList | readonly File[] | null | undefined): File[] {
  return [...(list ?? [])].filter((f) => f.type === '' || f.type.startsWith('image/') || /\.(png|jpe?g|gif|webp|bmp|svg|avif|heic)$/i.test(f.name));
}

/**
 * A preview in the post box. Its bytes come from its src; when that cannot be fetched (an image
 * already uploaded to a host the content script may not read), from `fallback`, the file the
 * writer chose or pasted for it.
 */
export function previewImage(img: HTMLImageElement, fallback?: AttachedImage): AttachedImage {
  const src = img.currentSrc || img.src;
  const name = img.alt || decodeURIComponent(src.split(/[/?#]/).filter(Boolean).pop() ?? 'image').slice(0, 60);
  return {
    key: `preview:${src}`,
    name: src.startsWith('data:') || src.startsWith('blob:') ? img.alt || 'image' : name,
    source: 'preview',
    bytes: async () => {
      let response: Response | undefined;
      try {
        response = await fetch(src, { credentials: 'omit' });
      } catch {
        response = undefined;
      }
      if (!response?.ok) {
        if (fallback) return fallback.bytes();
        throw new ImageBytesError('unreachable');
      }
      const blob = await response.blob();
      if (blob.size === 0) throw new ImageBytesError('empty');
      return blob;
    },
  };
}

/** Uploaded-picture previews inside the post box (avatars and emoji are too small to count). */
export function findPreviews(box: Element): HTMLImageElement[] {
  return [...box.querySelectorAll<HTMLImageElement>(IMAGE_PREVIEW_SELECTOR)].filter((img) => {
    // Still loading, or a picture the browser could not show (the writer attached a broken
    // file): it is attached all the same, and OCR will say what is wrong with it.
    if (!img.complete || img.naturalWidth === 0) return !img.closest('[contenteditable="true"]');
    const side = Math.min(img.width || img.naturalWidth, img.height || img.naturalHeight);
    return side >= IMAGE_PREVIEW_MIN_SIDE;
  });
}

/**
 * What the post will carry: the previews when the post box shows them (they are what gets
 * published, and removing one removes it here), else the files the writer chose, pasted or
 * dropped. A chosen file backs the preview at the same position.
 */
export function collectImages(box: Element, chosen: readonly AttachedImage[]): AttachedImage[] {
  const previews = findPreviews(box);
  const images = previews.length ? previews.map((img, i) => previewImage(img, chosen[i])) : [...chosen];
  const seen = new Set<string>();
  return images.filter((image) => !seen.has(image.key) && seen.add(image.key));
}

export function isFileInput(target: EventTarget | null): target is HTMLInputElement {
  return target instanceof HTMLInputElement && target.matches(FILE_INPUT_SELECTOR);
}
