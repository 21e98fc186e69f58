/**
 * The reader's public types and limits (re-exported by index.ts). Pure: types and constants only.
 */
import type { ContestInput, Lang } from '../schema';

export interface AnnouncementOptions {
  /** The current time (ms since epoch): the year of a date written without one, when `published` is not given. */
  now: number;
  /**
   * When the post was published (ms since epoch), if the page shows it: a date written without a
   * year takes its year from here (the post's year, the one before or the one after, whichever puts
   * the date nearest publication), without a `year-assumed` warning.
   */
  published?: number;
  /** The announcement's language; detected from the text when left out. */
  lang?: Lang;
  /**
   * How many characters are read (default {@link MAX_ANNOUNCEMENT_CHARS}); the rest is left out
   * with a `text-truncated` warning. The bench and the tests pass `Infinity` to time every pattern
   * on the whole of a hostile text.
   */
  limit?: number;
  /** Which date reader the window uses (date-layer.ts); only scripts/measure-reader.ts changes it. */
  dates?: 'own' | 'chrono' | 'both';
}

/** One value read from the announcement. */
export interface DraftFinding {
  /** Dotted path into the contest, as `parseContest` names issues: "window.end", "tags.0", "prizes.2". */
  field: string;
  /** The value as the draft now holds it: "2025-08-13T00:00:00+08:00", "#WXTM#", "100". */
  value: string;
  /** The announcement line it was read from, without its decoration (emoji, bullets). */
  source: string;
  /** 1-based line number in the pasted text. */
  line: number;
}

/** A field the announcement did not give: the draft holds `placeholder` until the writer fills it. */
export interface DraftGap {
  field: string;
  placeholder: string;
  message: string;
}

export type DraftWarningCode =
  | 'timezone-assumed'
  | 'year-assumed'
  | 'time-assumed'
  | 'end-before-midnight'
  | 'window-reversed'
  | 'window-ambiguous'
  | 'window-open-ended'
  | 'window-guessed'
  | 'window-recurring'
  | 'date-order-assumed'
  | 'length-ambiguous'
  | 'tag-example'
  | 'tag-punctuation'
  | 'tag-rule-unclear'
  | 'tag-spelling'
  | 'tag-unmarked'
  | 'tags-not-instructed'
  | 'title-tag-differs'
  | 'length-more-than'
  | 'length-conditional'
  | 'screenshot-implied'
  | 'screenshot-conflict'
  | 'screenshot-kind-unknown'
  | 'token-guessed'
  | 'winners-assumed'
  | 'prize-shared'
  | 'prizes-vs-pool'
  | 'rules-linked'
  | 'untranslated'
  | 'text-cut-off'
  | 'news-inserted'
  | 'text-truncated'
  | 'over-limit'
  | 'unreadable';

/** Something read but uncertain, or assumed: the writer should check it. */
export interface DraftWarning {
  code: DraftWarningCode;
  /** The field it concerns (dotted path), "" for several. */
  field: string;
  /** English sentence for the writer. */
  message: string;
  source?: string;
  line?: number;
}

export interface AnnouncementDraft {
  /** The announcement's language (as given, or detected). */
  lang: Lang;
  /** A complete candidate contest, to review before saving. */
  contest: ContestInput;
  found: DraftFinding[];
  missing: DraftGap[];
  warnings: DraftWarning[];
}

/** Gate Square's home time zone: what an announcement without a stated zone is taken to mean. */
export const ASSUMED_OFFSET = '+08:00';

/**
 * The most of a paste that is read: real announcements are 1,000–6,000 characters, 7,000 with the
 * post pasted below them, so 50,000 leaves room for a whole page copied with its comments. The
 * announcement is at the top of what a writer copies, so a longer paste is read from its start
 * (with a warning), not refused: the draft is what the writer came for, and the warning says
 * what was left out.
 */
export const MAX_ANNOUNCEMENT_CHARS = 50_000;
