/**
 * The pictures attached to the post. Sources: previews inside the post box (blob:, data: and
 * https: images), files chosen in a file input, and images pasted or dropped onto the composer.
 * Each becomes an `AttachedImage` whose bytes can be fetched for OCR. A chosen file and its
 * preview are linked by what they are (the same bytes, or the same pixel size), never by position.
 */
import { blobHash, hashedBytes, type HashedBytes } from '../ocr/hash';
import { sniffImage } from '../ocr/sniff';
import { OCR_TIMEOUTS } from '../ocr/timeouts';
import { MAX_IMAGE_BYTES } from '../ocr/types';
import { FILE_INPUT_SELECTOR, IMAGE_PREVIEW_MIN_SIDE, IMAGE_PREVIEW_SELECTOR, NOT_ATTACHMENT_IMAGE } from './selectors';
import { valueWithin } from '../wait';

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
  constructor(readonly reason: 'unreachable' | 'empty' | 'file-too-large') {
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

/** The bytes last fetched for each preview element: an element whose src moved to an unreachable address (uploaded) may still be the same picture. */
const lastBytes = new WeakMap<HTMLImageElement, { blob: Blob; digest: string }>();
/** Which preview element last showed each picture (by content): a picture whose element left the post was removed. */
const shownBy = new Map<string, WeakRef<HTMLImageElement>>();

/**
 * The pixel size an image file declares in its header (PNG, JPEG, GIF, WebP, BMP), without
 * decoding it. Null when unknown.
 */
async function declaredSize(blob: Blob): Promise<{ width: number; height: number } | null> {
  if (blob.size > MAX_IMAGE_BYTES) return null;
  try {
    const { width, height } = sniffImage(new Uint8Array(await blob.arrayBuffer()));
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}

/**
 * A preview in the post box. Its bytes come from its src. When that cannot be fetched (a picture
 * already uploaded to a host the content script may not read), the preview is linked to the bytes
 * it stands for by identity, never by position: among the files the writer chose, pasted or
 * dropped, and the bytes this same element showed before, the one whose pixel size is the
 * preview's (either orientation). No match or several matches: the picture is unreadable, and
 * the panel says so, rather than judge another picture in its place.
 */
function previewImage(img: HTMLImageElement, chosen: readonly AttachedImage[] = []): AttachedImage {
  const src = img.currentSrc || img.src;
  // The same preview, address and chosen files: the same object, so an unchanged post box reads
  // as unchanged (the observer compares the lists by identity on every keystroke).
  const known = previews.get(img);
  if (known && known.src === src && known.alt === img.alt && known.chosen === chosen) return known.image;
  const name = img.alt || decodeURIComponent(src.split(/[/?#]/).filter(Boolean).pop() ?? 'image').slice(0, 60);
  const image: AttachedImage = {
    key: `preview:${src}`,
    name: src.startsWith('data:') || src.startsWith('blob:') ? img.alt || 'image' : name,
    source: 'preview',
    bytes: async () => {
      // A preview whose address stalls (a hanging connection) is given up after a while: the
      // picture is then "unreachable", which the writer can retry, never a spinner for ever.
      const stop = new AbortController();
      const timer = setTimeout(() => stop.abort(), PREVIEW_FETCH_MS);
      let blob: Blob | undefined;
      try {
        const response = await fetch(src, { credentials: 'omit', signal: stop.signal });
        if (response.ok) blob = await response.blob();
      } catch {
        blob = undefined;
      } finally {
        clearTimeout(timer);
      }
      if (blob) {
        if (blob.size === 0) throw new ImageBytesError('empty');
        if (blob.size <= MAX_IMAGE_BYTES) {
          // Hashed once: the read of this same Blob (readPicture) finds the hash made.
          const digest = await blobHash(blob);
          lastBytes.set(img, { blob, digest });
          shownBy.set(digest, new WeakRef(img));
        }
        return blob;
      }
      const linked = await linkBySize(img, chosen);
      if (linked) return linked;
      throw new ImageBytesError('unreachable');
    },
  };
  previews.set(img, { src, alt: img.alt, chosen, image });
  return image;
}

/** How long a preview's address may take to answer with its bytes, and a preview still loading to show its size (lib/ocr/timeouts.ts). */
const { previewFetchMs: PREVIEW_FETCH_MS, previewDecodeMs: PREVIEW_DECODE_MS } = OCR_TIMEOUTS;

const previews = new WeakMap<HTMLImageElement, { src: string; alt: string; chosen: readonly AttachedImage[]; image: AttachedImage }>();

/**
 * The bytes an unreachable preview stands for, or null when that cannot be told for sure.
 * Candidates: the bytes this element showed before, and the chosen files — minus any picture
 * another preview in the post shows (it is accounted for) and any picture whose preview left the
 * post (it was removed). Among them, the one picture (by content) of the preview's pixel size.
 */
async function linkBySize(img: HTMLImageElement, chosen: readonly AttachedImage[]): Promise<Blob | null> {
  if (!img.complete)
    await valueWithin(
      img.decode().catch(() => undefined),
      PREVIEW_DECODE_MS,
    );
  const w = img.naturalWidth;
  const h = img.naturalHeight;
  if (!w || !h) return null;
  // Shown by another preview (still in the post, or removed from it, or gone altogether): not
  // this one's picture.
  const elsewhere = (digest: string): boolean => {
    const entry = shownBy.get(digest);
    return entry !== undefined && entry.deref() !== img;
  };
  const candidates: { blob: Blob; digest: string }[] = [];
  const previous = lastBytes.get(img);
  if (previous) candidates.push(previous);
  for (const image of chosen) {
    try {
      const blob = await image.bytes();
      if (blob.size > MAX_IMAGE_BYTES) continue;
      const digest = await blobHash(blob);
      if (!elsewhere(digest)) candidates.push({ blob, digest });
    } catch {
      // An empty or unreadable file is no candidate.
    }
  }
  const matches = new Map<string, Blob>();
  for (const { blob, digest } of candidates) {
    const size = await declaredSize(blob);
    if (size && ((size.width === w && size.height === h) || (size.width === h && size.height === w))) matches.set(digest, blob);
  }
  return matches.size === 1 ? [...matches.values()][0] : null;
}

/**
 * What the OCR client is given for a picture: its bytes and their hash, the hash worked out once
 * per picture on this side ({@link blobHash}) and passed along. Empty or over
 * {@link MAX_IMAGE_BYTES}: refused unread, with the reason.
 */
export async function readPicture(image: AttachedImage): Promise<HashedBytes> {
  const blob = await image.bytes();
  if (blob.size === 0) throw new ImageBytesError('empty');
  if (blob.size > MAX_IMAGE_BYTES) throw new ImageBytesError('file-too-large');
  return hashedBytes(blob);
}

/**
 * Uploaded-picture previews inside the post box. Avatars and toolbar icons never count, even broken
 * or still loading; emoji are too small to count.
 */
export function findPreviews(box: Element): HTMLImageElement[] {
  return [...box.querySelectorAll<HTMLImageElement>(IMAGE_PREVIEW_SELECTOR)].filter((img) => {
    if (img.matches(NOT_ATTACHMENT_IMAGE)) return false;
    // Still loading, or a picture the browser could not show (the writer attached a broken
    // file): it is attached all the same, and OCR will say what is wrong with it.
    if (!img.complete || img.naturalWidth === 0) return !img.closest('[contenteditable="true"]');
    const side = Math.min(img.width || img.naturalWidth, img.height || img.naturalHeight);
    return side >= IMAGE_PREVIEW_MIN_SIDE;
  });
}

/**
 * What the post will carry. When the post box shows previews, the previews and nothing else:
 * they are what gets published, and removing one removes it here. Chosen files count on their own
 * only in a post box that has shown no preview since they were chosen (`previewsSeen` false): an
 * editor that never shows previews. Once previews were seen, a picture whose preview is gone is
 * gone, whatever files were chosen for it.
 */
export function collectImages(box: Element, chosen: readonly AttachedImage[], previewsSeen: boolean): { images: AttachedImage[]; previewsSeen: boolean } {
  const previews = findPreviews(box);
  const images = previews.length ? previews.map((img) => previewImage(img, chosen)) : previewsSeen ? [] : [...chosen];
  const seen = new Set<string>();
  return { images: images.filter((image) => !seen.has(image.key) && seen.add(image.key)), previewsSeen: previewsSeen || previews.length > 0 };
}

export function isFileInput(target: EventTarget | null): target is HTMLInputElement {
  return target instanceof HTMLInputElement && target.matches(FILE_INPUT_SELECTOR);
}
