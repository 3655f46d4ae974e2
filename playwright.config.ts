import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/browser';

const chromiumPath = chromiumExecutable() ?? undefined;

// `next start -p 0` takes a free port; Playwright hands the port it prints to the workers as E2E_PORT.
const baseURL = process.env.E2E_PORT ? `http://localhost:${process.env.E2E_PORT}` : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumPath
          ? { executablePath: chromiumPath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] }
          : undefined,
      },
    },
  ],
  webServer: {
    command: 'npx next start -p 0',
    wait: { stdout: /Local:\s+http:\/\/localhost:(?<e2e_port>\d+)/ },
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
  },
});
