/** The contests the extension ships with, and the one door through which contest data enters. */
import { ContestSchema, type Contest } from './schema';
import wxtm2025 from './builtin/wxtm-2025.json';

export * from './schema';

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
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

/** Parse contest JSON text; a syntax error is reported like a schema issue at the root. */
export function parseContestJson(text: string): ContestParse {
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
