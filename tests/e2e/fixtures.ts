import { expect, test as base, type BrowserContext } from '@playwright/test';

/**
 * Collects what the browser reports about the site's policies on every page of a context: Content-Security-Policy
 * violations and Permissions-Policy errors. Chromium writes both to the console whether or not the page may run
 * scripts (the export's pages may not); where JavaScript is on, an init script (which Playwright runs outside the
 * page's policy) also logs each `securitypolicyviolation` event with what was blocked.
 */
export async function watchPolicies(context: BrowserContext): Promise<string[]> {
  const reports: string[] = [];
  context.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy|Permissions-Policy|securitypolicyviolation/i.test(text))
      reports.push(`${message.page()?.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return reports;
}

/** Playwright's `test`, failing any test whose pages logged a policy violation (every spec that loads pages uses it). */
export const test = base.extend({
  context: async ({ context }, runTest) => {
    const reports = await watchPolicies(context);
    await runTest(context);
    expect(reports, 'Content-Security-Policy violations or Permissions-Policy errors').toEqual([]);
  },
});

export { expect };
