import { expect, test } from 'vitest';
import { findContest } from '../../lib/contests';
import type { OcrEngine, ReadOptions } from '../../lib/ocr/engine';
import { bytesToBase64, type OcrReply } from '../../lib/ocr/messages';
import { createOcrService } from '../../lib/ocr/service';
import type { OcrOutcome } from '../../lib/ocr/types';

const rule = findContest('wxtm-2025')!.screenshot;
const verdict: OcrOutcome = {
  ok: true,
  verdict: { kind: 'deposit', token: true, confidence: 0.9, evidence: ['充值記錄'], tokenEvidence: ['WXTM'], otherTokens: [], reason: 'token-activity', scores: { deposit: 5, trade: 0, candydrop: 0 } },
  text: '充值記錄 WXTM',
  ms: 10,
  langs: 'chi_tra',
  width: 100,
  height: 100,
};

/** A stand-in engine whose reads finish when the test says so. */
function fakeEngine() {
  const reads: { options: ReadOptions; finish(outcome: OcrOutcome): void }[] = [];
  const engine: OcrEngine = {
    read: (_bytes, options) => new Promise((resolve) => reads.push({ options, finish: resolve })),
    recognize: () => Promise.reject(new Error('unused')),
    warm: async () => undefined,
    terminate: async () => undefined,
  };
  return { engine, reads };
}

const request = (id: string) => ({ type: 'ocr:read', id, bytesBase64: bytesToBase64(new Uint8Array([1, 2, 3])), langHint: 'zh-Hant', rule });
const tick = () => new Promise((r) => setTimeout(r, 0));

test('the same picture is read once, for every tab that asks, and then served from the cache', async () => {
  const { engine, reads } = fakeEngine();
  const sent: [string, OcrReply][] = [];
  const service = createOcrService(engine, (client, reply) => sent.push([client, reply]));
  service.handle('a', request('h1'));
  service.handle('b', request('h1'));
  expect(reads).toHaveLength(1);
  reads[0].options.onProgress?.({ stage: 'recognizing', progress: 0.5 });
  reads[0].finish(verdict);
  await tick();
  expect(sent.filter(([, r]) => r.type === 'ocr:result').map(([c]) => c).sort()).toEqual(['a', 'b']);
  expect(sent.filter(([, r]) => r.type === 'ocr:progress').map(([c]) => c).sort()).toEqual(['a', 'b']);
  service.handle('c', request('h1'));
  expect(reads).toHaveLength(1);
  expect(sent.at(-1)).toEqual(['c', { type: 'ocr:result', id: 'h1', outcome: verdict }]);
});

test('a read nobody wants any more is cancelled, and a cancelled read is not cached', async () => {
  const { engine, reads } = fakeEngine();
  const service = createOcrService(engine, () => undefined);
  service.handle('a', request('h2'));
  service.handle('b', request('h2'));
  service.handle('a', { type: 'ocr:cancel', id: 'h2' });
  expect(reads[0].options.signal?.aborted).toBe(false);
  service.drop('b');
  expect(reads[0].options.signal?.aborted).toBe(true);
  reads[0].finish({ ok: false, reason: 'cancelled', detail: '', ms: 1 });
  await tick();
  service.handle('a', request('h2'));
  expect(reads).toHaveLength(2);
});

test('a malformed request is refused without reading anything', () => {
  const { engine, reads } = fakeEngine();
  const service = createOcrService(engine, () => undefined);
  service.handle('a', { type: 'ocr:read', id: '', bytesBase64: 42 });
  service.handle('a', 'hello');
  expect(reads).toHaveLength(0);
});
