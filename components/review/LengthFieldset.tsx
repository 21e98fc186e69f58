import { minimumInput } from '../../lib/contests/review-form';
import { t } from '../../lib/i18n';
import type { FieldProps } from './field';

/** The minimum length of an entry and its unit (字 or words). */
export function LengthFieldset({ lang, contest, edit, doubts }: FieldProps) {
  return (
    <fieldset>
      <legend>{t(lang, 'review.minimum')}</legend>
      <div className="gsc-row">
        <input
          type="number"
          min={0}
          data-testid="review-min"
          value={contest.length.min}
          onChange={(e) => edit((c) => void (c.length.min = minimumInput(e.target.value)))}
        />
        <select data-testid="review-unit" value={contest.length.unit} onChange={(e) => edit((c) => void (c.length.unit = e.target.value as 'zi' | 'words'))}>
          <option value="zi">{t(lang, 'review.unit.zi')}</option>
          <option value="words">{t(lang, 'review.unit.words')}</option>
        </select>
      </div>
      {doubts}
    </fieldset>
  );
}
