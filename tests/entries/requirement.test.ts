import { describe, expect, test } from 'vitest';
import { contestEntryRequirement } from '../../lib/entries/requirement';

describe('the entry-count requirement a contest carries', () => {
  test.each([
    ['none', {}, null],
    ['3 posts', { entries: { count: 3, per: 'contest' } }, { count: 3, per: 'contest', line: '' }],
    ['one a day', { entries: { count: 1, per: 'day' } }, { count: 1, per: 'day', line: '' }],
    ['a count that is not one', { entries: { count: 0 } }, null],
    ['no contest', undefined, null],
  ])('%s', (_name, contest, expected) => {
    expect(contestEntryRequirement(contest)).toEqual(expected);
  });
});
