/**
 * What the command-line tools (check-post, read-announcement) share: their arguments (options with
 * values, flags, one file or "-"), and reading that file as UTF-8 text. Every problem is a
 * {@link BadInput} (exit 2), said in a sentence.
 */
import { readFileSync } from 'node:fs';

export class BadInput extends Error {}

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  /** The one file given, or "-" (standard input). */
  file: string;
}

/**
 * `--name value`, `--name=value` for `values`; bare `--flag` for `flags`; at most one file (`what`
 * names it in the message: "post file", "announcement file"). `--help`/`-h` gives 'help'.
 */
export function parseCliArgs(argv: readonly string[], spec: { values: readonly string[]; flags: readonly string[]; what: string }): ParsedArgs | 'help' {
  const out: ParsedArgs = { flags: new Set(), values: new Map(), file: '-' };
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.split('=')[0];
    if (name === '--help' || name === '-h') return 'help';
    if (spec.flags.includes(name)) out.flags.add(name);
    else if (spec.values.includes(name)) {
      const eq = arg.indexOf('=');
      const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new BadInput(`${name} needs a value`);
      out.values.set(name, value);
    } else if (arg === '-' || !arg.startsWith('-')) {
      if (file !== undefined) throw new BadInput(`only one ${spec.what}, got "${file}" and "${arg}"`);
      file = arg;
    } else throw new BadInput(`unknown option ${arg}`);
  }
  out.file = file ?? '-';
  return out;
}

/** A file (or "-": standard input) as UTF-8 text, its BOM dropped. */
export function readUtf8(path: string, what: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadInput(`cannot read ${what}${code ? ` (${code})` : ''}: ${(error as Error).message}`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a file's BOM is encoding, not text
  } catch {
    throw new BadInput(`${what} is not valid UTF-8 text`);
  }
}
