/**
 * The announcement reader on real text, per field: right, flagged (a doubt or a gap on the field,
 * so the writer is asked) or silently wrong (a wrong value, nothing said). Runs on the labelled
 * real corpus (tests/fixtures/announcements/real): the first corpus the reader was built on
 * ("tuned"); batches 2 and 3, labelled before the reader ever ran on them, in their development
 * half ("dev") and their former held-back half ("spent": measured blind once, 18/40 all four right
 * on 2026-12-06, then opened for tuning); each later batch (4 to 55), labelled blind, held back
 * whole, measured once (its figure in BLIND) and then opened for tuning the same way ("spent4" to
 * "spent55"); and the batch held back now (HELD_BATCH, "held").
 *
 *   npx tsx scripts/measure-reader.ts             the tuned-on sets, one line per field
 *   npx tsx scripts/measure-reader.ts --held      and the held-back batch (only its totals, ever)
 *   npx tsx scripts/measure-reader.ts --detail dev  each text of a set (tuned, dev, spent, spent4…), field by field
 *                                                   ("all": of every set but the held-back one)
 *   npx tsx scripts/measure-reader.ts --dates own   the window's dates read by dates.ts alone (chrono: chrono-node
 *                                                   alone; both, the default: what the reader uses)
 *
 * (The held-back half is never shown in detail: it stays a measurement.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readAnnouncement, type AnnouncementDraft } from '../lib/contests/announcement';
import { cliArgs } from './cli-input';

const { values: args } = cliArgs({
  options: { detail: { type: 'string' }, dates: { type: 'string', default: 'both' }, held: { type: 'boolean', default: false } },
  usage: 'usage: npx tsx scripts/measure-reader.ts [--held] [--dates own|chrono|both] [--detail all|tuned|dev|spent|spentN]',
});
/**
 * The batch held back now: labelled blind, never tuned on, only its totals printed. A held-back set
 * measured once and then opened for tuning is "spent": kept, reported apart, measuring nothing.
 */
const HELD_BATCH = 56;
// The sets a text can belong to; each spent batch is named by its number.
const SPENT_BATCHES = Array.from({ length: HELD_BATCH - 4 }, (_, k) => `spent${k + 4}`);
const DETAIL_SETS = ['tuned', 'dev', 'spent', ...SPENT_BATCHES];
if (args.detail && args.detail !== 'all' && !DETAIL_SETS.includes(args.detail)) {
  console.error(`--detail takes all, ${DETAIL_SETS.join(', ')}: the held-back batch is never shown`);
  process.exit(2);
}
if (!['own', 'chrono', 'both'].includes(args.dates!)) {
  console.error('--dates takes own, chrono or both (the default): which date reader the window uses');
  process.exit(2);
}

const REAL = new URL('../tests/fixtures/announcements/real/', import.meta.url);
const NOW = Date.parse('2026-12-06T00:00:00Z');

interface Label {
  kind: string;
  postDate: string | null;
  half?: 'dev' | 'test';
  batch?: number;
  expect: {
    tags: { text: string; style: string; alternatives?: string[] }[] | null;
    minimum: { count: number; unit: 'chars' | 'words'; strict?: boolean } | null;
    window: { start: string | null; end: string | null } | null;
    token: string | null;
    /** A window the text gives without any year: month-dayThh:mm of each end (or null) and the zone. */
    windowWithoutYear?: { start: string | null; end: string | null; offset: string };
  };
}

const FIELDS = ['tags', 'minimum', 'window', 'token'] as const;
type Field = (typeof FIELDS)[number];
type Outcome = 'right' | 'flagged' | 'wrong';

/** Where the draft may raise a doubt or a gap about each field. */
const PATHS: Record<Field, string[]> = {
  tags: ['tags'],
  minimum: ['length', 'length.min', 'length.unit'],
  window: ['window', 'window.start', 'window.end', 'window.displayOffset'],
  token: ['screenshot.token', 'screenshot.token.symbols', 'screenshot.token.names'],
};

function flagged(draft: AnnouncementDraft, field: Field): boolean {
  const on = (f: string) => PATHS[field].some((p) => f === p || f.startsWith(`${p}.`));
  return draft.missing.some((m) => on(m.field)) || draft.warnings.some((w) => on(w.field));
}

const instant = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

/** Is the draft's value the labelled one? (A field the text does not give is right when left missing.) */
function valueRight(draft: AnnouncementDraft, field: Field, label: Label['expect']): boolean {
  const c = draft.contest;
  const gap = (f: string) => draft.missing.some((m) => m.field === f || m.field.startsWith(`${f}.`));
  switch (field) {
    case 'tags': {
      const want = (label.tags ?? []).map((t) => t.text.normalize('NFC')).sort();
      if (want.length === 0) return gap('tags') || (c.tags ?? []).length === 0;
      const got = (c.tags ?? []).map((t) => t.text.normalize('NFC')).sort();
      return JSON.stringify(got) === JSON.stringify(want);
    }
    case 'minimum': {
      const m = label.minimum;
      if (!m) return gap('length.min') || (c.length?.min ?? 0) === 0;
      const unit = m.unit === 'chars' ? 'zi' : 'words';
      const min = m.strict ? m.count + 1 : m.count;
      return c.length?.unit === unit && (c.length?.min === min || c.length?.min === m.count);
    }
    case 'window': {
      // No year anywhere (and no post date): right when the reader has what the text fixes (month,
      // day, time, zone) and says it does not know the year (a doubt or a gap on that end).
      const y = label.windowWithoutYear;
      if (y) {
        const end = (which: 'start' | 'end') => {
          const want = y[which];
          if (want === null) return gap(`window.${which}`);
          const iso = c.window?.[which];
          // (An end that takes its year from the start shares the start's doubt.)
          const yearFlagged = gap(`window.${which}`) || draft.warnings.some((x) => x.code === 'year-assumed' && x.field.startsWith('window'));
          // (MM-DDTHH:mm, as the labels write it; a label with seconds compares the same.)
          return c.window?.displayOffset === y.offset && typeof iso === 'string' && iso.slice(5, 16) === want.slice(0, 11) && yearFlagged;
        };
        return end('start') && end('end');
      }
      const w = label.window;
      const start = instant(w?.start);
      const end = instant(w?.end);
      const okStart = start === null ? gap('window.start') : instant(c.window?.start) === start;
      const okEnd = end === null ? gap('window.end') : instant(c.window?.end) === end;
      return okStart && okEnd;
    }
    case 'token': {
      const want = label.token;
      const got = c.screenshot?.token?.symbols?.[0];
      if (!want) return gap('screenshot.token') || !got;
      return (got ?? '').toUpperCase() === want.replace(/^\$/, '').toUpperCase();
    }
  }
}

