/**
 * The activity screenshot. The contest requirement it enforces (seed announcement):
 *
 * > 附本人活動截圖(如充值記錄、交易頁面或 CandyDrop 報名圖)
 * > 評選標準: … 附帶參與截圖者優先
 *
 * An image is proof when the OCR verdict shows an accepted kind (deposit / trade / candydrop, as
 * the contest lists them) AND the contest's token. With `requirement: "preferred"` (the seed) a
 * missing proof is a recommendation (`warn`, not required); with `"required"` it fails the post.
 * While an image is being read the item is `pending`. Each picture's verdict has three states
 * (lib/ocr/verdict-state.ts): confirmed, can't tell, not proof. A picture the extension cannot
 * judge is never a green tick and never called "not proof": the item says so, and the writer may
 * mark the picture as theirs ("this is my WXTM deposit record"), which then passes as confirmed by
 * them.
 */
import { hasMessage } from '../i18n';
import { kindKey } from '../i18n/messages/rules';
import type { ScreenshotKind } from '../contests/schema';
import { MAX_IMAGE_BYTES, TRANSIENT_FAILURES } from '../ocr/types';
import { MIN_CONFIDENCE, verdictState } from '../ocr/verdict-state';
import type { ImageOcrState, ImageRow, Msg, Rule, ScreenshotItem } from './types';

export { MIN_CONFIDENCE };

export const screenshotRule: Rule<ScreenshotItem> = {
  id: 'screenshot',
  reads: ['images'],
  check({ contest, snapshot }) {
    const rule = contest.screenshot;
    const token = rule.token.symbols[0] ?? '';
    const kinds = [...rule.kinds];
    const images = snapshot.images.map((image, i) => imageRow(image, i + 1, token, kinds));
    // The kinds this contest takes, said in the writer's language ("充值記錄、交易頁面或 CandyDrop 報名").
    const kindNames = acceptedKinds(kinds).map(kindKey);
    const base = { id: 'screenshot', rule: 'screenshot' as const, required: rule.requirement === 'required' };
    const details = { requirement: rule.requirement, kinds, token, images };

    if (rule.requirement === 'none') {
      return [{ ...base, status: 'info', message: { key: 'rules.screenshot.none' }, details }];
    }
    // The writer's own word counts as much as a confirmed reading; a confirmed reading first.
    const proofs = images
      .filter((row) => row.status === 'proof')
      .sort((a, b) => Number(a.byWriter ?? false) - Number(b.byWriter ?? false) || (b.confidence ?? 0) - (a.confidence ?? 0));
    const best = proofs[0];
    if (best && best.kind && best.kind !== 'none') {
      const proof = { id: best.id, position: best.position, kind: best.kind, ...(best.byWriter ? { byWriter: true } : {}) };
      return [
        {
          ...base,
          status: 'pass',
          message: {
            key: `rules.screenshot.${best.byWriter ? 'byWriter' : 'pass'}.${best.kind}`,
            params: { token, position: best.position, confidence: Math.round((best.confidence ?? 0) * 100) },
          },
          details: { ...details, proof },
        },
      ];
    }
    const level = rule.requirement === 'required' ? 'required' : 'preferred';
    const missStatus = rule.requirement === 'required' ? 'fail' : 'warn';
    const pending = images.filter((row) => row.status === 'pending').length;
    if (pending > 0) {
      return [
        {
          ...base,
          status: 'pending',
          message: { key: 'rules.screenshot.reading', params: { pending, total: images.length } },
          details,
        },
      ];
    }
    if (images.length === 0) {
      return [{ ...base, status: missStatus, message: { key: `rules.screenshot.missing.${level}`, params: { token, kinds: kindNames } }, details }];
    }
    // Pictures the extension cannot judge: it says so, and the writer decides.
    const unsure = images.filter((row) => row.status === 'unsure');
    if (unsure.length > 0) {
      return [
        {
          ...base,
          status: missStatus === 'fail' ? 'fail' : 'warn',
          message: { key: `rules.screenshot.unsure.${level}`, params: { token, position: unsure[0].position, total: images.length } },
          details,
        },
      ];
    }
    return [
      {
        ...base,
        status: missStatus,
        message: { key: `rules.screenshot.noProof.${level}`, params: { token, total: images.length, kinds: kindNames } },
        details,
      },
    ];
  },
};

/** The kinds a contest takes; a contest that lists none takes the three of the seed announcement. */
function acceptedKinds(kinds: readonly ScreenshotKind[]): ScreenshotKind[] {
  return kinds.length ? [...kinds] : ['deposit', 'trade', 'candydrop'];
}

