import { useCallback, useEffect, useRef, useState } from 'react';
import { createLive, type Live } from '../../components/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveLocator, type ElementLocator } from '../../lib/host/locator';
import { observeHost, type HostState } from '../../lib/host/observer';

const EMPTY_HOST: HostState = { editor: null, box: null, reading: null, images: [], version: 0 };

/**
 * What of the host the panel's layout follows: which box, its post box, its pictures. Not the
 * text: that changes on every keystroke and is read live (`useHost`'s `live`) by what draws it.
 */
export type HostFrame = Pick<HostState, 'editor' | 'box' | 'images'>;

const EMPTY_FRAME: HostFrame = { editor: null, box: null, images: [] };

/** How long a resolved composer pick is trusted before it is looked for again. */
const PICK_RECHECK_MS = 2000;

/**
 * The one observer of Gate's DOM, owned by the panel: the composer the checklist follows (the
 * writer's pick when it is on the page, else Gate's post composer), its text and pictures.
 * `preferred` is how the pick is resolved: again when it leaves the page or the writer moves into
 * another box that fits it as well, and at most every PICK_RECHECK_MS otherwise (a better fit may
 * have appeared), never on every keystroke.
 *
 * `host` is state (a change draws the panel again) only when the box or its pictures change;
 * `live` holds every reading, text included, for the parts that draw from the text.
 */
export function useHost(
  ctx: ContentScriptContext,
  isOwnElement: (el: Element) => boolean,
  composerPick: ElementLocator | undefined,
): { host: HostFrame; live: Live<HostState>; pickedNow: () => HTMLElement | null } {
  const [host, setHost] = useState<HostFrame>(EMPTY_FRAME);
  const [live] = useState(() => createLive(EMPTY_HOST));
  const frame = useRef(EMPTY_FRAME);
  const pickRef = useRef<{ locator?: ElementLocator; el: HTMLElement | null; at: number }>({ locator: composerPick, el: null, at: 0 });
  if (pickRef.current.locator !== composerPick) pickRef.current = { locator: composerPick, el: null, at: 0 };
  const preferred = useCallback((near: Element | null) => {
    const pick = pickRef.current;
    if (!pick.locator) return null;
    const t = performance.now();
    const elsewhere = near !== null && pick.el !== null && near !== pick.el && !pick.el.contains(near);
    if (!pick.el?.isConnected || elsewhere || t - pick.at > PICK_RECHECK_MS) {
      pick.el = resolveLocator(document, pick.locator, near);
      pick.at = t;
    }
    return pick.el;
  }, []);
  const observerRef = useRef<{ refresh(): void; state(): HostState } | null>(null);
  useEffect(() => {
    const mount = new AbortController();
    const signal = AbortSignal.any([ctx.signal, mount.signal]);
    const onChange = (state: HostState) => {
      const f = frame.current;
      if (state.editor !== f.editor || state.box !== f.box || state.images !== f.images) {
        frame.current = { editor: state.editor, box: state.box, images: state.images };
        setHost(frame.current);
      }
      live.set(state);
    };
    observerRef.current = observeHost(document, { signal, isOwnElement, preferred, onChange });
    return () => mount.abort();
  }, [ctx, isOwnElement, preferred, live]);
  useEffect(() => observerRef.current?.refresh(), [composerPick]);
  const pickedNow = useCallback(() => (pickRef.current.locator ? pickRef.current.el : null), []);
  return { host, live, pickedNow };
}
