import { MAX_ANNOUNCEMENT_CHARS, type DraftGap, type DraftWarning } from '../../lib/contests/announcement/types';
import { fieldName, warningText } from '../../lib/contests/review-form';
import { formatNumber, t, type Lang } from '../../lib/i18n';

/** The warnings and gaps the reader raised, as a list beside the field they are about. */
export function Doubts({ lang, warnings, gaps, testid }: { lang: Lang; warnings: DraftWarning[]; gaps: DraftGap[]; testid: string }) {
  if (!warnings.length && !gaps.length) return null;
  return (
    <ul className="gsc-doubts" data-testid={testid}>
      {gaps.map((g, i) => (
        <li key={`g${i}`} className="gap">
          {t(lang, 'options.missingField', { field: fieldName(lang, g.field) })}
        </li>
      ))}
      {warnings.map((w, i) => (
        <li key={`w${i}`} className="warning" title={w.source}>
          {warningText(lang, w, { max: formatNumber(lang, MAX_ANNOUNCEMENT_CHARS) })}
        </li>
      ))}
    </ul>
  );
}
