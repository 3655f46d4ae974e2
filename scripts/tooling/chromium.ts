import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium that tests and scripts drive: CHROMIUM_PATH if set, else Playwright's own where it has been downloaded
 * (undefined: Playwright's default), else Debian's (machines that cannot download browsers). null when there is none.
 */
export function chromiumExecutable(): string | undefined | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync(chromium.executablePath())) return undefined;
  return fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

/** The path of that Chromium, for tools that start it themselves (Lighthouse). */
export function chromiumPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

/** For every Chromium the project starts: no background traffic and no updates (these machines reach no internet). */
export const chromiumFlags = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** For tools that start that Chromium themselves (Lighthouse): no window, and no sandbox, as Playwright starts it. */
export const headlessChromiumFlags = ['--headless=new', '--no-sandbox', ...chromiumFlags];

/** Playwright's launch options with that Chromium and those flags. */
export const chromiumLaunchOptions = () => ({ executablePath: chromiumExecutable() ?? undefined, args: chromiumFlags });
