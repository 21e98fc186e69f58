// @vitest-environment happy-dom
/**
 * The OCR warm-up as the panel wires it (entrypoints/gate-square.content/use-ocr-warm-up.ts): the
 * client is asked to warm at the first pause after the writer starts writing in a composer for a
 * contest that takes screenshots, and only then. The text comes live, as the host observer reads it
 * on each keystroke (components/hooks.ts `Live`), without the panel being drawn again.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createLive } from '../../components/hooks';
import { useOcrWarmUp } from '../../entrypoints/gate-square.content/use-ocr-warm-up';
import { findContest } from '../../lib/contests';
import { OCR_TIMEOUTS } from '../../lib/ocr/timeouts';
import type { ScreenshotRule } from '../../lib/contests';
import type { HostState } from '../../lib/host/observer';
import type { EditorReading } from '../../lib/host/read-editor';
import type { OcrClient } from '../../lib/ocr/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const takesScreenshots = findContest('wxtm-2025')!.screenshot;
const takesNone: ScreenshotRule = { ...takesScreenshots, requirement: 'none' };

let root: ReturnType<typeof createRoot> | null = null;
let client: OcrClient;
let warm: ReturnType<typeof vi.fn<(langHint: string) => void>>;
let live: ReturnType<typeof createLive<HostState>>;

function Probe({ rule, composer }: { rule: ScreenshotRule; composer: boolean }) {
  useOcrWarmUp(client, rule, 'zh-Hans', composer, live);
  return null;
}
const reading = (text: string): EditorReading => ({ kind: 'contenteditable', text, chipTags: [], chips: [], segments: [] });
/** The composer reads `text` (a new reading each time, as the observer gives), then the panel is drawn. */
const show = ({ text, ...props }: { rule?: ScreenshotRule; composer?: boolean; text: string | undefined }) =>
  act(() => {
    live.set({ ...live.get(), reading: text === undefined ? null : reading(text) });
    root!.render(createElement(Probe, { rule: takesScreenshots, composer: true, ...props }));
  });

/** The writer stops typing for this long. */
const pause = (ms: number = OCR_TIMEOUTS.warmUpPauseMs) => act(() => void vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
  warm = vi.fn<(langHint: string) => void>();
  client = { read: vi.fn(), close: vi.fn(), warm };
  live = createLive<HostState>({ editor: null, box: null, reading: null, images: [], version: 0 });
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  vi.useRealTimers();
});

test('opening a composer (with or without a draft in it) warms nothing; the first pause after the writer changes it does', () => {
  show({ text: undefined });
  show({ text: '草稿' });
  pause();
  show({ text: '草稿' });
  pause();
  expect(warm).not.toHaveBeenCalled();
  show({ text: '草稿，' });
  expect(warm).not.toHaveBeenCalled();
  pause();
  expect(warm).toHaveBeenCalledWith('zh-Hans');
});

test('while the writer types on, nothing starts: each keystroke starts the pause anew', () => {
  show({ text: '' });
  let text = '';
  for (const c of '今天在 Gate 充值了 WXTM') {
    text += c;
    show({ text });
    pause(OCR_TIMEOUTS.warmUpPauseMs / 4);
  }
  expect(warm).not.toHaveBeenCalled();
  pause();
  expect(warm).toHaveBeenCalledTimes(1);
});

test('writing for a contest that takes no screenshot warms nothing, until the draft is for one that does', () => {
  show({ rule: takesNone, text: '' });
  show({ rule: takesNone, text: '今天' });
  pause();
  show({ rule: takesNone, text: '今天充值' });
  pause();
  expect(warm).not.toHaveBeenCalled();
  show({ rule: takesScreenshots, text: '今天充值 #WXTM' });
  pause();
  expect(warm).toHaveBeenCalledTimes(1);
});

test('a page without a composer warms nothing', () => {
  show({ composer: false, text: undefined });
  show({ composer: false, text: 'x' });
  pause();
  expect(warm).not.toHaveBeenCalled();
});
