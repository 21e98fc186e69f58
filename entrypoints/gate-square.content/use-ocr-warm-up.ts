import { useEffect, useRef } from 'react';
import type { Live } from '../../components/hooks';
import type { HostState } from '../../lib/host/observer';
import type { ScreenshotRule } from '../../lib/contests';
import type { OcrClient } from '../../lib/ocr/client';
import { OCR_TIMEOUTS } from '../../lib/ocr/timeouts';
import type { LangHint } from '../../lib/ocr/types';
import { wantsOcrWarmUp } from '../../lib/ocr/warm-up';

/**
 * Starts the OCR engine while the writer writes, so the first picture finds it ready: at the
 * first pause (`warmUpPauseMs`) once they have started writing (lib/ocr/warm-up.ts decides; the
 * client sends it once per page).
 */
export function useOcrWarmUp(client: OcrClient, rule: ScreenshotRule, langHint: LangHint, composer: boolean, live: Live<HostState>): void {
  /** The composer's text when first read: what the writer found, not what they wrote. */
  const firstText = useRef<string | undefined>(undefined);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: string | undefined;
    /** When the writer last changed the text: the pause is counted from there. */
    let changedAt = 0;
    let off = () => {};
    // One timer for the whole pause, moved on when it fires before the pause is over (a keystroke
    // only notes its time: no timer is cleared and set again on each one). Once the engine is asked
    // to warm, there is nothing more to listen for.
    const fire = () => {
      const wait = changedAt + OCR_TIMEOUTS.warmUpPauseMs - Date.now();
      if (wait > 0) return void (timer = setTimeout(fire, wait));
      timer = undefined;
      off();
      client.warm(langHint);
    };
    const check = (force: boolean) => {
      const text = live.get().reading?.text;
      if (!force && text === last) return;
      last = text;
      if (composer && text !== undefined) firstText.current ??= text;
      if (!wantsOcrWarmUp({ composer, firstText: firstText.current, text, rule })) {
        clearTimeout(timer);
        timer = undefined;
        return;
      }
      // Every keystroke starts the pause anew.
      changedAt = Date.now();
      timer ??= setTimeout(fire, OCR_TIMEOUTS.warmUpPauseMs);
    };
    check(true);
    off = live.subscribe(() => check(false));
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [client, rule, langHint, composer, live]);
}
