/**
 * Is this published post one of the writer's entries? Two ways (issue 20):
 *
 * 1. `hash`: its normalised text (lib/entries/normalise.ts: whitespace, invisible characters,
 *    topic lines in any place) hashes to the entry's. Whoever the page says the author is.
 * 2. `author-and-prose`: the post's author link is the writer's own profile link, and its prose
 *    (the text without any hashtag, wherever it stands, and without emoji) hashes to the entry's
 *    prose hash: Gate turned the typed tags into topic lines or links.
 *
 * The hashes are worked out by the caller ({@link fingerprintText}, async); matching itself is pure
 * and compares only hashes of the same normalisation version, so no entry needs its text kept.
 */
import { NORMALISATION_VERSION, type TextFingerprint } from './normalise';
import type { Entry } from './schema';

export interface PublishedPost {
  /** The post page's address (`…/post/status/{id}`), when known. */
  url?: string;
  /** The fingerprint of the post's text, read with its topics restored (lib/entries/topics.ts). */
  fingerprint: TextFingerprint;
  /** The href of the post's author link (`a.nickname`), when the page shows it. */
  authorHref?: string;
}

export type MatchedBy = 'hash' | 'author-and-prose';

export interface EntryMatch {
  matched: boolean;
  by?: MatchedBy;
  /** Whether the author link is the writer's own (undefined: one of the two is not known). */
  ownPost?: boolean;
}

/**
 * A profile link's identity: the segment after `/profile/`, on any host and under any language
 * prefix ("https://www.gate.com/zh/profile/joe?tab=1" and "/profile/joe/" are both "joe"), or null.
 */
export function profileKey(href: string | undefined): string | null {
  if (typeof href !== 'string' || !href) return null;
  let path: string;
  try {
    path = new URL(href, 'https://www.gate.com').pathname;
  } catch {
    return null;
  }
  const m = /\/profile\/([^/]+)\/?$/i.exec(path);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]).trim() || null;
  } catch {
    return null;
  }
}

/** Whether two profile links name the same account; undefined when one of them is not a profile link. */
export function sameProfile(a: string | undefined, b: string | undefined): boolean | undefined {
  const ka = profileKey(a);
  const kb = profileKey(b);
  if (ka === null || kb === null) return undefined;
  return ka === kb;
}

/** Does `post` match `entry`? `ownProfileHref`: the writer's own profile link, when the page shows it. */
export function matchEntry(entry: Pick<Entry, 'hash'>, post: PublishedPost, ownProfileHref?: string): EntryMatch {
  const ownPost = sameProfile(post.authorHref, ownProfileHref);
  const own = ownPost === undefined ? {} : { ownPost };
  const fp = post.fingerprint;
  if (entry.hash.normalisation !== NORMALISATION_VERSION || fp.normalisation !== NORMALISATION_VERSION || entry.hash.algorithm !== fp.algorithm) {
    return { matched: false, ...own };
  }
  if (fp.text === entry.hash.text) return { matched: true, by: 'hash', ...own };
  if (ownPost === true && fp.prose === entry.hash.prose) return { matched: true, by: 'author-and-prose', ownPost };
  return { matched: false, ...own };
}

/**
 * The entry this post is, among many: the one already linked to this address first, then a hash
 * match before an author-and-prose one, then one not yet linked to another post, then the latest.
 * Null when none matches.
 */
export function findEntryForPost<E extends Pick<Entry, 'id' | 'hash' | 'publishedAt' | 'post'>>(
  entries: readonly E[],
  post: PublishedPost,
  ownProfileHref?: string,
): { entry: E; by: MatchedBy } | null {
  let best: { entry: E; by: MatchedBy; rank: number[] } | null = null;
  for (const entry of entries) {
    const m = matchEntry(entry, post, ownProfileHref);
    if (!m.matched || !m.by) continue;
    const linkedHere = post.url !== undefined && entry.post?.url === post.url;
    const linkedElsewhere = entry.post !== undefined && !linkedHere;
    const rank = [linkedHere ? 1 : 0, m.by === 'hash' ? 1 : 0, linkedElsewhere ? 0 : 1, entry.publishedAt];
    if (!best || compareRanks(rank, best.rank) > 0) best = { entry, by: m.by, rank };
  }
  return best ? { entry: best.entry, by: best.by } : null;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
