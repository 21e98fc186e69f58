/**
 * The checklist engine: a post snapshot and a contest in, a checklist out, with every number and
 * message the UI shows. Pure: `now` comes in, OCR comes in as verdicts, nothing is read from the
 * browser. Rules run in the order of {@link RULES} (the panel's order); a rule that throws becomes a
 * blocking error item instead of breaking the others.
 */
import { SCREENSHOT_KINDS, type Contest, type ScreenshotKind } from '../contests/schema';
import { registerMessages } from '../i18n';
import { RULE_MESSAGES } from '../i18n/messages/rules';
import { ScreenshotVerdictSchema } from '../ocr/verdict';
import { analyzeText, textAnalyzer, type TextAnalysis } from '../text';
import { deadlineRule } from './deadline';
import { lengthRule } from './length';
import { screenshotRule } from './screenshot';
import { tagsRule } from './tags';
import { keepEqual } from '../settings/keep-equal';
import type { Checklist, ChecklistFacts, ChecklistItem, ErrorItem, ImageOcrState, ItemStatus, PostSnapshot, Rule, RuleContext } from './types';

export * from './types';
export { MIN_CONFIDENCE } from './screenshot';

registerMessages(RULE_MESSAGES);

/** The ordered registry: the order of the panel. */
export const RULES: readonly Rule[] = [lengthRule, tagsRule, screenshotRule, deadlineRule];

/**
 * Build the checklist. Never throws, whatever the snapshot holds (the contest must be one that
 * passed the schema). `rules` defaults to the registry; tests pass their own to check isolation.
 */
export function buildChecklist(snapshot: PostSnapshot, contest: Contest, now: number, rules: readonly Rule[] = RULES): Checklist {
  return checklistBuilder(rules, analyzeText)(snapshot, contest, now);
}

/**
 * Checklists one after another, as the writer types: each equal to `buildChecklist`'s for the same
 * inputs, but what did not change is not worked out again. The text is analysed again only when it
 * or the chips changed, and then only its changed lines (`textAnalyzer`, unless `analyze` says
 * otherwise: `buildChecklist`, built once, reads the whole text at once); the pictures are cleaned
 * again only when their list changed, and a rule is run again only when the contest or something
 * it `reads` changed. Then the parts left deep-equal stay the objects they were (`keepEqual`), so
 * after a keystroke that changes the count only the count's item is new (what the panel draws
 * again).
 */
export function checklistBuilder(
  rules: readonly Rule[] = RULES,
  analyze = textAnalyzer(),
): (snapshot: PostSnapshot, contest: Contest, now: number) => Checklist {
  let last: { snapshot: PostSnapshot; contest: Contest; now: number; analysis: Analysed; items: (readonly ChecklistItem[])[]; checklist: Checklist } | null =
    null;
  let rawImages: unknown;
  return (snapshot, contest, now) => {
    // The same list of pictures as last time is not cleaned (its verdicts parsed) again.
    const raw = (snapshot as { images?: unknown } | null)?.images;
    const clean = cleanSnapshot(snapshot, last && raw === rawImages ? last.snapshot.images : undefined);
    rawImages = raw;
    const images = clean.images;
    const same = {
      contest: last?.contest === contest,
      text: last !== null && last.snapshot.text === clean.text && sameStrings(last.snapshot.tags ?? [], clean.tags ?? []),
      images: last?.snapshot.images === images,
      now: last !== null && Object.is(last.now, now),
    };
    const analysis = last && same.contest && same.text ? last.analysis : analyse(analyze, clean, contest);
    const ctx: RuleContext = {
      snapshot: clean,
      contest,
      now,
      get text(): TextAnalysis {
        if (!analysis.ok) throw analysis.error;
        return analysis.value;
      },
    };
    const items = rules.map((rule, i) => {
      if (last && same.contest && rule.reads.every((input) => same[input])) return last.items[i];
      try {
        return rule.check(ctx);
      } catch (error) {
        return [errorItem(rule, error)];
      }
    });
    const checklist = keepEqual(last?.checklist, assemble(items.flat(), contest, now));
    last = { snapshot: clean, contest, now, analysis, items, checklist };
    return checklist;
  };
}

/** The text analysis the length and tag rules share; if it fails, those rules fail (as error items) when they read it, and the others still run. */
type Analysed = { ok: true; value: TextAnalysis } | { ok: false; error: unknown };

