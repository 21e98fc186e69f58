/**
 * The announcement reader on the command line, on the same code as the options page:
 *
 *   npm run -s read-announcement -- [--now ISO-8601] [--published YYYY-MM-DD] [--json] [FILE|-]
 *
 * Reads the announcement from FILE (or standard input with `-` or no FILE) and prints the contest
 * draft: what was found (with its line), what is missing, and every warning. Exit 0 when the draft
 * is complete without warnings, 1 when it has gaps or warnings (the writer has something to
 * review), 2 on bad input (a clear message on stderr). With --json, exactly one JSON object on
 * stdout: {contest, found, missing, warnings}, `contest` in the contest schema's shape.
 */
import { readAnnouncement, type AnnouncementDraft } from '../lib/contests/announcement';
import { wallClockLabel } from '../lib/contests/phase';
import { BadInput, parseCliArgs, readUtf8 } from './cli-input';

const USAGE = `usage: read-announcement [--now ISO-8601] [--published YYYY-MM-DD] [--json] [FILE|-]
  --now        the current time, ISO 8601 with an offset (a year the text leaves out is taken from it); default: now
  --published  the day the post was published, when the page shows it: a year the text leaves out is taken from it
  --json       print one JSON object {contest, found, missing, warnings} instead of the report
  FILE         the announcement as UTF-8 text; "-" or nothing reads standard input
exit: 0 the draft is complete without warnings, 1 it has gaps or warnings to review, 2 bad input`;

interface Args {
  now?: string;
  published?: string;
  json: boolean;
  file: string;
}

function parseArgs(argv: string[]): Args | 'help' {
  const parsed = parseCliArgs(argv, { now: { type: 'string' }, published: { type: 'string' }, json: { type: 'boolean', default: false } }, 'announcement file');
  if (parsed === 'help') return 'help';
  const { now, published, json } = parsed.values;
  return { now, published, json, file: parsed.file };
}

function parseNow(spec: string | undefined): number {
  if (spec === undefined) return Date.now();
  // With an explicit offset, so a year taken from it does not depend on the machine's zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(spec) || Number.isNaN(Date.parse(spec))) {
    throw new BadInput(`--now "${spec}" is not an ISO 8601 time with an offset, e.g. 2025-08-10T12:00:00+08:00`);
  }
  return Date.parse(spec);
}

function parsePublished(spec: string | undefined): number | undefined {
  if (spec === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(spec);
  // Noon UTC: the same calendar day in every zone from UTC-11 to UTC+11, which is all a year needs.
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : NaN;
  if (!m || new Date(ms).toISOString().slice(0, 10) !== spec) {
    throw new BadInput(`--published "${spec}" is not a date YYYY-MM-DD, e.g. 2026-03-18`);
  }
  return ms;
}

function readText(path: string): string {
  const what = path === '-' ? 'standard input' : `announcement file ${path}`;
  const text = readUtf8(path, what);
  if (!text.trim()) throw new BadInput(`${what} is empty: nothing to read`);
  return text;
}

/** The readable report: the contest in a few lines, then found, missing and warnings. */
function render(draft: AnnouncementDraft): string {
  const c = draft.contest;
  const lines: string[] = [];
  const { start, end, displayOffset } = c.window;
  lines.push(`Contest draft: ${c.name.en} (${c.id}), read as ${draft.lang}`);
  lines.push(`Window: ${wallClockLabel(Date.parse(start), displayOffset)} – ${wallClockLabel(Date.parse(end), displayOffset, { midnightAs24: true })}`);
  lines.push(`Tags: ${c.tags?.length ? c.tags.map((t) => (t.style === 'weibo' ? `#${t.text}#` : `#${t.text}`)).join(' ') : '(none)'}`);
  lines.push(`Minimum: ${c.length.min} ${c.length.unit === 'zi' ? '字' : 'words'}`);
  lines.push(
    `Screenshot: ${c.screenshot.requirement}${c.screenshot.kinds?.length ? ` (${c.screenshot.kinds.join(', ')})` : ''}, token ${c.screenshot.token.symbols.join(', ')}`,
  );
  lines.push('');
  lines.push(`Found (${draft.found.length}):`);
  const width = Math.max(0, ...draft.found.map((f) => f.field.length));
  for (const f of draft.found) lines.push(`  ${f.field.padEnd(width)}  ${f.value}   [line ${f.line}]`);
  lines.push('');
  lines.push(`Missing (${draft.missing.length}):`);
  for (const m of draft.missing) lines.push(`  ${m.field}: ${m.message} (placeholder ${m.placeholder})`);
  lines.push('');
  lines.push(`Warnings (${draft.warnings.length}):`);
  for (const w of draft.warnings) lines.push(`  ! ${w.code}${w.field ? ` on ${w.field}` : ''}${w.line ? ` [line ${w.line}]` : ''}: ${w.message}`);
  lines.push('');
  lines.push(
    complete(draft) ? '✔ complete, nothing to review' : `✘ review before saving: ${draft.missing.length} missing, ${draft.warnings.length} warning(s)`,
  );
  return lines.join('\n');
}

const complete = (draft: AnnouncementDraft) => draft.missing.length === 0 && draft.warnings.length === 0;

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const now = parseNow(args.now);
    const published = parsePublished(args.published);
    const text = readText(args.file);
    const draft = readAnnouncement(text, { now, ...(published !== undefined ? { published } : {}) });
    const { contest, found, missing, warnings } = draft;
    process.stdout.write(args.json ? `${JSON.stringify({ contest, found, missing, warnings }, null, 2)}\n` : `${render(draft)}\n`);
    return complete(draft) ? 0 : 1;
  } catch (error) {
    if (error instanceof BadInput) {
      process.stderr.write(`read-announcement: ${error.message}\n`);
      if (!error.message.startsWith('cannot read') && !error.message.includes(' is empty') && !error.message.includes('UTF-8')) {
        process.stderr.write(`${USAGE}\n`);
      }
      return 2;
    }
    process.stderr.write(`read-announcement: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
