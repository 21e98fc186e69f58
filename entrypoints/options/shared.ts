import type { ContestIssue } from '../../lib/contests';
import type { Lang } from '../../lib/i18n';
import type { saveSettings, WriteProblem } from '../../lib/settings/storage';

/** What the contest forms (add, reset) last said: a line, or the issues of a contest that failed the schema. */
export type Feedback = { kind: 'ok' | 'error'; text: string } | { kind: 'issues'; issues: ContestIssue[] } | null;

/** How a section writes storage: a write the browser refuses is said at the top of the page until one works. */
export interface OptionsWrites {
  lang: Lang;
  /** A refused write, in the writer's language. */
  say: (problem: WriteProblem) => string;
  /** Show a refused write's message; '' once a write worked. */
  setWriteProblem: (text: string) => void;
  /** Read settings and contests again. */
  reload: () => Promise<void>;
}

/** Save a settings change; false (and a message) when the browser refused it. */
export type UpdateSettings = (patch: Parameters<typeof saveSettings>[0]) => Promise<boolean>;
