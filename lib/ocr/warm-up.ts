/**
 * When the content script asks the OCR host to warm up (lib/ocr/client.ts `warm`, message
 * `ocr:warm`): the writer has started writing in a composer (its text changed since the panel first
 * read it: a draft restored on load, or a page merely visited, is not writing), for a contest that
 * takes screenshots. Starting the engine costs the OCR host a few seconds of one core and its
 * memory until the engine's idle termination (`engineIdleMs`), so never on pages without a
 * composer, never for a contest that takes none. The client sends it once per page. Pure.
 */
import type { ScreenshotRule } from '../contests/schema';

export interface WarmUpFacts {
  /** The page has a composer the panel follows. */
  composer: boolean;
  /** The composer's text when the panel first read it, and now (undefined: not read yet). */
  firstText: string | undefined;
  text: string | undefined;
  /** The screenshot rule of the contest the draft is for. */
  rule: Pick<ScreenshotRule, 'requirement'>;
}

export function wantsOcrWarmUp({ composer, firstText, text, rule }: WarmUpFacts): boolean {
  if (!composer || rule.requirement === 'none') return false;
  return firstText !== undefined && text !== undefined && text !== firstText;
}
