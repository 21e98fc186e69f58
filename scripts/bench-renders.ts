/**
 * The screenshot verdict on renders made here, in two sets:
 * - `phone`: Gate's app pages in zh-Hans (tests/ocr/phone-deposit.ts: deposit with its QR code,
 *   deposit records, spot trade, CandyDrop, the withdraw look-alike), across coins, themes, device
 *   pixel ratios and JPEG qualities;
 * - `world`: closer to what writers attach (tests/ocr/world-cases.ts): Gate's app and web pages in
 *   three languages, their words from tests/ocr/gate-ui-strings.ts (public sources, not the
 *   classifier's tables): deposit pages ("Deposit WXTM" with its network and minimum), deposit
 *   records (one coin, or WXTM rows among other coins), order history, other exchanges' deposit and
 *   withdraw pages, and pages that prove something else (asset overview, login, API keys, the
 *   account menu, a Square post with or without the token, a deposit page listing WXTM among
 *   popular coins); status bars, JPEG 60–90, DPR 1.5–3 and phones at 1× (360–430 px wide, both
 *   themes), red boxes, mosaics over the address and the QR code, crops, rotations, downscales.
 * Each set is split by name into a development half (what tuning may look at) and a test half
 * (what it must not); both are reported.
 *
 *   npx tsx scripts/bench-renders.ts                   # both sets and halves, one line per image
 *   npx tsx scripts/bench-renders.ts --half test --set world
 *   npx tsx scripts/bench-renders.ts --only gate-deposit
 *   npx tsx scripts/bench-renders.ts --native          # also the native tesseract CLI on each image
 *   npx tsx scripts/bench-renders.ts --half dev --text  # the text read, for the development half's misses
 *   npx tsx scripts/bench-renders.ts --set fresh --fresh  # a third round of looks, held back from all tuning
 *
 * With --native, each image is also written to a temp file and read by the native `tesseract`
 * CLI (scripts/native-tesseract.ts: same traineddata, same languages and psm, single-threaded, one
 * process per image), its text judged by the same classifier: the ratio ours/native per set is
 * printed. Ours is engine.read() (decode, preprocessing, OCR, QR, classification, the closer look).
 */
import { findContest } from '../lib/contests';
import { createNodeOcrEngine } from '../lib/ocr/node/engine';
import { DEFAULT_PREPROCESS } from '../lib/ocr/preprocess';
import { verdictState, type VerdictState } from '../lib/ocr/verdict-state';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyScreenshot } from '../lib/ocr/classify';
import { PIPELINE_PARAMS, TESSERACT_PARAMS } from '../lib/ocr/engine';
import { langsFor } from '../lib/ocr/langs';
import { cliArgs } from './cli-input';
import { renderCases, type RenderCase } from './render-cases';
import { nativeTessdata, runNative } from './native-tesseract';

const { values: args } = cliArgs({
  options: {
    half: { type: 'string' },
    set: { type: 'string' },
    only: { type: 'string' },
    native: { type: 'boolean', default: false },
    text: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    pre: { type: 'string' },
    params: { type: 'string' },
  },
  usage:
    "usage: npx tsx scripts/bench-renders.ts [--half dev|test] [--set phone|world|fresh] [--only WORD] [--native] [--text] [--fresh] [--pre '{...}'] [--params '{...}']",
});

type Case = RenderCase;
const rule = findContest('wxtm-2025')!.screenshot;
const cases = renderCases({ fresh: args.fresh });

