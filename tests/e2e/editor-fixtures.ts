/**
 * Composer fixtures built from the REAL editor libraries (Quill, TipTap, Lexical, Slate, Draft.js,
 * CKEditor 5, a React-controlled textarea), bundled with esbuild at test time from
 * tests/fixtures/editors/ into test-results/editor-bundles/ (git-ignored, never committed), and
 * served at a real Gate Square URL inside the same page shell as the hand-written fixtures.
 * Each page exposes `window.__editorModel()` (the library's own model text, paragraphs joined by
 * "\n"), `window.__editorReady` and `window.__editorName`.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ComposerPage } from './composer-page';
import { expect, fixtureResponse, watchPanelRoot } from './fixtures';

export const EDITOR_LIBRARIES = [
  'quill',
  'tiptap',
  'lexical',
  'slate',
  'draftjs',
  'ckeditor',
  'react-textarea',
  // The same libraries with topics chosen from a `#` suggestion list (a segmented TextNode in
  // Lexical, an inline atom chip in ProseMirror): tests/fixtures/editors/topic-menu.ts.
  'lexical-topics',
  'tiptap-topics',
] as const;
export type EditorLibrary = (typeof EDITOR_LIBRARIES)[number];

export const EDITOR_SOURCES = path.resolve('tests/fixtures/editors');
/** Playwright empties test-results/ at the start of every run, so each run bundles once. */
export const EDITOR_BUNDLES = path.resolve('test-results/editor-bundles');
const METAFILE = path.join(EDITOR_BUNDLES, 'meta.json');

function entryFile(lib: EditorLibrary): string {
  for (const ext of ['.ts', '.tsx']) {
    const file = path.join(EDITOR_SOURCES, lib + ext);
    if (existsSync(file)) return file;
  }
  throw new Error(`no entry for ${lib} in ${EDITOR_SOURCES}`);
}

/** Every output exists and is newer than every input esbuild read (sources and node_modules). */
function upToDate(): boolean {
  if (!existsSync(METAFILE)) return false;
  try {
    const meta = JSON.parse(readFileSync(METAFILE, 'utf8')) as { inputs: Record<string, unknown>; libs: string[] };
    if (meta.libs.join() !== EDITOR_LIBRARIES.join()) return false;
    let oldest = Infinity;
    for (const lib of EDITOR_LIBRARIES) {
      const js = path.join(EDITOR_BUNDLES, `${lib}.js`);
      if (!existsSync(js)) return false;
      oldest = Math.min(oldest, statSync(js).mtimeMs);
    }
    const inputs = [...Object.keys(meta.inputs), path.relative(process.cwd(), GATE_PAGE)];
    return inputs.every((input) => existsSync(input) && statSync(input).mtimeMs < oldest);
  } catch {
    return false;
  }
}

