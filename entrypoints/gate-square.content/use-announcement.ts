import { useCallback, useEffect, useRef, useState } from 'react';
import { READ_ANNOUNCEMENT, READ_ANNOUNCEMENT_MS, type ReadAnnouncementReply, type ReadAnnouncementRequest } from '../../lib/contests/reader-messages';
import { adoptUpdate, NO_OFFER, withoutPost, withReading, withSurroundings, type OfferState } from '../../lib/host/post-offer';
import { readPostPage, type PostPage } from '../../lib/host/post-page';
import { postStatusPathOf } from '../../lib/host/url';
import { valueWithin } from '../../lib/wait';
import { watchPostPage } from './watch-post-page';

export interface AnnouncementOfferState extends OfferState {
  /** Take the newer reading of the post (the writer asked, or is not reviewing). */
  adopt: () => void;
}

/**
 * On a post's page, the contest its own block announces (lib/host/post-page.ts: the post, never
 * its comments or the next post), read into a draft for the "Track this contest" offer, with its
 * author; no offer on any other page and for posts that are no announcement (an entry that carries
 * a contest's tag, or quotes its rules, is not one). Reads the page, never changes it.
 *
 * Right after an SPA navigation the previous post is often still on screen: a text the previous
 * address showed is not read as the new post's, and a page without a post body offers nothing.
 * Re-renders of the same post (comments arriving, counters, a skeleton while it reloads) never
 * replace the draft under the writer's review (lib/host/post-offer.ts).
 */
export function useAnnouncementOffer(url: string, isOwnElement: (el: Element) => boolean, signal: AbortSignal): AnnouncementOfferState {
  const [state, setState] = useState<OfferState>(NO_OFFER);
  /** The post text last read, and the path it was read at. */
  const lastRead = useRef<{ path: string; text: string } | null>(null);
  useEffect(() => {
    setState(NO_OFFER);
    const path = postStatusPathOf(url);
    if (path === null) return;
    const previous = lastRead.current && lastRead.current.path !== path ? lastRead.current.text : null;
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    /** What was last sent to the reader. */
    let last: { text: string; published?: number } | null = null;
    const read = () => {
      let page: PostPage | null;
      try {
        page = readPostPage(document, isOwnElement, Date.now());
      } catch {
        // The page's markup surprised the reader: no offer rather than a broken page.
        return;
      }
      // No post on screen (a re-render in progress, a skeleton, or it was removed): the offer is
      // hidden but kept, so that the same post coming back is the same offer and review.
      if (!page) return setState(withoutPost);
      // Still the previous post's text: the new one has not rendered yet.
      if (page.text === previous) return;
      const { author, boundsSure } = page;
      if (last && page.text === last.text && page.published === last.published) {
        // The same post: only what is around it may have changed (its author's link rendered late).
        setState((s) => withSurroundings(s, author, boundsSure));
        return;
      }
      last = { text: page.text, ...(page.published !== undefined ? { published: page.published } : {}) };
      lastRead.current = { path, text: page.text };
      // The background tells an announcement from an ordinary post. Not (or no longer) one: nothing
      // new to offer; an offer already made stays, so that a half-rendered post never takes away a
      // review the writer is working in.
      const sent = last;
      const text = page.text;
      void readInBackground({ type: READ_ANNOUNCEMENT, text, ...(page.published !== undefined ? { published: Math.round(page.published) } : {}) }).then(
        (reply) => {
          // Only the latest reading of a still-current page is offered.
          if (stop.signal.aborted || last !== sent || !reply?.ok) return;
          setState((s) => withReading(s, { draft: reply.draft, text, boundsSure, ...(author ? { author } : {}) }));
        },
      );
    };
    watchPostPage(read, stop.signal);
    return () => stop.abort();
  }, [url, isOwnElement, signal]);
  const adopt = useCallback(() => setState(adoptUpdate), []);
  return { ...state, adopt };
}

/** The background reads the announcement; no answer within READ_ANNOUNCEMENT_MS, or no announcement, is no offer. */
async function readInBackground(request: ReadAnnouncementRequest): Promise<ReadAnnouncementReply | null> {
  try {
    return (await valueWithin(browser.runtime.sendMessage(request) as Promise<ReadAnnouncementReply>, READ_ANNOUNCEMENT_MS)) ?? null;
  } catch {
    // The extension was reloaded under the page: nothing to offer.
    return null;
  }
}
