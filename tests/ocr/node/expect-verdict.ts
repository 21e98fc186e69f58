/** Read a picture with the real engine and check the verdict's kind and three-state answer. */
import { expect } from 'vitest';
import type { ScreenshotRule } from '../../../lib/contests/schema';
import type { OcrEngine } from '../../../lib/ocr/engine';
import type { LangHint } from '../../../lib/ocr/types';
import { verdictState, type VerdictState } from '../../../lib/ocr/verdict-state';

export async function expectVerdict(
  engine: OcrEngine,
  bytes: Buffer,
  rule: ScreenshotRule,
  kind: string,
  state: VerdictState,
  langHint: LangHint = 'auto',
): Promise<void> {
  const outcome = await engine.read(new Uint8Array(bytes), { rule, langHint });
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(outcome.verdict.kind).toBe(kind);
  expect(verdictState(outcome.verdict, rule.kinds)).toBe(state);
}
