import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/tooling/chromium';
import { copyContent } from './scripts/tooling/content-copy';
import { createTestAccounts } from './scripts/tooling/editor-accounts';

// The editor's tests run `npm run edit` as staff do (its production build, built first when the code changed), on a
// copy of the content (never the real content/).
// The config is read by the runner and by each worker; the copy is made once and handed on in the environment.
process.env.CONTENT_ROOT ??= copyContent(process.cwd());
// An editor and a publisher in a temporary EDITOR_DATA (tests/editor/accounts.ts); tests sign in through fixture.ts.
process.env.EDITOR_DATA ??= createTestAccounts();

export default defineConfig({
  testDir: 'tests/editor',
  // The publish specs run an editor of their own (playwright.publish.config.ts).
  testIgnore: /publish/,
  // One server and one content copy: tests in one worker, in order, never write the same files at once.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 180_000,
  expect: { timeout: 20_000 },
  globalTeardown: './tests/editor/teardown.ts',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env.EDITOR_PORT ? `http://127.0.0.1:${process.env.EDITOR_PORT}` : undefined,
    locale: 'de-DE',
    viewport: { width: 1400, height: 1000 },
    trace: 'off',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: 'npm run edit -- --port 0',
    // The editor's address appears once next start is ready (next's own line has no /edit).
    wait: { stdout: /http:\/\/127\.0\.0\.1:(?<editor_port>\d+)\/edit\b/ },
    // A build after a change of the code takes minutes on a shared machine; an unchanged one starts in a second.
    timeout: 600_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 3_000 },
  },
});
