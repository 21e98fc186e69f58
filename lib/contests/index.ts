/** The contests the extension ships with, and the one door through which contest data enters. */
import { ContestSchema, type Contest } from './schema';
import { CONTEST_LIMITS, formatBytes } from './limits';
import type { Msg } from '../i18n';
import wxtm2025 from './builtin/wxtm-2025.json';

export * from './schema';
export { CONTEST_LIMITS, formatBytes, utf8Bytes } from './limits';

export interface ContestIssue {
  /** Dotted path into the JSON, e.g. "tags.0.text"; "" for the whole document. */
  path: string;
  message: string;
}

/**
 * Why a text is not JSON at all, for a sentence in the writer's language (the issue's English
 * message stays for the CLI). `line` and `column` are 1-based, in the text as given.
 */
export type JsonProblem =
  | { kind: 'empty' }
  /** The text stops inside an object, an array or a string (a file cut short, a paste missing its end). */
  | { kind: 'ends-early' }
  | { kind: 'syntax'; line: number; column: number; excerpt: string }
  /** Not JSON, at no place the grammar walk can name (nesting deeper than the stack). */
  | { kind: 'syntax-unplaced' };

export type ContestParse = { ok: true; contest: Contest } | { ok: false; issues: ContestIssue[]; json?: JsonProblem };

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
  // A byte-order mark (Notepad's UTF-8) is no part of the JSON.
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${message}` }], json: jsonProblem(json) };
  }
  return parseContest(data);
}

/**
 * Where a text stops being JSON: the index of the first character the grammar (RFC 8259) does not
 * allow, the text's length when it ends too soon, -1 when it is JSON. The engines' own messages do
 * not say (V8's "Unexpected token '}'" has no position, Firefox words it its own way), so the
 * grammar is walked here; only text JSON.parse refused comes this way.
 */
export function jsonErrorAt(s: string): number {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const string = () => {
    i++;
    while (i < s.length) {
      const c = s[i];
      if (c === '"') return void i++;
      if (c === '\\') {
        const escape = s[i + 1];
        if (escape === 'u') {
          for (let k = 2; k < 6; k++) {
            if (i + k >= s.length) i = s.length;
            else if (!/[0-9a-fA-F]/.test(s[i + k])) i += k;
            else continue;
            fail();
          }
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else {
          i += 1;
          fail();
        }
        continue;
      }
      if (c < ' ') fail();
      i++;
    }
    fail();
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (s[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (s[i] !== '"') fail();
          string();
          ws();
          if (s[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(s)) return void (i = NUMBER.lastIndex);
    for (const word of ['true', 'false', 'null']) if (s.startsWith(word, i)) return void (i += word.length);
    fail();
  };
  try {
    value();
    ws();
    return i < s.length ? i : -1;
  } catch (stop) {
    if (stop instanceof JsonStop) return stop.at;
    // Nesting deeper than the stack: no place to name.
    return -1;
  }
}

class JsonStop {
  constructor(readonly at: number) {}
}

/** Why `text` (which JSON.parse refused) is not JSON, and where; see {@link JsonProblem}. */
export function jsonProblem(text: string): JsonProblem {
  const content = text.trimEnd();
  if (!content.trim()) return { kind: 'empty' };
  const index = jsonErrorAt(text);
  if (index < 0) return { kind: 'syntax-unplaced' };
  if (index >= content.length) return { kind: 'ends-early' };
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', index);
  const whole = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const column = index - lineStart + 1;
  // The line around the place, at most 24 characters before it and 16 after.
  const from = Math.max(0, column - 1 - 24);
  const to = Math.min(whole.length, column - 1 + 16);
  const excerpt = `${from > 0 ? '…' : ''}${whole.slice(from, to).trim()}${to < whole.length ? '…' : ''}`;
  return { kind: 'syntax', line, column, excerpt };
}

/** What the options page says about a text that is not JSON (the source, file or box, is said before it). */
export function jsonProblemMsg(problem: JsonProblem): Msg {
  switch (problem.kind) {
    case 'empty':
      return { key: 'options.json.empty' };
    case 'ends-early':
      return { key: 'options.json.endsEarly' };
    case 'syntax':
      return { key: 'options.json.syntax', params: { line: problem.line, column: problem.column, excerpt: problem.excerpt } };
    case 'syntax-unplaced':
      return { key: 'options.json.syntaxUnplaced' };
  }
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
