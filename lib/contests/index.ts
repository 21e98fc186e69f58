/** The contests the extension ships with, and the one door through which contest data enters. */
import { ContestSchema, type Contest } from './schema';
import { CONTEST_LIMITS, formatBytes } from './limits';
import wxtm2025 from './builtin/wxtm-2025.json';

export * from './schema';
export { CONTEST_LIMITS, formatBytes, utf8Bytes } from './limits';

export interface ContestIssue {
  /** Dotted path into the JSON, e.g. "tags.0.text"; "" for the whole document. */
  path: string;
  message: string;
}

export type ContestParse = { ok: true; contest: Contest } | { ok: false; issues: ContestIssue[] };

/** Validate unknown data as a contest. Never throws. */
export function parseContest(data: unknown): ContestParse {
  const result = ContestSchema.safeParse(data);
  if (result.success) return { ok: true, contest: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  // 10,000 broken tags are 10,000 issues: list the first ones and count the rest, so the page
  // stays usable and the writer still sees where to start.
  const max = CONTEST_LIMITS.issues;
  if (issues.length <= max) return { ok: false, issues };
  return { ok: false, issues: [...issues.slice(0, max), { path: '', message: `and ${issues.length - max} more problems` }] };
}

/**
 * Parse contest JSON text; a syntax error is reported like a schema issue at the root. Text far
 * beyond any contest is refused before it is parsed (a 12 MB paste is not a contest).
 */
export function parseContestJson(text: string): ContestParse {
  if (text.length > CONTEST_LIMITS.jsonText) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `the text has ${text.length.toLocaleString('en')} characters; a contest is at most ${formatBytes(CONTEST_LIMITS.contestBytes)} as JSON`,
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseContest(data);
}

function builtin(data: unknown): Contest {
  const parsed = parseContest(data);
  if (!parsed.ok) throw new Error(`built-in contest is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.contest;
}

export const BUILTIN_CONTESTS: readonly Contest[] = [builtin(wxtm2025)];
export const DEFAULT_CONTEST_ID = 'wxtm-2025';

export function findContest(id: string, extra: readonly Contest[] = []): Contest | undefined {
  return [...extra, ...BUILTIN_CONTESTS].find((c) => c.id === id);
}
