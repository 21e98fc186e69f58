import { useEffect, useRef, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContestReviewProps } from '../../../components/ContestReview';
import type { Contest } from '../../../lib/contests';
import { t, tm, type Lang } from '../../../lib/i18n';
import { addCustomContest, sameContest, writeProblemMsg } from '../../../lib/settings/storage';
import type { AnnouncementOffer } from '../../../lib/host/post-offer';
import { loadReview, type MountedReview, type MountReview } from '../review-module';
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
  // The review is its own module (review-module.ts): fetched as soon as a contest is offered, so
  // that it is there when the writer presses "Track"; a failure is said when they do.
  useEffect(() => {
    if (shown) loadReview().catch(() => undefined);
  }, [shown]);
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
          <LazyReview
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

type ReviewState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; mount: MountReview };

/**
 * The review, drawn by the review module into an element of this feature: "loading" until the module
 * is there (loadReview gives up after REVIEW_LOAD_MS), and a sentence, not a spinner, when it cannot
 * load or stops while drawing. The rest of the offer and of the panel stay as they are.
 */
export function LazyReview(props: ContestReviewProps) {
  const { lang } = props;
  const [state, setState] = useState<ReviewState>({ status: 'loading' });
  const container = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedReview | null>(null);
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => {
    let live = true;
    loadReview().then(
      (mount) => live && setState({ status: 'ready', mount }),
      (error: unknown) => {
        console.warn('[gate-square-checklist] the review could not be loaded', error);
        if (live) setState({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (state.status !== 'ready' || !container.current) return;
    const review = state.mount(container.current, latest.current, (error) => {
      console.warn('[gate-square-checklist] the review stopped', error);
      setState({ status: 'failed' });
    });
    mounted.current = review;
    return () => {
      mounted.current = null;
      review.unmount();
    };
  }, [state]);
  // New props (a newer reading adopted, the tracked list changed) go to the review as they come;
  // the review's own renderer keeps what the writer typed.
  useEffect(() => mounted.current?.update(props));
  if (state.status === 'failed') {
    return (
      <p className="gsc-notice gsc-error" role="alert" data-testid="track-review-failed">
        {t(lang, 'track.reviewFailed')}
      </p>
    );
  }
  return (
    <>
      {state.status === 'loading' ? (
        <p className="gsc-notice" role="status" data-testid="track-review-loading">
          {t(lang, 'track.reviewLoading')}
        </p>
      ) : null}
      <div ref={container} data-testid="track-review" />
    </>
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
