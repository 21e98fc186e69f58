/**
 * The content script's bytes, by module: `npm run size:content` builds Chrome with a hidden
 * sourcemap into .output-analyze (never the shared .output) and attributes every minified byte to
 * the source it came from, then prints the size (minified, gzip) and the top contributors, grouped
 * by package or by folder of our own code.
 *
 * Usage: tsx scripts/content-script-size.ts [--no-build] [--top N] [--file content-scripts/x.js]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { cliArgs } from './cli-input';

const { values } = cliArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    file: { type: 'string' },
  },
  usage: 'usage: npx tsx scripts/content-script-size.ts [--no-build] [--top N] [--file content-scripts/x.js]',
});
const DIR = '.output-analyze/chrome-mv3';
if (!values['no-build']) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, GSC_ANALYZE: '1' } });

const scripts = values.file
  ? [values.file]
  : readdirSync(path.join(DIR, 'content-scripts'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `content-scripts/${f}`);

/** node_modules/<pkg> (scoped too) or our own folder, from a sourcemap's source path. */
function group(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const own = source.replace(/^(\.\.\/)+/, '');
  return path.dirname(own);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const file of scripts) {
  const full = path.join(DIR, file);
  const code = readFileSync(full, 'utf8');
  const bytes = Buffer.byteLength(code);
  console.log(`${file}: ${bytes} bytes (${kb(bytes)}) minified, ${gzipSync(code).length} bytes (${kb(gzipSync(code).length)}) gzip`);
  if (!existsSync(`${full}.map`)) continue;
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${full}.map`, 'utf8')));
  const lines = code.split('\n');
  const bySource = new Map<string, number>();
  // Each mapping owns the bytes up to the next mapping on its line; unmapped bytes are "(glue)".
  const mappings: { line: number; column: number; source: string | null }[] = [];
  map.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  let attributed = 0;
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i]!;
    const next = mappings[i + 1];
    const lineText = lines[m.line - 1] ?? '';
    const end = next && next.line === m.line ? next.column : lineText.length;
    const n = Buffer.byteLength(lineText.slice(m.column, end));
    const key = m.source ?? '(glue)';
    bySource.set(key, (bySource.get(key) ?? 0) + n);
    attributed += n;
  }
  bySource.set('(unmapped)', bytes - attributed);
  const byGroup = new Map<string, number>();
  for (const [source, n] of bySource) byGroup.set(group(source), (byGroup.get(group(source)) ?? 0) + n);
  const top = Number(values.top);
  const table = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, n]) => `  ${kb(n).padStart(9)}  ${((100 * n) / bytes).toFixed(1).padStart(5)}%  ${name.replace(/^(\.\.\/)+/, '')}`)
      .join('\n');
  console.log(`by package or folder:\n${table(byGroup)}`);
  console.log(`by module:\n${table(bySource)}`);
}
