/**
 * What the command-line tools share: their arguments, parsed by `node:util` parseArgs (strict: an
 * unknown option or a missing value is an error, said in a sentence), and reading a file as UTF-8
 * text. For check-post and read-announcement every problem is a {@link BadInput} (exit 2); the
 * benchmarks and check-screenshot use {@link cliArgs}, which prints the problem and the usage and exits.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class BadInput extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/** parseArgs' error in our words ("unknown option --verbose", "--now needs a value"); undefined for any other error. */
function argError(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${/'([^']*)'/.exec(message)?.[1] ?? message}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // "Option '-c, --contest <value>' argument missing", "Option '--now' argument is ambiguous", "Option '--json' does not take an argument"
    const name = /^Option '(?:-\w, )?(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
    if (message.includes('does not take an argument')) return `${name} takes no value`;
    if (message.includes('ambiguous')) return `${name} needs a value (one starting with "-" is written ${name}=-…)`;
    return `${name} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? message}`;
  return undefined;
}

/** `--help` or `-h` among the options (before a `--`). */
const wantsHelp = (argv: readonly string[]) => {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/**
 * The options (`--name value`, `--name=value`, `--flag`) and at most one file, "-" (standard input)
 * when none is given; `what` names the file in the message ("post file", "announcement file").
 * `--help`/`-h` anywhere gives 'help'. A problem is a {@link BadInput}.
 */
export function parseCliArgs<const O extends Options>(
  argv: readonly string[],
  options: O,
  what: string,
): { values: Parsed<O>['values']; file: string } | 'help' {
  if (wantsHelp(argv)) return 'help';
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const said = argError(error);
    if (said === undefined) throw error;
    throw new BadInput(said);
  }
  const [file, second] = parsed.positionals;
  if (second !== undefined) throw new BadInput(`only one ${what}, got "${file}" and "${second}"`);
  return { values: parsed.values, file: file ?? '-' };
}

/**
 * A script's own arguments (process.argv after the script), strictly: `--help`/`-h` prints `usage`
 * and exits 0; an unknown option, a missing value or an unexpected positional prints the problem
 * and `usage` on stderr and exits with `exitCode` (2 unless the script documents otherwise).
 */
export function cliArgs<const O extends Options, const P extends boolean = false>(config: {
  options: O;
  allowPositionals?: P;
  usage: string;
  exitCode?: number;
  args?: readonly string[];
}): ReturnType<typeof parseArgs<{ options: O; allowPositionals: P; strict: true }>> {
  const args = [...(config.args ?? process.argv.slice(2))];
  if (wantsHelp(args)) {
    process.stdout.write(`${config.usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options: config.options, allowPositionals: config.allowPositionals ?? false, strict: true }) as ReturnType<
      typeof parseArgs<{ options: O; allowPositionals: P; strict: true }>
    >;
  } catch (error) {
    const said = argError(error);
    if (said === undefined) throw error;
    process.stderr.write(`${said}\n${config.usage}\n`);
    process.exit(config.exitCode ?? 2);
  }
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
