/** Shared builders for rule tests: the seed contest, variants of it, and a rule context. */
import { findContest, parseContest, type Contest, type ContestInput } from '../../lib/contests';
import { cleanSnapshot, type ImageOcrState, type PostSnapshot, type Rule, type RuleContext } from '../../lib/rules';
import type { ScreenshotVerdict, VerdictKind, VerdictReason } from '../../lib/ocr/verdict';
import { analyzeText } from '../../lib/text';

export const SEED = findContest('wxtm-2025')!;
export const OPEN_NOW = Date.parse('2025-08-10T12:00:00+08:00');
export const TAGS = '#WXTM创作大赛# #WXTM#';

/** The seed contest with some fields replaced, validated like any contest file. */
export function contestWith(change: (c: ContestInput) => void): Contest {
  const input = structuredClone(SEED) as ContestInput;
  change(input);
  const parsed = parseContest(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.contest;
}

export function ctxFor(snapshot: Partial<PostSnapshot>, contest: Contest = SEED, now = OPEN_NOW): RuleContext {
  const clean = cleanSnapshot({ text: '', images: [], ...snapshot });
  const text = analyzeText(clean.text, { unit: contest.length.unit, tags: contest.tags, chips: clean.tags });
  return { snapshot: clean, contest, now, text };
}

export function run<I>(rule: Rule, snapshot: Partial<PostSnapshot>, contest?: Contest, now?: number): I[] {
  return rule.check(ctxFor(snapshot, contest, now)) as I[];
}

/**
 * A whole verdict as the OCR engine gives it (lib/ocr/verdict.ts), with the reason the classifier
 * would give unless `extra` says otherwise.
 */
export function screenshotVerdict(kind: VerdictKind, token: boolean, confidence = 0.9, extra: Partial<ScreenshotVerdict> = {}): ScreenshotVerdict {
  const others = extra.otherTokens ?? [];
  const reason: VerdictReason =
    kind !== 'none' ? (token ? 'token-activity' : others.length ? 'other-coin' : 'token-not-seen') : token ? 'token-unplaced' : 'not-activity';
  return {
    kind,
    token,
    confidence,
    evidence: ['充值記錄', 'WXTM'],
    tokenEvidence: [],
    otherTokens: others,
    rowEvidence: [],
    reason,
    scores: { deposit: 0, trade: 0, candydrop: 0, staking: 0 },
    ...extra,
  };
}

export const verdict = (kind: VerdictKind, token: boolean, confidence = 0.9, extra: Partial<ScreenshotVerdict> = {}): ImageOcrState => ({
  id: `img-${kind}-${token}`,
  state: 'verdict',
  verdict: screenshotVerdict(kind, token, confidence, extra),
});
