import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/tooling/chromium';

// The publish specs start, kill and restart an editor of their own (tests/editor/publish-setup.ts), with its own
// EDITOR_DATA, PUBLISH_DIR and nginx: not the shared server of playwright.editor.config.ts.
export default defineConfig({
  testDir: 'tests/editor',
  testMatch: /publish.*\.spec\.ts/,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // A publish builds the whole site: about a minute here, more on a busy machine.
  timeout: 900_000,
  expect: { timeout: 60_000 },
  use: {
    ...devices['Desktop Chrome'],
    locale: 'de-DE',
    viewport: { width: 1400, height: 1000 },
    trace: 'off',
    launchOptions: chromiumLaunchOptions(),
  },
});
