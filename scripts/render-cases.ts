/** The rendered screenshots of scripts/bench-renders.ts, as a list (also counted by scripts/doc-figures.ts). */
import { createHash } from 'node:crypto';
import type { VerdictState } from '../lib/ocr/verdict-state';
import { phoneCandyDropJpeg, phoneDepositJpeg, phoneDepositRecordsJpeg, phoneSpotJpeg, phoneWithdrawJpeg } from '../tests/ocr/phone-deposit';
import { worldCases } from '../tests/ocr/world-cases';

export interface RenderCase {
  name: string;
  set: 'phone' | 'world' | 'fresh';
  half: 'dev' | 'test';
  expected: { kind: string; state: VerdictState | VerdictState[] };
  langHint: 'zh-Hans' | 'zh-Hant' | 'en';
  make: () => Promise<Buffer>;
}

/**
 * The renders bench-renders.ts reads: the zh-Hans phone set, the world set and, with `fresh`, a third
 * round of the world's looks held back from all tuning. Each case makes its picture only when asked.
 */
export function renderCases(options: { fresh?: boolean } = {}): RenderCase[] {
  const cases: RenderCase[] = [];
  const add = (name: string, kind: string, state: VerdictState, make: () => Promise<Buffer>) => {
    const half = createHash('sha256').update(name).digest()[0] % 2 === 0 ? 'dev' : 'test';
    cases.push({ name, set: 'phone', half, expected: { kind, state }, langHint: 'zh-Hans', make });
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
          add(`records-${coin}-${theme}-dpr${dpr}-q${quality}`, 'deposit', coin === 'WXTM' ? 'confirmed' : 'not-proof', () =>
            phoneDepositRecordsJpeg({ coin, dpr, quality, dark }),
          );
        }
        for (const coin of ['WXTM', 'ETH']) {
          const theme = dark ? 'dark' : 'light';
          add(`spot-${coin}-${theme}-dpr${dpr}-q${quality}`, 'trade', coin === 'WXTM' ? 'confirmed' : 'not-proof', () =>
            phoneSpotJpeg({ coin, dpr, quality, dark }),
          );
        }
        for (const coin of ['WXTM', 'SAHARA']) {
          const theme = dark ? 'dark' : 'light';
          add(`candydrop-${coin}-${theme}-dpr${dpr}-q${quality}`, 'candydrop', coin === 'WXTM' ? 'confirmed' : 'not-proof', () =>
            phoneCandyDropJpeg({ coin, dpr, quality, dark }),
          );
        }
      }
    }
  }

  for (const w of worldCases())
    cases.push({ name: w.name, set: 'world', half: w.half, expected: { kind: w.kind, state: w.state }, langHint: w.look.lang, make: w.make });
  // A third round of the world's templates, with its own looks: never run before the measurement it
  // was made for, so it stays a held-back set whatever the two halves above have been looked at.
  if (options.fresh) {
    for (const w of worldCases(3).filter((x) => x.name.endsWith('-r2'))) {
      cases.push({ name: w.name, set: 'fresh', half: 'test', expected: { kind: w.kind, state: w.state }, langHint: w.look.lang, make: w.make });
    }
  }
  return cases;
}
