import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/tooling/chromium';

export const chromium = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() };

// Both web servers take a free port and print it; Playwright hands the ports to the workers as
// SERVER_PORT and EXPORT_PORT (the named groups below).
export const origin = (port: string | undefined) => (port ? `http://127.0.0.1:${port}` : undefined);

/** How the runner runs specs against the two modes; playwright.pictures.config.ts runs its own the same way. */
export const runner = {
  fullyParallel: true,
  // Room for axe on a shared 2-core machine that builds something else beside the tests.
  timeout: 60_000,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: { trace: 'off' },
} satisfies PlaywrightTestConfig;

/**
 * The specs run twice: against `next start` bound to 127.0.0.1 as in production (project `server`),
 * and against nginx serving the static export out/ with deploy/nginx.conf (project `export`).
 * `npm run test:e2e` builds both first. Specs of what pages say and how they look (accessibility, legal
 * pages, SEO tags, phone layout) run on the export only: its pages are the server's HTML and CSS (neither sends
 * scripts), which modes-agree.spec.ts checks page by page, so running them twice would test nothing new.
 * Specs of how pages are served (routing, headers, hostile requests, status codes), the language switcher and
 * pages.spec.ts (every page loaded in a browser, under the CSP watch) run on both.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  ...runner,
  projects: [
    {
      name: 'server',
      use: { ...chromium, baseURL: origin(process.env.SERVER_PORT) },
      testIgnore: [
        'accessibility.spec.ts',
        'legal-pages.spec.ts',
        'seo.spec.ts',
        'structured-data.spec.ts',
        'small-screens.spec.ts',
        'no-editor-in-build.spec.ts',
      ],
    },
    {
      name: 'export',
      use: { ...chromium, baseURL: origin(process.env.EXPORT_PORT) },
      testIgnore: 'no-editor-in-build.spec.ts',
    },
    // What both builds wrote, read from disk once.
    { name: 'build-output', testMatch: 'no-editor-in-build.spec.ts' },
  ],
  webServer: [
    {
      command: 'npx next start -H 127.0.0.1 -p 0',
      wait: { stdout: /Local:\s+http:\/\/127\.0\.0\.1:(?<server_port>\d+)/ },
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
      gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
    },
    {
      command: 'npx tsx tests/e2e/serve-export.ts',
      wait: { stdout: /Serving \S+ at http:\/\/127\.0\.0\.1:(?<export_port>\d+)/ },
      timeout: 30_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
    },
  ],
});
