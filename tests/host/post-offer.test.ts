/**
 * The offer across re-readings of one post (lib/host/post-offer.ts): the writer's review never
 * loses its draft to a re-render; a changed post waits beside it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAnnouncement } from '../../lib/contests/announcement';
import { adoptUpdate, NO_OFFER, sameDraft, withoutPost, withReading, withSurroundings, type AnnouncementOffer } from '../../lib/host/post-offer';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const TEXT = readFileSync('tests/fixtures/announcements/real/public-contest-zh-hans.txt', 'utf8');
const EDITED = TEXT.replace('内容需不少于 100 字', '内容需不少于 300 字');
const offer = (text: string, extra: Partial<AnnouncementOffer> = {}): AnnouncementOffer => ({
  draft: readAnnouncement(text, { now: NOW }),
  text,
  boundsSure: true,
  ...extra,
});

describe('a new reading of the post', () => {
  test('the first reading is the offer', () => {
    const first = offer(TEXT);
    expect(withReading(NO_OFFER, first)).toEqual({ offer: first, update: null, gone: false });
  });

  test('the same draft read again keeps the very draft object the review holds', () => {
    const first = offer(TEXT);
    const again = offer(`${TEXT}\n`, { author: { name: 'Gate广场官方', official: true } });
    expect(again.draft).not.toBe(first.draft);
    const next = withReading(withReading(NO_OFFER, first), again);
    expect(next.offer!.draft).toBe(first.draft);
    expect(next.offer!.author).toEqual({ name: 'Gate广场官方', official: true });
    expect(next.update).toBeNull();
  });

  test('a changed draft waits beside the offer; the offer is untouched until adopted', () => {
    const first = offer(TEXT);
    const edited = offer(EDITED);
    expect(sameDraft(first.draft, edited.draft)).toBe(false);
    const held = withReading(withReading(NO_OFFER, first), edited);
    expect(held.offer).toBe(first);
    expect(held.update).toBe(edited);
    const adopted = adoptUpdate(held);
    expect(adopted.offer).toBe(edited);
    expect(adopted.update).toBeNull();
    // Nothing to adopt: nothing changes.
    expect(adoptUpdate(adopted)).toBe(adopted);
  });

  test('a later reading equal to the offer again drops a waiting update', () => {
    const first = offer(TEXT);
    const held = withReading(withReading(NO_OFFER, first), offer(EDITED));
    const back = withReading(held, offer(TEXT));
    expect(back.update).toBeNull();
    expect(back.offer!.draft).toBe(first.draft);
  });
});

describe('the page around the post', () => {
  test('the author rendering late updates the offer, not its draft', () => {
    const first = withReading(NO_OFFER, offer(TEXT));
    const next = withSurroundings(first, { name: 'Gate广场官方', official: true }, true);
    expect(next.offer!.draft).toBe(first.offer!.draft);
    expect(next.offer!.author).toEqual({ name: 'Gate广场官方', official: true });
    // Nothing new: the same state object (no re-render).
    expect(withSurroundings(next, { name: 'Gate广场官方', official: true }, true)).toBe(next);
    expect(withSurroundings(next, undefined, false).offer).toEqual({ draft: first.offer!.draft, text: TEXT, boundsSure: false });
  });

  test('the post leaving the screen hides the offer but keeps it; its return shows the same offer', () => {
    const first = withReading(NO_OFFER, offer(TEXT));
    const away = withoutPost(first);
    expect(away.gone).toBe(true);
    expect(away.offer).toBe(first.offer);
    const back = withSurroundings(away, undefined, true);
    expect(back.gone).toBe(false);
    expect(back.offer!.draft).toBe(first.offer!.draft);
    expect(withoutPost(NO_OFFER)).toBe(NO_OFFER);
  });
});
