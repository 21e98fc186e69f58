import { t } from '../../lib/i18n';
import type { FieldProps } from './field';

/** The contest's name, in the writer's language. */
export function NameField({ lang, contest, edit, doubts }: FieldProps) {
  return (
    <>
      <label>
        {t(lang, 'review.name')}
        <input data-testid="review-name" value={contest.name[lang]} onChange={(e) => edit((c) => void (c.name[lang] = e.target.value))} />
      </label>
      {doubts}
    </>
  );
}
