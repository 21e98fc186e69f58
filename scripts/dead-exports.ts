/**
 * Exported values (functions, constants, classes) that no other module imports: each is either
 * dead or needs no `export`. Types are left out (a type in an exported signature stays exported).
 * Exports used only by tests are listed apart: they stay, tests being a module's users too. A
 * script's table kept for importers (scripts/bench-reader.ts ADVERSARIAL) may show here too.
 *
 *   npx tsx scripts/dead-exports.ts     # about two minutes: one find-references per export
 */
import path from 'node:path';
import ts from 'typescript';
import { cliArgs } from './cli-input';

cliArgs({ options: {}, usage: 'usage: npx tsx scripts/dead-exports.ts' });
const root = path.resolve(import.meta.dirname, '..');
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!config) throw new Error('cannot read tsconfig.json');
const files = config.fileNames.filter((f) => !f.includes('node_modules'));
const service = ts.createLanguageService({
  getScriptFileNames: () => files,
  getScriptVersion: () => '1',
  getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
  getCurrentDirectory: () => root,
  getCompilationSettings: () => config.options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
});
const program = service.getProgram()!;
const rel = (f: string) => path.relative(root, f);
const exported = (s: ts.Statement) => ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

let dead = 0;
for (const file of files) {
  if (!/^(lib|components|entrypoints|scripts)\//.test(rel(file))) continue;
  const source = program.getSourceFile(file)!;
  const names: ts.Identifier[] = [];
  for (const s of source.statements) {
    if (!exported(s)) continue;
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name);
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) names.push(s.name);
  }
  // A zod schema and its type share a name (`export const X = z.object…; export type X = …`): users of the type count.
  const typeNames = new Set(
    source.statements.filter((s) => ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)).map((s) => (s as ts.TypeAliasDeclaration).name.text),
  );
  for (const name of names) {
    if (typeNames.has(name.text)) continue;
    const users = new Set<string>();
    for (const symbol of service.findReferences(file, name.getStart(source)) ?? []) {
      for (const r of symbol.references) if (r.fileName !== file) users.add(rel(r.fileName));
    }
    if (users.size === 0) {
      console.log(`${rel(file)}: ${name.text}: no other module uses it`);
      dead++;
    } else if ([...users].every((u) => u.startsWith('tests/'))) console.log(`${rel(file)}: ${name.text}: tests only (kept)`);
  }
}
console.log(`${dead} exported values no other module uses`);
