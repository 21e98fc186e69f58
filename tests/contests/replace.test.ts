import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS, parseContest, type Contest, type ContestInput } from '../../lib/contests';
import { replacementOf, windowsOverlap } from '../../lib/contests/replace';

const wxtm = BUILTIN_CONTESTS[0];
const DAY = 86_400_000;

function contest(patch: Partial<ContestInput>): Contest {
  const parsed = parseContest({ ...structuredClone(wxtm), id: 'gate-2026', ...patch });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.contest;
}
/** The tracked contest's window moved by `days` (its length kept). */
const shifted = (days: number, base: Contest = tracked) => ({
  ...base.window,
  start: new Date(Date.parse(base.window.start) + days * DAY).toISOString(),
  end: new Date(Date.parse(base.window.end) + days * DAY).toISOString(),
});

const tracked = contest({});
const other = contest({ id: 'public-2026', tags: [{ text: 'PUBLIC创作大赛', style: 'weibo', alternatives: [] }] });
const untagged = contest({ id: 'plain', tags: [] });

describe('which tracked contest a reviewed one replaces', () => {
  test.each<[string, Partial<ContestInput>, string | undefined, string | undefined]>([
    ["the same id, tags and window (the issue's JSON import)", { length: { min: 1, unit: 'zi' } }, 'gate-2026', 'id'],
    ['another id, a tag in common and the same window', { id: 'wxtm-contest' }, 'gate-2026', 'tag-window'],
    [
      'another id, one tag of two in common, an end moved by a day',
      { id: 'xx', tags: [wxtm.tags[1]], window: { ...wxtm.window, end: '2025-08-14T00:00:00+08:00' } },
      'gate-2026',
      'tag-window',
    ],
    [
      'a tag in common through an alternative form',
      { id: 'xx', tags: [{ text: 'WXTM Creative Contest', style: 'weibo', alternatives: [{ text: 'WXTM', style: 'weibo' }] }] },
      'gate-2026',
      'tag-window',
    ],
    ['the same id and tags, next month (another edition)', { window: shifted(31) }, undefined, undefined],
    [
      'the same id, the same window, no tag in common (another contest)',
      { tags: [{ text: 'Other', style: 'single', alternatives: [] }] },
      undefined,
      undefined,
    ],
    [
      'a tag in common, the next window starting as this one ends (a daily topic)',
      { id: 'xx', window: { ...wxtm.window, start: wxtm.window.end, end: '2025-08-14T00:00:00+08:00' } },
      undefined,
      undefined,
    ],
    ['no tags, another id, the same window', { id: 'plain-2', tags: [] }, undefined, undefined],
    ['no tags, the same id, an overlapping window', { id: 'plain', tags: [], window: { ...wxtm.window, end: '2025-08-20T00:00:00+08:00' } }, 'plain', 'id'],
  ])('%s', (_sentence, patch, id, reason) => {
    const found = replacementOf(contest(patch), [other, tracked, untagged]);
    expect(found?.target.id).toBe(id);
    expect(found?.reason).toBe(reason);
  });

  test('the replacement is stored under the tracked id', () => {
    const found = replacementOf(contest({ id: 'wxtm-contest', length: { min: 1, unit: 'zi' } }), [tracked]);
    expect(found?.stored.id).toBe('gate-2026');
    expect(found?.stored.length.min).toBe(1);
  });

  test('with two tracked readings of one contest, the one with the same id is replaced', () => {
    const copy = contest({ id: 'gate-2026-copy' });
    expect(replacementOf(contest({}), [copy, tracked])?.target.id).toBe('gate-2026');
    expect(replacementOf(contest({ id: 'third' }), [copy, tracked])?.target.id).toBe('gate-2026-copy');
  });

  test("Gate's UI words an older export still carries are left out, as storage leaves them out", () => {
    const older = contest({ screenshot: { ...wxtm.screenshot, signals: { deposit: { titles: { 'zh-Hant': ['充值記錄'], en: ['My own word'] } } } } });
    const found = replacementOf(older, [tracked]);
    expect(found?.stored.screenshot.signals).toEqual({ deposit: { titles: { en: ['My own word'] } } });
  });

  test('nothing tracked: a new contest', () => {
    expect(replacementOf(tracked, [])).toBeUndefined();
  });
});

test.each([
  ['the same window', 0, true],
  ['a day later', 1, true],
  ['starting as the other ends', (Date.parse(wxtm.window.end) - Date.parse(wxtm.window.start)) / DAY, false],
  ['a month later', 31, false],
  ['a month earlier', -31, false],
])('windows overlap? %s', (_sentence, days, overlap) => {
  const moved = { window: shifted(days as number, wxtm) };
  expect(windowsOverlap(wxtm, moved)).toBe(overlap);
  expect(windowsOverlap(moved, wxtm)).toBe(overlap);
});
