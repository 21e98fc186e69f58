import { useEffect, useRef, useState } from 'react';
import { looksLikeAnnouncement } from '../../lib/contests/announcement/detect';
import type { AnnouncementDraft } from '../../lib/contests/announcement/types';
import { READ_ANNOUNCEMENT, READ_ANNOUNCEMENT_MS, type ReadAnnouncementReply, type ReadAnnouncementRequest } from '../../lib/contests/reader-messages';
import { readPostPage } from '../../lib/host/post-page';
import { isPostStatusPath } from '../../lib/host/url';
import { valueWithin } from '../../lib/wait';

/** How long after a navigation the post's text may still be arriving (an SPA renders it late). */
const WATCH_MS = 15_000;
const SETTLE_MS = 400;

/**
 * On a post's page, the contest it announces, read into a draft for the "Track this contest"
 * offer; null on any other page and for posts that are no announcement (an entry that carries a
 * contest's tag, or quotes its rules, is not one). Reads the page, never changes it.
 *
 * Right after an SPA navigation the previous post is often still on screen: a text the previous
 * address showed is not read as the new post's, and a page without a post body offers nothing.
 */
export function useAnnouncementOffer(url: string, isOwnElement: (el: Element) => boolean, signal: AbortSignal): AnnouncementDraft | null {
  const [draft, setDraft] = useState<AnnouncementDraft | null>(null);
  /** The post text last read, and the path it was read at. */
  const lastRead = useRef<{ path: string; text: string } | null>(null);
  useEffect(() => {
    setDraft(null);
    let path = '';
    try {
      path = new URL(url).pathname;
    } catch {
      return;
    }
    if (!isPostStatusPath(path)) return;
    const previous = lastRead.current && lastRead.current.path !== path ? lastRead.current.text : null;
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    let last = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      const page = readPostPage(document, isOwnElement);
      if (!page) {
        // The post is gone: its offer (and any reading still on its way) goes with it.
        last = '';
        return setDraft(null);
      }
      // Still the previous post's text: the new one has not rendered yet.
      if (page.text === last || page.text === previous) return;
      last = page.text;
      lastRead.current = { path, text: page.text };
      if (!looksLikeAnnouncement(page.text).announcement) return setDraft(null);
      const text = page.text;
      void readInBackground({ type: READ_ANNOUNCEMENT, text, ...(page.published !== undefined ? { published: Math.round(page.published) } : {}) }).then((reply) => {
        // Only the latest reading of a still-current page is offered.
        if (!stop.signal.aborted && last === text) setDraft(reply?.ok ? reply.draft : null);
      });
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(read, SETTLE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    read();
    const done = setTimeout(() => observer.disconnect(), WATCH_MS);
    stop.signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(done);
    });
    return () => stop.abort();
  }, [url, isOwnElement, signal]);
  return draft;
}

/** The background reads the announcement; no answer within READ_ANNOUNCEMENT_MS is no offer. */
async function readInBackground(request: ReadAnnouncementRequest): Promise<ReadAnnouncementReply | null> {
  try {
    return (await valueWithin(browser.runtime.sendMessage(request) as Promise<ReadAnnouncementReply>, READ_ANNOUNCEMENT_MS)) ?? null;
  } catch {
    // The extension was reloaded under the page: nothing to offer.
    return null;
  }
}
