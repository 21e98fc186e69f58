/**
 * What goes into the checklist engine and what comes out. Components import these types only; the
 * Checklist carries every number and message the UI shows, so no component computes anything.
 */
import type { Contest, ScreenshotKind } from '../contests/schema';
import type { PhaseState, Phase } from '../contests/phase';
import type { Msg } from '../i18n';
import type { ScreenshotVerdict } from '../ocr/verdict';
import type { CountBreakdown, NearMiss, TagOccurrence, TextAnalysis } from '../text';

export type { Msg, ScreenshotVerdict };

// ─── Input ──────────────────────────────────────────────────────────────────────────────────────

/** One attached image, as the OCR pipeline sees it. */
export type ImageOcrState = { id: string; name?: string } & (
  | { state: 'unread' }
  | { state: 'reading'; /** 0..1 */ progress: number }
  | {
      state: 'verdict';
      /** The verdict as the OCR engine gave it (lib/ocr/verdict.ts), unchanged on its way here. */
      verdict: ScreenshotVerdict;
      /** The writer said "this is my … of the token": their word is the last one. */
      confirmedByWriter?: ScreenshotKind;
    }
  | { state: 'failed'; /** A failure code (lib/ocr FAILURE_REASONS). */ reason: string }
);

/** The draft, read from the host editor. */
export interface PostSnapshot {
  /** The editor's plain text. */
  text: string;
  /** Extra tags shown as chips by the editor (their text, with or without `#`). */
  tags?: readonly string[];
  images: readonly ImageOcrState[];
}

// ─── Output ─────────────────────────────────────────────────────────────────────────────────────

/**
 * - `pass`: met; `fail`: not met (blocks a required item); `warn`: met or not required, but look;
 * - `pending`: waiting for OCR; `info`: nothing to check.
 */
export type ItemStatus = 'pass' | 'fail' | 'warn' | 'pending' | 'info';

export type RuleId = 'length' | 'tags' | 'screenshot' | 'deadline';

interface ItemBase<R extends RuleId | 'error', D> {
  /** Stable id for React keys and tests: "length", "tag.0", "screenshot", "deadline". */
  id: string;
  rule: R;
  status: ItemStatus;
  /** Whether this item decides the overall pass (a preferred screenshot does not). */
  required: boolean;
  message: Msg;
  details: D;
}

export interface LengthDetails extends CountBreakdown {
  min: number;
  /** How many more are needed (0 when met). */
  missing: number;
  /** Tags (hashtags and near misses) and links left out of the count. */
  excludedTags: number;
  excludedLinks: number;
  /** "字 112 = 97 漢字 + 15 words; tags and links not counted", as a message. */
  breakdown: Msg;
}
export type LengthItem = ItemBase<'length', LengthDetails>;

export interface NearMissDetail extends NearMiss {
  /** One sentence for this near miss: what was written, why, and the fix. */
  message: Msg;
  /**
   * For a near miss in a chip (a topic chosen from the editor's suggestion list, kept as one
   * node): that it is a chosen topic and not typed text, and how it goes away.
   */
  hint?: Msg;
}

export interface TagDetails {
  /** Index in the contest's tags. */
  index: number;
  /** How the tag must be written: `#WXTM创作大赛#`. */
  expected: string;
  /** Every accepted form. */
  forms: string[];
  found: TagOccurrence[];
  nearMisses: NearMissDetail[];
}
export type TagItem = ItemBase<'tags', TagDetails>;

/** `unsure`: read, but the extension cannot tell (the verdict state `cant-tell`). */
export type ImageStatus = 'proof' | 'not-proof' | 'unsure' | 'pending' | 'failed';

export interface ImageRow {
  id: string;
  name?: string;
  /** 1-based position, for "image 2". */
  position: number;
  state: ImageOcrState['state'];
  status: ImageStatus;
  /** 0..1 while reading. */
  progress?: number;
  /** A failure about the moment (the OCR host was away, too slow): reading again may work. */
  retryable?: boolean;
  /** The verdict in three states (lib/ocr/verdict-state.ts), once read. */
  verdictState?: 'confirmed' | 'cant-tell' | 'not-proof';
  /** The picture counts because the writer said it is theirs. */
  byWriter?: boolean;
  /** What the writer may mark it as ("this is my deposit record"), when it is not confirmed. */
  confirmKinds?: ScreenshotKind[];
  kind?: ScreenshotKind | 'none';
  token?: boolean;
  confidence?: number;
  evidence?: string[];
  message: Msg;
}

export interface ScreenshotDetails {
  requirement: Contest['screenshot']['requirement'];
  kinds: ScreenshotKind[];
  /** The token's symbol, e.g. WXTM. */
  token: string;
  images: ImageRow[];
  /** The image that proves participation, if any (`byWriter`: on the writer's word). */
  proof?: { id: string; position: number; kind: ScreenshotKind; byWriter?: boolean };
}
export type ScreenshotItem = ItemBase<'screenshot', ScreenshotDetails>;

export interface DeadlineDetails extends PhaseState {
  /** ISO 8601 start and exclusive end, as the contest states them. */
  start: string;
  end: string;
  displayOffset: string;
  /** "2025-08-07 17:00 (UTC+8)", "2025-08-12 24:00 (UTC+8)": the times as the announcement writes them. */
  startLabel: string;
  endLabel: string;
  /** `msLeft` split into days/hours/minutes/seconds. */
  left: { days: number; hours: number; minutes: number; seconds: number };
}
export type DeadlineItem = ItemBase<'deadline', DeadlineDetails>;

/** A rule that failed unexpectedly: shown, and blocking, rather than thrown into the host page. */
export type ErrorItem = ItemBase<'error', { rule: RuleId; error: string }>;

export type ChecklistItem = LengthItem | TagItem | ScreenshotItem | DeadlineItem | ErrorItem;

export interface Checklist {
  contestId: string;
  now: number;
  /** True when every required item is `pass`, `warn` or `info`. */
  pass: boolean;
  /** `pending` when nothing failed but a required item waits for OCR. */
  status: 'pass' | 'fail' | 'pending';
  message: Msg;
  items: ChecklistItem[];
  summary: Record<ItemStatus, number>;
  /** The numbers the popup and the CLI show at a glance. */
  facts: ChecklistFacts;
}

export interface ChecklistFacts {
  count: number;
  minimum: number;
  unit: 'zi' | 'words';
  lengthOk: boolean;
  tagsFound: string[];
  tagsMissing: string[];
  nearMisses: { expected: string; found: string; reason: string; fix: string; start?: number; end?: number }[];
  screenshot: ItemStatus;
  phase: Phase | 'invalid';
  msLeft: number;
}

// ─── Rules ──────────────────────────────────────────────────────────────────────────────────────

/** What every rule reads: the snapshot (cleaned), the contest, `now`, and the shared text analysis. */
export interface RuleContext {
  snapshot: PostSnapshot;
  contest: Contest;
  now: number;
  text: TextAnalysis;
}

/** What a rule may read besides the contest: the text (its analysis, with the chips), the pictures, the clock. */
export type RuleInput = 'text' | 'images' | 'now';

/** One rule: one file under lib/rules named by its id, returning its items. */
export interface Rule<I extends ChecklistItem = ChecklistItem> {
  id: RuleId;
  /**
   * All it reads besides the contest. A checklist built after a keystroke reuses the items of a
   * rule that reads neither the text nor the chips (`checklistBuilder`); tests/rules/index.test.ts
   * checks that each rule's items do not change with what it does not list.
   */
  reads: readonly RuleInput[];
  check(ctx: RuleContext): (I | ErrorItem)[];
}
