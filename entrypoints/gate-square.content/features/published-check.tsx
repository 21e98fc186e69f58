import { useEffect, useState } from 'react';
import { BUILTIN_CONTESTS, type Contest } from '../../../lib/contests';
import { findEntryForPost } from '../../../lib/entries/match';
import { fingerprintText } from '../../../lib/entries/normalise';
import { checkPublished, checkRecord, type PublishedCheck } from '../../../lib/entries/published-check';
import { restoreTopicLines, topicsFromHrefs } from '../../../lib/entries/topics';
import { readPostPage } from '../../../lib/host/post-page';
import { OWN_PROFILE_LINK } from '../../../lib/host/selectors';
import { postStatusPathOf } from '../../../lib/host/url';
import { tm, type Lang } from '../../../lib/i18n';
import { linkEntry, loadEntries } from '../../../lib/settings/entries';
import { watchPostPage } from '../watch-post-page';

export interface PublishedCheckFeatureProps {
  lang: Lang;
  url: string;
  tracked: Contest[];
  isOwnElement: (el: Element) => boolean;
}

/**
 * On a post's page whose post is one of the writer's entries (its text's fingerprint, or the
 * writer's own author link and the same prose): the post as published, checked again (count, each
 * tag as Gate rendered it, pictures), said in the panel while there is time to fix it, and the entry
 * linked to the post's address. Reads the page, never changes it.
 */
export function PublishedCheckFeature({ lang, url, tracked, isOwnElement }: PublishedCheckFeatureProps) {
  const [check, setCheck] = useState<PublishedCheck | null>(null);
  useEffect(() => {
    setCheck(null);
    if (postStatusPathOf(url) === null) return;
    const stop = new AbortController();
    let last = '';
    const read = async () => {
      const page = readPostPage(document, isOwnElement, Date.now());
      if (!page || page.text === last) return;
      last = page.text;
      const { entries } = await loadEntries();
      if (!entries.length || stop.signal.aborted) return;
      const fingerprint = await fingerprintText(restoreTopicLines(page.text, topicsFromHrefs(page.topicHrefs)));
      const own = document.querySelector(OWN_PROFILE_LINK)?.getAttribute('href') ?? undefined;
      const found = findEntryForPost(entries, { url, fingerprint, ...(page.authorHref ? { authorHref: page.authorHref } : {}) }, own);
      const contest = found && [...tracked, ...BUILTIN_CONTESTS].find((c) => c.id === found.entry.contestId);
      if (!found || !contest || stop.signal.aborted || last !== page.text) return;
      const now = Date.now();
      const result = checkPublished(
        { text: page.text, topicHrefs: page.topicHrefs, pictures: page.pictures, ...(page.published !== undefined ? { publishedAt: page.published } : {}) },
        contest,
        found.entry,
        now,
      );
      setCheck(result);
      void linkEntry(found.entry.id, { url, linkedAt: now, matchedBy: found.by, check: checkRecord(result) }).catch(() => undefined);
    };
    watchPostPage(() => void read().catch(() => undefined), stop.signal);
    return () => stop.abort();
  }, [url, tracked, isOwnElement]);

  if (!check) return null;
  return (
    <section className="gsc-published" data-testid="published-check" data-status={check.status}>
      <p className={check.status === 'all-met' ? 'gsc-notice' : 'gsc-notice gsc-error'}>{tm(lang, check.message)}</p>
      {check.problems.length ? (
        <ul data-testid="published-problems">
          {check.problems.map((p, i) => (
            <li key={i}>{tm(lang, p)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
