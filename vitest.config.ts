import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Test files whose assertions read the process's own memory (rss, array buffers): each runs in a
// process of its own (forks), so a file running beside it in the other worker cannot add to it.
const PROCESS_MEMORY = ['tests/ocr/node/decode.test.ts', 'tests/ocr/prepare.test.ts'];

// One renderer: the tests render through preact/compat like every build (wxt.config.ts), so a
// component is tested as it runs.
const PREACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: fileURLToPath(new URL('./tests/preact-as-react.js', import.meta.url)) },
];

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: PREACT },
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    // One worker per core (Vitest's default leaves one core idle: a single worker on a 2-core
    // machine). Files stay isolated from each other either way.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        // Worker threads: a file starts in a thread, not in a new Node process (measured 2026-12-06
        // on 2 cores, the whole suite: 233 s as forks, 127 s as threads, both with 2 workers).
        test: { name: 'unit', include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'], exclude: [...PROCESS_MEMORY], pool: 'threads' },
      },
      { extends: true, test: { name: 'memory', include: PROCESS_MEMORY, pool: 'forks' } },
    ],
  },
});
