import { t } from '../../lib/i18n';
import type { FieldProps } from './field';

/** The hashtags an entry must carry: one row each, removable, and a row to add. */
export function TagsFieldset({ lang, contest, edit, doubts }: FieldProps) {
  return (
    <fieldset>
      <legend>{t(lang, 'review.tags')}</legend>
      {(contest.tags ?? []).map((tag, i) => (
        <div className="gsc-row" key={i}>
          <input
            data-testid={`review-tag-${i}`}
            aria-label={t(lang, 'review.tag', { n: i + 1 })}
            value={tag.text}
            onChange={(e) => edit((c) => void (c.tags![i].text = e.target.value))}
          />
          <span className="muted">{tag.style === 'weibo' ? '#…#' : '#…'}</span>
          <button type="button" className="gsc-link-button" data-testid={`review-tag-remove-${i}`} onClick={() => edit((c) => void c.tags!.splice(i, 1))}>
            {t(lang, 'review.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="gsc-link-button"
        data-testid="review-tag-add"
        onClick={() => edit((c) => void (c.tags ??= []).push({ text: '', style: 'weibo', alternatives: [] }))}
      >
        {t(lang, 'review.addTag')}
      </button>
      {doubts}
    </fieldset>
  );
}
