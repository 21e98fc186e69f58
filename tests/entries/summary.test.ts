import { describe, expect, test } from 'vitest';
import type { Entry } from '../../lib/entries/schema';
import { csvField, entriesToCsv, entriesToJson, entryState, summariseContestEntries, toCsv } from '../../lib/entries/summary';
import { tm } from '../../lib/i18n';
import { SEED } from '../rules/helpers';

const H = (c: string) => c.repeat(64);
function entry(id: string, iso: string, extra: Partial<Entry> = {}): Entry {
  return {
    schemaVersion: 1,
    id,
    contestId: 'wxtm-2025',
    publishedAt: Date.parse(iso),
    window: { displayOffset: '+08:00', inside: true },
    checklist: {
      status: 'pass',
      length: { count: 120, min: 100, unit: 'zi', met: true },
      tags: [
        { expected: '#WXTM创作大赛#', met: true },
        { expected: '#WXTM#', met: true },
      ],
      screenshot: { requirement: 'preferred', status: 'pass' },
      pictures: [{ position: 1, state: 'confirmed', kind: 'deposit', evidence: ['充值記錄'] }],
    },
    hash: { algorithm: 'sha256', normalisation: 1, text: H('a'), prose: H('b') },
    ...extra,
  };
}

describe('CSV fields (RFC 4180, safe in a spreadsheet)', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['中文,逗号', '"中文,逗号"'],
    ['', ''],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('numbers, booleans and nothing', () => {
    expect([csvField(120), csvField(-1), csvField(NaN), csvField(true), csvField(undefined), csvField(null)]).toEqual(['120', '-1', '', 'true', '', '']);
    expect(
      toCsv([
        ['a', 'b'],
        [1, 'x,y'],
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('export', () => {
  const a = entry('a', '2025-08-08T10:00:00+08:00', { text: '=1+1 "引号",\n第二行' });
  const b = entry('b', '2025-08-09T14:02:00+08:00', {
    post: {
      url: 'https://www.gate.com/post/status/2',
      linkedAt: 1,
      matchedBy: 'hash',
      check: { checkedAt: 2, status: 'not-met', failing: ['tag.1'], lost: ['tag.1'], count: 120, pictures: 1 },
    },
  });

  test('CSV: a BOM, a header row, one row per entry oldest first, the text quoted and defused', () => {
    const csv = entriesToCsv([b, a]);
    expect(csv.startsWith('\uFEFFid,contest,published_at_utc,published_at_contest_time,inside_window,state,')).toBe(true);
    const body = entriesToCsv([b, a], { bom: false });
    const records = body.split('\r\n');
    expect(records[1]).toBe(
      `a,wxtm-2025,2025-08-08T02:00:00.000Z,2025-08-08 10:00 (UTC+8),true,recorded,120,100,zi,#WXTM创作大赛# #WXTM#,,1,,,,${H('a')},"'=1+1 ""引号"",\n第二行"`,
    );
    expect(body).toContain(
      `b,wxtm-2025,2025-08-09T06:02:00.000Z,2025-08-09 14:02 (UTC+8),true,not-met,120,100,zi,#WXTM创作大赛# #WXTM#,,1,https://www.gate.com/post/status/2,not-met,tag.1,${H('a')},\r\n`,
    );
    expect(body.endsWith('\r\n')).toBe(true);
  });

  test('JSON: every entry, as stored, with its kind and version', () => {
    const json = JSON.parse(entriesToJson([b, a], Date.parse('2025-08-10T00:00:00Z')));
    expect(json).toEqual({ kind: 'gate-square-entries', schemaVersion: 1, exportedAt: '2025-08-10T00:00:00.000Z', entries: [a, b] });
  });
});

describe('entries at a glance', () => {
  const NOW = Date.parse('2025-08-10T12:00:00+08:00');

  test.each([
    ['recorded', entry('x', '2025-08-08T10:00:00+08:00'), 'recorded'],
    [
      'with issues at 发布',
      entry('x', '2025-08-08T10:00:00+08:00', { checklist: { ...entry('y', '2025-08-08').checklist, status: 'fail' } }),
      'recorded-with-issues',
    ],
    ['outside the window', entry('x', '2025-08-13T10:00:00+08:00', { window: { displayOffset: '+08:00', inside: false, side: 'after' } }), 'outside-window'],
    ['linked', entry('x', '2025-08-08T10:00:00+08:00', { post: { url: 'https://www.gate.com/post/status/1', linkedAt: 1, matchedBy: 'hash' } }), 'linked'],
  ])('state: %s', (_name, e, state) => {
    expect(entryState(e)).toBe(state);
  });

  test('two entries, the last one named, "已投稿 2 篇"', () => {
    const s = summariseContestEntries(
      'wxtm-2025',
      [entry('b', '2025-08-09T14:02:00+08:00'), entry('a', '2025-08-08T10:00:00+08:00'), { ...entry('o', '2025-08-08'), contestId: 'other' }],
      {
        now: NOW,
      },
    );
    expect(s).toMatchObject({ entries: 2, inside: 2, last: { id: 'b', label: '2025-08-09 14:02 (UTC+8)', state: 'recorded' } });
    expect(s.progress).toBeUndefined();
    expect(tm('zh-Hans', s.message)).toBe('已投稿 2 篇');
    expect(tm('en', s.message)).toBe('2 entries');
  });

  test('a contest that asks for 3: "2 / 3"; one outside the window does not count', () => {
    const late = entry('late', '2025-08-13T10:00:00+08:00', { window: { displayOffset: '+08:00', inside: false, side: 'after' } });
    const s = summariseContestEntries('wxtm-2025', [entry('a', '2025-08-08T10:00:00+08:00'), entry('b', '2025-08-09T10:00:00+08:00'), late], {
      contest: SEED,
      requirement: { count: 3, per: 'contest', line: '发帖 3 篇以上' },
      now: NOW,
    });
    expect(s.progress).toEqual({ done: 2, required: 3, label: '2 / 3', met: false });
    expect(s.entries).toBe(3);
    expect(s.last?.state).toBe('outside-window');
    expect(tm('zh-Hant', s.message)).toBe('已投稿 2 篇,要求 2 / 3');
  });

  test('one a day: days of the window in its zone (07 17:00 to 12 24:00: six days), today shown apart', () => {
    const entries = [
      entry('a', '2025-08-07T18:00:00+08:00'),
      entry('b', '2025-08-08T09:00:00+08:00'),
      entry('c', '2025-08-08T23:00:00+08:00'), // a second post the same day adds nothing
      entry('d', '2025-08-10T00:30:00+08:00'),
    ];
    const s = summariseContestEntries('wxtm-2025', entries, { contest: SEED, requirement: { count: 1, per: 'day', line: '每天一篇' }, now: NOW });
    expect(s.progress).toEqual({ done: 3, required: 6, label: '3 / 6', met: false, current: { done: 1, required: 1, label: '1 / 1' } });
  });

  test('no entries: zero, no last', () => {
    const s = summariseContestEntries('wxtm-2025', [], { now: NOW, requirement: { count: 2, line: 'post at least 2 times' } });
    expect(s).toMatchObject({ entries: 0, inside: 0, progress: { label: '0 / 2', met: false } });
    expect(s.last).toBeUndefined();
  });
});
