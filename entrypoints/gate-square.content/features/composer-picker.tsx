import { useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EDITABLE_SELECTOR } from '../../../lib/host/selectors';
import { t, type Lang } from '../../../lib/i18n';
import { useLifetimeEffect } from '../feature';

export interface ComposerPickerFeatureProps {
  ctx: ContentScriptContext;
  lang: Lang;
  /** Choosing is on (the panel waits in the corner meanwhile): state the panel lays out by. */
  picking: boolean;
  setPicking: (on: boolean) => void;
  isOwnElement: (el: Element) => boolean;
  onPick: (el: HTMLElement) => void;
  onForget: () => void;
  /** The panel follows a box now (offer "wrong box?"), and the writer picked one before (offer "forget"). */
  hasEditor: boolean;
  hasPick: boolean;
}

/**
 * "Choose the composer": while on, the editor under the pointer is outlined, the writer's click
 * picks it (the page never sees that click), Esc cancels. Only the writer's own (trusted) events
 * count; the page's own clicks and scripts are left alone otherwise.
 */
export function ComposerPickerFeature({ ctx, lang, picking, setPicking, isOwnElement, onPick, onForget, hasEditor, hasPick }: ComposerPickerFeatureProps) {
  const [outline, setOutline] = useState<DOMRect | null>(null);
  useLifetimeEffect(
    ctx,
    (life) => {
      if (!picking) return;
      life.signal.addEventListener('abort', () => setOutline(null), { once: true });
      const editableAt = (target: EventTarget | null): HTMLElement | null => {
        if (!(target instanceof Element) || isOwnElement(target)) return null;
        const el = target.closest<HTMLElement>(EDITABLE_SELECTOR);
        return el && !isOwnElement(el) ? el : null;
      };
      const ours = (e: Event) => e.target instanceof Element && isOwnElement(e.target);
      const opts = { capture: true } as const;
      life.listen<PointerEvent>(document, 'pointermove', (e) => setOutline(editableAt(e.target)?.getBoundingClientRect() ?? null), { ...opts, passive: true });
      const swallow = (e: Event) => {
        if (!e.isTrusted || ours(e)) return;
        // While choosing, the page's own buttons and links do not act on the writer's click.
        e.preventDefault();
        e.stopImmediatePropagation();
      };
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'auxclick', 'dblclick', 'contextmenu'])
        life.listen(document, type, swallow, opts);
      // A tap: the page's touch handlers do not see it either, but its click still comes (to pick).
      for (const type of ['touchstart', 'touchend'])
        life.listen(document, type, (e) => e.isTrusted && !ours(e) && e.stopImmediatePropagation(), { ...opts, passive: true });
      life.listen<MouseEvent>(
        document,
        'click',
        (e) => {
          if (!e.isTrusted || ours(e)) return;
          swallow(e);
          const el = editableAt(e.target);
          if (!el) return;
          setPicking(false);
          onPick(el);
        },
        opts,
      );
      life.listen<KeyboardEvent>(
        document,
        'keydown',
        (e) => {
          if (e.isTrusted && e.key === 'Escape') {
            e.stopImmediatePropagation();
            setPicking(false);
          }
        },
        opts,
      );
    },
    [picking],
  );
  return (
    <>
      {picking ? (
        <p className="gsc-notice" role="status" data-testid="picking">
          {t(lang, 'picker.hint')}{' '}
          <button type="button" className="gsc-link-button" onClick={() => setPicking(false)}>
            {t(lang, 'picker.cancel')}
          </button>
        </p>
      ) : null}
      {picking && outline ? (
        <div
          className="gsc-pick-outline"
          data-testid="pick-outline"
          style={{ position: 'fixed', top: outline.top - 3, left: outline.left - 3, width: outline.width + 6, height: outline.height + 6 }}
        />
      ) : null}
      <span className="gsc-foot-group">
        {hasEditor ? (
          <button type="button" className="gsc-link-button" onClick={() => setPicking(true)} data-testid="pick-composer">
            {t(lang, 'picker.wrongBox')}
          </button>
        ) : null}
        {hasPick ? (
          <button type="button" className="gsc-link-button" onClick={onForget} data-testid="forget-composer">
            {t(lang, 'picker.forget')}
          </button>
        ) : null}
      </span>
    </>
  );
}
