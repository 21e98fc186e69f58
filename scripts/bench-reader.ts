/**
 * The announcement reader on hostile text: milliseconds per adversarial input, to keep every
 * pattern in lib/contests/announcement/ linear (what a quadratic one once cost: docs/measurements.md).
 *
 *   npx tsx scripts/bench-reader.ts                 all inputs, in this process
 *   npx tsx scripts/bench-reader.ts --sizes 10000   only that size (comma-separated list)
 *   npx tsx scripts/bench-reader.ts --only digits   inputs whose name contains "digits"
 *   npx tsx scripts/bench-reader.ts --isolate 30    each input in its own process, killed after
 *                                                   30 s (for measuring a reader that hangs)
 *   npx tsx scripts/bench-reader.ts --raw           the whole text, past the paste limit
 *
 * By default the reader is called the way the options page calls it (the paste limit,
 * MAX_ANNOUNCEMENT_CHARS, applies); `--raw` reads the whole text (`limit: Infinity`), to time the
 * patterns themselves.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readAnnouncement } from '../lib/contests/announcement';
import { cliArgs } from './cli-input';

const NOW = Date.parse('2025-06-01T00:00:00Z');
const SEED = readFileSync(new URL('../tests/fixtures/announcements/wxtm-2025-seed.txt', import.meta.url), 'utf8');

/** `unit` repeated to exactly `n` characters. */
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Each input: a name and a maker for a given length. Shapes that made a pattern backtrack, or could. */
export const ADVERSARIAL: [name: string, make: (n: number) => string][] = [
  ['digits', (n) => fill('1', n)],
  ['digits then a letter', (n) => `${fill('1', n - 1)}x`],
  ['digits with thousands commas', (n) => fill('1,000', n)],
  ['digits with dots', (n) => fill('1.', n)],
  ['digits and spaces', (n) => fill('1 ', n)],
  ['digits with dashes (ranges)', (n) => fill('1-', n)],
  ['spaces between two words', (n) => `a${fill(' ', n - 2)}b`],
  ['spaces after a number', (n) => `1${fill(' ', n - 1)}`],
  ['tabs and ideographic spaces', (n) => fill('\t\u3000', n)],
  ['# signs', (n) => fill('#', n)],
  ['#a runs', (n) => fill('#a', n)],
  ['# and spaces', (n) => fill('# ', n)],
  ['full-width ＃ and digits', (n) => fill('＃1', n)],
  ['punctuation', (n) => fill('.,;:!?', n)],
  ['closing brackets', (n) => fill(')', n)],
  ['a link with a punctuation tail', (n) => `https://www.gate.com/${fill('.', n - 22)}x`],
  ['a link of brackets', (n) => `https://www.gate.com/${fill(')', n - 21)}`],
  ['links of 2,000 brackets each', (n) => fill(`https://www.gate.com/${')'.repeat(1978)} `, n)],
  ['links of 16 brackets each', (n) => fill(`https://www.gate.com/${')'.repeat(16)} `, n)],
  ['links of 2,000 characters, brackets every 16', (n) => fill(`https://www.gate.com/${fill(`${')'.repeat(16)}a`, 1978)} `, n)],
  ['links of 2,000 dots each, then a letter', (n) => fill(`https://www.gate.com/${'.'.repeat(1977)}x `, n)],
  ['dotted domain labels', (n) => fill('a.', n)],
  ['letters', (n) => fill('a', n)],
  ['capital letters (tickers)', (n) => fill('A', n)],
  ['capitalised words (token names)', (n) => fill('Ab ', n)],
  ['Chinese without punctuation', (n) => fill('活動內容', n)],
  ['dates 8月7日', (n) => fill('8月7日', n)],
  ['times 17:00', (n) => fill('17:00 ', n)],
  ['month names', (n) => fill('aug ', n)],
  ['utc offsets', (n) => fill('utc+8 ', n)],
  ['"use" words before a hashtag word', (n) => fill('use ', n - 3) + 'tag'],
  ['amount words (枚 WXTM)', (n) => fill('1 枚 ', n)],
  ['rank words 第1名', (n) => fill('第1-', n)],
  ['top counts', (n) => fill('top 1 ', n)],
  ['a date, then spaces', (n) => `8月7日${fill(' ', n - 5)}x`],
  ['a month name and day, then spaces', (n) => `aug 7${fill(' ', n - 6)}x`],
  ['two dates far apart', (n) => `8月7日${fill(' ', n - 10)}8月12日`],
  ['"minimum", then spaces', (n) => `minimum${fill(' ', n - 8)}x`],
  ['"加" (add), then spaces', (n) => `加${fill(' ', n - 2)}x`],
  ['a number, then spaces and a letter', (n) => `1${fill(' ', n - 2)}x`],
  ['"第", then spaces and a number', (n) => `第${fill(' ', n - 3)}1x`],
  ['a prize rank with a long dash tail', (n) => `第1名${fill('- ', n - 12)}100 USDT`],
  ['capitals before a ticker in brackets', (n) => `${fill('A', n - 7)} (WXTM)`],
  ['many short lines of digits', (n) => fill('1\n', n)],
  ['many lines of tags', (n) => fill('#WXTM#\n', n)],
  ['mixed: digits, spaces, # and dates', (n) => fill('12,345 #1 8月 7 日 17: 00 - ', n)],
  ['the seed announcement, repeated', (n) => fill(`${SEED}\n`, n)],
  ['the seed announcement, then digits', (n) => SEED + fill('9', Math.max(0, n - SEED.length))],
];

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
// Imported (for its table of inputs), it reads no arguments and runs nothing.
const { values: args } = isMain
  ? cliArgs({
      options: {
        sizes: { type: 'string', default: '10000,100000,200000' },
        only: { type: 'string' },
        isolate: { type: 'string' },
        raw: { type: 'boolean', default: false },
        // Internal: the child of --isolate, one input of one size.
        case: { type: 'string' },
        size: { type: 'string' },
      },
      usage: 'usage: npx tsx scripts/bench-reader.ts [--sizes N,N] [--only WORD] [--isolate SECONDS] [--raw]',
    })
  : { values: { sizes: '', raw: false } as { sizes: string; only?: string; isolate?: string; raw: boolean; case?: string; size?: string } };
