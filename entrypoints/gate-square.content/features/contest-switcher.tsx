import type { ContestChoice } from '../../../lib/contests/tracked';
import { t, type Lang } from '../../../lib/i18n';

export interface ContestSwitcherFeatureProps {
  lang: Lang;
  choice: ContestChoice;
  /** The writer's pick, for this draft only (use-draft.ts). */
  onChoose: (contestId: string) => void;
}

/** Which contest the draft is checked against, when more than one could be meant. */
export function ContestSwitcherFeature({ lang, choice, onChoose }: ContestSwitcherFeatureProps) {
  if (choice.candidates.length <= 1) return null;
  return (
    <div className="gsc-switcher">
      <label>
        {t(lang, 'switcher.label')}{' '}
        <select data-testid="contest-switcher" value={choice.contest.id} onChange={(e) => onChoose(e.target.value)}>
          {choice.candidates.map((e) => (
            <option key={e.contest.id} value={e.contest.id}>
              {e.builtin && !['open', 'closing'].includes(e.state)
                ? t(lang, 'switcher.example', { name: e.contest.name[lang] })
                : e.state === 'upcoming'
                  ? t(lang, 'switcher.upcoming', { name: e.contest.name[lang] })
                  : e.contest.name[lang]}
            </option>
          ))}
        </select>
      </label>
      {choice.ambiguous ? (
        <p className="gsc-notice" data-testid="switcher-ambiguous">
          {t(lang, 'switcher.ambiguous')}
        </p>
      ) : null}
    </div>
  );
}
