import { toggledKinds, withFirstSymbol } from '../../lib/contests/review-form';
import { SCREENSHOT_KINDS, type ScreenshotKind } from '../../lib/contests/schema';
import { t } from '../../lib/i18n';
import { kindKey } from '../../lib/i18n/messages/rules';
import type { FieldProps } from './field';

/** The screenshot rule: whether one is asked for, of which kinds, and the token it shows. */
export function ScreenshotFieldset({ lang, contest, edit, doubts }: FieldProps) {
  const kinds = contest.screenshot.kinds ?? [];
  return (
    <fieldset>
      <legend>{t(lang, 'review.screenshot')}</legend>
      <select
        data-testid="review-requirement"
        value={contest.screenshot.requirement}
        onChange={(e) => edit((c) => void (c.screenshot.requirement = e.target.value as 'required' | 'preferred' | 'none'))}
      >
        {(['required', 'preferred', 'none'] as const).map((r) => (
          <option key={r} value={r}>
            {t(lang, `review.requirement.${r}`)}
          </option>
        ))}
      </select>
      <div className="gsc-row">
        {SCREENSHOT_KINDS.map((k: ScreenshotKind) => (
          <label key={k}>
            <input
              type="checkbox"
              data-testid={`review-kind-${k}`}
              checked={kinds.includes(k)}
              onChange={(e) => edit((c) => void (c.screenshot.kinds = toggledKinds(c.screenshot.kinds, k, e.target.checked)))}
            />{' '}
            {t(lang, kindKey(k))}
          </label>
        ))}
      </div>
      <label className="gsc-row">
        {t(lang, 'review.token')}
        <input
          data-testid="review-token"
          value={contest.screenshot.token.symbols[0] ?? ''}
          onChange={(e) => edit((c) => void (c.screenshot.token.symbols = withFirstSymbol(c.screenshot.token.symbols, e.target.value)))}
        />
      </label>
      {doubts}
    </fieldset>
  );
}
