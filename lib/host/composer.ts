/** Finding the composer on the host page. Impure (reads the DOM) but never throws and never writes. */
import { COMPOSER_SELECTORS } from './selectors';

export type ComposerElement = HTMLTextAreaElement | HTMLElement;

/** Laid out with a size (not display:none, not collapsed). */
export function isVisible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The editor the writer is in, else the first visible match of the ranked selectors. */
export function findComposer(doc: Document, focused: Element | null = doc.activeElement): ComposerElement | null {
  if (focused instanceof HTMLElement) {
    const editable = focused.closest<HTMLElement>('textarea, [contenteditable="true"]');
    if (editable && isVisible(editable)) return editable;
  }
  for (const selector of COMPOSER_SELECTORS) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      if (isVisible(el)) return el;
    }
  }
  return null;
}
