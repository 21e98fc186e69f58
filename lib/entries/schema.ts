/**
 * The one schema of an entry: what the writer published for a contest, recorded at 发布 and kept
 * as a receipt. The `Entry` type is inferred from it, nowhere else. It holds the checklist as it
 * stood (numbers and states, never the pictures), two hashes of the normalised text
 * (lib/entries/normalise.ts) and the text itself only when the writer turned that on; once the
 * published post is found, its address and the check of the post as published.
 *
 * Pure: no browser API, no clock. Parsed at the storage boundary.
 */
import * as z from 'zod/mini';
import { ScreenshotKind, UtcOffset } from '../contests/schema';
import { NORMALISATION_VERSION } from './normalise';

export const ENTRY_SCHEMA_VERSION = 1;

/** How much an entry may hold, so a thousand entries stay far below storage.local's quota. */
export const ENTRY_LIMITS = {
  id: 64,
  /** The text, when kept (the announcement reader's cap). */
  text: 50_000,
  tags: 20,
  tagText: 80,
  pictures: 20,
  evidence: 8,
  evidenceText: 120,
  url: 2048,
  lost: 40,
} as const;

const Ms = z.int().check(z.nonnegative());
const Count = z.int().check(z.nonnegative());
const Hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'));
const short = (max: number) => z.string().check(z.maxLength(max));
const listOf = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/** A contest id, as lib/contests/schema.ts writes it. */
export const ContestId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'lowercase letters, digits and dashes'));

/** Where the publish time stood against the contest's window. */
export const EntryWindow = z.object({
  /** The offset the announcement states its times in: the entry's time is shown in it too. */
  displayOffset: UtcOffset,
  /** Published inside [start, end). */
  inside: z.boolean(),
  /** Outside: before the start or after the end. */
  side: z.optional(z.enum(['before', 'after'])),
});
export type EntryWindow = z.infer<typeof EntryWindow>;

export const EntryTag = z.object({
  /** As it must be written: `#WXTM创作大赛#`. */
  expected: short(ENTRY_LIMITS.tagText),
  met: z.boolean(),
  /** The near miss written instead, when not met (`#WXTM創作大賽#`). */
  nearMiss: z.optional(short(ENTRY_LIMITS.tagText)),
});
export type EntryTag = z.infer<typeof EntryTag>;

/** One picture's verdict as it stood: the state the panel showed, what it was read as, and why. */
export const EntryPicture = z.object({
  /** 1-based, as the panel says "image 2". */
  position: z.int().check(z.positive()),
  /** `pending`: still being read at 发布; `failed`: could not be read. */
  state: z.enum(['confirmed', 'cant-tell', 'not-proof', 'pending', 'failed']),
  kind: z.optional(z.enum(['deposit', 'trade', 'candydrop', 'staking', 'none'])),
  /** The words the verdict rests on (a summary: at most a few, each short). */
  evidence: z._default(listOf(short(ENTRY_LIMITS.evidenceText), ENTRY_LIMITS.evidence), []),
  /** The writer said "this is my …": their word is the last one. */
  confirmedByWriter: z.optional(ScreenshotKind),
});
export type EntryPicture = z.infer<typeof EntryPicture>;

/** The checklist at 发布 (lib/rules Checklist, reduced to what a receipt needs). */
export const EntryChecklist = z.object({
  status: z.enum(['pass', 'fail', 'pending']),
  length: z.object({ count: Count, min: Count, unit: z.enum(['zi', 'words']), met: z.boolean() }),
  tags: listOf(EntryTag, ENTRY_LIMITS.tags),
  screenshot: z.object({
    requirement: z.enum(['required', 'preferred', 'none']),
    status: z.enum(['pass', 'fail', 'warn', 'pending', 'info']),
  }),
  pictures: listOf(EntryPicture, ENTRY_LIMITS.pictures),
});
export type EntryChecklist = z.infer<typeof EntryChecklist>;

export const EntryHash = z.object({
  algorithm: z.literal('sha256'),
  normalisation: z.literal(NORMALISATION_VERSION),
  text: Hex64,
  prose: Hex64,
});
export type EntryHash = z.infer<typeof EntryHash>;

/** Ids of what a published check covers: `length`, `tag.0`…, `pictures`, `window`. */
const ItemId = z.string().check(z.regex(/^(length|tag\.\d{1,2}|pictures|window)$/));

/** The check of the post as published (lib/entries/published-check.ts), as stored. */
export const PublishedCheckRecord = z.object({
  checkedAt: Ms,
  /** `all-met`: every rule met as published; `not-met`: something is not. */
  status: z.enum(['all-met', 'not-met']),
  /** Items not met as published. */
  failing: listOf(ItemId, ENTRY_LIMITS.lost),
  /** Of those, the ones met at 发布: what the published version lost. */
  lost: listOf(ItemId, ENTRY_LIMITS.lost),
  count: Count,
  pictures: Count,
});
export type PublishedCheckRecord = z.infer<typeof PublishedCheckRecord>;

export const EntryPost = z.object({
  /** The post's own page, `…/post/status/{id}`. */
  url: z.url({ protocol: /^https$/ }).check(z.maxLength(ENTRY_LIMITS.url)),
  linkedAt: Ms,
  /** How the post was told to be this entry's. */
  matchedBy: z.enum(['hash', 'author-and-prose']),
  check: z.optional(PublishedCheckRecord),
});
export type EntryPost = z.infer<typeof EntryPost>;

export const EntrySchema = z.object({
  schemaVersion: z.literal(ENTRY_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(ENTRY_LIMITS.id)),
  contestId: ContestId,
  /** When 发布 took (ms since the epoch). */
  publishedAt: Ms,
  window: EntryWindow,
  checklist: EntryChecklist,
  hash: EntryHash,
  /** The post's text: kept only when the writer turned that on. */
  text: z.optional(z.string().check(z.maxLength(ENTRY_LIMITS.text))),
  post: z.optional(EntryPost),
});

export type Entry = z.infer<typeof EntrySchema>;
export type EntryInput = z.input<typeof EntrySchema>;

/** Parse one stored entry; null when it does not pass (the caller reports and drops it). */
export function parseEntry(data: unknown): Entry | null {
  const parsed = EntrySchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
