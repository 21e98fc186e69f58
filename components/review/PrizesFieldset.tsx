import { blankPrize, editLocalized, positiveInput } from '../../lib/contests/draft-edit';
import { wholeInput } from '../../lib/contests/review-form';
import { t } from '../../lib/i18n';
import type { FieldProps } from './field';
import { NumberText } from './NumberText';

/** The pool (amount and unit) and the prize rows: rank, winners × amount, unit. */
export function PrizesFieldset({ lang, contest, edit, doubts }: FieldProps) {
  const prizes = contest.prizes ?? [];
  return (
    <fieldset data-testid="review-prizes">
      <legend>{t(lang, 'review.prizes')}</legend>
      <div className="gsc-row">
        {t(lang, 'review.pool')}
        <NumberText
          className="gsc-pool-amount"
          data-testid="review-pool-amount"
          label={t(lang, 'review.poolAmount')}
          value={contest.pool?.amount ?? 0}
          parse={positiveInput}
          onValue={(amount) => edit((c) => void (c.pool = { amount: amount ?? 0, unit: c.pool?.unit ?? prizes[0]?.unit ?? '' }))}
        />
        <input
          className="gsc-unit"
          data-testid="review-pool-unit"
          aria-label={t(lang, 'review.prizeUnit')}
          title={t(lang, 'review.prizeUnit')}
          value={contest.pool?.unit ?? ''}
          onChange={(e) => edit((c) => void (c.pool = { amount: c.pool?.amount ?? 0, unit: e.target.value.trim() }))}
        />
      </div>
      {prizes.map((prize, i) => (
        <div className="gsc-prize" key={i} data-testid={`review-prize-${i}`}>
          <div className="gsc-row">
            <input
              className="gsc-rank"
              data-testid={`review-prize-rank-${i}`}
              aria-label={t(lang, 'review.prizeRank', { n: i + 1 })}
              value={prize.rank[lang]}
              onChange={(e) => edit((c) => void (c.prizes![i].rank = editLocalized(c.prizes![i].rank, lang, e.target.value)))}
            />
            <button type="button" className="gsc-link-button" data-testid={`review-prize-remove-${i}`} onClick={() => edit((c) => void c.prizes!.splice(i, 1))}>
              {t(lang, 'review.remove')}
            </button>
          </div>
          <div className="gsc-row">
            <NumberText
              className="gsc-winners"
              data-testid={`review-prize-winners-${i}`}
              label={t(lang, 'review.prizeWinners')}
              value={prize.winners}
              parse={wholeInput}
              onValue={(n) => edit((c) => void (c.prizes![i].winners = n ?? 0))}
            />
            <span aria-hidden="true">×</span>
            <NumberText
              className="gsc-amount"
              data-testid={`review-prize-amount-${i}`}
              label={t(lang, 'review.prizeAmount')}
              value={prize.amount}
              parse={positiveInput}
              onValue={(n) => edit((c) => void (c.prizes![i].amount = n ?? 0))}
            />
            <input
              className="gsc-unit"
              data-testid={`review-prize-unit-${i}`}
              aria-label={t(lang, 'review.prizeUnit')}
              title={t(lang, 'review.prizeUnit')}
              value={prize.unit}
              onChange={(e) => edit((c) => void (c.prizes![i].unit = e.target.value.trim()))}
            />
          </div>
        </div>
      ))}
      <button
        type="button"
        className="gsc-link-button"
        data-testid="review-prize-add"
        onClick={() => edit((c) => void (c.prizes ??= []).push(blankPrize(c.pool?.unit ?? c.prizes?.at(-1)?.unit)))}
      >
        {t(lang, 'review.addPrize')}
      </button>
      {doubts}
    </fieldset>
  );
}
