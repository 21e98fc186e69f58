import { describe, expect, test } from 'vitest';
import { BUILTIN_CONTESTS, LANGS, parseContest, type Contest, type ContestInput } from '../../lib/contests';
import { CHANGE_FIELDS, diffContests, type ContestChange, type Shown } from '../../lib/contests/diff';
import { registerMessages, t, tm, type Lang } from '../../lib/i18n';
import { OPTIONS_MESSAGES } from '../../lib/i18n/messages/options';
import { RULE_MESSAGES } from '../../lib/i18n/messages/rules';

// As the options page does (lib/rules registers the kind names).
registerMessages(RULE_MESSAGES);
registerMessages(OPTIONS_MESSAGES);

const wxtm = BUILTIN_CONTESTS[0];

/** The issue's case: a tracked contest with a minimum of 300 and a required deposit screenshot. */
const tracked = contest({ id: 'gate-2026', length: { min: 300, unit: 'zi' }, screenshot: { ...wxtm.screenshot, requirement: 'required', kinds: ['deposit'] } });

function contest(patch: Partial<ContestInput>, base: Contest = wxtm): Contest {
  const parsed = parseContest({ ...structuredClone(base), ...patch });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.contest;
}
const shown = (lang: Lang, v: Shown) => (typeof v === 'string' ? v : tm(lang, v));
const fields = (changes: ContestChange[]) => changes.map((c) => c.field);

