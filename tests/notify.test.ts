import { expect, test } from 'vitest';
import { findContest } from '../lib/contests';
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
  ['a draft still missing a tag says which', { contestId: 'wxtm-2025', pass: false, missing: [{ key: 'rules.tag.missing', params: { tag: '#WXTM#' } }] }, 'Your draft still lacks: Tag #WXTM# is missing'],
  ['a ready draft is told to publish', { contestId: 'wxtm-2025', pass: true, missing: [] }, 'Your draft meets every required item: publish before the deadline.'],
  ['no draft at all says so', null, 'No draft seen yet: open the Gate Square composer to start.'],
  ["another contest's draft does not count", { contestId: 'other', pass: true, missing: [] }, 'No draft seen yet: open the Gate Square composer to start.'],
])('%s', (_name, draft, message) => {
  const text = noticeText('notify-1h', contest, draft, 'en');
  expect(text.title).toBe('WXTM Creative Contest: 1 hour left');
  expect(text.message).toBe(message);
});
