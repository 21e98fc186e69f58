import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS, parseContest, type Contest } from '../../lib/contests';
import { ARCHIVE_AFTER_MS, chooseContest, contestState, listContests, nearestDeadline, tagForms } from '../../lib/contests/tracked';

const wxtm = BUILTIN_CONTESTS[0];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-11-30T12:00:00+08:00');

function contest(id: string, tag: string, start: number, end: number, extra: Partial<Contest> = {}): Contest {
  const parsed = parseContest({
    ...wxtm,
    id,
    name: { 'zh-Hant': id, 'zh-Hans': id, en: id },
    tags: [{ text: tag, style: 'weibo', alternatives: [{ text: `${tag} EN`, style: 'weibo' }] }],
    window: { start: new Date(start).toISOString(), end: new Date(end).toISOString(), displayOffset: '+08:00' },
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.contest;
}

const publicC = contest('public-2026', 'PUBLIC创作大赛', NOW - 3 * DAY, NOW + 5 * DAY);
const ptb = contest('ptb-2026', 'PTB Creative Contest', NOW - DAY, NOW + 2 * DAY);
const blue = contest('blue-2026', 'Gate品牌蓝创作挑战', NOW + 2 * DAY, NOW + 9 * DAY);
const ended = contest('old-2026', '旧活动', NOW - 20 * DAY, NOW - 3 * DAY);
const archived = contest('older-2026', '更旧活动', NOW - 60 * DAY, NOW - 30 * DAY);

describe('contestState', () => {
  test.each([
    [blue, 'upcoming'],
    [publicC, 'open'],
    [contest('closing-c', 'C', NOW - DAY, NOW + HOUR), 'closing'],
    [ended, 'ended'],
    [archived, 'archived'],
  ] as const)('%s', (c, state) => expect(contestState(c, NOW)).toBe(state));

  test('archived once ended longer than ARCHIVE_AFTER_MS ago, not before', () => {
    const c = contest('edge', 'E', NOW - 40 * DAY, NOW - ARCHIVE_AFTER_MS);
    expect(contestState(c, NOW)).toBe('ended');
    expect(contestState(c, NOW + 1)).toBe('archived');
  });
});

describe('listContests', () => {
  test('live by nearest deadline, then upcoming, then ended, then the built-in example, then archived', () => {
    const list = listContests([publicC, blue, ended, ptb, archived], BUILTIN_CONTESTS, NOW);
    expect(list.map((e) => e.contest.id)).toEqual(['ptb-2026', 'public-2026', 'blue-2026', 'old-2026', 'wxtm-2025', 'older-2026']);
    expect(list.find((e) => e.contest.id === 'wxtm-2025')?.builtin).toBe(true);
  });

  test('a tracked copy of a built-in contest replaces it', () => {
    const list = listContests([wxtm], BUILTIN_CONTESTS, NOW);
    expect(list).toHaveLength(1);
    expect(list[0].builtin).toBe(false);
  });
});

describe('chooseContest', () => {
  const base = { tracked: [publicC, ptb, blue, ended], builtin: BUILTIN_CONTESTS, now: NOW };

  test('the live contest whose tag the draft carries', () => {
    const c = chooseContest({ ...base, draftTags: ['#PUBLIC创作大赛#'] });
    expect([c.contest.id, c.reason, c.ambiguous]).toEqual(['public-2026', 'tag', false]);
  });

  test('an alternative form of the tag counts too', () => {
    expect(chooseContest({ ...base, draftTags: ['#PTB Creative Contest EN#'] }).contest.id).toBe('ptb-2026');
  });

  test('an upcoming contest whose tag the draft carries (the deadline rule then says it has not started)', () => {
    expect(chooseContest({ ...base, draftTags: ['#Gate品牌蓝创作挑战#'] }).contest.id).toBe('blue-2026');
  });

  test('tags of two contests: the nearest deadline, and the writer is asked', () => {
    const c = chooseContest({ ...base, draftTags: ['#PUBLIC创作大赛#', '#PTB Creative Contest#'] });
    expect([c.contest.id, c.reason, c.ambiguous]).toEqual(['ptb-2026', 'several', true]);
  });

  test('no tag yet and two live contests: the nearest deadline, and the writer is asked', () => {
    const c = chooseContest({ ...base, draftTags: [] });
    expect([c.contest.id, c.reason, c.ambiguous]).toEqual(['ptb-2026', 'nearest', true]);
  });

  test('no tag yet and one live contest: that one', () => {
    const c = chooseContest({ ...base, tracked: [publicC, blue], draftTags: [] });
    expect([c.contest.id, c.reason, c.ambiguous]).toEqual(['public-2026', 'only-live', false]);
  });

  test("the writer's pick for the draft wins over the tags", () => {
    const c = chooseContest({ ...base, draftTags: ['#PUBLIC创作大赛#'], chosenId: 'ptb-2026' });
    expect([c.contest.id, c.reason]).toEqual(['ptb-2026', 'chosen']);
  });

  test('a pick that ended leaves the switcher and is not followed', () => {
    const c = chooseContest({ ...base, draftTags: [], chosenId: 'old-2026' });
    expect(c.reason).not.toBe('chosen');
    expect(c.candidates.map((e) => e.contest.id)).not.toContain('old-2026');
  });

  test('the switcher offers live and upcoming contests, and the built-in example; ended ones leave it', () => {
    const c = chooseContest({ ...base, draftTags: [] });
    expect(c.candidates.map((e) => e.contest.id)).toEqual(['ptb-2026', 'public-2026', 'blue-2026', 'wxtm-2025']);
  });

  test('nothing tracked: the built-in example, which a writer can still pick', () => {
    const c = chooseContest({ tracked: [], builtin: BUILTIN_CONTESTS, draftTags: [], now: NOW });
    expect([c.contest.id, c.reason, c.ambiguous]).toEqual(['wxtm-2025', 'example', false]);
    expect(chooseContest({ tracked: [publicC], builtin: BUILTIN_CONTESTS, draftTags: [], chosenId: 'wxtm-2025', now: NOW }).contest.id).toBe('wxtm-2025');
  });

  test('the ended example is not followed by its tag when live contests exist', () => {
    const c = chooseContest({ ...base, draftTags: [tagForms(wxtm)[0]] });
    expect(c.contest.id).toBe('ptb-2026');
  });
});

describe('nearestDeadline', () => {
  const entries = listContests([publicC, ptb, blue], BUILTIN_CONTESTS, NOW);
  test('of the contests drafts are for, else of all live ones', () => {
    expect(nearestDeadline(entries, ['public-2026'])?.contest.id).toBe('public-2026');
    expect(nearestDeadline(entries)?.contest.id).toBe('ptb-2026');
    expect(nearestDeadline(entries, ['blue-2026'])?.contest.id).toBe('ptb-2026');
    expect(nearestDeadline(listContests([blue], [], NOW))).toBeUndefined();
  });
});
