/**
 * Reads a contest announcement for the content script's "Track this contest" offer (see
 * lib/contests/reader-messages.ts): the reader lives here, so it costs the content script nothing.
 * Only this extension's own scripts are answered; a malformed request is answered with a reason.
 */
import { readAnnouncement } from '../../lib/contests/announcement';
import { READ_ANNOUNCEMENT, ReadAnnouncementRequest, type ReadAnnouncementReply } from '../../lib/contests/reader-messages';

export function serveAnnouncements(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== READ_ANNOUNCEMENT) return undefined;
    if (sender.id !== browser.runtime.id) return Promise.resolve<ReadAnnouncementReply>({ ok: false, reason: 'refused' });
    const request = ReadAnnouncementRequest.safeParse(message);
    if (!request.success) return Promise.resolve<ReadAnnouncementReply>({ ok: false, reason: 'malformed' });
    const { text, published } = request.data;
    return Promise.resolve<ReadAnnouncementReply>({
      ok: true,
      draft: readAnnouncement(text, { now: Date.now(), ...(published !== undefined ? { published } : {}) }),
    });
  });
}
