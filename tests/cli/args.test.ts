/**
 * Every script's options go through scripts/cli-input.ts (`cliArgs`, `parseCliArgs`: util.parseArgs, strict), so
 * `--help` prints the usage and an unknown or malformed option is named with it and exits 2, never
 * a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const SCRIPTS = readdirSync('scripts').filter((f) => f.endsWith('.ts'));

describe('the scripts’ options', () => {
  test.each(SCRIPTS.filter((f) => f !== 'cli-input.ts'))('%s reads its options through cli-input, not util.parseArgs itself', (file) => {
    const source = readFileSync(`scripts/${file}`, 'utf8');
    expect(source).not.toMatch(/import\s*\{[^}]*\bparseArgs\b[^}]*\}\s*from\s*'node:util'/);
    if (/process\.argv/.test(source) || /\bparseArgs\b/.test(source)) expect(source).toMatch(/\b(?:cliArgs|parseCliArgs)\s*\(/);
  });

  test('measure-reader: --help prints the usage; an unknown option is named, with the usage, and exits 2', () => {
    const tsx = 'node_modules/.bin/tsx';
    expect(execFileSync(tsx, ['scripts/measure-reader.ts', '--help'], { encoding: 'utf8' })).toMatch(/^usage: npx tsx scripts\/measure-reader\.ts/);
    const bad = spawnSync(tsx, ['scripts/measure-reader.ts', '--bogus'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--bogus/);
    expect(bad.stderr).not.toMatch(/\bat\s+\S+\s+\(/);
  });
});
