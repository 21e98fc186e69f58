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
    const check = (force: boolean) => {
      const text = live.get().reading?.text;
      if (!force && text === last) return;
      last = text;
      clearTimeout(timer);
      if (composer && text !== undefined) firstText.current ??= text;
      if (!wantsOcrWarmUp({ composer, firstText: firstText.current, text, rule })) return;
      // Every keystroke starts the pause anew.
      timer = setTimeout(() => client.warm(langHint), OCR_TIMEOUTS.warmUpPauseMs);
    };
    check(true);
    const off = live.subscribe(() => check(false));
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [client, rule, langHint, composer, live]);
}
