/**
 * The checklist on the command line, on the same code as the extension:
 *
 *   npm run -s check-post -- [--contest ID|FILE.json] [--now ISO-8601] [--json]
 *                            [--lang zh-Hant|zh-Hans|en] [FILE|-]
 *
 * Reads the post from FILE (or standard input with `-` or no FILE). Exit 0 when the post passes,
 * 1 when it does not, 2 on bad input (a clear message on stderr). With --json, exactly one JSON
 * object on stdout. The screenshot item sees no images here (an OCR verdict needs the extension or
 * `npm run ocr`), so a "preferred" screenshot shows as recommended and a "required" one fails.
 */
import { BUILTIN_CONTESTS, DEFAULT_CONTEST_ID, findContest, parseContestJson, type Contest } from '../lib/contests';
import { wallClockLabel } from '../lib/contests/phase';
import { LANGS, type Lang } from '../lib/contests/schema';
import { pickLang, registerMessages, tm, type MessageTable } from '../lib/i18n';
import { buildChecklist, type Checklist, type ChecklistItem, type ItemStatus } from '../lib/rules';
import { BadInput, parseCliArgs, readUtf8 } from './cli-input';

const CLI_MESSAGES: MessageTable = {
  'cli.contest': { 'zh-Hant': '活動', 'zh-Hans': '活动', en: 'Contest' },
  'cli.now': { 'zh-Hant': '檢查時間', 'zh-Hans': '检查时间', en: 'Checked at' },
  'cli.fix': { 'zh-Hant': '修正', 'zh-Hans': '修正', en: 'fix' },
  'cli.at': { 'zh-Hant': '位置', 'zh-Hans': '位置', en: 'at' },
  'cli.chip': { 'zh-Hant': '話題標籤', 'zh-Hans': '话题标签', en: 'chip' },
  'cli.optional': { 'zh-Hant': '(建議項目)', 'zh-Hans': '(建议项目)', en: '(recommended)' },
};
registerMessages(CLI_MESSAGES);

const USAGE = `usage: check-post [--contest ID|FILE.json] [--now ISO-8601] [--json] [--lang zh-Hant|zh-Hans|en] [FILE|-]
  --contest  a built-in contest id (${BUILTIN_CONTESTS.map((c) => c.id).join(', ')}) or a contest JSON file; default ${DEFAULT_CONTEST_ID}
  --now      the time to check the deadline against, ISO 8601 with an offset; default: now
  --json     print one JSON object instead of the checklist
  --lang     language of the checklist; default from LANG, else zh-Hant
  FILE       the post as UTF-8 text; "-" or nothing reads standard input
exit: 0 the post passes, 1 it does not, 2 bad input`;

interface Args {
  contest: string;
  now?: string;
  json: boolean;
  lang?: string;
  file: string;
}

function parseArgs(argv: string[]): Args | 'help' {
  const parsed = parseCliArgs(
    argv,
    { contest: { type: 'string', default: DEFAULT_CONTEST_ID }, now: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean', default: false } },
    'post file',
  );
  if (parsed === 'help') return 'help';
  const { contest, now, lang, json } = parsed.values;
  return { contest, now, lang, json, file: parsed.file };
}

function loadContest(spec: string): Contest {
  const builtin = findContest(spec);
  if (builtin) return builtin;
  if (!spec.endsWith('.json') && !spec.includes('/') && !spec.includes('\\')) {
    throw new BadInput(`unknown contest "${spec}"; built-in: ${BUILTIN_CONTESTS.map((c) => c.id).join(', ')}; or give a .json file`);
  }
  const text = readUtf8(spec, `contest file ${spec}`);
  const parsed = parseContestJson(text);
  if (!parsed.ok) {
    const lines = parsed.issues.map((issue) => `  at ${issue.path || '(root)'}: ${issue.message}`);
    throw new BadInput(`contest file ${spec} is not a valid contest:\n${lines.join('\n')}`);
  }
  return parsed.contest;
}

function parseNow(spec: string | undefined): number {
  if (spec === undefined) return Date.now();
  // ISO 8601 date-time with an explicit offset, so the deadline check does not depend on the machine's zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(spec) || Number.isNaN(Date.parse(spec))) {
    throw new BadInput(`--now "${spec}" is not an ISO 8601 time with an offset, e.g. 2025-08-10T12:00:00+08:00`);
  }
  return Date.parse(spec);
}

