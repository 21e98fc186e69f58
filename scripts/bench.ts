/**
 * `npm run bench`: a 10,000-字 mixed post through the whole checklist (the work of one keystroke),
 * and its parts. Prints median, p95, mean and max per run in milliseconds. Goal: median < 1 ms.
 *
 *   npm run -s bench [-- --runs 2000]
 */
import { findContest } from '../lib/contests';
import { buildChecklist, checklistBuilder } from '../lib/rules';
import { analyzeText, countText, countTextReference } from '../lib/text';
import { benchPost, BENCH_TARGET } from '../tests/bench/bench-post';
import { screenshotVerdict } from '../tests/rules/helpers';
import { cliArgs } from './cli-input';

const { values } = cliArgs({ options: { runs: { type: 'string', default: '1000' } }, usage: 'usage: npm run -s bench [-- --runs N]' });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs takes a whole number of runs, not "${values.runs}"`);
  process.exit(2);
}
const contest = findContest('wxtm-2025')!;
const now = Date.parse('2025-08-10T12:00:00+08:00');
const text = benchPost();
const images = [
  {
    id: 'a',
    state: 'verdict' as const,
    verdict: screenshotVerdict('deposit', true, 0.9, { evidence: ['充值記錄'], tokenEvidence: ['WXTM'] }),
  },
  { id: 'b', state: 'reading' as const, progress: 0.5 },
];

function measure(name: string, fn: () => unknown, runs = RUNS): void {
  const t0 = performance.now();
  fn(); // first call: also fills the code-point memo
  const first = performance.now() - t0;
  for (let i = 0; i < Math.min(200, runs); i++) fn(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${name.padEnd(34)} median ${q(0.5).toFixed(3)} ms  p95 ${q(0.95).toFixed(3)} ms  mean ${mean.toFixed(3)} ms  max ${times[times.length - 1].toFixed(3)} ms  (first ${first.toFixed(2)} ms, ${runs} runs)`,
  );
}

const checklist = buildChecklist({ text, images }, contest, now);
console.log(
  `post: ${text.length} UTF-16 units, ${checklist.facts.count} 字 (target ${BENCH_TARGET}); ` +
    `tags found ${checklist.facts.tagsFound.length}, pass ${checklist.pass}; node ${process.version}`,
);
measure('buildChecklist (whole checklist)', () => buildChecklist({ text, images }, contest, now));
const untagged = text.slice(0, text.lastIndexOf('\n#WXTM创作大赛#'));
measure('buildChecklist, tags missing', () => buildChecklist({ text: untagged, images }, contest, now));
measure('analyzeText (links, tags, count)', () => analyzeText(text, { tags: contest.tags }));
measure('countText (fast path)', () => countText(text));

// A keystroke as the panel sees it: a 2,000-字 post with "a" typed after a space in its middle, again
// and again, the pictures and the clock unchanged; built from scratch, then by the panel's builder
// (which keeps what the keystroke did not change).
const post = benchPost(2000);
const middle = post.indexOf('\n', post.length / 2);
const typed = Array.from({ length: 64 }, (_, i) => post.slice(0, middle) + ' a'.repeat(i + 1) + post.slice(middle));
let key = 0;
measure('a keystroke, 2,000 字, from scratch', () => buildChecklist({ text: typed[key++ % typed.length], images }, contest, now));
const build = checklistBuilder();
measure('a keystroke, 2,000 字, builder', () => build({ text: typed[key++ % typed.length], images }, contest, now));
measure('countText, Intl.Segmenter reference', () => countTextReference(text), Math.max(20, Math.floor(RUNS / 20)));
