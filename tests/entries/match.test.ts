import { describe, expect, test } from 'vitest';
import { findEntryForPost, matchEntry, profileKey, sameProfile, type PublishedPost } from '../../lib/entries/match';
import { fingerprintText } from '../../lib/entries/normalise';
import type { Entry } from '../../lib/entries/schema';

const DRAFT = 'WXTM 是 MinoTari 的代币,我在 Gate 参加了 CandyDrop。\n\n#WXTM创作大赛# #WXTM#';
const ME = 'https://www.gate.com/zh/profile/writer_01';

async function entryOf(text: string, extra: Partial<Entry> = {}): Promise<Entry> {
  const fp = await fingerprintText(text);
  return { id: 'e1', publishedAt: 1, hash: fp, ...extra } as Entry;
}
async function postOf(text: string, authorHref?: string, url?: string): Promise<PublishedPost> {
  return { fingerprint: await fingerprintText(text), ...(authorHref ? { authorHref } : {}), ...(url ? { url } : {}) };
}

describe('profile links', () => {
  test.each([
    ['https://www.gate.com/zh/profile/writer_01', 'writer_01'],
    ['/profile/writer_01/', 'writer_01'],
    ['https://web.gate.it/en/profile/writer_01?tab=posts#top', 'writer_01'],
    ['/zh/profile/%E5%B0%8F%E6%98%8E', '小明'],
    ['/zh/post/status/1', null],
    [undefined, null],
  ])('%s → %s', (href, key) => {
    expect(profileKey(href)).toBe(key);
  });

  test('the same account on another host and language is the same; unknown is undefined', () => {
    expect(sameProfile(ME, '/en/profile/writer_01')).toBe(true);
    expect(sameProfile(ME, '/en/profile/writer_02')).toBe(false);
    expect(sameProfile(ME, undefined)).toBeUndefined();
  });
});

describe('a published post and an entry', () => {
  test('the same text, its topic lines moved to the top and its blank lines lost: a hash match, whoever the author', async () => {
    const entry = await entryOf(DRAFT);
    const post = await postOf('#WXTM创作大赛# #WXTM#\nWXTM 是 MinoTari 的代币,我在 Gate 参加了 CandyDrop。', 'https://www.gate.com/zh/profile/someone');
    expect(matchEntry(entry, post, ME)).toEqual({ matched: true, by: 'hash', ownPost: false });
  });

  test("the writer's own post whose tags Gate took out of the prose: matched by author and prose", async () => {
    const entry = await entryOf('参加 #WXTM创作大赛# 活动!WXTM 是 MinoTari 的代币。 #WXTM#');
    const post = await postOf('#WXTM创作大赛#\n#WXTM#\n参加 活动!WXTM 是 MinoTari 的代币。', '/zh/profile/writer_01');
    expect(matchEntry(entry, post, ME)).toEqual({ matched: true, by: 'author-and-prose', ownPost: true });
  });

  test("the same prose by someone else is not the writer's entry", async () => {
    const entry = await entryOf('参加 #WXTM创作大赛# 活动!WXTM 是 MinoTari 的代币。 #WXTM#');
    const post = await postOf('#WXTM创作大赛#\n参加 活动!WXTM 是 MinoTari 的代币。', '/zh/profile/copycat');
    expect(matchEntry(entry, post, ME)).toEqual({ matched: false, ownPost: false });
    // …nor when the writer's own profile link is not known.
    expect(matchEntry(entry, post)).toEqual({ matched: false });
  });

  test('other words are no match, even by the writer', async () => {
    const entry = await entryOf(DRAFT);
    expect(matchEntry(entry, await postOf('另一篇帖子 #WXTM#', ME), ME).matched).toBe(false);
  });

  test('hashes of another normalisation version are never compared', async () => {
    const entry = await entryOf(DRAFT);
    const post = await postOf(DRAFT);
    const old = { hash: { ...entry.hash, normalisation: 0 } } as unknown as Entry;
    expect(matchEntry(old, post).matched).toBe(false);
  });

  test('among several entries: the one linked here, then a hash match, then one not linked elsewhere, then the latest', async () => {
    const url = 'https://www.gate.com/post/status/2';
    const a = await entryOf(DRAFT, { id: 'a', publishedAt: 10 });
    const b = await entryOf(DRAFT, { id: 'b', publishedAt: 20, post: { url: 'https://www.gate.com/post/status/1', linkedAt: 21, matchedBy: 'hash' } });
    const c = await entryOf(DRAFT, { id: 'c', publishedAt: 5, post: { url, linkedAt: 6, matchedBy: 'hash' } });
    const post = await postOf(DRAFT, ME, url);
    expect(findEntryForPost([a, b, c], post, ME)).toEqual({ entry: c, by: 'hash' });
    expect(findEntryForPost([a, b], post, ME)?.entry.id).toBe('a');
    const d = await entryOf(DRAFT, { id: 'd', publishedAt: 30 });
    expect(findEntryForPost([a, b, d], post, ME)?.entry.id).toBe('d');
    expect(findEntryForPost([a], await postOf('别的', ME), ME)).toBeNull();
  });
});
