import { defineConfig } from 'wxt';

/**
 * The content script runs on every Gate Square page load, so its size matters: React 19's
 * react-dom alone is ~190 KB minified. The in-page panel therefore renders through preact/compat
 * (the same React API, ~12 KB); the popup and options pages keep React itself.
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
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The sources zip (for Firefox add-on review) carries what builds the extension, not test corpora.
  zip: { excludeSources: ['tests/fixtures/ocr/**', 'docs/**', 'test-results/**'] },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const existing = config.resolve?.alias ?? [];
      const list = Array.isArray(existing)
        ? existing
        : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_CONTENT, ...list] };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_TW',
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://www.gate.com/*', 'https://www.gate.io/*'],
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