function imageRow(image: ImageOcrState, position: number, token: string, kinds: readonly ScreenshotKind[]): ImageRow {
  const base = { id: image.id, ...(image.name !== undefined ? { name: image.name } : {}), position, state: image.state };
  const accepted = acceptedKinds(kinds);
  switch (image.state) {
    case 'unread':
      return { ...base, status: 'pending', message: { key: 'rules.image.unread', params: { position } } };
    case 'reading': {
      const progress = clamp01(image.progress);
      return {
        ...base,
        status: 'pending',
        progress,
        message: { key: 'rules.image.reading', params: { position, percent: Math.round(progress * 100) } },
      };
    }
    case 'failed':
      return {
        ...base,
        status: 'failed',
        retryable: RETRYABLE.has(String(image.reason)),
        message: failureMessage(position, String(image.reason)),
      };
    case 'verdict': {
      const v = image.verdict;
      const kind = v.kind;
      const facts = {
        kind,
        token: v.token,
        confidence: v.confidence,
        // What the panel shows as seen: the records' row that proves it (its time, amount and
        // status), then the page's words, then how the token was read.
        evidence: [...v.rowEvidence, ...v.evidence, ...v.tokenEvidence],
      };
      const evidence = facts.evidence.slice(0, 3).join(', ');
      const params = { position, token, evidence, kinds: accepted.map(kindKey) };
      const others = v.otherTokens;
      // The writer's word: "this is my WXTM deposit record" — the last word, shown as theirs.
      const mine = image.confirmedByWriter;
      if (mine && accepted.includes(mine)) {
        return {
          ...base,
          ...facts,
          kind: mine,
          status: 'proof',
          verdictState: 'confirmed',
          byWriter: true,
          message: { key: `rules.image.byWriter.${mine}`, params },
        };
      }
      const state = verdictState(v, kinds);
      // What the writer may say it is instead: the kind seen, else every kind the contest takes.
      const confirmKinds = state === 'confirmed' ? undefined : kind !== 'none' && accepted.includes(kind) ? [kind] : accepted;
      let message: Msg;
      if (state === 'confirmed' && kind !== 'none') message = { key: `rules.image.proof.${kind}`, params };
      else if (kind !== 'none' && !accepted.includes(kind)) message = { key: `rules.image.wrongKind.${kind}`, params };
      else if (kind !== 'none' && facts.token) message = { key: `rules.image.unsure.${kind}`, params };
      else if (kind !== 'none') {
        message =
          others.length > 0
            ? { key: `rules.image.otherCoin.${kind}`, params: { ...params, other: others.join(', ') } }
            : { key: `rules.image.noToken.${kind}`, params };
      } else if (v.reason === 'withdraw-page') message = { key: 'rules.image.withdraw', params };
      else if (v.reason === 'mentions-token-only') message = { key: 'rules.image.mentionOnly', params };
      else if (v.reason in OTHER_PAGE_KEYS) message = { key: OTHER_PAGE_KEYS[v.reason as keyof typeof OTHER_PAGE_KEYS], params };
      else if (v.reason === 'token-unplaced') message = { key: 'rules.image.tokenUnplaced', params };
      else if (v.reason === 'no-text') message = { key: 'rules.image.noText', params };
      else message = { key: 'rules.image.notActivity', params };
      return {
        ...base,
        ...facts,
        status: state === 'confirmed' ? 'proof' : state === 'not-proof' ? 'not-proof' : 'unsure',
        verdictState: state,
        ...(confirmKinds ? { confirmKinds } : {}),
        message,
      };
    }
    default:
      return { ...base, status: 'failed', message: { key: 'rules.image.failed', params: { position, reason: 'invalid-state' } } };
  }
}

/** Pages that are evidence of something else, each with its sentence. */
const OTHER_PAGE_KEYS = {
  'login-page': 'rules.image.loginPage',
  'api-key-page': 'rules.image.apiKeyPage',
  'assets-page': 'rules.image.assetsPage',
  'menu-page': 'rules.image.menuPage',
  'post-page': 'rules.image.postPage',
} as const;

function clamp01(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/**
 * Failures about the moment, not the picture: the panel offers to read it again (a preview whose
 * bytes could not be had may be reachable a moment later, once it has loaded).
 */
const RETRYABLE: ReadonlySet<string> = new Set([...TRANSIENT_FAILURES, 'unreachable']);

/** A sentence for the failure when there is one for its reason, else the generic one naming the code. */
function failureMessage(position: number, reason: string): Msg {
  const key = `rules.image.failed.${reason}`;
  const limit = Math.round(MAX_IMAGE_BYTES / 1024 / 1024);
  return hasMessage(key) ? { key, params: { position, limit } } : { key: 'rules.image.failed', params: { position, reason } };
}
