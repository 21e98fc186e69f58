import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/**
 * tesseract.js's worker, wasm cores and language data, copied from node_modules into the build
 * (never committed, never fetched): tesseract/worker.min.js, tesseract/core/*.wasm.js,
 * tesseract/lang/*.traineddata.gz. Version 7 picks the relaxed-SIMD core where it can.
 */
function tesseractAssets(): ({ absoluteSrc: string; relativeDest: string } | { contents: string; relativeDest: string })[] {
  const core = packageDir('tesseract.js-core');
  // The worker falls back to CDN paths for its core and language data when none is given. We always
  // give both; the fallbacks are cut so no remote address ships (an unconfigured path fails locally).
  const worker = readFileSync(path.join(packageDir('tesseract.js'), 'dist/worker.min.js'), 'utf8');
  const cdn = /https:\/\/cdn\.jsdelivr\.net\/npm\//g;
  if ((worker.match(cdn) ?? []).length === 0) throw new Error('tesseract.js worker changed: review the CDN fallback cut');
  return [
    { contents: worker.replace(cdn, 'unconfigured-path/'), relativeDest: 'tesseract/worker.min.js' },
    ...['relaxedsimd-lstm', 'simd-lstm', 'lstm'].map((flavour) => ({
      absoluteSrc: path.join(core, `tesseract-core-${flavour}.wasm.js`),
      relativeDest: `tesseract/core/tesseract-core-${flavour}.wasm.js`,
    })),
    // The QR reader (zxing-wasm, reader build): its wasm, loaded by lib/ocr/qr.ts from here.
    { absoluteSrc: require.resolve('zxing-wasm/reader/zxing_reader.wasm'), relativeDest: 'zxing/zxing_reader.wasm' },
    ...['eng', 'chi_sim', 'chi_tra'].map((lang) => ({
      absoluteSrc: path.join(packageDir(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`),
      relativeDest: `tesseract/lang/${lang}.traineddata.gz`,
    })),
  ];
}

/**
 * Every page of the extension renders through preact/compat (the same React API): the in-page
 * panel, whose size matters on every Gate Square page, and the popup and options pages, so a
 * component behaves the same in all three (sizes: docs/measurements.md).
 */
const PREACT_FOR_CONTENT: { find: RegExp; replacement: string }[] = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// See README "Architecture". The manifest asks for the least that works: storage and alarms,
// Gate Square hosts only, and a CSP that allows WebAssembly (tesseract.js) and nothing looser.
/**
 * tesseract.js's browser defaults name a CDN worker. We always pass our own packaged paths, but the
 * CDN address would still ship in the bundle (and a store reviewer would rightly ask why): strip it,
 * so a missing path fails loudly instead of fetching remote code.
 */
const noTesseractCdn = {
  name: 'no-tesseract-cdn',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    // zxing-wasm's default locateFile names a CDN too; lib/ocr/qr.ts always hands it the wasm bytes.
    if (/zxing-wasm[\\/]dist[\\/]es[\\/]share\.js$/.test(id)) {
      const cut = code.replace(/`https:\/\/fastly\.jsdelivr\.net\/npm\/zxing-wasm@[^`]*`/, "''");
      if (cut === code) throw new Error('zxing-wasm share.js changed: review no-tesseract-cdn');
      return cut;
    }
    if (!/tesseract\.js[\\/]src[\\/]worker[\\/]browser[\\/]defaultOptions\.js$/.test(id)) return null;
    const stripped = code.replace(/workerPath:\s*`https:\/\/cdn\.jsdelivr\.net[^`]*`/, "workerPath: ''");
    if (stripped === code) throw new Error('tesseract.js defaultOptions changed: review no-tesseract-cdn');
    return stripped;
  },
};

/**
 * `GSC_ANALYZE=1 wxt build` writes a sourcemapped build to .output-analyze (never the shared
 * .output), for scripts/content-script-size.ts to attribute the content script's bytes by module.
 */
const ANALYZE = process.env.GSC_ANALYZE === '1';

/** Scripts the content script imports into its isolated world when a page needs them (web-accessible). */
const LAZY_MODULES = ['gate-square-panel.js', 'gate-square-review.js'];

export default defineConfig({
  ...(ANALYZE ? { outDir: '.output-analyze' } : {}),
  vite: () => ({ plugins: [noTesseractCdn], ...(ANALYZE ? { build: { sourcemap: 'hidden' as const } } : {}) }),
  modules: ['@wxt-dev/module-react'],
  // The sources zip (for Firefox add-on review) carries what builds the extension, not test corpora.
  zip: { excludeSources: ['tests/fixtures/ocr/**', 'docs/**', 'test-results/**'] },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...tesseractAssets());
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      // One renderer everywhere (the panel, the popup, the options page): a component behaves the same
      // in all three. Every build gets the alias; one without React code is unchanged by it.
      void entrypoints;
      const existing = config.resolve?.alias ?? [];
      const list = Array.isArray(existing) ? existing : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_CONTENT, ...list] };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_TW',
    action: { default_title: '__MSG_extName__' },
    // Chrome hosts the OCR worker in an offscreen document; Firefox in its background page.
    // activeTab (no install warning): opening the popup lets it look at that one page for Gate's
    // composer, to offer "enable on this site" on a mirror host no list knows (lib/host/mirrors.ts).
    permissions: ['storage', 'alarms', 'activeTab', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Asked for only when the writer turns on deadline notifications or adds a Gate mirror host.
    optional_permissions: ['notifications', ...(browser === 'firefox' ? ['https://*/*'] : ['scripting'])],
    ...(browser === 'firefox' ? {} : { optional_host_permissions: ['https://*/*'] }),
    // Chrome 148: structured-clone messaging (below); runtime.getContexts needs 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '148' }),
    host_permissions: ['https://www.gate.com/*', 'https://www.gate.io/*'],
    // The panel module, imported by the content script into its isolated world on Gate Square pages
    // (entrypoints/gate-square.content/index.tsx), and the review module the panel imports the same
    // way on a post's page that offers a contest to track (review-module.ts). Mirror hosts the
    // writer adds are any https host. Chrome's dynamic URL changes each session, so a page cannot
    // probe for a fixed address.
    web_accessible_resources: manifestVersion === 3 ? [{ resources: LAZY_MODULES, matches: ['https://*/*'], use_dynamic_url: true }] : (LAZY_MODULES as never),
    // Screenshot bytes cross to the OCR host as a Uint8Array, not base64 (Chrome 148+; Firefox
    // always clones messages).
    ...(browser === 'firefox' ? {} : { message_serialization: 'structured_clone' }),
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" }
        : ("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" as never),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gate-square-checklist@contest-tools.dev',
              // data_collection_permissions ("we collect nothing") needs Firefox 140 / Android 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