const { half, set, only } = args;
// --pre '{"pixelsPerCssPx":1.5}', --params '{"thresholding_method":"1"}': preprocessing and tesseract
// overrides (tuning on the development half).
const engine = createNodeOcrEngine({
  ...(args.pre ? { preprocess: { ...DEFAULT_PREPROCESS, ...JSON.parse(args.pre) } } : {}),
  ...(args.params ? { params: JSON.parse(args.params) } : {}),
});
await engine.warm('zh-Hans');
interface Result {
  c: Case;
  kindRight: boolean;
  stateRight: boolean;
  /** On activity pages: WXTM seen exactly when the page is WXTM's. Undefined on other pages. */
  tokenRight?: boolean;
  falseConfirm: boolean;
  /** The state given, and whether the case is a proof (its right state is confirmed). */
  state: VerdictState | 'failed';
  proof: boolean;
  ms: number;
  native?: { ms: number; stateRight: boolean; falseConfirm: boolean };
}
const withNative = args.native;
const withText = args.text;
const tessdata = withNative ? nativeTessdata() : '';
const tmp = withNative ? mkdtempSync(join(tmpdir(), 'bench-renders-')) : '';
const results: Result[] = [];
const wanted = cases.filter((c) => (!half || c.half === half) && (!set || c.set === set) && (!only || c.name.includes(only)));
for (const c of wanted) {
  const bytes = await c.make();
  const outcome = await engine.read(new Uint8Array(bytes), { rule, langHint: c.langHint });
  const states = ([] as VerdictState[]).concat(c.expected.state);
  if (!outcome.ok) {
    console.log(`✗ ${c.half} ${c.name}: ${outcome.reason}`);
    results.push({
      c,
      kindRight: false,
      stateRight: false,
      tokenRight: c.expected.kind === 'none' ? undefined : false,
      falseConfirm: false,
      state: 'failed',
      proof: states.includes('confirmed'),
      ms: outcome.ms,
    });
    continue;
  }
  const v = outcome.verdict;
  const state = verdictState(v, rule.kinds);
  const kindRight = v.kind === c.expected.kind;
  const stateRight = states.includes(state);
  const tokenRight = c.expected.kind === 'none' ? undefined : v.token === states.includes('confirmed');
  const falseConfirm = state === 'confirmed' && !states.includes('confirmed');
  let native: Result['native'];
  if (withNative) {
    const file = join(tmp, `${c.name}.${bytes[0] === 0x89 ? 'png' : 'jpg'}`);
    writeFileSync(file, bytes);
    // The same tesseract parameters, less the ones that follow from our preprocessing (the CLI reads the original).
    const params = Object.fromEntries(Object.entries({ ...TESSERACT_PARAMS }).filter(([k]) => !(k in PIPELINE_PARAMS)));
    const n = runNative(file, langsFor(c.langHint), params, tessdata);
    const nState = verdictState(classifyScreenshot(n.text, rule), rule.kinds);
    native = { ms: n.ms, stateRight: states.includes(nState), falseConfirm: nState === 'confirmed' && !states.includes('confirmed') };
  }
  results.push({ c, kindRight, stateRight, tokenRight, falseConfirm, state, proof: states.includes('confirmed'), ms: outcome.ms, native });
  const why = kindRight && stateRight ? '' : `  ${v.reason} [${v.evidence.join(', ')}] tok[${v.tokenEvidence.join(', ')}] other[${v.otherTokens.join(', ')}]`;
  console.log(
    `${kindRight && stateRight ? '✓' : '✗'} ${c.half.padEnd(4)} ${c.name.padEnd(60)} ${v.kind.padEnd(9)} ${state.padEnd(9)} ${String(outcome.ms).padStart(5)} ms${why}`,
  );
  // The text read, for a miss of the development half only: the test half is never looked into.
  if (withText && why && c.half === 'dev') console.log(outcome.text.replace(/^/gm, '    | '));
}
await engine.terminate();
for (const s of ['phone', 'world', 'fresh'] as const) {
  for (const h of ['dev', 'test'] as const) {
    const r = results.filter((x) => x.c.half === h && x.c.set === s);
    if (!r.length) continue;
    const pct = (n: number, of = r.length) => `${n}/${of} = ${((100 * n) / of).toFixed(1)}%`;
    const ms = r.reduce((a, x) => a + x.ms, 0);
    const tok = r.filter((x) => x.tokenRight !== undefined);
    // The three states, for proofs and for pictures that are not proof.
    const tally = (list: Result[]) =>
      (['confirmed', 'cant-tell', 'not-proof', 'failed'] as const).map((st) => `${st} ${list.filter((x) => x.state === st).length}`).join(', ');
    const proofs = r.filter((x) => x.proof);
    const others = r.filter((x) => !x.proof);
    console.log(
      `${s} ${h.padEnd(4)} proofs (${proofs.length}): ${tally(proofs)}; confirmed ${pct(proofs.filter((x) => x.state === 'confirmed').length, proofs.length)}`,
    );
    console.log(`${s} ${h.padEnd(4)} not proof (${others.length}): ${tally(others)}`);
    console.log(
      `${s} ${h.padEnd(4)} half: kind right ${pct(r.filter((x) => x.kindRight).length)}, token right ${pct(tok.filter((x) => x.tokenRight).length, tok.length)}, ` +
        `verdict right ${pct(r.filter((x) => x.stateRight).length)}, false confirmations ${r.filter((x) => x.falseConfirm).length}, ${(ms / 1000).toFixed(1)} s`,
    );
    if (withNative) {
      const nms = r.reduce((a, x) => a + (x.native?.ms ?? 0), 0);
      console.log(
        `${s} ${h.padEnd(4)} native: verdict right ${pct(r.filter((x) => x.native?.stateRight).length)}, false confirmations ${r.filter((x) => x.native?.falseConfirm).length}, ` +
          `${(nms / 1000).toFixed(1)} s; ratio ours/native ${(ms / nms).toFixed(2)}`,
      );
    }
  }
}
if (tmp) rmSync(tmp, { recursive: true, force: true });
