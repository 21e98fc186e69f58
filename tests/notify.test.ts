import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTICE_GRACE_MS, noticeIsDue, notify } from '../entrypoints/background/deadline';
import { findContest } from '../lib/contests';
import { contestState, type TrackedEntry } from '../lib/contests/tracked';
import { addCustomContest, saveSettings } from '../lib/settings/storage';
import { noticeSchedule, noticeText } from '../lib/notify';
import '../lib/rules';

const contest = findContest('wxtm-2025')!;
const END = Date.parse('2025-08-13T00:00:00+08:00');

test('notices are due 24 hours and 1 hour before the deadline, only while ahead', () => {
  expect(noticeSchedule(contest, END - 48 * 3_600_000)).toEqual([
    { id: 'notify-24h', when: END - 24 * 3_600_000 },
    { id: 'notify-1h', when: END - 3_600_000 },
  ]);
  expect(noticeSchedule(contest, END - 2 * 3_600_000).map((n) => n.id)).toEqual(['notify-1h']);
  expect(noticeSchedule(contest, END)).toEqual([]);
});

test.each([
  [
    'a draft still missing a tag says which',
    { contestId: 'wxtm-2025', pass: false, missing: [{ key: 'rules.tag.missing', params: { tag: '#WXTM#' } }] },
    'Your draft still lacks: Tag #WXTM# is missing',
  ],
  [
    'a ready draft is told to publish',
    { contestId: 'wxtm-2025', pass: true, missing: [] },
    'Your draft meets every required item: publish before the deadline.',
  ],
  ['no draft at all says so', null, 'No draft seen yet: open the Gate Square composer to start.'],
  ["another contest's draft does not count", { contestId: 'other', pass: true, missing: [] }, 'No draft seen yet: open the Gate Square composer to start.'],
])('%s', (_name, draft, message) => {
  const text = noticeText('notify-1h', contest, draft, 'en');
  expect(text.title).toBe('WXTM Creative Contest: 1 hour left');
  expect(text.message).toBe(message);
});

describe('a notice an alarm fires late (the device slept through it) is not given once it is wrong', () => {
  const H = 3_600_000;
  const BEFORE_24H = 24 * H;
  const entryAt = (now: number): TrackedEntry => ({ contest, state: contestState(contest, now), builtin: false });

  test.each([
    ['24 h notice on time', BEFORE_24H, END - 24 * H, true],
    ['24 h notice 10 minutes late', BEFORE_24H, END - 24 * H + 10 * 60_000, true],
    ['24 h notice just past the grace', BEFORE_24H, END - 24 * H + NOTICE_GRACE_MS, false],
    ['24 h notice 2 hours late, contest still open', BEFORE_24H, END - 22 * H, false],
    ['1 h notice on time', H, END - H, true],
    ['1 h notice 14 minutes late', H, END - H + 14 * 60_000, true],
    ['1 h notice after the deadline (inside its grace, but the contest ended)', H, END + 60_000, false],
    ['24 h notice 3 hours after the deadline', BEFORE_24H, END + 3 * H, false],
  ])('%s', (_name, before, now, due) => {
    expect(noticeIsDue(before, entryAt(now), now)).toBe(due);
  });

  test('an upcoming contest is given no notice', () => {
    const now = Date.parse(contest.window.start) - H;
    expect(noticeIsDue(BEFORE_24H, entryAt(now), now)).toBe(false);
  });

  describe('the alarm handler', () => {
    beforeEach(async () => {
      fakeBrowser.reset();
      vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
      // The background's language comes from the browser (the node test environment has none).
      vi.stubGlobal('navigator', { languages: ['en'] });
      await saveSettings({ notifications: true });
      await addCustomContest({ ...contest, id: 'tracked' });
    });
    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    });
    const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

    test('a 24 h alarm fired 3 hours after the deadline shows nothing', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: END + 3 * H });
      await notify('notify-24h|tracked');
      expect(await shown()).toEqual([]);
    });

    test('a 24 h alarm on time shows the notice', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: END - 24 * H + 1000 });
      await notify('notify-24h|tracked');
      expect(await shown()).toEqual(['notify-24h|tracked']);
    });
  });
});
