/**
 * Where a read's time went in the OCR host (lib/ocr/stage-marks.ts): the offscreen document's
 * `gsc-ocr:` User Timing entries, read over CDP, on the test's clock (epoch ms), so they line up
 * with the moment the test attached the picture.
 */
import type { BrowserContext } from '@playwright/test';
import { offscreenTarget } from './lifecycle';

export interface HostStage {
  name: string;
  /** Epoch ms. */
  start: number;
  duration: number;
}

export interface HostTimeline {
  /** When the offscreen document began loading (epoch ms). */
  created: number;
  stages: HostStage[];
}

const EXPRESSION = `JSON.stringify({
  origin: performance.timeOrigin,
  stages: performance.getEntries().filter((e) => e.name.startsWith('gsc-ocr:')).map((e) => ({ name: e.name.slice(8), start: e.startTime, duration: e.duration })),
})`;

/** The offscreen document's stages, or null when there is no document (Firefox, or none yet). */
export async function hostTimeline(context: BrowserContext): Promise<HostTimeline | null> {
  const found = await offscreenTarget(context);
  if (!found) return null;
  const { cdp, targetId } = found;
  try {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const reply = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer from the offscreen document')), 5_000);
      cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
        if (e.sessionId !== sessionId) return;
        const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: string } } };
        if (m.id !== 1) return;
        clearTimeout(timer);
        resolve(m.result?.result?.value ?? '');
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: EXPRESSION, returnByValue: true } }),
    });
    const { origin, stages } = JSON.parse(await reply) as { origin: number; stages: { name: string; start: number; duration: number }[] };
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return {
      created: origin,
      stages: stages.map((s) => ({ name: s.name, start: origin + s.start, duration: s.duration })).sort((a, b) => a.start - b.start),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * "document created +130, host-connect +388, decode +424 (123 ms), …": each stage's start relative
 * to `t0` (negative: before it), and its length; stages that started before `since` are left out
 * (an earlier read's).
 */
export function describeTimeline(timeline: HostTimeline | null, t0: number, since = t0): string {
  if (!timeline) return 'no OCR document';
  const rel = (t: number) => `${t >= t0 ? '+' : '−'}${Math.abs(Math.round(t - t0))}`;
  const parts = timeline.created >= since ? [`document created ${rel(timeline.created)}`] : [];
  for (const s of timeline.stages) {
    if (s.start < since) continue;
    parts.push(s.duration > 0 ? `${s.name} ${rel(s.start)} (${Math.round(s.duration)} ms)` : `${s.name} ${rel(s.start)}`);
  }
  return parts.join(', ');
}
