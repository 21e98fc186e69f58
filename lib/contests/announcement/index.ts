/**
 * The announcement reader: pasted announcement text (Traditional or Simplified Chinese, or English)
 * in, a contest draft out, for the writer to review before saving; and the detector that tells an
 * announcement from an ordinary post (detect.ts), for the "Track this contest" offer.
 *
 * Nothing here is trusted on its own: every value carries the line it was read from (`found`), every
 * field the text did not give holds a placeholder and says so (`missing`), and every guess or doubt
 * is a `warning` on its field. The draft's `contest` is a complete candidate that `parseContest`
 * accepts (unless the announcement's own window is reversed, which is warned about, or a hostile
 * paste fills every list to its limit and the whole passes 64 KB, which the schema then says), so
 * the form can open on it. Lists past a contest's limits (lib/contests/limits.ts) are cut, with an
 * `over-limit` warning.
 *
 * One file per field, read in this order (a line one field takes is not read again by a later one):
 * tags.ts, minimum.ts, window.ts, screenshot.ts, prizes.ts (pool, then the table), token.ts,
 * rules.ts, name.ts, url.ts, entry-count.ts (how many posts each writer must publish); then cut-off.ts looks at where the text ends. lines.ts splits and folds
 * the text, vocabulary.ts holds the words several of them use, and the real announcements in
 * tests/fixtures/announcements/real are the conformance table (tests/contests/announcement-real.test.ts).
 *
 * Hostile text: at most {@link MAX_ANNOUNCEMENT_CHARS} characters are read, and every pattern is
 * linear in its line (scripts/bench-reader.ts times each on 200,000-character inputs; the tests
 * hold them to 5 s): no two quantifiers may compete for the same run of characters.
 *
 * Pure: no browser API, no clock. A year the text leaves out comes from `published`, else `now`.
 */
import { CONTEST_SCHEMA_VERSION, LANGS, type ContestInput, type Lang } from '../schema';
import { checkCutOff } from './cut-off';
import { headOf, insertedNews, rawLines, splitLines } from './lines';
import { readEntryCount } from './entry-count';
import { readMinimum } from './minimum';
import { readName, slugId } from './name';
import { inFormOrder, Notes } from './notes';
import { checkPrizesAgainstPool, readPool, readPrizes } from './prizes';
import { readRules } from './rules';
import { readScreenshot } from './screenshot';
import { detectLang } from './script';
import { readTags } from './tags';
import { readToken } from './token';
import { MAX_ANNOUNCEMENT_CHARS, type AnnouncementDraft, type AnnouncementOptions } from './types';
import { readUrl } from './url';
import { readWindow } from './window';

export { looksLikeAnnouncement, type AnnouncementSignals } from './detect';
export {
  ASSUMED_OFFSET,
  MAX_ANNOUNCEMENT_CHARS,
  type AnnouncementDraft,
  type AnnouncementOptions,
  type DraftFinding,
  type DraftGap,
  type DraftWarning,
  type DraftWarningCode,
} from './types';

/** Read an announcement into a contest draft. Never throws. */
export function readAnnouncement(text: string, options: AnnouncementOptions): AnnouncementDraft {
  const whole = typeof text === 'string' ? text : '';
  const limit = typeof options?.limit === 'number' && options.limit >= 0 ? options.limit : MAX_ANNOUNCEMENT_CHARS;
  const head = headOf(whole, limit);
  let draft: AnnouncementDraft;
  try {
    draft = read(head, options);
  } catch (error) {
    // Belt and braces: a reader bug must surface as a draft to fix, never as an exception.
    draft = read('', options, `the announcement could not be read (${(error as Error)?.message ?? error})`);
  }
  if (head.length < whole.length) {
    draft.warnings.unshift({
      code: 'text-truncated',
      field: '',
      message: `the text has ${whole.length} characters; only the first ${head.length} were read`,
    });
  }
  return draft;
}

