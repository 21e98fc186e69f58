/**
 * An entry from the checklist the panel showed at 发布: the numbers and states only (lib/rules's
 * Checklist, reduced), the window as it stood, the text's fingerprint. Pure: the time of 发布
 * comes in, the fingerprint is worked out by the caller (lib/entries/normalise.ts, async).
 */
import { contestPhase } from '../contests/phase';
import type { Contest } from '../contests/schema';
import type { Checklist, ImageRow, LengthItem, ScreenshotItem, TagItem } from '../rules/types';
import type { TextFingerprint } from './normalise';
import { ENTRY_LIMITS, ENTRY_SCHEMA_VERSION, EntrySchema, type Entry, type EntryPicture, type EntryWindow } from './schema';

export interface NewEntry {
  id: string;
  contest: Contest;
  checklist: Checklist;
  publishedAt: number;
  fingerprint: TextFingerprint;
  /** The post's text, only when the writer turned keeping it on. */
  text?: string;
}

/** Where `at` stands against the contest's window. */
export function entryWindow(contest: Pick<Contest, 'window'>, at: number): EntryWindow {
  const { startMs, endMs } = contestPhase(contest, at);
  const displayOffset = contest.window.displayOffset;
  if (at < startMs) return { displayOffset, inside: false, side: 'before' };
  if (at >= endMs) return { displayOffset, inside: false, side: 'after' };
  return { displayOffset, inside: true };
}

/** The entry to store; it passes {@link EntrySchema} (the parse is the last step, so a bad one throws here, not in storage). */
export function entryFromChecklist(input: NewEntry): Entry {
  const { contest, checklist } = input;
  const length = checklist.items.find((i): i is LengthItem => i.rule === 'length');
  const tags = checklist.items.filter((i): i is TagItem => i.rule === 'tags');
  const screenshot = checklist.items.find((i): i is ScreenshotItem => i.rule === 'screenshot');
  const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);
  const entry = {
    schemaVersion: ENTRY_SCHEMA_VERSION,
    id: input.id,
    contestId: contest.id,
    publishedAt: input.publishedAt,
    window: entryWindow(contest, input.publishedAt),
    checklist: {
      status: checklist.status,
      length: {
        count: length?.details.count ?? checklist.facts.count,
        min: contest.length.min,
        unit: contest.length.unit,
        met: length ? length.status === 'pass' : checklist.facts.lengthOk,
      },
      tags: tags.slice(0, ENTRY_LIMITS.tags).map((t) => {
        const miss = t.details.nearMisses[0];
        return {
          expected: clip(t.details.expected, ENTRY_LIMITS.tagText),
          met: t.status === 'pass',
          ...(t.status !== 'pass' && miss ? { nearMiss: clip(miss.found, ENTRY_LIMITS.tagText) } : {}),
        };
      }),
      screenshot: {
        requirement: contest.screenshot.requirement,
        status: screenshot?.status ?? 'info',
      },
      pictures: (screenshot?.details.images ?? []).slice(0, ENTRY_LIMITS.pictures).map((row) => pictureOf(row, clip)),
    },
    hash: {
      algorithm: input.fingerprint.algorithm,
      normalisation: input.fingerprint.normalisation,
      text: input.fingerprint.text,
      prose: input.fingerprint.prose,
    },
    ...(typeof input.text === 'string' ? { text: clip(input.text, ENTRY_LIMITS.text) } : {}),
  };
  return EntrySchema.parse(entry);
}

function pictureOf(row: ImageRow, clip: (s: string, max: number) => string): EntryPicture {
  const state: EntryPicture['state'] = row.verdictState ?? (row.status === 'failed' ? 'failed' : 'pending');
  return {
    position: row.position,
    state,
    ...(row.kind ? { kind: row.kind } : {}),
    evidence: (row.evidence ?? []).slice(0, ENTRY_LIMITS.evidence).map((e) => clip(e, ENTRY_LIMITS.evidenceText)),
    ...(row.byWriter && row.kind && row.kind !== 'none' ? { confirmedByWriter: row.kind } : {}),
  };
}
