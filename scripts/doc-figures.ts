/**
 * The figures the docs state about the code and its test data that are cheap to work out (counts of
 * fixtures, renders, vocabulary strings; limits that are constants), worked out from the code
 * itself. tests/docs/figures.test.ts checks the docs' sentences against them; measured figures
 * (times, memory, bundle sizes) are dated in the docs instead, with the command that measures them
 * (the content script's size: scripts/content-script-size.ts).
 *
 *   npx tsx scripts/doc-figures.ts          # the figures, one a line
 *   npx tsx scripts/doc-figures.ts --json   # one JSON object
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { NOTICES } from '../lib/notify';
import { OCR_TIMEOUTS } from '../lib/ocr/timeouts';
import { MAX_IMAGE_BYTES } from '../lib/ocr/types';
import { BENCH_TARGET } from '../tests/bench/bench-post';
import { hugeBlackPng, hugeScreenGif, idatBombPng } from '../tests/ocr/bombs';
import { uiStats } from '../tests/ocr/gate-ui-strings';
import { cliArgs } from './cli-input';
import { renderCases } from './render-cases';

const KB = 1024;
const MB = 1024 * KB;

export function docFigures() {
  const labels = JSON.parse(readFileSync(new URL('../tests/fixtures/ocr/labels.json', import.meta.url), 'utf8')) as { kind: string; token: boolean }[];
  const proofs = labels.filter((l) => l.kind !== 'none' && l.token).length;
  const renders = renderCases();
  const fresh = renderCases({ fresh: true }).filter((c) => c.set === 'fresh').length;
  const ui = uiStats();
  return {
    /** tests/fixtures/ocr/labels.json: the corpus of `npm run bench:ocr`. */
    ocrCorpus: { images: labels.length, proofs, negatives: labels.length - proofs },
    /** scripts/bench-renders.ts: the phone and world sets (the fresh round only with --fresh). */
    renders: { total: renders.length, phone: renders.filter((c) => c.set === 'phone').length, world: renders.filter((c) => c.set === 'world').length, fresh },
    /** tests/ocr/gate-ui-strings.ts: Gate's UI words and their sources. */
    uiStrings: { total: ui.total, sourced: ui.sourced, unsourced: ui.unsourced },
    /** tests/bench/bench-post.ts: the post `npm run bench` times, in 字. */
    benchPostCount: BENCH_TARGET,
    /** lib/ocr/types.ts: a file over this is refused before it is sent. */
    maxImageMB: MAX_IMAGE_BYTES / MB,
    /** lib/ocr/timeouts.ts: the OCR engine stops after this many idle minutes. */
    engineIdleMinutes: OCR_TIMEOUTS.engineIdleMs / 60_000,
    /** lib/notify.ts: hours before a deadline that a notification fires. */
    noticeHours: NOTICES.map((n) => n.before / 3_600_000),
    /** tests/ocr/bombs.ts: the bombs the README names, in bytes. */
    bombs: { hugePng: hugeBlackPng().length, hugeScreenGif: hugeScreenGif().length, idatBomb: idatBombPng().length },
  };
}

/** Bytes the way the docs say them: "386 KB", "1 MB" (binary units, rounded). */
export const kb = (bytes: number) => `${Math.round(bytes / KB)} KB`;
export const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { values } = cliArgs({ options: { json: { type: 'boolean', default: false } }, usage: 'usage: npx tsx scripts/doc-figures.ts [--json]' });
  const f = docFigures();
  if (values.json) console.log(JSON.stringify(f, null, 2));
  else {
    console.log(`OCR corpus: ${f.ocrCorpus.images} images (${f.ocrCorpus.proofs} proofs, ${f.ocrCorpus.negatives} negatives)`);
    console.log(`renders: ${f.renders.total} (${f.renders.phone} phone, ${f.renders.world} world; fresh round ${f.renders.fresh})`);
    console.log(`Gate UI strings: ${f.uiStrings.total} (${f.uiStrings.sourced} with a source, ${f.uiStrings.unsourced} without)`);
    console.log(`bench post: ${f.benchPostCount.toLocaleString('en')} 字`);
    console.log(`largest picture accepted: ${f.maxImageMB} MB`);
    console.log(`OCR engine idle stop: ${f.engineIdleMinutes} minutes`);
    console.log(`deadline notifications: ${f.noticeHours.join(' h, ')} h before`);
    console.log(`bombs: ${kb(f.bombs.hugePng)} PNG 20000², ${f.bombs.hugeScreenGif}-byte GIF, ${mb(f.bombs.idatBomb)} IDAT bomb`);
  }
}
