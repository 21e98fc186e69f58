import type { ContestChange } from '../../lib/contests/diff';
import type { Replacement } from '../../lib/contests/replace';
import { fieldName, shownValue, type ReplaceAnswer } from '../../lib/contests/review-form';
import { t, type Lang } from '../../lib/i18n';

/** What changes when a tracked contest is replaced: one row per field, old → new. */
export function ChangeList({ lang, changes }: { lang: Lang; changes: readonly ContestChange[] }) {
  return (
    <ul className="gsc-changes" data-testid="review-diff">
      {changes.map((c) => (
        <li key={c.field} data-testid={`review-diff-${c.field}`} data-field={c.field}>
          <span className="gsc-change-field">{fieldName(lang, c.field)}</span>: <del>{shownValue(lang, c.before)}</del> → <ins>{shownValue(lang, c.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

/**
 * The tracked contest these values would replace, and why; after the first press, what changes
 * (or that nothing does).
 */
export function ReplaceBlock({ lang, replacing, answer }: { lang: Lang; replacing: Replacement; answer: ReplaceAnswer | null }) {
  return (
    <div className="gsc-replace" data-testid="review-replace" data-reason={replacing.reason}>
      <p>{t(lang, `review.replace.${replacing.reason}`, { name: replacing.target.name[lang] })}</p>
      {answer && answer.changes.length ? (
        <>
          <p className="muted">{t(lang, 'review.replace.changes')}</p>
          <ChangeList lang={lang} changes={answer.changes} />
        </>
      ) : null}
      {answer && !answer.changes.length ? (
        <p role="status" data-testid="review-identical">
          {t(lang, 'review.replace.identical', { name: replacing.target.name[lang] })}
        </p>
      ) : null}
    </div>
  );
}
