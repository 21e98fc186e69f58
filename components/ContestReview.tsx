import { useMemo, useState } from 'react';
import type { AnnouncementDraft } from '../lib/contests/announcement/types';
import type { ContestIssue } from '../lib/contests';
import { doubtsAbout, otherDoubts, pressSave, replacementKey, replacingOfForm, type ReplaceAnswer } from '../lib/contests/review-form';
import type { Contest, ContestInput } from '../lib/contests/schema';
import { t, type Lang } from '../lib/i18n';
import { IssueList } from './IssueList';
import { Doubts } from './review/Doubts';
import type { EditContest } from './review/field';
import { LengthFieldset } from './review/LengthFieldset';
import { NameField } from './review/NameField';
import { PrizesFieldset } from './review/PrizesFieldset';
import { ReplaceBlock } from './review/ReplaceBlock';
import { ScreenshotFieldset } from './review/ScreenshotFieldset';
import { TagsFieldset } from './review/TagsFieldset';
import { WindowFieldset } from './review/WindowFieldset';

export { fieldName, warningText } from '../lib/contests/review-form';
export { ChangeList } from './review/ReplaceBlock';

export interface ContestReviewProps {
  lang: Lang;
  draft: AnnouncementDraft;
  /**
   * Saves the reviewed contest; resolves with a problem to show, or null when saved. `replace` is
   * the id of the tracked contest the writer confirmed it replaces (only with `tracked`): store it
   * under that id; without it, the contest is new and replaces nothing.
   */
  onSave: (contest: Contest, replace?: string) => Promise<string | null>;
  saveLabel: string;
  /**
   * The contests the writer tracks. Given, a contest that is one of them (lib/contests/replace.ts)
   * is not saved at the first press: that press shows what changes, field by field, and the second
   * ("Confirm replace") saves; an identical one is said to be so and not saved again.
   */
  tracked?: readonly Contest[];
}

/**
 * The draft a contest announcement was read into, for the writer to check and correct before
 * tracking it: tags, minimum and unit, the window in the announcement's zone and the writer's, the
 * screenshot rule and the prizes, with every warning or gap the reader raised beside its field.
 */
export function ContestReview(props: ContestReviewProps) {
  // A draft read again with other content (the writer corrected the pasted text, or the post
  // finished rendering) is a new form: showing the old values beside the new doubts, and saving
  // them, would be wrong. The same content read again keeps what the writer typed.
  const { contest, warnings, missing } = props.draft;
  const content = useMemo(() => JSON.stringify([contest, warnings, missing]), [contest, warnings, missing]);
  return <ReviewForm key={content} {...props} />;
}

function ReviewForm({ lang, draft, onSave, saveLabel, tracked }: ContestReviewProps) {
  const [contest, setContest] = useState<ContestInput>(() => structuredClone(draft.contest));
  const [issues, setIssues] = useState<ContestIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The tracked contest these values would replace, as the writer edits.
  const replacing = useMemo(() => replacingOfForm(contest, tracked), [contest, tracked]);
  /**
   * What the first press showed: the changes from that target to those values. It stands for these
   * values against this target only; any edit, or the tracked contest changing meanwhile, asks again.
   */
  const [answered, setAnswered] = useState<ReplaceAnswer | null>(null);
  const shownAnswer = answered && answered.key === replacementKey(replacing) ? answered : null;
  const edit: EditContest = (patch) =>
    setContest((prev) => {
      const next = structuredClone(prev);
      patch(next);
      return next;
    });
  const others = useMemo(() => otherDoubts(draft.warnings, draft.missing), [draft]);
  const doubts = (field: string) => (
    <Doubts lang={lang} testid={`review-doubts-${field}`} warnings={doubtsAbout(draft.warnings, field)} gaps={doubtsAbout(draft.missing, field)} />
  );
  const field = { lang, contest, edit };

  return (
    <form
      className="gsc-review"
      data-testid="contest-review"
      onSubmit={(e) => {
        e.preventDefault();
        const press = pressSave(contest, tracked, shownAnswer, lang);
        setIssues(press.step === 'invalid' ? press.issues : []);
        if (press.step === 'ask') {
          setProblem(null);
          setAnswered(press.answer);
        }
        if (press.step !== 'save') return;
        setSaving(true);
        void onSave(press.contest, press.replace).then((p) => {
          setProblem(p);
          setSaving(false);
        });
      }}
    >
      <NameField {...field} doubts={doubts('name')} />
      <TagsFieldset {...field} doubts={doubts('tags')} />
      <LengthFieldset {...field} doubts={doubts('length')} />
      <WindowFieldset {...field} doubts={doubts('window')} />
      <ScreenshotFieldset {...field} doubts={doubts('screenshot')} />
      <PrizesFieldset {...field} doubts={doubts('prizes')} />

      <Doubts lang={lang} testid="review-doubts-other" warnings={others.warnings} gaps={others.gaps} />
      {issues.length ? (
        <IssueList heading={t(lang, 'options.invalid')} issues={issues.map((i) => ({ ...i, path: i.path || t(lang, 'options.root') }))} />
      ) : null}
      {problem ? (
        <p className="error" role="alert" data-testid="review-problem">
          {problem}
        </p>
      ) : null}
      {replacing ? <ReplaceBlock lang={lang} replacing={replacing} answer={shownAnswer} /> : null}
      <button type="submit" className="gsc-button primary" data-testid="review-save" disabled={saving || (shownAnswer !== null && !shownAnswer.changes.length)}>
        {replacing ? t(lang, shownAnswer?.changes.length ? 'review.replace.confirm' : 'review.replace.save') : saveLabel}
      </button>
    </form>
  );
}