describe('diffContests', () => {
  test("the issue's import: minimum 300 → 1 and a required screenshot → none, each old → new", () => {
    const imported = contest({ length: { min: 1, unit: 'zi' }, screenshot: { ...tracked.screenshot, requirement: 'none' } }, tracked);
    expect(diffContests(tracked, imported, 'zh-Hant')).toEqual([
      { field: 'length.min', before: '300', after: '1' },
      { field: 'screenshot.requirement', before: { key: 'review.requirement.required' }, after: { key: 'review.requirement.none' } },
    ]);
  });

  test('the same contest is no change at all: nothing to rewrite', () => {
    expect(diffContests(tracked, structuredClone(tracked), 'en')).toEqual([]);
  });

  test('the id is no change: a replacement keeps the tracked id', () => {
    expect(diffContests(tracked, { ...tracked, id: 'another-id' }, 'en')).toEqual([]);
  });

  test('the same instants written in another offset change only the zone', () => {
    const utc = contest({ window: { start: '2025-08-07T09:00:00Z', end: '2025-08-12T16:00:00Z', displayOffset: 'Z' } }, tracked);
    expect(diffContests(tracked, utc, 'en')).toEqual([{ field: 'window.displayOffset', before: 'UTC+8', after: 'UTC' }]);
  });

  test('a moved end is shown as the announcement writes it, an exclusive midnight as 24:00', () => {
    const later = contest({ window: { ...tracked.window, end: '2025-08-15T00:00:00+08:00' } }, tracked);
    expect(diffContests(tracked, later, 'en')).toEqual([{ field: 'window.end', before: '2025-08-12 24:00 (UTC+8)', after: '2025-08-14 24:00 (UTC+8)' }]);
  });

  test.each<[string, Partial<ContestInput>, ContestChange['field'], string, string]>([
    ["a renamed contest, in the writer's language", { name: { ...wxtm.name, en: 'WXTM Contest II' } }, 'name', 'WXTM Creative Contest', 'WXTM Contest II'],
    ['a link added', { url: 'https://www.gate.com/announcements/article/1' }, 'url', '(none)', 'https://www.gate.com/announcements/article/1'],
    ['a tag dropped', { tags: [wxtm.tags[0]] }, 'tags', '#WXTM创作大赛# #WXTM#', '#WXTM创作大赛#'],
    [
      'an alternative form added',
      { tags: [{ ...wxtm.tags[0], alternatives: [{ text: 'WXTM Contest', style: 'weibo' }] }, wxtm.tags[1]] },
      'tags',
      '#WXTM创作大赛# #WXTM#',
      '#WXTM创作大赛# (#WXTM Contest#) #WXTM#',
    ],
    ['every tag removed', { tags: [] }, 'tags', '#WXTM创作大赛# #WXTM#', '(none)'],
    ['words instead of 字', { length: { min: 100, unit: 'words' } }, 'length.unit', '字 (characters)', 'words'],
    [
      'a moved start',
      { window: { ...wxtm.window, start: '2025-08-08T10:00:00+08:00' } },
      'window.start',
      '2025-08-07 17:00 (UTC+8)',
      '2025-08-08 10:00 (UTC+8)',
    ],
    [
      'fewer kinds',
      { screenshot: { ...wxtm.screenshot, kinds: ['deposit'] } },
      'screenshot.kinds',
      'deposit record, trading page, or CandyDrop registration',
      'deposit record',
    ],
    [
      'no kinds listed',
      { screenshot: { ...wxtm.screenshot, kinds: [] } },
      'screenshot.kinds',
      'deposit record, trading page, or CandyDrop registration',
      'not listed (the default kinds)',
    ],
    ['another token', { screenshot: { ...wxtm.screenshot, token: { symbols: ['GT'], names: [] } } }, 'screenshot.token', 'WXTM (MinoTari, Tari)', 'GT'],
    [
      'words of its own for a kind',
      { screenshot: { ...wxtm.screenshot, signals: { deposit: { titles: { en: ['Deposit Proof', 'Top-up'] } } } } },
      'screenshot.signals',
      '(none)',
      '2 words',
    ],
    ['a bigger pool', { pool: { amount: 80_000, unit: 'WXTM' } }, 'pool', '70,000 WXTM', '80,000 WXTM'],
    ['no pool', { pool: undefined }, 'pool', '70,000 WXTM', '(none)'],
    ['a rule fewer', { rules: wxtm.rules.slice(1) }, 'rules', '3 rules', '2 rules'],
    ['a rule reworded', { rules: [{ ...wxtm.rules[0], en: 'Be original' }, ...wxtm.rules.slice(1)] }, 'rules', '3 rules', '3 rules (edited)'],
  ])('%s', (_sentence, patch, field, before, after) => {
    const changes = diffContests(wxtm, contest(patch), 'en');
    expect(fields(changes)).toEqual([field]);
    expect(shown('en', changes[0].before)).toBe(before);
    expect(shown('en', changes[0].after)).toBe(after);
  });

  test('a prize row changed shows every row, old and new', () => {
    const prizes = [{ ...wxtm.prizes[0], amount: 25_000 }, ...wxtm.prizes.slice(1)];
    const [change] = diffContests(wxtm, contest({ prizes }), 'zh-Hant');
    expect(change.field).toBe('prizes');
    expect(change.before).toBe('一等獎: 1 × 20,000 WXTM; 二等獎: 3 × 10,000 WXTM; 三等獎: 10 × 2,000 WXTM');
    expect(change.after).toBe('一等獎: 1 × 25,000 WXTM; 二等獎: 3 × 10,000 WXTM; 三等獎: 10 × 2,000 WXTM');
  });

  test('a change only in another language is never shown as "x → x": every translation is', () => {
    const name = { ...wxtm.name, en: 'WXTM Contest' };
    const [change] = diffContests(wxtm, contest({ name }), 'zh-Hant');
    expect(change).toEqual({
      field: 'name',
      before: 'WXTM 創作大賽 / WXTM 创作大赛 / WXTM Creative Contest',
      after: 'WXTM 創作大賽 / WXTM 创作大赛 / WXTM Contest',
    });
    const prizes = [{ ...wxtm.prizes[0], rank: { ...wxtm.prizes[0].rank, en: 'Grand prize' } }, ...wxtm.prizes.slice(1)];
    const [prize] = diffContests(wxtm, contest({ prizes }), 'zh-Hant');
    expect(prize.before).not.toBe(prize.after);
    expect(prize.after).toContain('Grand prize');
  });

  test("many changes come in the review's order, top to bottom", () => {
    const changed = contest({
      name: { ...wxtm.name, 'zh-Hant': '新名稱' },
      length: { min: 1, unit: 'words' },
      screenshot: { ...wxtm.screenshot, requirement: 'none' },
      window: { ...wxtm.window, end: '2025-08-20T00:00:00+08:00' },
      rules: [],
    });
    const order = fields(diffContests(wxtm, changed, 'zh-Hant'));
    expect(order).toEqual(['name', 'length.min', 'length.unit', 'window.end', 'screenshot.requirement', 'rules']);
    expect([...order].sort((a, b) => CHANGE_FIELDS.indexOf(a) - CHANGE_FIELDS.indexOf(b))).toEqual(order);
  });

  test('every field a change names, and every word it shows, is said in all three languages', () => {
    const everything = contest({
      name: { 'zh-Hant': 'x', 'zh-Hans': 'x', en: 'x' },
      url: 'https://www.gate.com/a',
      tags: [],
      length: { min: 1, unit: 'words' },
      window: { start: '2025-08-01T00:00:00Z', end: '2025-08-20T00:00:00Z', displayOffset: 'Z' },
      screenshot: { requirement: 'none', kinds: [], signals: { trade: { titles: { en: ['Spot'] } } }, token: { symbols: ['GT'], names: [] } },
      pool: undefined,
      prizes: [],
      rules: [wxtm.rules[0]],
    });
    for (const [a, b] of [
      [wxtm, everything],
      [everything, wxtm],
    ]) {
      const changes = diffContests(a, b, 'en');
      expect(fields(changes).sort()).toEqual([...CHANGE_FIELDS].sort());
      for (const lang of LANGS) {
        for (const change of changes) {
          expect(t(lang, `review.field.${change.field}`), `${change.field} ${lang}`).not.toMatch(/^review\./);
          for (const value of [change.before, change.after]) expect(shown(lang, value), `${change.field} ${lang}`).not.toMatch(/review\.|rules\.kind|\{/);
        }
      }
    }
  });
});
