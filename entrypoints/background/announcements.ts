/**
 * Reads a contest announcement for the content script's "Track this contest" offer (see
 * lib/contests/reader-messages.ts): the reader, and the detector that tells an announcement from an
 * ordinary post, live here, so they cost the panel module nothing. Only this extension's own
 * scripts are answered; a malformed request is answered with a reason.
 */
import { looksLikeAnnouncement, readAnnouncement } from '../../lib/contests/announcement';
import { READ_ANNOUNCEMENT, ReadAnnouncementRequest, type ReadAnnouncementReply } from '../../lib/contests/reader-messages';

/** The answer to a request from this extension: a draft for an announcement, a reason for anything else. */
export function answerReadAnnouncement(message: unknown, now: number): ReadAnnouncementReply {
  const request = ReadAnnouncementRequest.safeParse(message);
  if (!request.success) return { ok: false, reason: 'malformed' };
  const { text, published } = request.data;
  // An entry that carries a contest's tag, or quotes its rules, is no announcement: nothing to read.
  if (!looksLikeAnnouncement(text).announcement) return { ok: false, reason: 'not-announcement' };
  return { ok: true, draft: readAnnouncement(text, { now, ...(published !== undefined ? { published } : {}) }) };
}

export function serveAnnouncements(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== READ_ANNOUNCEMENT) return undefined;
    if (sender.id !== browser.runtime.id) return Promise.resolve<ReadAnnouncementReply>({ ok: false, reason: 'refused' });
    return Promise.resolve(answerReadAnnouncement(message, Date.now()));
  });
}
