import { defineConfig } from '@playwright/test';
import { chromium, origin, runner } from './playwright.config';

/**
 * Pictures on a fixture site with a 2400 × 1600 photo and an SVG logo (tests/pictures/), in both modes. Its web server
 * builds both modes of that fixture into the project's build folders, so it runs before `npm run test:e2e`, which builds
 * them anew from the real content, never beside it.
 */
export default defineConfig({
  testDir: 'tests/pictures',
  ...runner,
  projects: [
    { name: 'server', use: { ...chromium, baseURL: origin(process.env.SERVER_PORT) } },
    { name: 'export', use: { ...chromium, baseURL: origin(process.env.EXPORT_PORT) } },
  ],
  webServer: {
    command: 'npx tsx tests/pictures/serve-fixture.ts',
    wait: {
      stdout: /server http:\/\/127\.0\.0\.1:(?<server_port>\d+) export http:\/\/127\.0\.0\.1:(?<export_port>\d+)/,
    },
    // Two builds of a small site: about a minute on an idle machine, several times that on a shared one.
    timeout: 600_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
