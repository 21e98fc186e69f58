/**
 * The one schema of a contest. A contest is data, never code: the next Gate Square contest arrives
 * as JSON that passes this schema, and the `Contest` type is inferred from it, nowhere else.
 *
 * Pure: no browser API, no clock.
 */
// zod/mini: the same validation core as zod, tree-shakable, so the content script stays small.
import * as z from 'zod/mini';
import { tagTextProblem } from '../text/hashtags';
import { CONTEST_LIMITS as LIMIT, formatBytes, utf8Bytes } from './limits';

export const CONTEST_SCHEMA_VERSION = 1;

/** The three UI languages; a contest names itself in each. */
export const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A list of at most `max` items, said the way the options page shows it. */
const listOf = <T extends z.core.SomeType>(item: T, max: number, what: string) => z.array(item).check(z.maxLength(max, `at most ${max} ${what}`));
/** A string of at most `max` characters (UTF-16 code units, as the editor counts them). */
const atMost = (max: number) => z.maxLength(max, `at most ${max} characters`);

const nonBlank = (max: number) => z.string().check(z.trim(), z.minLength(1), atMost(max));
const localized = (max: number) => z.object({ 'zh-Hant': nonBlank(max), 'zh-Hans': nonBlank(max), en: nonBlank(max) });
/** A name or a prize rank, in each UI language. */
export const LocalizedText = localized(LIMIT.shortText);
export type LocalizedText = z.infer<typeof LocalizedText>;
/** A rule line, in each UI language (rules run longer than names). */
const LocalizedRule = localized(LIMIT.longText);

/** ISO 8601 with an explicit offset ("2025-08-13T00:00:00+08:00" or "…Z"): never a floating local time. */
export const IsoInstant = z.iso.datetime({
  offset: true,
  local: false,
  error: 'expected an ISO 8601 time with an explicit offset, e.g. 2025-08-13T00:00:00+08:00',
});

/** "+08:00", "-05:30" or "Z": the offset the announcement states its times in. */
export const UtcOffset = z.string().check(z.regex(/^(Z|[+-](0\d|1[0-4]):[0-5]\d)$/, 'expected a UTC offset such as +08:00 or Z'));

/**
 * `weibo`: `#x#` (a `#` on each side, Weibo style, may contain spaces: "#WXTM Creative Contest#").
 * `single`: `#x` (ends at the first space or punctuation: "#CreatorLeaderboard").
 */
export const TagStyle = z.enum(['weibo', 'single']);
export type TagStyle = z.infer<typeof TagStyle>;

const TagText = z.string().check(
  z.minLength(1),
  atMost(LIMIT.tagText),
  z.refine((s) => !s.includes('#') && !s.includes('＃'), 'a tag is written without its # signs'),
  z.refine((s) => s === s.trim(), 'no leading or trailing spaces'),
);

export const TagForm = z.object({ text: TagText, style: TagStyle });
export type TagForm = z.infer<typeof TagForm>;

export const RequiredTag = z.extend(TagForm, {
  /** Other exact forms that also count, e.g. the English edition's `#WXTM Creative Contest#`. */
  alternatives: z._default(listOf(TagForm, LIMIT.alternatives, 'alternative forms'), []),
});
export type RequiredTag = z.infer<typeof RequiredTag>;

export const LengthUnit = z.enum(['zi', 'words']);
export type LengthUnit = z.infer<typeof LengthUnit>;

export const SCREENSHOT_KINDS = ['deposit', 'trade', 'candydrop', 'staking'] as const;
export const ScreenshotKind = z.enum(SCREENSHOT_KINDS);
export type ScreenshotKind = z.infer<typeof ScreenshotKind>;

/** Words per language; any language may be left out. */
const Keyword = z.string().check(z.minLength(1), atMost(LIMIT.keyword));
const Words = z._default(listOf(Keyword, LIMIT.keywords, 'words'), []);
export const LangWords = z.partial(z.object({ 'zh-Hant': Words, 'zh-Hans': Words, en: Words }));
export type LangWords = z.infer<typeof LangWords>;

/**
 * What an OCR reading must contain for each kind of proof page. `titles` are headings that name the
 * page (充值記錄, Deposit History); `distinctive` are things only that page shows (an address and a
 * network for a deposit, an order book for a trade, a prize pool for CandyDrop).
 */
