/**
 * A proof kind that is contest data, not code: the PUBLIC contest's announcement (a real Gate Square
 * text) asks for a Launchpool staking screenshot; the reader turns it into a contest whose rule
 * takes `staking`, and the real tesseract.js reads a Launchpool page made here as that proof.
 */
import { readFileSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import { parseContest } from '../../../lib/contests';
import { readAnnouncement } from '../../../lib/contests/announcement';
import { createNodeOcrEngine } from '../../../lib/ocr/node/engine';
import { expectVerdict } from './expect-verdict';
import { gateDeposit, gateLaunchpool } from '../world-renders';

const draft = readAnnouncement(readFileSync('tests/fixtures/announcements/real/public-contest-zh-hans.txt', 'utf8'), {
  now: Date.parse('2025-08-19T00:00:00Z'),
});
const parsed = parseContest(draft.contest);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const rule = parsed.contest.screenshot;
const engine = createNodeOcrEngine();
afterAll(() => engine.terminate());

test('the announcement asks for a Launchpool staking record of PUBLIC', () => {
  expect(rule.kinds).toEqual(['staking']);
  expect(rule.token.symbols[0]).toBe('PUBLIC');
});

test.each([
  [
    'a PUBLIC Launchpool page (zh-Hans, DPR 3) is the proof',
    () => gateLaunchpool({ lang: 'zh-Hans', coin: 'PUBLIC', dpr: 3, quality: 80 }),
    'staking',
    'confirmed',
  ],
  [
    'a PUBLIC Launchpool page (en, dark, DPR 2) is the proof',
    () => gateLaunchpool({ lang: 'en', coin: 'PUBLIC', dark: true, dpr: 2, quality: 70 }),
    'staking',
    'confirmed',
  ],
  [
    'another project’s Launchpool page is not proof for PUBLIC',
    () => gateLaunchpool({ lang: 'zh-Hans', coin: 'SAHARA', dpr: 3, quality: 80 }),
    'staking',
    'not-proof',
  ],
  [
    'a PUBLIC deposit page is a kind this contest does not take',
    () => gateDeposit({ lang: 'zh-Hans', coin: 'PUBLIC', dpr: 3, quality: 80 }),
    'deposit',
    'not-proof',
  ],
] as const)(
  '%s',
  async (_name, make, kind, state) => {
    await expectVerdict(engine, await make(), rule, kind, state, 'auto');
  },
  60_000,
);
