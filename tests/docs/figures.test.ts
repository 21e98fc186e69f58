/**
 * The figures the docs state about the code and its test data, against what scripts/doc-figures.ts
 * works out from the code (`npx tsx scripts/doc-figures.ts` prints them). A figure that is measured
 * (time, memory, bundle size) is dated in the docs instead, with the command that reruns it: this
 * test checks that every such figure in the README carries a date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docFigures, kb, mb } from '../../scripts/doc-figures';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');
const readme = read('README.md');
const ocrReadme = read('lib/ocr/README.md');
const uiSources = read('docs/ocr-ui-sources.md');
const f = docFigures();

describe('figures the docs state are the code’s', () => {
  test('the OCR corpus (tests/fixtures/ocr/labels.json)', () => {
    expect(readme).toContain(`the ${f.ocrCorpus.images}-image corpus`);
    expect(ocrReadme).toContain(`on the ${f.ocrCorpus.images} images of \`tests/fixtures/ocr/labels.json\``);
  });

  test('the renders of bench:renders', () => {
    expect(readme).toContain(`# ${f.renders.total} renders made here`);
    expect(ocrReadme).toContain(`reads ${f.renders.total} pictures made here`);
    expect(ocrReadme).toContain(`the ${f.renders.phone} zh-Hans phone renders`);
    expect(ocrReadme).toContain(`and ${f.renders.world} "world" renders`);
    expect(f.renders.total).toBe(f.renders.phone + f.renders.world);
  });

  test("Gate's UI strings and their sources", () => {
    expect(uiSources).toContain(`(${f.uiStrings.total} strings: ${f.uiStrings.sourced} with a source, ${f.uiStrings.unsourced} without;`);
  });

  test('the bench post', () => {
    expect(readme).toContain(`${f.benchPostCount.toLocaleString('en')}-字 post through the checklist`);
  });

  test('limits that are constants', () => {
    expect(readme).toContain(`files over ${f.maxImageMB} MB are refused`);
    expect(readme).toContain(`stops again after ${f.engineIdleMinutes} idle minutes`);
    expect(f.noticeHours).toEqual([24, 1]);
    expect(readme).toContain('notifications 24 hours and 1 hour before');
  });

  test('the image bombs named (tests/ocr/bombs.ts)', () => {
    expect(readme).toContain(`a ${kb(f.bombs.hugePng)} PNG declaring 20000×20000 px`);
    expect(readme).toContain(`a ${f.bombs.hugeScreenGif}-byte GIF declaring a 10000² screen`);
    expect(readme).toContain(`a ${mb(f.bombs.idatBomb)} PNG inflating to 1 GB`);
  });
});

describe('measured figures are dated, with the command that reruns them', () => {
  test.each([
    ['the bombs’ peak memory', /within 225 MB \(measured \d{4}-\d{2}-\d{2}; rerun: `npm run -s bench:bombs`\)/],
    ['the first verdict', /under a second on a 2-core machine \(measured \d{4}-\d{2}-\d{2}: `docs\/ocr-latency\.md`; rerun: /],
    ['the panel renderer’s size', /measured \d{4}-\d{2}-\d{2}: ~12 KB instead of react-dom's ~190 KB; rerun: `npx tsx scripts\/content-script-size\.ts`/],
  ])('%s', (_name, pattern) => {
    expect(readme).toMatch(pattern);
  });

  test('every benchmark result in lib/ocr/README.md names its date', () => {
    const results = ocrReadme.match(/(Result|Measured|Run of)[^.:]{0,80}/g) ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r).toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
