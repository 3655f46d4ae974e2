import type { APIResponse } from '@playwright/test';
import { contentSecurityPolicy, securityHeaders } from '../../lib/security-headers';
import { inlineScriptHashes } from '../../scripts/build/inline-scripts';
import { chooserScriptHash } from '../../scripts/build/language-chooser';
import { publishedPages } from './content-index';
import { expect, test } from './fixtures';
import { stylesheetOf } from './hostile-requests';
import { siteMode } from './site-mode';

/**
 * The policy a response must carry, in both modes: HTML that loads any script may run exactly its own inline
 * scripts (by hash) and the site's script files; everything else, the export's pages included, no script at all.
 * Computed from the body the server really sent, so a Next version that adds a script at request time fails here.
 */
function expectedPolicy(contentType: string, body: string): string {
  if (!contentType.startsWith('text/html') || !/<script(?![^>]*application\/ld\+json)/.test(body)) return contentSecurityPolicy();
  return contentSecurityPolicy(inlineScriptHashes(body));
}

function expectSiteHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], `${label}: ${name}`).toBe(value);
  expect(headers['x-powered-by'], label).toBeUndefined();
  expect(headers.server ?? '', `${label}: Server names no version`).not.toMatch(/\d/);
}

test('every page, 404, file and redirect carries the security headers and the policy its body needs', async ({ request }) => {
  const pages = publishedPages().map((page) => page.path);
  const css = stylesheetOf(await (await request.get('/de')).text());
  const paths = [...pages, '/de?_rsc=1', '/de/nope', '/en/nope/deeper', '/xx/nope', '/sitemap.xml', '/robots.txt', '/icon.svg', '/de/opengraph-image', css];
  const scriptsInPages: number[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expectSiteHeaders(response, path);
    const body = await response.text();
    const policy = response.headers()['content-security-policy'];
    expect(policy, path).toBe(expectedPolicy(response.headers()['content-type'] ?? '', body));
    if (pages.includes(path)) scriptsInPages.push(inlineScriptHashes(body).length);
  }
  // The export's pages have no inline script; the server's have Next's (each allowed above by its hash).
  expect(scriptsInPages.every((count) => (siteMode() === 'export' ? count === 0 : count > 0)), scriptsInPages.join(' ')).toBe(true);
});

test('/ redirects with the policy of its mode: no script on the server, the chooser script in the export', async ({ request }) => {
  const response = await request.get('/', { maxRedirects: 0 });
  expect([302, 307]).toContain(response.status());
  expectSiteHeaders(response, '/');
  const policy = contentSecurityPolicy();
  expect(response.headers()['content-security-policy']).toBe(siteMode() === 'export' ? policy.replace("script-src 'none'", `script-src ${chooserScriptHash}`) : policy);
});

// Every page and each language's 404 page is loaded by other specs, which fail on a violation too (./fixtures).
test('/ and the 404 page outside the languages render without a policy violation', async ({ page }) => {
  for (const path of ['/', '/xx/nope']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
  }
});