export const KindSignals = z.object({
  titles: z._default(LangWords, {}),
  distinctive: z._default(LangWords, {}),
});
export type KindSignals = z.infer<typeof KindSignals>;

export const ScreenshotRule = z.object({
  /** `required`: the post fails without it; `preferred`: recommended ("附帶參與截圖者優先"); `none`. */
  requirement: z.enum(['required', 'preferred', 'none']),
  kinds: z._default(listOf(ScreenshotKind, SCREENSHOT_KINDS.length, 'kinds'), []),
  signals: z._default(z.partialRecord(ScreenshotKind, KindSignals), {}),
  token: z.object({
    symbols: listOf(z.string().check(z.minLength(1), atMost(LIMIT.unit)), LIMIT.tokens, 'symbols').check(z.minLength(1)),
    names: z._default(listOf(Keyword, LIMIT.tokens, 'names'), []),
  }),
});
export type ScreenshotRule = z.infer<typeof ScreenshotRule>;

const Positive = z.number().check(z.positive());
const Unit = z.string().check(z.minLength(1), atMost(LIMIT.unit));
export const Prize = z.object({
  rank: LocalizedText,
  winners: z.int().check(z.positive()),
  amount: Positive,
  unit: Unit,
});
export type Prize = z.infer<typeof Prize>;

export const ContestSchema = z
  .object({
    schemaVersion: z.literal(CONTEST_SCHEMA_VERSION),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'lowercase letters, digits and dashes')),
    name: LocalizedText,
    /** The page the announcement lives on, for the writer to reread the rules. */
    url: z.optional(z.url({ protocol: /^https$/ }).check(atMost(LIMIT.url))),
    window: z.object({
      start: IsoInstant,
      /** Exclusive end: "8月12日 24:00 (UTC+8)" is 2025-08-13T00:00:00+08:00. */
      end: IsoInstant,
      /** The offset the announcement states its times in; the UI shows the deadline in it. */
      displayOffset: UtcOffset,
    }),
    length: z.object({ min: z.int().check(z.nonnegative()), unit: LengthUnit }),
    tags: z._default(listOf(RequiredTag, LIMIT.tags, 'required tags'), []),
    screenshot: ScreenshotRule,
    prizes: z._default(listOf(Prize, LIMIT.prizes, 'prize rows'), []),
    pool: z.optional(z.object({ amount: Positive, unit: Unit })),
    rules: z._default(listOf(LocalizedRule, LIMIT.rules, 'rules'), []),
    /** How many posts each writer must publish ("发帖 3 篇以上", "one a day"): the popup shows progress. */
    entries: z.optional(
      z.object({
        count: z.int().check(z.positive(), z.maximum(1000)),
        per: z._default(z.enum(['contest', 'day', 'week', 'month']), 'contest'),
      }),
    ),
  })
  .check(
    // The whole, as stored: each part within its limit can still add up to more than storage and
    // the per-keystroke check should carry (zod runs this only once every field has passed).
    z.superRefine((c, ctx) => {
      const bytes = utf8Bytes(JSON.stringify(c));
      if (bytes > LIMIT.contestBytes) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `the contest is ${formatBytes(bytes)} as JSON; at most ${formatBytes(LIMIT.contestBytes)}`,
        });
      }
    }),
    z.refine((c) => Date.parse(c.window.end) > Date.parse(c.window.start), {
      path: ['window', 'end'],
      message: 'the end must come after the start',
    }),
    // Every required tag must be writable in its style by THE hashtag definition (lib/text), or no
    // post could ever carry it: "#Creator Leaderboard" as a single-# tag ends at the space.
    z.superRefine((c, ctx) => {
      c.tags.forEach((tag, i) => {
        const forms = [tag, ...tag.alternatives];
        forms.forEach((form, j) => {
          // (Signs, outer spaces and length are already reported by TagText; say it once.)
          if (/[#＃]/.test(form.text) || form.text !== form.text.trim() || form.text.length > LIMIT.tagText) return;
          const problem = tagTextProblem(form.text, form.style);
          if (problem) {
            ctx.addIssue({
              code: 'custom',
              path: j === 0 ? ['tags', i, 'text'] : ['tags', i, 'alternatives', j - 1, 'text'],
              message: problem,
            });
          }
        });
      });
    }),
  );

export type Contest = z.infer<typeof ContestSchema>;
/** What a contest file may omit (defaults fill in). */
export type ContestInput = z.input<typeof ContestSchema>;
