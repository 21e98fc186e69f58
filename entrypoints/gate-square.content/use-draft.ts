import { useEffect, useRef, useState } from 'react';
import type { HostState } from '../../lib/host/observer';

/** The composer holds nothing: no text, no topic, no picture. (Read on every keystroke: the text is scanned, not copied.) */
export function isEmptyDraft(host: HostState): boolean {
  return host.editor !== null && !/\S/.test(host.reading?.text ?? '') && (host.reading?.chipTags.length ?? 0) === 0 && host.images.length === 0;
}

const ids = new WeakMap<Element, number>();
let nextId = 0;

/**
 * Which draft the composer holds: a key that changes with the box being written in (the page's
 * composer, the modal one), when that box is emptied after holding a draft (published, discarded),
 * and with the page's address. What the writer decided for a draft (the contest chosen in the
 * switcher, "asked" and "let through" of the publish guard) is kept under its key, so a new draft,
 * another box or another tab starts fresh and its own tags decide. `empty`: {@link isEmptyDraft}.
 */
export function useDraftKey(editor: HTMLElement | null, empty: boolean, url: string): string {
  const [generation, setGeneration] = useState(0);
  const hadDraft = useRef(false);
  useEffect(() => {
    if (!empty) hadDraft.current = hadDraft.current || editor !== null;
    else if (hadDraft.current) {
      hadDraft.current = false;
      setGeneration((g) => g + 1);
    }
  }, [empty, editor]);
  useEffect(() => {
    hadDraft.current = false;
  }, [url, editor]);
  if (!editor) return `none|${url}`;
  let id = ids.get(editor);
  if (id === undefined) ids.set(editor, (id = ++nextId));
  return `${id}|${generation}|${url}`;
}
