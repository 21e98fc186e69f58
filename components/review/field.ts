import type { ReactNode } from 'react';
import type { ContestInput } from '../../lib/contests/schema';
import type { Lang } from '../../lib/i18n';

/** Change the form's values: the patch edits a copy, which becomes the form's. */
export type EditContest = (patch: (c: ContestInput) => void) => void;

/** What every fieldset of the review gets: the values, a way to change them, and its doubts to show. */
export interface FieldProps {
  lang: Lang;
  contest: ContestInput;
  edit: EditContest;
  /** The warnings and gaps the reader raised about this field (a `<Doubts>`). */
  doubts: ReactNode;
}
