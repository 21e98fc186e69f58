/**
 * The screenshot verdict on phone-shot renders of Gate's app pages, made here (tests/ocr/phone-deposit.ts:
 * deposit with its QR code, deposit records, spot trade, CandyDrop, and the withdraw look-alike), across coins,
 * themes, device pixel ratios and JPEG qualities. The set is split by name into a development half
 * (what tuning may look at) and a test half (what it must not); both are reported.
 *
 *   npx tsx scripts/bench-renders.ts            # both halves, one line per image, then the summary
 *   npx tsx scripts/bench-renders.ts --half test
 */
import { createHash } from 'node:crypto';
import { findContest } from '../lib/contests';
import { createNodeOcrEngine } from '../lib/ocr/node/engine';
import { verdictState, type VerdictState } from '../lib/ocr/verdict-state';
import { phoneCandyDropJpeg, phoneDepositJpeg, phoneDepositRecordsJpeg, phoneSpotJpeg, phoneWithdrawJpeg } from '../tests/ocr/phone-deposit';

interface Case {
  name: string;
  half: 'dev' | 'test';
  expected: { kind: string; state: VerdictState };
  make: () => Promise<Buffer>;
}

const rule = findContest('wxtm-2025')!.screenshot;
const cases: Case[] = [];
const add = (name: string, kind: string, state: VerdictState, make: () => Promise<Buffer>) => {
  const half = createHash('sha256').update(name).digest()[0] % 2 === 0 ? 'dev' : 'test';
  cases.push({ name, half, expected: { kind, state }, make });
};
for (const dpr of [1.5, 2, 3]) {
  for (const quality of [70, 90]) {
    for (const coin of ['WXTM', 'USDT']) {
      const state = coin === 'WXTM' ? 'confirmed' : 'not-proof';
      add(`deposit-${coin}-light-dpr${dpr}-q${quality}`, 'deposit', state, () => phoneDepositJpeg({ coin, dpr, quality }));
      add(`withdraw-${coin}-light-dpr${dpr}-q${quality}`, 'none', 'not-proof', () => phoneWithdrawJpeg({ coin, dpr, quality }));
    }
    for (const dark of [false, true]) {
      for (const coin of ['WXTM', 'BTC']) {
        const theme = dark ? 'dark' : 'light';
        add(`records-${coin}-${theme}-dpr${dpr}-q${quality}`, 'deposit', coin === 'WXTM' ? 'confirmed' : 'not-proof', () => phoneDepositRecordsJpeg({ coin, dpr, quality, dark }));
      }
      for (const coin of ['WXTM', 'ETH']) {
        const theme = dark ? 'dark' : 'light';
        add(`spot-${coin}-${theme}-dpr${dpr}-q${quality}`, 'trade', coin === 'WXTM' ? 'confirmed' : 'not-proof', () => phoneSpotJpeg({ coin, dpr, quality, dark }));
      }
      for (const coin of ['WXTM', 'SAHARA']) {
        const theme = dark ? 'dark' : 'light';
        add(`candydrop-${coin}-${theme}-dpr${dpr}-q${quality}`, 'candydrop', coin === 'WXTM' ? 'confirmed' : 'not-proof', () => phoneCandyDropJpeg({ coin, dpr, quality, dark }));
      }
    }
  }
}

const half = process.argv.includes('--half') ? process.argv[process.argv.indexOf('--half') + 1] : undefined;
const engine = createNodeOcrEngine();
await engine.warm('zh-Hans');
const results: { c: Case; kindRight: boolean; stateRight: boolean; falseConfirm: boolean; ms: number }[] = [];
for (const c of cases.filter((c) => !half || c.half === half)) {
  const outcome = await engine.read(new Uint8Array(await c.make()), { rule, langHint: 'zh-Hans' });
  if (!outcome.ok) {
    console.log(`✗ ${c.half} ${c.name}: ${outcome.reason}`);
    results.push({ c, kindRight: false, stateRight: false, falseConfirm: false, ms: outcome.ms });
    continue;
  }
  const state = verdictState(outcome.verdict, rule.kinds);
  const kindRight = outcome.verdict.kind === c.expected.kind;
  const stateRight = state === c.expected.state;
  const falseConfirm = state === 'confirmed' && c.expected.state !== 'confirmed';
  results.push({ c, kindRight, stateRight, falseConfirm, ms: outcome.ms });
  console.log(`${kindRight && stateRight ? '✓' : '✗'} ${c.half.padEnd(4)} ${c.name.padEnd(34)} ${outcome.verdict.kind.padEnd(9)} ${state.padEnd(9)} ${String(outcome.ms).padStart(5)} ms`);
}
await engine.terminate();
for (const h of ['dev', 'test'] as const) {
  const r = results.filter((x) => x.c.half === h);
  if (!r.length) continue;
  const pct = (n: number) => `${n}/${r.length} = ${((100 * n) / r.length).toFixed(1)}%`;
  const ms = r.reduce((a, x) => a + x.ms, 0);
  console.log(
    `${h.padEnd(4)} half: kind right ${pct(r.filter((x) => x.kindRight).length)}, verdict right ${pct(r.filter((x) => x.stateRight).length)}, ` +
      `false confirmations ${r.filter((x) => x.falseConfirm).length}, ${(ms / 1000).toFixed(1)} s`,
  );
}
