import { describe, expect, test } from 'vitest';
import type { DeadlineItem } from '../../lib/rules';
import { deadlineRule } from '../../lib/rules/deadline';
import { run } from './helpers';

const at = (iso: string) => Date.parse(iso);

describe('deadline rule (2025年8月7日 17:00 - 8月12日 24:00 UTC+8)', () => {
  test.each([
    ['a day before the start the post would not count', '2025-08-06T17:00:00+08:00', 'fail', 'upcoming', 86_400_000],
    ['one second before 17:00 it has not started', '2025-08-07T16:59:59+08:00', 'fail', 'upcoming', 1000],
    ['at 17:00 sharp it is open', '2025-08-07T17:00:00+08:00', 'pass', 'open', at('2025-08-13T00:00:00+08:00') - at('2025-08-07T17:00:00+08:00')],
    ['in the middle it is open', '2025-08-10T12:00:00+08:00', 'pass', 'open', 60 * 3_600_000],
    ['exactly 24 hours before the end the last day begins', '2025-08-12T00:00:00+08:00', 'warn', 'closing', 86_400_000],
    ['on 8月12日 at 23:59:59 it still counts', '2025-08-12T23:59:59+08:00', 'warn', 'closing', 1000],
    ['"24:00" is the next day 00:00: then it is closed', '2025-08-13T00:00:00+08:00', 'fail', 'closed', 0],
    ['the same instant written in UTC is closed too', '2025-08-12T16:00:00Z', 'fail', 'closed', 0],
    ['a week later it is closed', '2025-08-20T00:00:00+08:00', 'fail', 'closed', 0],
  ])('%s', (_name, iso, status, phase, msLeft) => {
    const [item] = run<DeadlineItem>(deadlineRule, {}, undefined, at(iso));
    expect(item.status).toBe(status);
    expect(item.details.phase).toBe(phase);
    expect(item.details.msLeft).toBe(msLeft);
    expect(item.message.key).toBe(`rules.deadline.${phase}`);
  });

  test('the times read as the announcement writes them', () => {
    const [item] = run<DeadlineItem>(deadlineRule, {}, undefined, at('2025-08-10T12:00:00+08:00'));
    expect(item.details).toMatchObject({
      startLabel: '2025-08-07 17:00 (UTC+8)',
      endLabel: '2025-08-12 24:00 (UTC+8)',
      start: '2025-08-07T17:00:00+08:00',
      end: '2025-08-13T00:00:00+08:00',
      left: { days: 2, hours: 12, minutes: 0, seconds: 0 },
    });
    expect(item.message.params).toMatchObject({ end: '2025-08-12 24:00 (UTC+8)', days: 2, hours: 12, minutes: 0 });
  });

  test('a time that is not a number is an error item, not an exception', () => {
    const [item] = run<DeadlineItem>(deadlineRule, {}, undefined, Number.NaN);
    expect(item).toMatchObject({ rule: 'error', status: 'fail', message: { key: 'rules.internalError' } });
  });
});