const sizes = args.sizes.split(',').map(Number);
const { only, isolate, raw } = args;

// `limit` is ignored by a reader without a paste limit (the "before" numbers were taken so).
const readOne = (text: string) => readAnnouncement(text, { now: NOW, ...(raw ? { limit: Infinity } : {}) });

function timeOne(text: string): number {
  const t0 = performance.now();
  readOne(text);
  return performance.now() - t0;
}

const cases = ADVERSARIAL.filter(([name]) => !only || name.includes(only));
const single = args.case;
if (!isMain) {
  // Imported (for its table of inputs): run nothing.
} else if (single !== undefined) {
  // Child mode (--isolate): one input, one number on stdout.
  const [name, make] = ADVERSARIAL.find(([n]) => n === single)!;
  void name;
  process.stdout.write(String(timeOne(make(Number(args.size)))));
} else {
  readOne(SEED); // warm up the patterns and the JIT
  const mode = raw ? 'the whole text (limit: Infinity)' : 'as the options page reads a paste (its limit applies)';
  console.log(`reader: ${mode}; ms per input (${sizes.map((s) => `${s / 1000}k`).join(' / ')} characters)`);
  const width = Math.max(...cases.map(([n]) => n.length));
  for (const [name, make] of cases) {
    const cells: string[] = [];
    for (const size of sizes) {
      if (isolate) {
        const limit = Number(isolate) * 1000;
        const child = spawnSync(
          process.execPath,
          [...process.execArgv, fileURLToPath(import.meta.url), '--case', name, '--size', String(size), ...(raw ? ['--raw'] : [])],
          { timeout: limit, encoding: 'utf8' },
        );
        cells.push(child.status === 0 ? `${Number(child.stdout).toFixed(1)}` : child.signal ? `> ${limit / 1000} s` : 'error');
      } else {
        cells.push(timeOne(make(size)).toFixed(1));
      }
    }
    console.log(`${name.padEnd(width)}  ${cells.map((c) => c.padStart(10)).join(' ')}`);
  }
}
