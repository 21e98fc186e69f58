/**
 * Check screenshots from the command line with the same code the extension runs (lib/ocr with the
 * Node decoder): what each image shows, whether the contest's token is on it, and why.
 *
 *   npm run check-screenshot -- [--contest ID] [--lang zh-Hant|zh-Hans|en|auto] [--json] FILE...
 *
 * --json prints one line per file: {file, state, kind, token, confidence, evidence, ms, reason}, where
 * `state` is the three-state verdict the panel shows (confirmed, cant-tell, not-proof), or for an
 * unreadable file {file, error, message, ms}. Exit status: 0 when every file was read, 2 when any
 * file could not be read (missing, empty, truncated, not an image, …), 1 for a usage error.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { findContest, DEFAULT_CONTEST_ID, BUILTIN_CONTESTS } from '../lib/contests';
import { createNodeOcrEngine } from '../lib/ocr/node/engine';
import type { LangHint } from '../lib/ocr/types';
import { verdictState } from '../lib/ocr/verdict-state';
import { cliArgs } from './cli-input';

const USAGE = 'usage: npm run check-screenshot -- [--contest ID] [--lang zh-Hant|zh-Hans|en|auto] [--json] FILE...';

const REASON_TEXT: Record<string, string> = {
  empty: 'the file is empty (0 bytes)',
  'not-an-image': 'not an image',
  svg: 'an SVG drawing, not a screenshot',
  'unsupported-format': 'an image format that cannot be read (use PNG or JPEG)',
  truncated: 'the image file is cut short (incomplete download or copy)',
  undecodable: 'the image data is corrupt',
  'too-small': 'the image is too small to hold text',
  'too-large': 'the image is too large',
  timeout: 'reading took too long and was stopped',
  cancelled: 'reading was cancelled',
  'engine-failed': 'the OCR engine failed',
  'no-such-file': 'no such file',
};

function parseArgs() {
  const { values, positionals: files } = cliArgs({
    options: { contest: { type: 'string', default: DEFAULT_CONTEST_ID }, lang: { type: 'string', default: 'auto' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    usage: USAGE,
    exitCode: 1,
  });
  if (!['zh-Hant', 'zh-Hans', 'en', 'auto'].includes(values.lang)) {
    console.error(`--lang must be zh-Hant, zh-Hans, en or auto\n${USAGE}`);
    process.exit(1);
  }
  return { files, contestId: values.contest, json: values.json, lang: values.lang as LangHint };
}

async function main(): Promise<number> {
  const { files, contestId, json, lang } = parseArgs();
  if (files.length === 0) {
    console.error(USAGE);
    return 1;
  }
  const contest = findContest(contestId);
  if (!contest) {
    console.error(`unknown contest "${contestId}"; known: ${BUILTIN_CONTESTS.map((c) => c.id).join(', ')}`);
    return 1;
  }
  const engine = createNodeOcrEngine();
  let unreadable = 0;
  try {
    for (const file of files) {
      const t0 = performance.now();
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        unreadable++;
        const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no-such-file' : 'not-an-image';
        const message = `${file}: ${REASON_TEXT[code]} (${(e as Error).message})`;
        if (json) console.log(JSON.stringify({ file, error: code, message, ms: Math.round(performance.now() - t0) }));
        console.error(message);
        continue;
      }
      const r = await engine.read(bytes, { rule: contest.screenshot, langHint: lang });
      if (!r.ok) {
        unreadable++;
        const message = `${file}: cannot read: ${REASON_TEXT[r.reason] ?? r.reason} (${r.detail})`;
        if (json) console.log(JSON.stringify({ file, error: r.reason, message, ms: r.ms }));
        console.error(message);
        continue;
      }
      const v = r.verdict;
      const state = verdictState(v, contest.screenshot.kinds);
      if (json) {
        console.log(JSON.stringify({ file, state, kind: v.kind, token: v.token, confidence: v.confidence, evidence: v.evidence, ms: r.ms, reason: v.reason }));
      } else {
        const symbol = contest.screenshot.token.symbols[0];
        const what = v.reason === 'withdraw-page' ? 'a withdraw page' : v.kind === 'none' ? 'no deposit, trade or CandyDrop page recognised' : `${v.kind} page`;
        const tok =
          v.reason === 'token-activity'
            ? `${symbol} seen`
            : v.reason === 'other-coin'
              ? `another coin (${v.otherTokens.join(', ')}), ${symbol} not seen`
              : v.reason === 'mentions-token-only'
                ? `${symbol} mentioned, but this is no proof of activity`
                : v.token
                  ? `${symbol} seen`
                  : `${symbol} not seen`;
        const ev = v.evidence.length ? ` — ${v.evidence.join(', ')}` : '';
        console.log(`${file}: ${state.toUpperCase()}: ${what}, ${tok} (confidence ${v.confidence})${ev} [${r.ms} ms]`);
      }
    }
  } finally {
    await engine.terminate();
  }
  return unreadable ? 2 : 0;
}

process.exitCode = await main();
