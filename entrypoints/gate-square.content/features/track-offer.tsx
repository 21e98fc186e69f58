import { useEffect, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ContestReview } from '../../../components/ContestReview';
import type { Contest } from '../../../lib/contests';
import { t, tm, type Lang } from '../../../lib/i18n';
import { addCustomContest, sameContest, writeProblemMsg } from '../../../lib/settings/storage';
import type { AnnouncementOffer } from '../../../lib/host/post-offer';
import { useAnnouncementOffer } from '../use-announcement';

export interface TrackOfferFeatureProps {
  ctx: ContentScriptContext;
  lang: Lang;
  url: string;
  tracked: Contest[];
  isOwnElement: (el: Element) => boolean;
  /** Whether an offer is on the page (the panel then says nothing about a missing composer). */
  onPresence: (offered: boolean) => void;
}

/** On a post's page that announces a contest: "Track this contest", reviewed in place. */
export function TrackOfferFeature({ ctx, lang, url, tracked, isOwnElement, onPresence }: TrackOfferFeatureProps) {
  const { offer, update, gone, adopt } = useAnnouncementOffer(url, isOwnElement, ctx.signal);
  const [offerState, setOfferState] = useState<'offered' | 'reviewing' | 'dismissed' | { saved: string }>('offered');
  useEffect(() => setOfferState('offered'), [url]);
  // A newer reading of the post replaces the offer by itself, except under the writer's review:
  // there it waits for the writer, and their edits stay.
  const reviewing = offerState === 'reviewing';
  useEffect(() => {
    if (update && !reviewing) adopt();
  }, [update, reviewing, adopt]);
  // A post off screen (Gate re-rendering it) hides the offer, never a review the writer is in.
  const present = offer !== null && (!gone || reviewing);
  const shown = present && offerState !== 'dismissed';
  useEffect(() => onPresence(present), [present, onPresence]);
  if (!shown || !offer) return null;
  const announced = offer.draft;
  // The same window and tags, not the same id: two announcements can share an id (lib/settings/storage.ts).
  const alreadyTracked = tracked.some((c) => sameContest(c, announced.contest));
  return (
    <section className="gsc-track" data-testid="track-offer">
      {typeof offerState === 'object' ? (
        <p className="gsc-notice" role="status" data-testid="track-saved">
          {t(lang, 'track.saved', { name: offerState.saved })}
        </p>
      ) : alreadyTracked ? (
        <p className="gsc-notice" data-testid="track-already">
          {t(lang, 'track.already')}
        </p>
      ) : offerState === 'reviewing' ? (
        <>
          <PostFacts lang={lang} offer={offer} />
          {update ? (
            <p className="gsc-notice" role="status" data-testid="track-changed">
              {t(lang, 'track.changed')}{' '}
              <button type="button" className="gsc-link-button" data-testid="track-use-new" onClick={adopt}>
                {t(lang, 'track.useNew')}
              </button>
            </p>
          ) : null}
          <ContestReview
            lang={lang}
            draft={announced}
            saveLabel={t(lang, 'track.save')}
            tracked={tracked}
            onSave={async (c, replace) => {
              const saved = await addCustomContest(c, { replace: replace ?? null });
              if (!saved.ok) return tm(lang, writeProblemMsg(saved.problem));
              setOfferState({ saved: c.name[lang] });
              return null;
            }}
          />
        </>
      ) : (
        <>
          <p>
            {t(lang, 'track.offer')}: <strong data-testid="track-name">{announced.contest.name[lang]}</strong>
          </p>
          <PostFacts lang={lang} offer={offer} />
          <button type="button" className="gsc-fix" data-testid="track-button" onClick={() => setOfferState('reviewing')}>
            {t(lang, 'track.button')}
          </button>{' '}
          <button type="button" className="gsc-link-button" data-testid="track-dismiss" onClick={() => setOfferState('dismissed')}>
            {t(lang, 'track.dismiss')}
          </button>
        </>
      )}
    </section>
  );
}

/** Who posted the announcement (official when the page says so), and whether all of it was read. */
function PostFacts({ lang, offer }: { lang: Lang; offer: AnnouncementOffer }) {
  const { author, boundsSure } = offer;
  return (
    <>
      <p className="gsc-notice" data-testid="track-author" data-official={author?.official ? 'true' : 'false'}>
        {author ? t(lang, author.official ? 'track.authorOfficial' : 'track.author', { name: author.name }) : t(lang, 'track.noAuthor')}
      </p>
      {boundsSure ? null : (
        <p className="gsc-notice warning" data-testid="track-bounds">
          {t(lang, 'track.boundsUnsure')}
        </p>
      )}
    </>
  );
}
