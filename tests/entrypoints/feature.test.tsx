// @vitest-environment happy-dom
/**
 * The panel's features fail one at a time (entrypoints/gate-square.content/feature.tsx): a throw
 * while drawing, or in a page listener the feature registered, hides that feature alone, logs once,
 * and the others keep working; every listener ends with the feature or the content script.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Feature, lifetime, useLifetimeEffect } from '../../entrypoints/gate-square.content/feature';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports caught render errors
});
afterEach(() => {
  container.remove();
  vi.restoreAllMocks();
});

function Thrower(): never {
  throw new Error('boom while drawing');
}

/** Counts clicks on the window; throws on the second one. */
function Clicks({ ctx, seen }: { ctx: ContentScriptContext; seen: number[] }) {
  useLifetimeEffect(
    ctx,
    (life) =>
      life.listen(window, 'click', () => {
        seen.push(1);
        if (seen.length === 2) throw new Error('boom in a listener');
      }),
    [],
  );
  return <p id="clicks">listening</p>;
}

test('a feature that throws while drawing is hidden; the others are drawn', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <>
        <Feature name="report">
          <Thrower />
        </Feature>
        <Feature name="checklist">
          <p id="ok">the checklist</p>
        </Feature>
      </>,
    ),
  );
  expect(container.querySelector('#ok')?.textContent).toBe('the checklist');
  expect(container.textContent).not.toContain('boom');
  expect(warn.mock.calls.filter((c) => String(c[0]).includes('"report"'))).toHaveLength(1);
  await act(async () => root.unmount());
});

test('a throw in a page listener hides that feature alone, once; its listeners end with it and with the content script', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const ctx = new ContentScriptContext('test');
  const seen: number[] = [];
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <>
        <Feature name="dock">
          <Clicks ctx={ctx} seen={seen} />
        </Feature>
        <Feature name="checklist">
          <p id="ok">the checklist</p>
        </Feature>
      </>,
    ),
  );
  await act(async () => window.dispatchEvent(new MouseEvent('click')));
  expect(container.querySelector('#clicks')).not.toBeNull();
  await act(async () => window.dispatchEvent(new MouseEvent('click')));
  // The second click threw: the feature is gone, its listener with it, the checklist stays.
  expect(container.querySelector('#clicks')).toBeNull();
  expect(container.querySelector('#ok')).not.toBeNull();
  await act(async () => window.dispatchEvent(new MouseEvent('click')));
  expect(seen).toHaveLength(2);
  expect(warn.mock.calls.filter((c) => String(c[0]).includes('"dock"'))).toHaveLength(1);

  // A fresh feature listens until the content script's context ends.
  const later: number[] = [];
  await act(async () =>
    root.render(
      <Feature name="report" key="fresh">
        <Clicks ctx={ctx} seen={later} />
      </Feature>,
    ),
  );
  await act(async () => window.dispatchEvent(new MouseEvent('click')));
  expect(later).toHaveLength(1);
  ctx.abort('invalidated');
  await act(async () => window.dispatchEvent(new MouseEvent('click')));
  expect(later).toHaveLength(1);
  await act(async () => root.unmount());
});

test("a lifetime's timers and frames add no listener to the context per call, and end with it", async () => {
  const ctx = new ContentScriptContext('test');
  const added = vi.spyOn(ctx.signal, 'addEventListener');
  const life = lifetime(ctx, () => undefined);
  const before = added.mock.calls.length;
  const ran: string[] = [];
  // The dock asks for a frame on every keystroke: a long session must not pile up listeners.
  for (let i = 0; i < 100; i++) life.requestAnimationFrame(() => ran.push('frame'));
  for (let i = 0; i < 100; i++) life.setTimeout(() => ran.push('timer'), 0);
  expect(added.mock.calls.length).toBe(before);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(ran.filter((r) => r === 'frame')).toHaveLength(100);
  expect(ran.filter((r) => r === 'timer')).toHaveLength(100);

  // Pending ones are cancelled when the effect ends, and when the content script does.
  ran.length = 0;
  life.setTimeout(() => ran.push('timer'), 0);
  life.requestAnimationFrame(() => ran.push('frame'));
  life.end();
  const other = lifetime(ctx, () => undefined);
  other.setTimeout(() => ran.push('timer'), 0);
  other.requestAnimationFrame(() => ran.push('frame'));
  ctx.abort('invalidated');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(ran).toEqual([]);
});
