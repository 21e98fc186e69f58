import { expect, test } from 'vitest';
import { findContest, type ContestInput } from '../../lib/contests';
import type { DraftGap, DraftWarning } from '../../lib/contests/announcement/types';
import {
  doubtsAbout,
  minimumInput,
  numberShown,
  otherDoubts,
  pressSave,
  replacementKey,
  replacingOfForm,
  toggledKinds,
  wholeInput,
  windowInZone,
  withFirstSymbol,
} from '../../lib/contests/review-form';

const base = findContest('wxtm-2025')!;
const form = (patch: (c: ContestInput) => void = () => {}): ContestInput => {
  const c: ContestInput = structuredClone(base);
  patch(c);
  return c;
};

test.each([
  { text: '3', whole: 3, minimum: 3 },
  { text: '1.5', whole: undefined, minimum: 1 },
  { text: '0', whole: undefined, minimum: 0 },
  { text: '', whole: undefined, minimum: 0 },
  { text: '-2', whole: undefined, minimum: 0 },
  { text: '1,000', whole: 1000, minimum: 0 },
  { text: 'abc', whole: undefined, minimum: 0 },
])('a typed "$text" is $whole winners and a minimum of $minimum', ({ text, whole, minimum }) => {
  expect(wholeInput(text)).toBe(whole);
  expect(minimumInput(text)).toBe(minimum);
});

test('a number box shows nothing for none', () => {
  expect(numberShown(0)).toBe('');
  expect(numberShown(2.5)).toBe('2.5');
});

test('the prizes carry the pool’s doubts; a doubt about no fieldset is shown below them all', () => {
  const warnings: DraftWarning[] = [
    { field: 'pool.amount', code: 'time-assumed', message: 'pool' },
    { field: 'window.end', code: 'end-before-midnight', message: 'end' },
    { field: 'rules', code: 'year-assumed', message: 'rules' },
  ];
  expect(doubtsAbout(warnings, 'prizes').map((w) => w.message)).toEqual(['pool']);
  expect(doubtsAbout(warnings, 'window').map((w) => w.message)).toEqual(['end']);
  const gaps: DraftGap[] = ['rules', 'tags'].map((field) => ({ field, placeholder: '', message: field }));
  expect(otherDoubts(warnings, gaps)).toEqual({ warnings: [warnings[2]], gaps: [gaps[0]] });
});

test('a new zone keeps the wall-clock times', () => {
  const moved = windowInZone({ start: '2025-08-13T00:00:00+08:00', end: '2025-08-20T00:00:00+08:00', displayOffset: '+08:00' }, 'Z');
  expect(moved).toEqual({ start: '2025-08-13T00:00:00Z', end: '2025-08-20T00:00:00Z', displayOffset: 'Z' });
});

test('screenshot kinds keep the schema’s order; the token’s first symbol is typed in upper case', () => {
  expect(toggledKinds(['staking', 'trade'], 'deposit', true)).toEqual(['deposit', 'trade', 'staking']);
  expect(toggledKinds(['deposit', 'trade'], 'deposit', false)).toEqual(['trade']);
  expect(toggledKinds(undefined, 'trade', true)).toEqual(['trade']);
  expect(withFirstSymbol(['WXTM', 'TARI'], ' gt ')).toEqual(['GT', 'TARI']);
});

test('save: asked before replacing, not saved again when identical, else saved', () => {
  expect(pressSave(form(), undefined, null, 'en')).toEqual({ step: 'save', contest: base, replace: undefined });

  const tracked = [base];
  const renamed = form((c) => void (c.name.en = 'Renamed'));
  const ask = pressSave(renamed, tracked, null, 'en');
  expect(ask.step).toBe('ask');
  if (ask.step !== 'ask') return;
  expect(ask.answer.key).toBe(replacementKey(replacingOfForm(renamed, tracked)));
  expect(ask.answer.changes.map((c) => c.field)).toContain('name');
  expect(pressSave(renamed, tracked, ask.answer, 'en')).toMatchObject({ step: 'save', replace: base.id });

  const same = pressSave(form(), tracked, null, 'en');
  if (same.step !== 'ask') throw new Error(same.step);
  expect(same.answer.changes).toEqual([]);
  expect(pressSave(form(), tracked, same.answer, 'en')).toEqual({ step: 'identical' });
});

test('values that fail the schema replace nothing and are refused', () => {
  const broken = form((c) => void (c.window.start = 'not a time'));
  expect(replacingOfForm(broken, [base])).toBeUndefined();
  expect(pressSave(broken, [base], null, 'en')).toMatchObject({ step: 'invalid' });
  expect(replacementKey(undefined)).toBe('');
});
