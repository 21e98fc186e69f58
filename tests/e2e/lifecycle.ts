/**
 * Faults the browser inflicts on an extension, inflicted on purpose in real Chromium: the service
 * worker stopped (as Chrome does after ~30 s idle; an attached DevTools session keeps it alive, so
 * it has to be stopped through CDP), the extension's renderer process crashed (the offscreen
 * document and the worker with it), the offscreen document closed.
 */
import type { BrowserContext, CDPSession } from '@playwright/test';
import { expect } from './fixtures';

interface SwVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/** Stop the extension's service worker (CDP ServiceWorker.stopWorker from an extension page). */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  // An extension page to hold the CDP session, loaded (the worker is then reported reliably). When
  // the offscreen document is paused in the debugger, the extension's renderer (which this page
  // shares) runs none of its scripts and the load event never comes: the committed page serves.
  await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load', timeout: 5_000 }).catch(() => undefined);
  const cdp = await context.newCDPSession(page);
  const versions = new Map<string, SwVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: SwVersion[] }) => {
    for (const v of e.versions) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...versions.values()].some((v) => v.scriptURL.includes(extensionId))).toBe(true);
  // Stopped until it stays stopped: the popup page that holds the session asks the worker for its
  // state as it loads, and on a loaded machine that question can come after the stop and wake it.
  await expect
    .poll(
      async () => {
        const ours = [...versions.values()].filter((v) => v.scriptURL.includes(extensionId));
        for (const v of ours)
          if (v.runningStatus === 'running' || v.runningStatus === 'starting') await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
        return ours.every((v) => v.runningStatus === 'stopped');
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await cdp.detach();
  await page.close();
}

async function targets(cdp: CDPSession) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos;
}

/**
 * The offscreen document's target, if one exists. A picture shows "reading" as soon as its bytes
 * are on their way, which can be before the worker has created the document: `waitMs` gives it
 * that long to appear.
 */
export async function offscreenTarget(context: BrowserContext, waitMs = 0): Promise<{ cdp: CDPSession; targetId: string } | null> {
  const page = context.pages().find((p) => p.url().startsWith('https://')) ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const target = (await targets(cdp)).find((t) => t.url.endsWith('/offscreen.html'));
    if (target) return { cdp, targetId: target.targetId };
    if (Date.now() >= deadline) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Crash the offscreen document's renderer (Page.crash): in Chromium that process hosts the worker too. */
export async function crashOffscreen(context: BrowserContext): Promise<void> {
  const found = await offscreenTarget(context, 20_000);
  expect(found, 'an offscreen document to crash').not.toBeNull();
  const { cdp, targetId } = found!;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  // Asked again every 2 s until the document is gone (on a loaded machine the first request can be
  // lost while the session settles, and tearing a crashed renderer down takes a while).
  let id = 0;
  const crash = () => cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method: 'Page.crash' }) }).catch(() => undefined);
  await crash();
  await expect
    .poll(
      async () => {
        const alive = (await targets(cdp)).some((t) => t.targetId === targetId);
        if (alive) await crash();
        return alive;
      },
      { timeout: 30_000, intervals: [2_000] },
    )
    .toBe(false);
  await cdp.detach();
}

/** Close the offscreen document, as Chrome may (or a user in the task manager). */
export async function closeOffscreen(context: BrowserContext): Promise<void> {
  const found = await offscreenTarget(context, 20_000);
  expect(found, 'an offscreen document to close').not.toBeNull();
  const { cdp, targetId } = found!;
  await cdp.send('Target.closeTarget', { targetId });
  // That document is gone (a new one may already stand in for it: the relay recreates it).
  await expect.poll(async () => (await targets(cdp)).some((t) => t.targetId === targetId)).toBe(false);
  await cdp.detach();
}

/**
 * Wedge the offscreen document: its main thread paused in the debugger, so it neither answers nor
 * disconnects (as a document stuck in a long synchronous task would be).
 */
export async function pauseOffscreen(context: BrowserContext): Promise<{ resume(): Promise<void> }> {
  const found = await offscreenTarget(context);
  expect(found, 'an offscreen document to pause').not.toBeNull();
  const { cdp, targetId } = found!;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const send = (id: number, method: string) => cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  await send(1, 'Debugger.enable');
  await send(2, 'Debugger.pause');
  // The document stays paused until resumed (the hang ends) or closed.
  return {
    resume: async () => {
      await send(3, 'Debugger.resume').catch(() => undefined);
      await send(4, 'Debugger.disable').catch(() => undefined);
    },
  };
}
