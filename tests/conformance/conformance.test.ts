/**
 * The one runner of the shared conformance tables (tests/conformance/*.json). Each file is
 * `{suite, cases: [{description, input, expected}]}`; the suite names the function under test:
 *
 * - `count`: `analyzeText(input.text, {unit})` (links and tags left out); `expected` holds any of
 *   count/han/kana/hangul/words/emoji. Both counters (fast and Intl.Segmenter) must agree.
 * - `tags`: `analyzeText(input.text, {tags, chips})` with the seed's tags unless given; `expected`
 *   holds hashtags (as written), found / missing (the required form), foundForms, nearMisses
 *   (subset-matched, in order, all of them), chipNearMisses.
 * - `checklist`: `buildChecklist` on the built-in contest; `expected` holds pass, status, count,
 *   failing (ids of failed items, exactly), statuses (by id), phase, msLeft, nearMisses, messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findContest } from '../../lib/contests';
import { buildChecklist, type PostSnapshot } from '../../lib/rules';
import { analyzeText, countText, countTextReference, type CountUnit, type RequiredTagSpec } from '../../lib/text';

interface Case<I, E> {
  description: string;
  input: I;
  expected: E;
}
interface Table {
  suite: 'count' | 'tags' | 'checklist';
  cases: Case<Record<string, unknown>, Record<string, unknown>>[];
}

const dir = __dirname;
const tables = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, table: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Table }));

const SEED = findContest('wxtm-2025')!;
const SEED_TAGS: RequiredTagSpec[] = SEED.tags;

test('the conformance tables hold at least 60 cases, each with a description, an input and an expectation', () => {
  const cases = tables.flatMap((t) => t.table.cases);
  expect(cases.length).toBeGreaterThanOrEqual(60);
  for (const c of cases) {
    expect(typeof c.description).toBe('string');
    expect(c.input).toBeTypeOf('object');
    expect(c.expected).toBeTypeOf('object');
  }
  const names = cases.map((c) => c.description);
  expect(new Set(names).size).toBe(names.length);
  expect(new Set(tables.map((t) => t.table.suite))).toEqual(new Set(['count', 'tags', 'checklist']));
});

for (const { file, table } of tables) {
  describe(`${file} (${table.suite})`, () => {
    test.each(table.cases.map((c) => [c.description, c] as const))('%s', (_name, c) => {
      if (table.suite === 'count') runCount(c.input as unknown as { text: string; unit?: CountUnit }, c.expected);
      else if (table.suite === 'tags') runTags(c.input as unknown as TagsInput, c.expected);
      else if (table.suite === 'checklist') runChecklist(c.input as unknown as ChecklistInput, c.expected);
      else throw new Error(`unknown suite ${String(table.suite)}`);
    });
  });
}

function runCount(input: { text: string; unit?: CountUnit }, expected: Record<string, unknown>) {
  const analysis = analyzeText(input.text, { unit: input.unit });
  expect(analysis.count).toMatchObject(expected);
  const options = { unit: input.unit, exclude: analysis.excluded };
  expect(countTextReference(input.text, options)).toEqual(countText(input.text, options));
}

interface TagsInput {
  text: string;
  tags?: RequiredTagSpec[];
  chips?: string[];
}

function runTags(input: TagsInput, expected: Record<string, unknown>) {
  const analysis = analyzeText(input.text, { tags: input.tags ?? SEED_TAGS, chips: input.chips });
  const results = analysis.tags;
  if ('hashtags' in expected) expect(analysis.hashtags.map((h) => h.raw)).toEqual(expected.hashtags);
  if ('found' in expected) expect(results.filter((r) => r.found.length > 0).map((r) => r.expected)).toEqual(expected.found);
  if ('missing' in expected) expect(results.filter((r) => r.found.length === 0).map((r) => r.expected)).toEqual(expected.missing);
  if ('foundForms' in expected) expect(results.flatMap((r) => r.found.map((f) => f.form))).toEqual(expected.foundForms);
  const text = results.flatMap((r) => r.nearMisses.filter((m) => m.source === 'text'));
  const chips = results.flatMap((r) => r.nearMisses.filter((m) => m.source === 'chip'));
  if ('nearMisses' in expected) {
    const want = expected.nearMisses as Record<string, unknown>[];
    expect(text).toHaveLength(want.length);
    want.forEach((w, i) => expect(text[i]).toMatchObject(w));
    // The range is exact: the found text is what sits there, and the fix makes the tag.
    for (const m of text) {
      expect(input.text.slice(m.start, m.end)).toBe(m.found);
      const fixed = input.text.slice(0, m.start) + m.fix + input.text.slice(m.end);
      const after = analyzeText(fixed, { tags: input.tags ?? SEED_TAGS });
      expect(after.tags.find((r) => r.expected === m.expected || r.forms.includes(m.expected))!.found.length).toBeGreaterThan(0);
    }
  }
  if ('chipNearMisses' in expected) {
    const want = expected.chipNearMisses as Record<string, unknown>[];
    expect(chips).toHaveLength(want.length);
    want.forEach((w, i) => expect(chips[i]).toMatchObject(w));
  }
}

interface ChecklistInput {
  text?: string;
  textFile?: string;
  append?: string;
  now: string;
  images?: PostSnapshot['images'];
}

function runChecklist(input: ChecklistInput, expected: Record<string, unknown>) {
  const base = input.textFile ? readFileSync(join(dir, input.textFile), 'utf8') : (input.text ?? '');
  const snapshot: PostSnapshot = { text: base + (input.append ?? ''), images: input.images ?? [] };
  const checklist = buildChecklist(snapshot, SEED, Date.parse(input.now));
  const byId = Object.fromEntries(checklist.items.map((i) => [i.id, i]));
  if ('pass' in expected) expect(checklist.pass).toBe(expected.pass);
  if ('status' in expected) expect(checklist.status).toBe(expected.status);
  if ('count' in expected) expect(checklist.facts.count).toBe(expected.count);
  for (const k of ['han', 'words'] as const) {
    if (k in expected) {
      const length = byId.length;
      expect(length.rule === 'length' && length.details[k]).toBe(expected[k]);
    }
  }
  if ('failing' in expected) expect(checklist.items.filter((i) => i.status === 'fail').map((i) => i.id)).toEqual(expected.failing);
  for (const [id, status] of Object.entries((expected.statuses ?? {}) as Record<string, string>)) expect(byId[id]?.status, id).toBe(status);
  for (const [id, key] of Object.entries((expected.messages ?? {}) as Record<string, string>)) expect(byId[id]?.message.key, id).toBe(key);
  if ('phase' in expected) expect(checklist.facts.phase).toBe(expected.phase);
  if ('msLeft' in expected) expect(checklist.facts.msLeft).toBe(expected.msLeft);
  if ('nearMisses' in expected) {
    const want = expected.nearMisses as Record<string, unknown>[];
    expect(checklist.facts.nearMisses).toHaveLength(want.length);
    want.forEach((w, i) => expect(checklist.facts.nearMisses[i]).toMatchObject(w));
  }
}

test("the sample article's count is confirmed by an independent method", () => {
  // Independent of lib/text: Han by the CJK Unified Ideographs blocks, words as ASCII runs (the
  // article has no other script, no emoji, no link, no tag, and no joiner between two letters).
  const article = readFileSync(join(dir, 'seed-article.txt'), 'utf8');
  const han = article.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g)!.length;
  const words = article.match(/[A-Za-z0-9]+/g)!;
  expect(han).toBe(1704);
  expect(words.length).toBe(43);
  expect(new Set(words)).toEqual(new Set(['AI', 'DeAI', 'Web3']));
  expect(article).not.toMatch(/[#＃]|https?:|\p{Extended_Pictographic}|[A-Za-z0-9]['’.\-_][A-Za-z0-9]/u);
  expect(analyzeText(article, { tags: SEED_TAGS }).count.count).toBe(han + words.length);
});
