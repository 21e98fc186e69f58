import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScreenshotKind, ScreenshotRule } from '../../lib/contests';
import { ImageBytesError, readPicture, type AttachedImage } from '../../lib/host/images';
import type { OcrClient } from '../../lib/ocr/client';
import type { HashedBytes } from '../../lib/ocr/hash';
import { OCR_TIMEOUTS } from '../../lib/ocr/timeouts';
import type { LangHint, OcrOutcome } from '../../lib/ocr/types';
import type { ImageOcrState } from '../../lib/rules';

type Entry = { state: 'reading'; progress: number } | { state: 'done'; outcome: OcrOutcome } | { state: 'failed'; reason: string };

interface Run {
  controller: AbortController;
  rule: ScreenshotRule;
  langHint: LangHint;
  attempt: number;
}

/** A removed picture's read is let go after this, its writer's word later (lib/ocr/timeouts.ts). */
const { releaseMs: RELEASE_MS, forgetWordMs: FORGET_WORD_MS } = OCR_TIMEOUTS;

/**
 * Per-picture OCR states for the checklist, for the pictures the post holds now. Each picture's
 * bytes are fetched once and hashed; it is read for the contest the draft is for, and read again
 * (from the host's text cache: only the judging is redone) when the contest or the OCR language
 * changes. A removed picture is gone from the states at once, and its read is cancelled; one
 * picture's failure never stops the others; a failure that was about the moment can be retried.
 * `rule` is compared by identity: a storage re-read with the same content keeps its objects
 * (lib/settings/keep-equal.ts).
 */
export function useImageStates(
  images: readonly AttachedImage[],
  client: OcrClient,
  rule: ScreenshotRule,
  langHint: LangHint,
): { states: ImageOcrState[]; retry(id: string): void; confirm(id: string, kind: ScreenshotKind | null): void } {
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  /** The writer's word per picture and token, by the picture's hash (never the picture), while it is attached. */
  const [mine, setMine] = useState<Record<string, ScreenshotKind>>({});
  const hashes = useRef(new Map<string, string>()); // image key → hash
  const [attempts, setAttempts] = useState<Record<string, number>>({});
  const runs = useRef(new Map<string, Run>());
  const bytes = useRef(new Map<string, Promise<HashedBytes>>());

  useEffect(() => {
    const keys = new Set(images.map((image) => image.key));
    for (const [key, run] of runs.current) {
      if (keys.has(key)) continue;
      runs.current.delete(key);
      bytes.current.delete(key);
      hashes.current.delete(key);
      setTimeout(() => run.controller.abort(), RELEASE_MS);
    }
    // A picture removed takes the writer's word about it along (unless the same picture stays
    // attached); a moment later, so a preview that only moved to its uploaded address keeps it.
    setTimeout(() => {
      setMine((all) => {
        const attached = new Set(hashes.current.values());
        const kept = Object.fromEntries(Object.entries(all).filter(([key]) => attached.has(key.split('|')[0])));
        return Object.keys(kept).length === Object.keys(all).length ? all : kept;
      });
    }, FORGET_WORD_MS);
    setEntries((all) => {
      const kept = Object.fromEntries(Object.entries(all).filter(([key]) => keys.has(key)));
      return Object.keys(kept).length === Object.keys(all).length ? all : kept;
    });

    for (const image of images) {
      const attempt = attempts[image.key] ?? 0;
      const previous = runs.current.get(image.key);
      if (previous && previous.rule === rule && previous.langHint === langHint && previous.attempt === attempt) continue;
      // A new read for a new contest, language or attempt; the old one is let go a little later,
      // so the host keeps its read going for the new request rather than start over.
      if (previous) setTimeout(() => previous.controller.abort(), RELEASE_MS);
      const run: Run = { controller: new AbortController(), rule, langHint, attempt };
      runs.current.set(image.key, run);
      if (attempt > 0) bytes.current.delete(image.key);
      void readImage(image, run);
    }

    async function readImage(image: AttachedImage, run: Run) {
      const current = () => runs.current.get(image.key) === run;
      const update = (entry: Entry) => current() && setEntries((all) => ({ ...all, [image.key]: entry }));
      let got: HashedBytes;
      try {
        let pending = bytes.current.get(image.key);
        if (!pending) {
          pending = readPicture(image);
          bytes.current.set(image.key, pending);
        }
        got = await pending;
      } catch (error) {
        bytes.current.delete(image.key);
        update({ state: 'failed', reason: error instanceof ImageBytesError ? error.reason : 'unreachable' });
        return;
      }
      if (!current()) return;
      hashes.current.set(image.key, got.hash);
      update({ state: 'reading', progress: 0 });
      const outcome = await client.read(got.hash, got.bytes, {
        rule: run.rule,
        langHint: run.langHint,
        signal: run.controller.signal,
        onProgress: ({ progress }) => update({ state: 'reading', progress }),
      });
      update({ state: 'done', outcome });
    }
  }, [images, client, rule, langHint, attempts]);

  // Unmount: every read goes.
  useEffect(() => () => runs.current.forEach((run) => run.controller.abort()), []);

  const retry = useCallback((id: string) => setAttempts((all) => ({ ...all, [id]: (all[id] ?? 0) + 1 })), []);
  // The writer's word is about this picture for this contest's token: another contest asks again.
  const symbol = rule.token.symbols[0] ?? '';
  const confirm = useCallback(
    (id: string, kind: ScreenshotKind | null) => {
      const hash = hashes.current.get(id);
      if (!hash) return;
      setMine((all) => {
        const next = { ...all };
        if (kind) next[`${hash}|${symbol}`] = kind;
        else delete next[`${hash}|${symbol}`];
        return next;
      });
    },
    [symbol],
  );

  const states = useMemo(
    () =>
      images.map((image): ImageOcrState => {
        const entry = entries[image.key];
        const base = { id: image.key, name: image.name };
        if (!entry) return { ...base, state: 'unread' };
        if (entry.state === 'failed') return { ...base, state: 'failed', reason: entry.reason };
        if (entry.state === 'reading') return { ...base, state: 'reading', progress: entry.progress };
        const { outcome } = entry;
        if (!outcome.ok) return { ...base, state: 'failed', reason: outcome.reason };
        const hash = hashes.current.get(image.key);
        const theirs = hash ? mine[`${hash}|${symbol}`] : undefined;
        return {
          ...base,
          state: 'verdict',
          // The engine's verdict as it came, validated by its schema on the way (lib/ocr/messages.ts).
          verdict: outcome.verdict,
          ...(theirs ? { confirmedByWriter: theirs } : {}),
        };
      }),
    [images, entries, mine, symbol],
  );
  return { states, retry, confirm };
}
