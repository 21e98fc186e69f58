/**
 * What saving a contest over a tracked one changes, field by field, old → new, as the review shows
 * it before the writer confirms a replacement (issue 18: "a JSON import with an existing contest's
 * id, window and tag silently replaced it (minimum 300 became 1, a required screenshot became
 * none)"). Pure: two contests and the writer's language in, the changed fields out; an empty list
 * means the two are the same contest, nothing to rewrite.
 *
 * Every field of the schema is compared except `schemaVersion` (one literal) and `id` (a
 * replacement keeps the tracked contest's id). Times are compared as instants and shown as the
 * announcement writes them, in each contest's own offset; words in the writer's language are
 * messages (`{ key, params }`), everything else is shown as it is.
 */
import { formatNumber, type Msg } from '../i18n';
import { kindKey } from '../i18n/messages/rules';
import { formatTag } from '../text/hashtags';
import { offsetLabel, wallClockLabel } from './phase';
import { LANGS, type Contest, type Lang, type LocalizedText } from './schema';

/** The fields a change can name, in the order the review lists them (its own order, top to bottom). */
export const CHANGE_FIELDS = [
  'name',
  'url',
  'tags',
  'length.min',
  'length.unit',
  'window.start',
  'window.end',
  'window.displayOffset',
  'screenshot.requirement',
  'screenshot.kinds',
  'screenshot.token',
  'screenshot.signals',
  'pool',
  'prizes',
  'rules',
] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/** A value as the review shows it: text as it is (numbers, times, tags), or words in the writer's language. */
export type Shown = string | Msg;

export interface ContestChange {
  field: ChangeField;
  before: Shown;
  after: Shown;
}

const NONE: Msg = { key: 'review.diff.none' };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A text in the writer's language; when that is the same on both sides but another language
 * differs, every distinct translation (the writer's first), so a change never shows as "x → x".
 */
function localized(a: LocalizedText, b: LocalizedText, lang: Lang): [string, string] {
  if (a[lang] !== b[lang]) return [a[lang], b[lang]];
  const all = (text: LocalizedText) => [...new Set([lang, ...LANGS].map((l) => text[l]))].join(' / ');
  return [all(a), all(b)];
}

function tags(c: Contest): Shown {
  if (!c.tags.length) return NONE;
  return c.tags.map((tag) => (tag.alternatives.length ? `${formatTag(tag)} (${tag.alternatives.map(formatTag).join(', ')})` : formatTag(tag))).join(' ');
}

function kinds(c: Contest): Shown {
  // No kinds listed: the screenshot rule takes its default kinds (lib/rules/screenshot.ts).
  return c.screenshot.kinds.length ? { key: 'review.diff.kinds', params: { kinds: c.screenshot.kinds.map(kindKey) } } : { key: 'review.diff.defaultKinds' };
}

function token(c: Contest): string {
  const { symbols, names } = c.screenshot.token;
  return names.length ? `${symbols.join(', ')} (${names.join(', ')})` : symbols.join(', ');
}

function signalWords(c: Contest): Shown {
  let n = 0;
  for (const kind of Object.values(c.screenshot.signals)) {
    for (const group of [kind?.titles, kind?.distinctive]) for (const list of Object.values(group ?? {})) n += list?.length ?? 0;
  }
  return n ? { key: 'review.diff.words', params: { n } } : NONE;
}

const amount = (lang: Lang, n: number, unit: string) => `${formatNumber(lang, n)} ${unit}`;

function prizes(c: Contest, lang: Lang, rank: (p: Contest['prizes'][number]) => string): Shown {
  if (!c.prizes.length) return NONE;
  return c.prizes.map((p) => `${rank(p)}: ${formatNumber(lang, p.winners)} × ${amount(lang, p.amount, p.unit)}`).join('; ');
}

/** The changes from `before` (tracked) to `after` (about to be saved), in {@link CHANGE_FIELDS} order. */
export function diffContests(before: Contest, after: Contest, lang: Lang): ContestChange[] {
  const changes: ContestChange[] = [];
  const add = (field: ChangeField, a: Shown, b: Shown) => changes.push({ field, before: a, after: b });

  if (!same(before.name, after.name)) add('name', ...localized(before.name, after.name, lang));
  if (before.url !== after.url) add('url', before.url ?? NONE, after.url ?? NONE);
  if (!same(before.tags, after.tags)) add('tags', tags(before), tags(after));
  if (before.length.min !== after.length.min) add('length.min', formatNumber(lang, before.length.min), formatNumber(lang, after.length.min));
  if (before.length.unit !== after.length.unit) add('length.unit', { key: `review.unit.${before.length.unit}` }, { key: `review.unit.${after.length.unit}` });

  // The same instant written in another offset is the same time: only the zone changes.
  const instant = (iso: string) => Date.parse(iso);
  for (const which of ['start', 'end'] as const) {
    if (instant(before.window[which]) === instant(after.window[which])) continue;
    const shown = (c: Contest) => wallClockLabel(instant(c.window[which]), c.window.displayOffset, { midnightAs24: which === 'end' });
    add(`window.${which}`, shown(before), shown(after));
  }
  if (before.window.displayOffset !== after.window.displayOffset) {
    add('window.displayOffset', offsetLabel(before.window.displayOffset), offsetLabel(after.window.displayOffset));
  }

  const a = before.screenshot;
  const b = after.screenshot;
  if (a.requirement !== b.requirement)
    add('screenshot.requirement', { key: `review.requirement.${a.requirement}` }, { key: `review.requirement.${b.requirement}` });
  if (!same(a.kinds, b.kinds)) add('screenshot.kinds', kinds(before), kinds(after));
  if (!same(a.token, b.token)) add('screenshot.token', token(before), token(after));
  if (!same(a.signals, b.signals)) add('screenshot.signals', signalWords(before), signalWords(after));

  if (!same(before.pool, after.pool)) {
    const pool = (c: Contest) => (c.pool ? amount(lang, c.pool.amount, c.pool.unit) : NONE);
    add('pool', pool(before), pool(after));
  }
  if (!same(before.prizes, after.prizes)) {
    let shownBefore = prizes(before, lang, (p) => p.rank[lang]);
    let shownAfter = prizes(after, lang, (p) => p.rank[lang]);
    // Only a rank's other translation changed: show the ranks in every language.
    if (same(shownBefore, shownAfter)) {
      const all = (p: Contest['prizes'][number]) => [...new Set([lang, ...LANGS].map((l) => p.rank[l]))].join(' / ');
      shownBefore = prizes(before, lang, all);
      shownAfter = prizes(after, lang, all);
    }
    add('prizes', shownBefore, shownAfter);
  }
  if (!same(before.rules, after.rules)) {
    const n = (c: Contest) => c.rules.length;
    // As many rules on both sides: the count alone would read "3 → 3", so the new side says they were edited.
    add(
      'rules',
      { key: 'review.diff.rules', params: { n: n(before) } },
      { key: n(before) === n(after) ? 'review.diff.rulesEdited' : 'review.diff.rules', params: { n: n(after) } },
    );
  }
  return changes;
}
