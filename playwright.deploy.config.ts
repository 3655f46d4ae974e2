import { defineConfig } from '@playwright/test';

/**
 * `npm run deploy` as an administrator runs it, into a temporary folder that nginx serves. It builds the static export
 * into out/, so it runs after the end-to-end tests (which serve out/), never beside them.
 */
export default defineConfig({
  testDir: 'tests/deploy',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Each deploy builds the export, which takes several times as long when the machine is shared.
  timeout: 300_000,
});
