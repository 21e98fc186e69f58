/**
 * The publishing window. The contest requirement it enforces (seed announcement):
 *
 * > 活動時間: 2025年8月7日 17:00 - 8月12日 24:00(UTC+8)
 *
 * "24:00" is the next day's 00:00, so the window is [2025-08-07T17:00+08:00, 2025-08-13T00:00+08:00).
 * Before the start a post does not count (`fail`), in the last 24 hours it still does but time is
 * short (`warn`), after the end it does not (`fail`). Time comes in as `now`; nothing here reads a
 * clock.
 */
import { contestPhase, splitDuration, wallClockLabel } from '../contests/phase';
import type { DeadlineItem, Rule } from './types';

export const deadlineRule: Rule<DeadlineItem> = {
  id: 'deadline',
  reads: ['now'],
  check({ contest, now }) {
    if (!Number.isFinite(now)) {
      return [
        {
          id: 'deadline',
          rule: 'error',
          required: true,
          status: 'fail',
          message: { key: 'rules.internalError', params: { rule: 'deadline' } },
          details: { rule: 'deadline', error: `now is not a time: ${String(now)}` },
        },
      ];
    }
    const state = contestPhase(contest, now);
    const offset = contest.window.displayOffset;
    const startLabel = wallClockLabel(state.startMs, offset);
    const endLabel = wallClockLabel(state.endMs, offset, { midnightAs24: true });
    const left = splitDuration(state.msLeft);
    const params = { start: startLabel, end: endLabel, ...left };
    const status = state.phase === 'open' ? 'pass' : state.phase === 'closing' ? 'warn' : 'fail';
    return [
      {
        id: 'deadline',
        rule: 'deadline',
        required: true,
        status,
        message: { key: `rules.deadline.${state.phase}`, params },
        details: {
          ...state,
          start: contest.window.start,
          end: contest.window.end,
          displayOffset: offset,
          startLabel,
          endLabel,
          left,
        },
      },
    ];
  },
};
