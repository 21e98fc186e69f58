/**
 * The OCR path's one table of waits (lib/ocr/timeouts.ts): the orderings the path depends on, each
 * named by what would go wrong without it, and a guard that no file of the path keeps a wait of its
 * own.
 *
 * The client's deadline is an *idle* deadline (any word from the host or the relay resets it), so
 * what must fit under it is every silence the tab can meet, not the length of a read: a long read,
 * a long queue or a long restart of the host are all spoken through (heartbeats, "queued").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { OCR_TIMEOUTS as T } from '../../lib/ocr/timeouts';

test.each(Object.entries(T))('%s is a whole, positive number of milliseconds', (_name, ms) => {
  expect(Number.isInteger(ms) && ms > 0).toBe(true);
});

test('sharp takes its limit in whole seconds: the Node decode limit is one', () => {
  expect(T.nodeDecodeMs % 1000).toBe(0);
});

test.each([
  // The relay and the host.
  ['a host that beats is never taken for a wedged one: the relay waits for several beats missed in a row', 3 * T.heartbeatMs, T.hostSilentMs],
  ['the relay looks for a silent host often enough to notice one within a beat', T.watchdogTickMs, T.heartbeatMs],
  // The tab's patience: every silence it can meet is shorter.
  ['a tab misses several beats of a live host (or of the relay saying "queued") before it gives up', 3 * T.heartbeatMs, T.clientIdleMs],
  ['a wedged host is found, and the tab told its read waits again, before the tab gives up', T.hostSilentMs + T.watchdogTickMs, T.clientIdleMs - 1],
  [
    'closing a wedged document (the one call the relay waits for before saying "queued" again) fits in the tab\'s patience',
    T.offscreenCallMs,
    T.clientIdleMs - 1,
  ],
  // Starting the host.
  ['an existing document is given less time to connect than a new one to load and connect', T.hostPortMs, T.hostStartMs - 1],
  [
    'the establish deadline lets one whole attempt run out: look, call the old document, close it, create a new one, wait its start',
    T.offscreenCallMs + T.hostPortMs + T.offscreenCallMs + T.offscreenCallMs + T.hostStartMs,
    T.establishMs,
  ],
  [
    'a restarted worker calls the document back (look twice, call, wait for its port) before the document drops the reads it kept for the tabs',
    2 * T.offscreenCallMs + T.hostPortMs,
    T.hostGraceMs - 1,
  ],
  // The engine.
  ['a read that has to start the engine still has time to read', T.engineStartMs, T.engineReadMs - 1],
  ["a slow Node decode is stopped by the decoder's own limit, before the read's (which would leave it running)", T.nodeDecodeMs, T.engineReadMs - 1],
  // The content script.
  ["the writer's word about a removed picture outlives its read, so a preview that only moved keeps both", T.releaseMs, T.forgetWordMs - 1],
  ["a removed picture's read is let go long before the tab would give up on it", T.releaseMs, T.clientIdleMs - 1],
  [
    "an engine warmed at the writer's pause is kept for minutes after it: idle termination frees it only when no picture comes",
    60 * T.warmUpPauseMs,
    T.engineIdleMs,
  ],
] as const)('%s', (_name, shorter, longer) => {
  expect(shorter).toBeLessThanOrEqual(longer);
});

/** Every file a picture passes through on its way to a verdict, and the waits it may not own. */
const PATH_FILES = [
  'lib/host/images.ts',
  'entrypoints/gate-square.content/use-image-states.ts',
  'entrypoints/gate-square.content/use-ocr-warm-up.ts',
  'lib/ocr/client.ts',
  'lib/ocr/messages.ts',
  'lib/ocr/relay.ts',
  'entrypoints/background/ocr-host.ts',
  'entrypoints/offscreen/main.ts',
  'lib/ocr/service.ts',
  'lib/ocr/engine.ts',
  'lib/ocr/extension-paths.ts',
  'lib/ocr/browser-decode.ts',
  'lib/ocr/prepare.ts',
  'lib/ocr/qr.ts',
  'lib/ocr/node/decode.ts',
  'lib/ocr/node/engine.ts',
];
const OWN_WAIT = [
  /(setTimeout|setInterval)\([^;]*,\s*[1-9][\d_]*\s*\)/, // a timer with its own number
  /(withDeadline|valueWithin)\([^;]*,\s*[1-9][\d_]*\s*[,)]/,
  /\b\w*(Ms|_MS|_S)\b\s*[=:]\s*[1-9][\d_]*/, // a constant or option of its own
  /\?\?\s*[1-9][\d_]{3,}\b/, // a default of its own
  /seconds:\s*[1-9]/,
];

test.each(PATH_FILES)('%s takes every wait from the table', (file) => {
  const source = readFileSync(join(process.cwd(), file), 'utf8');
  const own = source.split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line) && OWN_WAIT.some((re) => re.test(line)));
  expect(own).toEqual([]);
});
