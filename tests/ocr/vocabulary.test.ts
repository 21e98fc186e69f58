import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fold } from '../../lib/ocr/classify-fold';
import { allWords, parseVocabulary, VOCABULARY } from '../../lib/ocr/vocabulary';

const raw = JSON.parse(readFileSync('lib/ocr/vocabulary/host-words.json', 'utf8'));

describe('one vocabulary of host UI words, validated by its schema', () => {
  test('the shipped file is valid, versioned, and lists Gate first', () => {
    expect(VOCABULARY.version).toBe(1);
    for (const kind of Object.values(VOCABULARY.kinds)) expect(Object.keys(kind.titles)[0]).toBe('gate');
    expect(Object.keys(VOCABULARY.kinds.deposit.only!)).toEqual(['gate', 'okx', 'binance']);
  });

  /* eslint-disable @typescript-eslint/no-explicit-any -- each case spoils a plain copy of the raw JSON, whatever its shape */
  test.each([
    ['a missing kind', (v: any) => delete v.kinds.trade, 'kinds.trade'],
    ['an empty word', (v: any) => v.kinds.deposit.titles.gate.en.push(''), 'kinds.deposit.titles.gate.en.'],
    ['an unknown language', (v: any) => (v.kinds.deposit.titles.gate.fr = ['Dépôt']), 'kinds.deposit.titles.gate'],
    ['a misspelt role', (v: any) => (v.withdraw.onyl = v.withdraw.only), 'withdraw'],
    ['a future version', (v: any) => (v.version = 2), 'version'],
    ['a page that needs no words', (v: any) => (v.pages.login.need = 0), 'pages.login.need'],
    /* eslint-enable @typescript-eslint/no-explicit-any */
  ])('%s is refused with its path', (_name, spoil, path) => {
    const copy = structuredClone(raw);
    spoil(copy);
    expect(() => parseVocabulary(copy)).toThrow(path);
  });

  test('no word is listed twice for one role of one host (a fold that is the same word)', () => {
    const roles: [string, Record<string, Record<string, string[]>>][] = [];
    for (const [kind, v] of Object.entries(VOCABULARY.kinds))
      for (const [role, byHost] of Object.entries(v)) if (byHost) roles.push([`${kind}.${role}`, byHost as never]);
    for (const [name, byHost] of roles) {
      for (const [host, langs] of Object.entries(byHost)) {
        for (const [lang, words] of Object.entries(langs)) {
          const folded = words.map(fold);
          expect(new Set(folded).size, `${name}.${host}.${lang}`).toBe(folded.length);
        }
      }
    }
  });

  test('allWords keeps every spelling once, Gate’s first', () => {
    const words = allWords(VOCABULARY.kinds.deposit.only);
    expect(words[0]).toBe('充值地址');
    expect(words).toContain('保存并分享地址');
    expect(new Set(words).size).toBe(words.length);
  });
});
