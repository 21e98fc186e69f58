/**
 * The hand-over between the content script on every Gate page (index.tsx, kept small) and the
 * panel module it loads on Gate Square pages (entrypoints/gate-square-panel, a web-accessible
 * script imported into the content script's own isolated world, so the page never sees it).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Navigation } from './panel';

/** The panel module's file in the build (wxt.config.ts makes it web-accessible on Gate's hosts). */
export const PANEL_MODULE = '/gate-square-panel.js';

export type StartPanel = (ctx: ContentScriptContext, nav: Navigation) => Promise<void>;

/** Where the panel module leaves its start function: a global of the isolated world, not the page's. */
const KEY = Symbol.for('gate-square-checklist.start-panel');

export function offerPanel(start: StartPanel): void {
  (globalThis as Record<symbol, unknown>)[KEY] = start;
}

export function takePanel(): StartPanel | undefined {
  const start = (globalThis as Record<symbol, unknown>)[KEY];
  return typeof start === 'function' ? (start as StartPanel) : undefined;
}