function parseLang(spec: string | undefined): Lang {
  if (spec !== undefined) {
    if ((LANGS as readonly string[]).includes(spec)) return spec as Lang;
    throw new BadInput(`--lang must be one of ${LANGS.join(', ')}`);
  }
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const tag = env.split('.')[0].replace('_', '-');
  return pickLang(tag && tag !== 'C' && tag !== 'POSIX' ? [tag] : []);
}

const MARK: Record<ItemStatus, string> = { pass: '✔', fail: '✘', warn: '!', pending: '…', info: 'i' };

function render(checklist: Checklist, contest: Contest, lang: Lang): string {
  const lines: string[] = [];
  lines.push(`${tm(lang, { key: 'cli.contest' })}: ${contest.name[lang]} (${contest.id})`);
  lines.push(`${tm(lang, { key: 'cli.now' })}: ${wallClockLabel(checklist.now, contest.window.displayOffset)}`);
  lines.push('');
  for (const item of checklist.items) {
    const optional = item.required ? '' : ` ${tm(lang, { key: 'cli.optional' })}`;
    lines.push(`${MARK[item.status]} ${tm(lang, item.message)}${optional}`);
    for (const detail of detailLines(item, lang)) lines.push(`    ${detail}`);
  }
  lines.push('');
  lines.push(`${checklist.pass ? '✔' : '✘'} ${tm(lang, checklist.message)}`);
  return lines.join('\n');
}

function detailLines(item: ChecklistItem, lang: Lang): string[] {
  switch (item.rule) {
    case 'length':
      return [tm(lang, item.details.breakdown)];
    case 'tags':
      return item.details.nearMisses
        .slice(1)
        .map((m) => tm(lang, m.message))
        .concat(
          item.details.nearMisses.map((m) =>
            m.source === 'text'
              ? `${tm(lang, { key: 'cli.at' })} ${m.start}–${m.end}: ${JSON.stringify(m.found)} → ${JSON.stringify(m.fix)}`
              : `${tm(lang, { key: 'cli.chip' })} ${m.chip}: ${JSON.stringify(m.found)} → ${JSON.stringify(m.fix)}`,
          ),
        );
    case 'screenshot':
      return item.details.images.map((row) => tm(lang, row.message));
    default:
      return [];
  }
}

function report(checklist: Checklist, contest: Contest, lang: Lang) {
  const f = checklist.facts;
  const deadline = checklist.items.find((i) => i.rule === 'deadline');
  return {
    contest: contest.id,
    lang,
    now: new Date(checklist.now).toISOString(),
    count: f.count,
    minimum: f.minimum,
    unit: f.unit,
    lengthOk: f.lengthOk,
    tagsFound: f.tagsFound,
    tagsMissing: f.tagsMissing,
    nearMisses: f.nearMisses,
    screenshot: f.screenshot,
    phase: f.phase,
    msLeft: f.msLeft,
    deadline: deadline && deadline.rule === 'deadline' ? deadline.details.end : contest.window.end,
    pass: checklist.pass,
    status: checklist.status,
    items: checklist.items.map((item) => ({
      id: item.id,
      status: item.status,
      required: item.required,
      message: item.message,
      text: tm(lang, item.message),
      details: item.details,
    })),
  };
}

function main(argv: string[]): number {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const lang = parseLang(args.lang);
    const now = parseNow(args.now);
    const contest = loadContest(args.contest);
    const what = args.file === '-' ? 'standard input' : `post file ${args.file}`;
    const text = readUtf8(args.file, what);
    const checklist = buildChecklist({ text, images: [] }, contest, now);
    process.stdout.write(args.json ? `${JSON.stringify(report(checklist, contest, lang), null, 2)}\n` : `${render(checklist, contest, lang)}\n`);
    return checklist.pass ? 0 : 1;
  } catch (error) {
    if (error instanceof BadInput) {
      process.stderr.write(`check-post: ${error.message}\n`);
      if (!(error.message.startsWith('contest file') || error.message.startsWith('cannot read'))) process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`check-post: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
