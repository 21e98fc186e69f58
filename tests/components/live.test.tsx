// @vitest-environment happy-dom
/**
 * Live values (components/hooks.ts): what the composer's text flows through on every keystroke.
 * A listener that throws stops none of the others and never reaches the page's event; a part of
 * the panel whose reading throws is drawn again and throws there, inside its error boundary.
 */
import { act, Component, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, test, vi } from 'vitest';
import { createLive, useLive } from '../../components/hooks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => vi.restoreAllMocks());

test('a listener that throws stops none of the others, and set() does not throw', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const live = createLive(0);
  const heard: string[] = [];
  live.subscribe(() => heard.push('first'));
  live.subscribe(() => {
    throw new Error('broken reader');
  });
  live.subscribe(() => heard.push('third'));
  expect(() => live.set(1)).not.toThrow();
  expect(heard).toEqual(['first', 'third']);
  expect(warn).toHaveBeenCalledTimes(1);
  // The same value again is no change.
  live.set(1);
  expect(heard).toEqual(['first', 'third']);
});

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? createElement('p', { id: 'hidden' }, 'hidden') : this.props.children;
  }
}

test('a part whose reading throws is hidden by its boundary; the part beside it keeps drawing', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const live = createLive('ok');
  function Fragile() {
    const text = useLive(live, (v) => {
      if (v === 'boom') throw new Error('cannot read');
      return v;
    });
    return createElement('span', { id: 'fragile' }, text);
  }
  function Sturdy() {
    return createElement(
      'span',
      { id: 'sturdy' },
      useLive(live, (v) => v.length),
    );
  }
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(createElement('div', null, createElement(Boundary, null, createElement(Fragile)), createElement(Sturdy))));
  expect(container.querySelector('#fragile')?.textContent).toBe('ok');
  expect(() => act(() => live.set('boom'))).not.toThrow();
  expect(container.querySelector('#fragile')).toBeNull();
  expect(container.querySelector('#hidden')).not.toBeNull();
  expect(container.querySelector('#sturdy')?.textContent).toBe('4');
  act(() => root.unmount());
});
