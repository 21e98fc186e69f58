/**
 * A Gate Square post page (`/post/status/{id}`) as the "Track this contest" offer reads it: the
 * post's text and, when the page gives it, its date (the year of dates an announcement writes
 * without one). Reads only: never changes the page. The text is cut at the reader's limit.
 */
import { MAX_ANNOUNCEMENT_CHARS } from '../contests/announcement/types';
import { POST_BODY_SELECTORS, POST_TIME_SELECTOR } from './selectors';

export interface PostPage {
  text: string;
  /** The post's date (ms), when the page shows one in a `<time datetime>`. */
  published?: number;
}

export function readPostPage(doc: Document, isOwnElement: (el: Element) => boolean): PostPage | null {
  for (const selector of POST_BODY_SELECTORS) {
    const body = [...doc.querySelectorAll<HTMLElement>(selector)].find((el) => !isOwnElement(el) && (el.innerText ?? el.textContent ?? '').trim().length > 0);
    if (!body) continue;
    const text = (body.innerText ?? body.textContent ?? '').slice(0, MAX_ANNOUNCEMENT_CHARS);
    const time = body.querySelector(POST_TIME_SELECTOR) ?? doc.querySelector(POST_TIME_SELECTOR);
    const published = time ? Date.parse(time.getAttribute('datetime') ?? '') : NaN;
    return { text, ...(Number.isFinite(published) ? { published } : {}) };
  }
  return null;
}