function analyse(analyze: typeof analyzeText, snapshot: PostSnapshot, contest: Contest): Analysed {
  try {
    return { ok: true, value: analyze(snapshot.text, { unit: contest.length.unit, tags: contest.tags, chips: snapshot.tags }) };
  } catch (error) {
    return { ok: false, error };
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The checklist around its items: the overall status, the counts per status, the facts. */
function assemble(items: ChecklistItem[], contest: Contest, now: number): Checklist {
  const summary: Record<ItemStatus, number> = { pass: 0, fail: 0, warn: 0, pending: 0, info: 0 };
  for (const item of items) summary[item.status]++;
  const required = items.filter((item) => item.required);
  const failed = required.filter((item) => item.status === 'fail').length;
  const pending = required.filter((item) => item.status === 'pending').length;
  const status = failed > 0 ? 'fail' : pending > 0 ? 'pending' : 'pass';
  return {
    contestId: contest.id,
    now,
    pass: status === 'pass',
    status,
    message: { key: `rules.overall.${status}`, params: { failed, pending } },
    items,
    summary,
    facts: factsOf(items, contest),
  };
}

function errorItem(rule: Rule, error: unknown): ErrorItem {
  return {
    id: rule.id,
    rule: 'error',
    required: true,
    status: 'fail',
    message: { key: 'rules.internalError', params: { rule: rule.id } },
    details: { rule: rule.id, error: error instanceof Error ? error.message : String(error) },
  };
}

/** The numbers at a glance (popup, CLI --json), read off the items. */
function factsOf(items: readonly ChecklistItem[], contest: Contest): ChecklistFacts {
  const facts: ChecklistFacts = {
    count: 0,
    minimum: contest.length.min,
    unit: contest.length.unit,
    lengthOk: false,
    tagsFound: [],
    tagsMissing: [],
    nearMisses: [],
    screenshot: 'info',
    phase: 'invalid',
    msLeft: 0,
  };
  for (const item of items) {
    switch (item.rule) {
      case 'length':
        facts.count = item.details.count;
        facts.lengthOk = item.status === 'pass';
        break;
      case 'tags':
        (item.status === 'pass' ? facts.tagsFound : facts.tagsMissing).push(item.details.expected);
        for (const m of item.details.nearMisses)
          facts.nearMisses.push({
            expected: m.expected,
            found: m.found,
            reason: m.reason,
            fix: m.fix,
            ...(m.start !== undefined ? { start: m.start, end: m.end } : {}),
          });
        break;
      case 'screenshot':
        facts.screenshot = item.status;
        break;
      case 'deadline':
        facts.phase = item.details.phase;
        facts.msLeft = item.details.msLeft;
        break;
    }
  }
  return facts;
}

/** What a writer may say a picture is. */
const WRITER_KINDS: ReadonlySet<string> = new Set(SCREENSHOT_KINDS);

/**
 * The snapshot as the rules may assume it: a string text, string chips, well-formed image states
 * (anything else becomes a `failed` image with reason `invalid-state`). The host adapter should
 * already produce this; the engine does not trust it to.
 */
export function cleanSnapshot(snapshot: unknown, images?: PostSnapshot['images']): PostSnapshot {
  const s = (typeof snapshot === 'object' && snapshot !== null ? snapshot : {}) as Record<string, unknown>;
  const text = typeof s.text === 'string' ? s.text : '';
  const tags = Array.isArray(s.tags) ? s.tags.filter((t): t is string => typeof t === 'string') : [];
  return { text, tags, images: images ?? cleanImages(s.images) };
}

function cleanImages(images: unknown): ImageOcrState[] {
  return Array.isArray(images) ? images.map(cleanImage) : [];
}

function cleanImage(raw: unknown, index: number): ImageOcrState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const id = typeof r.id === 'string' && r.id ? r.id : `image-${index + 1}`;
  const named = typeof r.name === 'string' ? { id, name: r.name } : { id };
  switch (r.state) {
    case 'unread':
      return { ...named, state: 'unread' };
    case 'reading':
      return { ...named, state: 'reading', progress: unit(r.progress) };
    case 'failed':
      return { ...named, state: 'failed', reason: typeof r.reason === 'string' && r.reason ? r.reason : 'unknown' };
    case 'verdict': {
      // The verdict's one schema: a malformed one is an image in error, never half a verdict.
      const verdict = ScreenshotVerdictSchema.safeParse(r.verdict);
      if (!verdict.success) break;
      const mine = typeof r.confirmedByWriter === 'string' && WRITER_KINDS.has(r.confirmedByWriter);
      return { ...named, state: 'verdict', verdict: verdict.data, ...(mine ? { confirmedByWriter: r.confirmedByWriter as ScreenshotKind } : {}) };
    }
  }
  return { ...named, state: 'failed', reason: 'invalid-state' };
}

function unit(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
