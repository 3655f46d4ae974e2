import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the tests drive: CHROMIUM_PATH if set, else Playwright's own where it has been downloaded (undefined:
 * Playwright's default), else Debian's (machines that cannot download browsers). null when there is none at all.
 */
export function chromiumExecutable(): string | undefined | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync(chromium.executablePath())) return undefined;
  return fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}
