import { defineConfig } from 'wxt';

// See README "Architecture". The manifest asks for the least that works: storage and alarms,
// Gate Square hosts only, and a CSP that allows WebAssembly (tesseract.js) and nothing looser.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The sources zip (for Firefox add-on review) carries what builds the extension, not test corpora.
  zip: { excludeSources: ['tests/fixtures/ocr/**', 'docs/**', 'test-results/**'] },
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