function read(text: string, options: AnnouncementOptions, failure?: string): AnnouncementDraft {
  const now = Number.isFinite(options?.now) ? options.now : 0;
  const published = Number.isFinite(options?.published) ? options.published : undefined;
  const lang: Lang = options?.lang && (LANGS as readonly string[]).includes(options.lang) ? options.lang : detectLang(text);
  const notes = new Notes();
  if (failure) notes.warn('unreadable', '', failure);
  const raw = rawLines(text);
  const news = insertedNews(raw);
  if (news.size) {
    // A relay's own news items are blanked (same length, so every line keeps its place) and said.
    for (const i of news) text = text.slice(0, raw[i].start) + ' '.repeat(raw[i].raw.length) + text.slice(raw[i].start + raw[i].raw.length);
    const at = [...news].sort((a, b) => a - b).map((i) => i + 1);
    notes.warn('news-inserted', '', `lines ${at.join(', ')} look like a news site's own items, inserted into the announcement: they are not read`);
  }
  const lines = splitLines(text);

  const picks = readTags(lines, text, notes);
  const length = readMinimum(lines, lang, notes);
  const win = readWindow(lines, { now, published, dates: options?.dates }, notes);
  const shot = readScreenshot(lines, notes);
  const pool = readPool(lines, notes);
  const prizes = readPrizes(lines, lang, notes);
  checkPrizesAgainstPool(prizes, pool, notes);
  const token = readToken(lines, text, picks, shot.lines, prizes, pool, notes);
  const rules = readRules(lines, lang, notes);

  const main = picks.find((p) => p.text.toLowerCase() !== token.symbol.toLowerCase()) ?? picks[0];
  const { name, untranslated: nameUntranslated } = readName(main, lang, notes);
  // The name and the prize ranks are the contest's labels in the writer's UI, so a copy is a doubt.
  // The rules are not: they are quoted in the announcement's own words, as its readers read them.
  const untranslated = [...(nameUntranslated ? ['name'] : []), ...(prizes.some((p) => p.untranslated) ? ['prize names'] : [])];
  if (untranslated.length) {
    const list = untranslated.join(', ').replace(/, ([^,]*)$/, ' and $1');
    const from = lang === 'en' ? 'English' : 'Chinese';
    const verb = untranslated.length === 1 && untranslated[0] === 'name' ? 'is' : 'are';
    notes.warn('untranslated', '', `the ${list} ${verb} copied from the ${from} text into the other languages: translate them before saving`);
  }
  const id = slugId(main ? main.text : '', token.found ? token.symbol : '', win.start);
  const url = readUrl(lines, text, notes);
  // How many posts each writer must publish, when the announcement asks for several.
  const entries = readEntryCount(text);
  const entriesLine = entries ? lines.find((l) => l.raw.includes(entries.line) || entries.line.includes(l.text)) : undefined;
  if (entries && entriesLine) notes.find('entries', `${entries.count} per ${entries.per ?? 'contest'}`, entriesLine);
  checkCutOff(lines, text, notes);

  const contest: ContestInput = {
    schemaVersion: CONTEST_SCHEMA_VERSION,
    id,
    name,
    ...(url ? { url } : {}),
    window: { start: win.start, end: win.end, displayOffset: win.displayOffset },
    length,
    tags: picks.map((p) => ({ text: p.text, style: p.style, alternatives: p.alternatives })),
    screenshot: {
      requirement: shot.requirement,
      kinds: shot.kinds,
      token: { symbols: [token.symbol], names: token.names },
    },
    prizes: prizes.map(({ rank, winners, amount, unit }) => ({ rank, winners, amount, unit })),
    ...(pool ? { pool } : {}),
    rules,
    ...(entries ? { entries: { count: entries.count, per: entries.per ?? 'contest' } } : {}),
  };
  return { lang, contest, found: inFormOrder(notes.found), missing: inFormOrder(notes.missing), warnings: notes.warnings };
}