const files = readdirSync(REAL)
  .filter((f) => f.endsWith('.txt') && existsSync(new URL(`${f.slice(0, -4)}.json`, REAL)))
  .map((f) => f.slice(0, -4))
  .sort();
type Set_ = 'tuned' | 'dev' | 'spent' | `spent${number}` | 'held';
const rows: { name: string; set: Set_; outcome: Record<Field, Outcome> }[] = [];
for (const name of files) {
  const label = JSON.parse(readFileSync(new URL(`${name}.json`, REAL), 'utf8')) as Label;
  if (label.kind !== 'announcement') continue;
  const text = readFileSync(new URL(`${name}.txt`, REAL), 'utf8');
  const draft = readAnnouncement(text, {
    now: NOW,
    dates: args.dates as 'own' | 'chrono' | 'both',
    ...(label.postDate ? { published: Date.parse(`${label.postDate}T12:00:00Z`) } : {}),
  });
  const outcome = {} as Record<Field, Outcome>;
  for (const f of FIELDS) outcome[f] = valueRight(draft, f, label.expect) ? 'right' : flagged(draft, f) ? 'flagged' : 'wrong';
  const batch = label.batch ?? 2;
  const set: Set_ = !label.half ? 'tuned' : label.half === 'dev' ? 'dev' : batch >= HELD_BATCH ? 'held' : batch <= 3 ? 'spent' : (`spent${batch}` as Set_);
  rows.push({ name, set, outcome });
  if (args.detail === set || (args.detail === 'all' && set !== 'held')) console.log(`${name.padEnd(48)} ${FIELDS.map((f) => `${f} ${outcome[f]}`).join('  ')}`);
}

/** Each held-back batch's one blind figure, all four fields right, taken before it was tuned on. */
const BLIND: Record<number, string> = {
  4: '20/46',
  5: '24/48',
  6: '22/40',
  7: '27/41',
  8: '14/42',
  9: '18/39',
  10: '21/40',
  11: '21/42',
  12: '17/42',
  13: '15/40',
  14: '25/42',
  15: '25/39',
  16: '20/41',
  17: '19/43',
  18: '22/42',
  19: '22/40',
  20: '23/41',
  21: '15/25',
  22: '20/34',
  23: '10/22',
  24: '25/44',
  25: '23/37',
  26: '26/38',
  27: '21/39',
  28: '30/45',
  29: '20/41',
  30: '24/39',
  31: '25/41',
  32: '25/43',
  33: '21/40',
  34: '12/35',
  35: '18/32',
  36: '12/40',
  37: '14/41',
  38: '21/41',
  39: '30/58',
  40: '42/63',
  41: '38/55',
  42: '37/59',
  43: '29/46',
  44: '24/41',
  45: '39/58',
  46: '38/53',
  47: '35/61',
  48: '25/52',
  49: '40/64',
  50: '30/59',
  51: '38/61',
  52: '24/54',
  53: '24/57',
  54: '36/50',
  55: '30/47',
};
const titleOf = (set: Set_): string =>
  set === 'tuned'
    ? 'first corpus (tuned on)'
    : set === 'dev'
      ? 'labelled before the reader ran (batches 2 and 3), development half'
      : set === 'spent'
        ? 'batches 2 and 3, former held-back half (blind once: 18/40; tuned on since)'
        : set === 'held'
          ? `labelled before the reader ran (batch ${HELD_BATCH}), held back whole`
          : `batch ${set.slice(5)}, formerly held back whole (blind once: ${BLIND[Number(set.slice(5))]}; tuned on since)`;
for (const set of ['tuned', 'dev', 'spent', ...SPENT_BATCHES, 'held'] as Set_[]) {
  const r = rows.filter((x) => x.set === set);
  if (!r.length || (set === 'held' && !args.held)) continue;
  const title = titleOf(set);
  console.log(`${title}: ${r.length} announcements`);
  for (const f of FIELDS) {
    const n = (o: Outcome) => r.filter((x) => x.outcome[f] === o).length;
    console.log(`  ${f.padEnd(8)} right ${n('right')}, flagged ${n('flagged')}, silently wrong ${n('wrong')}`);
  }
  const all = r.filter((x) => FIELDS.every((f) => x.outcome[f] === 'right')).length;
  const silent = r.filter((x) => FIELDS.some((f) => x.outcome[f] === 'wrong')).length;
  console.log(`  all four right: ${all}/${r.length} = ${((100 * all) / r.length).toFixed(1)}%; texts with a silently wrong field: ${silent}`);
}
