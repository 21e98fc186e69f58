import { fromLocalInput, OFFSET_CHOICES, toLocalInput } from '../../lib/contests/draft-edit';
import { offsetLabel } from '../../lib/contests/phase';
import { windowInZone } from '../../lib/contests/review-form';
import { formatLocal } from '../../lib/format/time';
import { t, type Lang } from '../../lib/i18n';
import type { FieldProps } from './field';

/** A time as the writer's clock reads it; empty when it is no time. */
function writerTime(lang: Lang, iso: string) {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : formatLocal(lang, ms);
}

/** The window: its zone, and the start and end in that zone, each also in the writer's time. */
export function WindowFieldset({ lang, contest, edit, doubts }: FieldProps) {
  const offset = contest.window.displayOffset;
  return (
    <fieldset>
      <legend>{t(lang, 'review.window')}</legend>
      <label className="gsc-row">
        {t(lang, 'review.zone')}
        <select data-testid="review-zone" value={offset} onChange={(e) => edit((c) => void (c.window = windowInZone(c.window, e.target.value)))}>
          {[...new Set([offset, ...OFFSET_CHOICES])].map((o) => (
            <option key={o} value={o}>
              {offsetLabel(o)}
            </option>
          ))}
        </select>
      </label>
      {(['start', 'end'] as const).map((which) => (
        <label key={which}>
          {t(lang, `review.${which}`)}
          <input
            type="datetime-local"
            data-testid={`review-${which}`}
            value={toLocalInput(contest.window[which], offset)}
            onChange={(e) => {
              const iso = fromLocalInput(e.target.value, offset);
              if (iso) edit((c) => void (c.window[which] = iso));
            }}
          />
          <span className="muted" data-testid={`review-${which}-local`}>
            {t(lang, 'review.yourTime', { time: writerTime(lang, contest.window[which]) })}
          </span>
        </label>
      ))}
      {doubts}
    </fieldset>
  );
}
