/**
 * The honest verdict in three states, from what the classifier saw. Pure.
 *
 * - `confirmed`: a kind the contest accepts, the contest's token on it, and sure enough: proof.
 * - `not-proof`: clear evidence of something else: another coin's activity, a withdraw page, a
 *   kind the contest does not accept, a post or news item (that merely mentions the token, or
 *   not), a login, API-key, asset-overview or menu page.
 * - `cant-tell`: everything in between: an activity page whose token could not be read, the token
 *   on a page that was not recognised, too little or no readable text, a reading not sure enough.
 *   The extension says what it saw and what was missing, and the writer decides.
 */
import type { ScreenshotKind } from '../contests/schema';
import type { ScreenshotVerdict, VerdictReason } from './types';

export const VERDICT_STATES = ['confirmed', 'cant-tell', 'not-proof'] as const;
export type VerdictState = (typeof VERDICT_STATES)[number];

/** Below this the classifier's kind is a guess: never a green tick on its own. */
export const MIN_CONFIDENCE = 0.5;

/** Pages that are evidence of something else. */
const NOT_PROOF_PAGES: ReadonlySet<VerdictReason> = new Set<VerdictReason>([
  'withdraw-page',
  'mentions-token-only',
  'login-page',
  'api-key-page',
  'assets-page',
  'menu-page',
  'post-page',
]);

export function verdictState(
  v: Pick<ScreenshotVerdict, 'kind' | 'token' | 'confidence' | 'reason'> & { otherTokens?: readonly string[] },
  acceptedKinds: readonly ScreenshotKind[],
  minConfidence = MIN_CONFIDENCE,
): VerdictState {
  const accepts = (k: ScreenshotVerdict['kind']) => k !== 'none' && (acceptedKinds.length === 0 || acceptedKinds.includes(k));
  if (v.kind !== 'none') {
    if (!accepts(v.kind)) return 'not-proof';
    if (v.token) return v.confidence >= minConfidence ? 'confirmed' : 'cant-tell';
    return (v.otherTokens?.length ?? 0) > 0 ? 'not-proof' : 'cant-tell';
  }
  return NOT_PROOF_PAGES.has(v.reason) ? 'not-proof' : 'cant-tell';
}
