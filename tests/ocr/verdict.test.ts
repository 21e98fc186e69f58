/**
 * One verdict type from the engine to the panel (lib/ocr/verdict.ts): what the classifier returns
 * passes its schema unchanged, the messages validate with it, the client hands it on as it came,
 * and the rules take it whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findContest } from '../../lib/contests';
import { classifyScreenshot } from '../../lib/ocr/classify';
import { createOcrClient, type PortLike } from '../../lib/ocr/client';
import { OcrReply } from '../../lib/ocr/messages';
import { OcrOutcomeSchema, ScreenshotVerdictSchema, VERDICT_REASONS, type ScreenshotVerdict } from '../../lib/ocr/verdict';
import * as types from '../../lib/ocr/types';
import { cleanSnapshot } from '../../lib/rules';
import { screenshotVerdict } from '../rules/helpers';

const rule = findContest('wxtm-2025')!.screenshot;
const TEXTS = join(process.cwd(), 'tests/fixtures/ocr/texts');

test('the reasons a verdict can give, and the five pages that are evidence of something else', () => {
  expect(VERDICT_REASONS).toEqual([
    'token-activity',
    'other-coin',
    'token-not-seen',
    'mentions-token-only',
    'not-activity',
    'no-text',
    'withdraw-page',
    'token-unplaced',
    'login-page',
    'api-key-page',
    'assets-page',
    'menu-page',
    'post-page',
  ]);
  expect(ScreenshotVerdictSchema.shape.reason.options).toEqual([...VERDICT_REASONS]);
});

test('lib/ocr/types re-exports the one verdict (its callers import from there)', () => {
  expect(types.VERDICT_REASONS).toBe(VERDICT_REASONS);
  expect(types.VERDICT_KINDS).toEqual(['deposit', 'trade', 'candydrop', 'staking', 'none']);
});

describe('what the classifier returns is a verdict as the schema says, unchanged by validation', () => {
  const files = readdirSync(TEXTS).filter((f) => f.endsWith('.txt') && !f.endsWith('.native.txt'));
  test.each(files)('%s', (file) => {
    const verdict = classifyScreenshot(readFileSync(join(TEXTS, file), 'utf8'), rule);
    expect(ScreenshotVerdictSchema.parse(verdict)).toEqual(verdict);
  });
});

test('a verdict without rows (from a host of an earlier version) gets none, and keeps everything else', () => {
  const { rowEvidence: _rows, ...older } = screenshotVerdict('deposit', true);
  const parsed = ScreenshotVerdictSchema.parse(older);
  expect(parsed.rowEvidence).toEqual([]);
  expect(parsed).toEqual({ ...older, rowEvidence: [] });
});

test.each([
  ['an unknown reason', { reason: 'looks-fine' }],
  ['an unknown kind', { kind: 'selfie' }],
  ['a confidence over 1', { confidence: 1.5 }],
  ['evidence that is no list of words', { evidence: 'WXTM' }],
  ['no token evidence at all', { tokenEvidence: undefined }],
])('a verdict with %s is refused', (_name, change) => {
  expect(ScreenshotVerdictSchema.safeParse({ ...screenshotVerdict('deposit', true), ...change }).success).toBe(false);
});

describe('engine → message → client → rules: one verdict, never reshaped', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A client over a port the test answers as the host would. */
  function clientWithHost() {
    const listeners: ((m: unknown) => void)[] = [];
    const posted: { type: string; id: string }[] = [];
    const port: PortLike = {
      postMessage: (m) => posted.push(m as { type: string; id: string }),
      disconnect: () => undefined,
      onMessage: { addListener: (l) => listeners.push(l) },
      onDisconnect: { addListener: () => undefined },
    };
    const client = createOcrClient(() => port, { idleMs: 1_000 });
    return { client, posted, answer: (m: unknown) => listeners.forEach((l) => l(m)) };
  }

  const TEXT = '充值記錄\nWXTM\n已完成\n2025-08-05 14:02 120 WXTM\n地址 0x3f5C 網絡 ERC20';

  test('the verdict the engine made is the verdict the rules read', async () => {
    const verdict: ScreenshotVerdict = classifyScreenshot(TEXT, rule);
    const outcome = { ok: true as const, verdict, text: TEXT, ms: 12, langs: 'chi_tra', width: 390, height: 844 };
    // The host's message passes the protocol's schema (the one the relay and the client use).
    const message = { type: 'ocr:result', id: 'x', outcome };
    expect(OcrReply.parse(message)).toEqual(message);
    const { client, posted, answer } = clientWithHost();
    const read = client.read('hash', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
    answer({ ...message, id: posted[0].id });
    const got = await read;
    expect(got).toEqual(outcome);
    // The content script puts the outcome's verdict into the snapshot as it is; the rules keep it.
    const [image] = cleanSnapshot({ text: '', images: [{ id: 'a', state: 'verdict', verdict: got.ok ? got.verdict : null }] }).images;
    expect(image).toEqual({ id: 'a', state: 'verdict', verdict });
  });

  test('a result whose verdict breaks the schema never reaches the caller: the read times out instead', async () => {
    const { client, posted, answer } = clientWithHost();
    const read = client.read('hash', new Uint8Array(3), { rule, langHint: 'zh-Hant' });
    const verdict = { ...screenshotVerdict('deposit', true), reason: 'looks-fine' };
    answer({ type: 'ocr:result', id: posted[0].id, outcome: { ok: true, verdict, text: '', ms: 1, langs: 'eng', width: 1, height: 1 } });
    await vi.advanceTimersByTimeAsync(1_001);
    expect(await read).toMatchObject({ ok: false, reason: 'timeout' });
  });

  test('the rules refuse a broken verdict as an image in error, never half a verdict', () => {
    const [image] = cleanSnapshot({ images: [{ id: 'a', state: 'verdict', verdict: { ...screenshotVerdict('deposit', true), reason: 'looks-fine' } }] }).images;
    expect(image).toEqual({ id: 'a', state: 'failed', reason: 'invalid-state' });
  });

  test('an outcome is a verdict or a failure with a known reason', () => {
    expect(OcrOutcomeSchema.safeParse({ ok: false, reason: 'truncated', detail: 'cut', ms: 1 }).success).toBe(true);
    expect(OcrOutcomeSchema.safeParse({ ok: false, reason: 'gremlins', detail: 'cut', ms: 1 }).success).toBe(false);
  });
});
