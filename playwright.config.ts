import { defineConfig } from '@playwright/test';

// The e2e tests drive the real built extension (.output/, built by `npm run test:e2e`) in Debian's
// Chromium and Firefox ESR. One worker: the machine has two cores and each browser wants one.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
});
