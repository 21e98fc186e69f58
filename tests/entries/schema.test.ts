import { describe, expect, test } from 'vitest';
import { entryFromChecklist, entryWindow } from '../../lib/entries/entry';
import { fingerprintText } from '../../lib/entries/normalise';
import { ENTRY_SCHEMA_VERSION, EntrySchema, parseEntry } from '../../lib/entries/schema';
import { buildChecklist } from '../../lib/rules';
import { OPEN_NOW, SEED, TAGS, verdict } from '../rules/helpers';

const TEXT = `${'我在 Gate 参加了 WXTM 的 CandyDrop,'.repeat(12)}\n${TAGS}`;

async function make(text = TEXT, keep?: string) {
  const images = [
    { ...verdict('deposit', true), id: 'a' },
    { ...verdict('none', false), id: 'b', confirmedByWriter: 'trade' as const },
    { id: 'c', state: 'reading' as const, progress: 0.3 },
  ];
  const checklist = buildChecklist({ text, images }, SEED, OPEN_NOW);
  return entryFromChecklist({
    id: 'e-1',
    contest: SEED,
    checklist,
    publishedAt: OPEN_NOW,
    fingerprint: await fingerprintText(text),
    ...(keep !== undefined ? { text: keep } : {}),
  });
}

describe('an entry from the checklist at 发布', () => {
  test('keeps the numbers and states, the window and the hashes, and no text unless asked', async () => {
    const entry = await make();
    expect(entry).toMatchObject({
      schemaVersion: ENTRY_SCHEMA_VERSION,
      id: 'e-1',
      contestId: 'wxtm-2025',
      publishedAt: OPEN_NOW,
      window: { displayOffset: '+08:00', inside: true },
      checklist: {
        length: { min: 100, unit: 'zi', met: true },
        tags: [
          { expected: '#WXTM创作大赛#', met: true },
          { expected: '#WXTM#', met: true },
        ],
        screenshot: { requirement: 'preferred', status: 'pass' },
      },
      hash: { algorithm: 'sha256', normalisation: 1 },
    });
    expect(entry.checklist.pictures).toEqual([
      { position: 1, state: 'confirmed', kind: 'deposit', evidence: ['充值記錄', 'WXTM'] },
      { position: 2, state: 'confirmed', kind: 'trade', evidence: ['充值記錄', 'WXTM'], confirmedByWriter: 'trade' },
      { position: 3, state: 'pending', evidence: [] },
    ]);
    expect('text' in entry).toBe(false);
    expect(parseEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });

  test('keeps the text when the writer turned that on', async () => {
    expect((await make(TEXT, TEXT)).text).toBe(TEXT);
  });

  test('a near miss is kept beside the tag it missed', async () => {
    const entry = await make(`${'字'.repeat(120)} #WXTM創作大賽# #WXTM#`);
    expect(entry.checklist.tags[0]).toEqual({ expected: '#WXTM创作大赛#', met: false, nearMiss: '#WXTM創作大賽#' });
    expect(entry.checklist.status).toBe('fail');
  });

  test.each([
    ['before the start', '2025-08-07T16:59:59+08:00', { inside: false, side: 'before' }],
    ['at the start', '2025-08-07T17:00:00+08:00', { inside: true }],
    ['a second before the end', '2025-08-12T23:59:59+08:00', { inside: true }],
    ['at the exclusive end ("24:00")', '2025-08-13T00:00:00+08:00', { inside: false, side: 'after' }],
  ])('the window: %s', (_name, iso, expected) => {
    expect(entryWindow(SEED, Date.parse(iso))).toEqual({ displayOffset: '+08:00', ...expected });
  });
});

describe('the schema at the storage boundary', () => {
  test.each([
    ['another schema version', { schemaVersion: 2 }],
    ['a bad contest id', { contestId: 'WXTM 2025' }],
    ['a time that is not a whole ms', { publishedAt: 1.5 }],
    ['a hash that is not SHA-256 hex', { hash: { algorithm: 'sha256', normalisation: 1, text: 'abc', prose: 'abc' } }],
    ['a post address that is not https', { post: { url: 'http://www.gate.com/post/status/1', linkedAt: 1, matchedBy: 'hash' } }],
    ['an unknown picture state', { checklist: { pictures: [{ position: 1, state: 'maybe' }] } }],
  ])('refuses %s', async (_name, change) => {
    const entry = await make();
    const bad = { ...entry, ...change, checklist: { ...entry.checklist, ...((change as { checklist?: object }).checklist ?? {}) } };
    expect(EntrySchema.safeParse(bad).success).toBe(false);
    expect(parseEntry(bad)).toBeNull();
  });

  test('accepts a linked post with its published check', async () => {
    const entry = await make();
    const linked = {
      ...entry,
      post: {
        url: 'https://www.gate.com/zh/post/status/13150007',
        linkedAt: OPEN_NOW + 1,
        matchedBy: 'author-and-prose',
        check: { checkedAt: OPEN_NOW + 2, status: 'not-met', failing: ['tag.1', 'window'], lost: ['tag.1'], count: 120, pictures: 1 },
      },
    };
    expect(parseEntry(linked)).toEqual(linked);
  });
});
