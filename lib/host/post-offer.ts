/**
 * The "Track this contest" offer across re-readings of the same post page. Gate re-renders the page
 * as comments arrive, counters tick and pictures load; the post is read again each time. What the
 * writer has typed into the review must never be lost to that:
 * - the same reading again (the same text, or another text read into the same draft) keeps the
 *   draft the review holds, by identity, so nothing remounts; what the page says around it (the
 *   author, whether the post's end was seen) may still update;
 * - a reading whose draft differs (the post was edited, or finished rendering) is held back as an
 *   update beside the current offer; the offer takes it when the writer is not reviewing, or when
 *   the writer asks for it;
 * - a post that leaves the screen (a skeleton while it reloads) hides the offer but keeps it, and
 *   the review stays open: the same post coming back is the same offer.
 * Pure: no DOM, no browser.
 */
import type { AnnouncementDraft } from '../contests/announcement/types';
import type { PostAuthor } from './post-page';

export interface AnnouncementOffer {
  draft: AnnouncementDraft;
  /** The post text it was read from. */
  text: string;
  author?: PostAuthor;
  /** Whether the page told where the post ends (lib/host/post-page.ts). */
  boundsSure: boolean;
}

export interface OfferState {
  offer: AnnouncementOffer | null;
  /** A newer reading of the post with another draft, waiting for the writer (or for the review to close). */
  update: AnnouncementOffer | null;
  /** The post is not on screen (the page re-renders it, or removed it): the offer is not shown, except to a writer reviewing it. */
  gone: boolean;
}

export const NO_OFFER: OfferState = { offer: null, update: null, gone: false };

/** Two drafts the review would show alike: the same contest, doubts and gaps. */
export function sameDraft(a: AnnouncementDraft, b: AnnouncementDraft): boolean {
  return a === b || JSON.stringify([a.contest, a.warnings, a.missing]) === JSON.stringify([b.contest, b.warnings, b.missing]);
}

/** The state after a new reading of the same post. */
export function withReading(state: OfferState, reading: AnnouncementOffer): OfferState {
  if (!state.offer) return { offer: reading, update: null, gone: false };
  // The same draft: the review keeps its object (and the writer's edits); only the surroundings update.
  if (sameDraft(state.offer.draft, reading.draft)) return { offer: { ...reading, draft: state.offer.draft }, update: null, gone: false };
  return { offer: state.offer, update: reading, gone: false };
}

/** The state after the post's surroundings changed but its text did not (the author's link rendered late). */
export function withSurroundings(state: OfferState, author: PostAuthor | undefined, boundsSure: boolean): OfferState {
  if (!state.offer) return state;
  const same =
    !state.gone && state.offer.boundsSure === boundsSure && state.offer.author?.name === author?.name && state.offer.author?.official === author?.official;
  if (same) return state;
  const { draft, text } = state.offer;
  return { ...state, gone: false, offer: { draft, text, boundsSure, ...(author ? { author } : {}) } };
}

/** The post left the screen. */
export function withoutPost(state: OfferState): OfferState {
  return state.gone || !state.offer ? state : { ...state, gone: true };
}

/** The writer takes the newer reading (or the review closed): the update becomes the offer. */
export function adoptUpdate(state: OfferState): OfferState {
  return state.update ? { offer: state.update, update: null, gone: state.gone } : state;
}
