import { useLayoutEffect, useState } from 'react';
import { EDITABLE_SELECTOR } from '../../lib/host/selectors';

/**
 * "Choose the composer": while on, the editor under the pointer is outlined, the writer's click
 * picks it (the page never sees that click), Esc cancels. Only the writer's own (trusted) events
 * count; the page's own clicks and scripts are left alone otherwise.
 */
export function useComposerPicker(isOwnElement: (el: Element) => boolean, onPick: (el: HTMLElement) => void) {
  const [picking, setPicking] = useState(false);
  const [outline, setOutline] = useState<DOMRect | null>(null);
  // Listening from the render that shows "choosing" on (a layout effect: an Esc pressed at once counts).
  useLayoutEffect(() => {
    if (!picking) return;
    const stop = new AbortController();
    const editableAt = (target: EventTarget | null): HTMLElement | null => {
      if (!(target instanceof Element) || isOwnElement(target)) return null;
      const el = target.closest<HTMLElement>(EDITABLE_SELECTOR);
      return el && !isOwnElement(el) ? el : null;
    };
    const opts = { capture: true, signal: stop.signal } as const;
    document.addEventListener('pointermove', (e) => setOutline(editableAt(e.target)?.getBoundingClientRect() ?? null), { ...opts, passive: true });
    const swallow = (e: Event) => {
      if (!e.isTrusted || (e.target instanceof Element && isOwnElement(e.target))) return;
      // While choosing, the page's own buttons and links do not act on the writer's click.
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'auxclick', 'dblclick', 'contextmenu'] as const) document.addEventListener(type, swallow, opts);
    // A tap: the page's touch handlers do not see it either, but its click still comes (to pick).
    const hide = (e: Event) => {
      if (e.isTrusted && !(e.target instanceof Element && isOwnElement(e.target))) e.stopImmediatePropagation();
    };
    for (const type of ['touchstart', 'touchend'] as const) document.addEventListener(type, hide, { ...opts, passive: true });
    document.addEventListener('click', (e) => {
      if (!e.isTrusted || (e.target instanceof Element && isOwnElement(e.target))) return;
      swallow(e);
      const el = editableAt(e.target);
      if (!el) return;
      setPicking(false);
      onPick(el);
    }, opts);
    document.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape') {
        e.stopImmediatePropagation();
        setPicking(false);
      }
    }, opts);
    return () => {
      stop.abort();
      setOutline(null);
    };
  }, [picking, isOwnElement, onPick]);
  return { picking, outline, start: () => setPicking(true), cancel: () => setPicking(false) };
}
