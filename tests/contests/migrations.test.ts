import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseContest } from '../../lib/contests';
import { migrateContestsV2, V1_COPIED_WORDS, withoutHostWords } from '../../lib/contests/migrations';
import { fold } from '../../lib/ocr/classify-fold';
import { allWords, VOCABULARY } from '../../lib/ocr/vocabulary';
import { addCustomContest, customContestsItem, loadCustomContests } from '../../lib/settings/storage';

/** A contest as v1 stored it: the reader copied the built-in contest's OCR words into every draft. */
const V1 = JSON.parse(readFileSync('tests/fixtures/stored/v1-with-copied-words.json', 'utf8'));

beforeEach(() => fakeBrowser.reset());

describe('stored contests keep only their own words (v1 → v2)', () => {
  test('every word the migration drops is one the vocabulary knows: nothing a contest could see is lost', () => {
    const kinds = Object.values(VOCABULARY.kinds).flatMap((k) => [k.titles, k.recordTitles, k.distinctive, k.only, k.shared].flatMap((w) => allWords(w)));
    const known = new Set(kinds.map(fold));
    expect([...V1_COPIED_WORDS].filter((w) => !known.has(fold(w)))).toEqual([]);
  });

  test('the copied vocabulary goes; a word of the contest’s own stays', () => {
    const migrated = withoutHostWords(V1) as typeof V1;
    expect(migrated.screenshot.signals).toEqual({ staking: { distinctive: { en: ['Mining Pool'] } } });
    // Everything else is as it was, and the result is a valid contest.
    expect({ ...migrated, screenshot: { ...migrated.screenshot, signals: V1.screenshot.signals } }).toEqual(V1);
    expect(parseContest(migrated).ok).toBe(true);
  });

  test('what is not shaped like a contest is left as it is (the schema judges it later)', () => {
    expect(migrateContestsV2([null, 3, { id: 'x' }, { screenshot: { signals: 'odd' } }])).toEqual([null, 3, { id: 'x' }, { screenshot: { signals: 'odd' } }]);
    expect(migrateContestsV2('not a list')).toBe('not a list');
  });

  test('a browser with v1 contests stored reads them migrated, and the stored version is 2', async () => {
    await fakeBrowser.storage.local.set({ customContests: [V1], customContests$: { v: 1 } });
    await customContestsItem.migrate();
    const { contests, dropped } = await loadCustomContests();
    expect(dropped).toBe(0);
    expect(Object.keys(contests[0].screenshot.signals)).toEqual(['staking']);
    expect(contests[0].screenshot.signals.staking?.distinctive.en).toEqual(['Mining Pool']);
    expect((await fakeBrowser.storage.local.get('customContests$')).customContests$).toEqual({ v: 2 });
  });

  test('an old export imported again is stored without the copied words', async () => {
    const parsed = parseContest(V1);
    if (!parsed.ok) throw new Error('fixture');
    const saved = await addCustomContest(parsed.contest);
    expect(saved.ok).toBe(true);
    const stored = (await fakeBrowser.storage.local.get('customContests')).customContests as (typeof V1)[];
    expect(stored[0].screenshot.signals).toEqual({ staking: { distinctive: { en: ['Mining Pool'] } } });
  });
});