async function bundle(): Promise<void> {
  if (upToDate()) return;
  // Build beside the final folder, then move each file in place (a rename is atomic), so a page
  // never loads a half-written bundle.
  const staging = `${EDITOR_BUNDLES}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const result = await build({
      entryPoints: Object.fromEntries(EDITOR_LIBRARIES.map((lib) => [lib, entryFile(lib)])),
      outdir: staging,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      minify: false,
      sourcemap: false,
      metafile: true,
      logLevel: 'silent',
      // CKEditor's stylesheet points at a few icons and fonts; none is needed for typing.
      loader: { '.svg': 'dataurl', '.woff': 'empty', '.woff2': 'empty' },
    });
    mkdirSync(EDITOR_BUNDLES, { recursive: true });
    for (const output of Object.keys(result.metafile.outputs)) {
      renameSync(output, path.join(EDITOR_BUNDLES, path.basename(output)));
    }
    writeFileSync(METAFILE, JSON.stringify({ libs: EDITOR_LIBRARIES, inputs: result.metafile.inputs }));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

let bundled: Promise<void> | null = null;
/** Bundle every editor entry once per process (a no-op when test-results/ already holds fresh bundles). */
export function bundleEditors(): Promise<void> {
  bundled ??= bundle().catch((error: unknown) => {
    bundled = null;
    throw error;
  });
  return bundled;
}

/** Bundle again after the current build (if any) settles; concurrent callers share one build. */
async function rebundle(): Promise<void> {
  const current = bundled;
  await current?.catch(() => undefined);
  if (bundled === current) bundled = null;
  return bundleEditors();
}

/**
 * The pictures Gate's page shows from its CDNs (avatars, feed pictures): served as a small PNG, or
 * with `broken` refused, as a content blocker or a slow CDN leaves them. A later call wins.
 */
export async function serveGateImages(context: BrowserContext, broken = false): Promise<void> {
  const png = readFileSync('public/icon/48.png');
  for (const cdn of ['https://gavatar.staticimgs.com/**', 'https://gimg2.gateimg.com/**']) {
    await context.route(cdn, (route) => (broken ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'image/png', body: png })));
  }
}

/** Gate Square's recorded page (tests/fixtures/host/gate-square.html): every library mounts in it. */
export const GATE_PAGE = path.resolve('tests/fixtures/host/gate-square.html');

/**
 * Gate's page around `lib`'s bundle: the plain contenteditable between <!--EDITOR--> and
 * <!--/EDITOR--> gives way to #editor-mount, where the library mounts (its editable then carries
 * id="composer"), in the same .editor-container-wrapper of the recorded chain.
 */
export function editorShell(lib: EditorLibrary): string {
  const css = existsSync(path.join(EDITOR_BUNDLES, `${lib}.css`)) ? `<link rel="stylesheet" href="/__editors/${lib}.css" />` : '';
  const page = readFileSync(GATE_PAGE, 'utf8');
  const shell = page
    .replace(/<!--EDITOR-->[\s\S]*?<!--\/EDITOR-->/, '<div id="editor-mount"></div>')
    .replace('<!--EDITOR_CSS-->', css)
    .replace('<!--EDITOR_SCRIPT-->', `<script src="/__editors/${lib}.js"></script>`);
  if (shell === page || !shell.includes('id="editor-mount"')) throw new Error('gate-square.html lost its <!--EDITOR--> markers');
  return shell;
}

const BUNDLE_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * Serve `lib`'s fixture page for every request to `url` (query strings included), the bundles
 * under /__editors/ and the host fixtures' shared files under /__fixtures/ (as serveFixture does).
 */
export async function serveEditor(context: BrowserContext, url: string, lib: EditorLibrary): Promise<void> {
  await bundleEditors();
  await serveGateImages(context);
  const origin = new URL(url).origin;
  const page = url.split('?')[0];
  await context.route(`${origin}/__fixtures/**`, (route) => route.fulfill(fixtureResponse(route.request().url(), 'textarea.html')));
  await context.route(`${origin}/__editors/**`, async (route) => {
    const name = path.basename(new URL(route.request().url()).pathname);
    const file = path.join(EDITOR_BUNDLES, name);
    // Another Playwright run started meanwhile empties test-results/: bundle again.
    if (!existsSync(file)) await rebundle();
    if (!existsSync(file)) return route.fulfill({ status: 404, body: `no bundle ${name}` });
    return route.fulfill({ status: 200, contentType: BUNDLE_TYPES[path.extname(name)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await context.route(
    (u) => u.href.split('?')[0] === page,
    async (route) => {
      if (!existsSync(path.join(EDITOR_BUNDLES, `${lib}.js`))) await rebundle();
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: editorShell(lib) });
    },
  );
}

/** Page object for a real-library composer: ComposerPage's members, and which library it is. */
export class EditorPage extends ComposerPage {
  constructor(
    page: Page,
    readonly lib: EditorLibrary,
  ) {
    super(page, lib);
  }
}

/** Open `lib`'s composer at `url`, wait for the library to mount and for our panel beside it. */
export async function openEditor(
  context: BrowserContext,
  lib: EditorLibrary,
  url = 'https://www.gate.com/zh-tw/post',
  size?: { width: number; height: number },
  options: { served?: boolean } = {},
): Promise<EditorPage> {
  if (!options.served) await serveEditor(context, url, lib);
  const page = await context.newPage();
  // Wide enough for the panel to dock beside the composer on Gate's page (a free column past the
  // right sidebar); narrower windows give the pill, which gate-page.spec.ts drives.
  await page.setViewportSize(size ?? { width: 1920, height: 1000 });
  const composer = new EditorPage(page, lib);
  await watchPanelRoot(page);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __editorReady?: boolean }).__editorReady === true);
  await expect(composer.editor).toBeVisible();
  // Docked beside the composer, or a pill where the window has no room beside it.
  await expect(page.locator('gsc=.gsc-panel:not([hidden]), .gsc-pill').first()).toBeVisible();
  return composer;
}

/**
 * The response for a request on an editor page outside Playwright's routing (Firefox through
 * puppeteer's request interception): the bundles, the host fixtures' shared files, else the page.
 * Call bundleEditors() first.
 */
export function editorResponse(requestUrl: string, lib: EditorLibrary): { status: number; contentType: string; body: string | Buffer } {
  const { pathname } = new URL(requestUrl);
  if (pathname.startsWith('/__editors/')) {
    const name = path.basename(pathname);
    const file = path.join(EDITOR_BUNDLES, name);
    if (!existsSync(file)) return { status: 404, contentType: 'text/plain', body: `no bundle ${name}` };
    return { status: 200, contentType: BUNDLE_TYPES[path.extname(name)] ?? 'application/octet-stream', body: readFileSync(file) };
  }
  if (pathname.startsWith('/__fixtures/')) return fixtureResponse(requestUrl, 'textarea.html');
  return { status: 200, contentType: 'text/html; charset=utf-8', body: editorShell(lib) };
}
