/**
 * The announcement reader runs in the background, not in the content script (its patterns and tables
 * would weigh on every Gate Square page; docs/measurements.md): the panel sends the text of a post's
 * page, and the background tells an announcement from an ordinary post (`looksLikeAnnouncement`) and
 * reads it. The request is parsed here, at the boundary; the answer is a draft or a reason.
 */
import * as z from 'zod/mini';
import { MAX_ANNOUNCEMENT_CHARS, type AnnouncementDraft } from './announcement/types';

export const READ_ANNOUNCEMENT = 'announcement:read';
/** The content script gives up waiting for the background after this long (no offer then). */
export const READ_ANNOUNCEMENT_MS = 5_000;

export const ReadAnnouncementRequest = z.object({
  type: z.literal(READ_ANNOUNCEMENT),
  text: z.string().check(z.maxLength(MAX_ANNOUNCEMENT_CHARS)),
  published: z.optional(z.number().check(z.int())),
});
export type ReadAnnouncementRequest = z.infer<typeof ReadAnnouncementRequest>;

export type ReadAnnouncementReply = { ok: true; draft: AnnouncementDraft } | { ok: false; reason: 'refused' | 'malformed' | 'not-announcement' };
