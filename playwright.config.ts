import { defineConfig } from '@playwright/test';

// The e2e tests drive the real built extension (.output/, built by `npm run test:e2e`) in Debian's
// Chromium and Firefox ESR. Two workers, each taking whole files in turn: a browser test mostly
// waits (for the panel, the OCR, a timer), so one worker left a 2-core machine half idle. Measured
// 2026-12-06 on 2 cores shared with other jobs: overlay, topics, verdict and mirrors (40 tests)
// 300 s with one worker, 249 s with two under a heavier load; the whole suite passed with two
// workers at a load average of 13-19. latency.spec.ts's printed figures are taken from a run of
// that file alone (README).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
});
