import type { APIResponse } from '@playwright/test';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { contentSecurityPolicy, securityHeaders } from '../../lib/security-headers';
import { chooserScriptHash } from '../../scripts/build/language-chooser';
import { publishedPages } from './content-index';
import { expect, test } from './fixtures';
import { stylesheetOf } from './hostile-answers';
import { siteMode } from './site-mode';

const parser = unified().use(rehypeParse);

/** What a page would run (script elements and preloads of script files), and how many JSON-LD blocks it has (data, never run). */
function readScripts(html: string): { toRun: string[]; jsonLd: number } {
  const found = { toRun: [] as string[], jsonLd: 0 };
  visit(parser.parse(html) as Root, 'element', (node: Element) => {
    const rel = ([] as unknown[]).concat(node.properties.rel ?? []).map(String);
    if (node.tagName === 'script' && node.properties.type === 'application/ld+json') found.jsonLd++;
    else if (node.tagName === 'script') found.toRun.push(String(node.properties.src ?? 'inline script'));
    if (node.tagName === 'link' && (rel.includes('modulepreload') || node.properties.as === 'script'))
      found.toRun.push(`preload ${node.properties.href}`);
  });
  return found;
}

function expectSiteHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(securityHeaders))
    expect(headers[name.toLowerCase()], `${label}: ${name}`).toBe(value);
  expect(headers['x-powered-by'], label).toBeUndefined();
  expect(headers.server ?? '', `${label}: Server names no version`).not.toMatch(/\d/);
}

/**
 * Neither mode sends a script (the server build has Next's runtime removed like the export), and every answer says so
 * in its policy. Read from the bodies really sent, so a Next version that adds a script at request time fails here.
 */
test('every page, 404, file and redirect carries the security headers, no script, and a policy that allows none', async ({
  request,
}) => {
  const pages = publishedPages().map((page) => page.path);
  const css = stylesheetOf(await (await request.get('/de')).text());
  const paths = [
    ...pages,
    '/de?_rsc=1',
    '/de/nope',
    '/en/nope/deeper',
    '/xx/nope',
    '/sitemap.xml',
    '/robots.txt',
    '/icon.svg',
    '/de/opengraph-image',
    css,
  ];
  let jsonLd = 0;
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expectSiteHeaders(response, path);
    expect(response.headers()['content-security-policy'], path).toBe(contentSecurityPolicy);
    if (!response.headers()['content-type']?.startsWith('text/html')) continue;
    const scripts = readScripts(await response.text());
    expect(scripts.toRun, path).toEqual([]);
    jsonLd += scripts.jsonLd;
  }
  // JSON-LD stays: it is data for search engines, and CSP does not apply to it.
  expect(jsonLd).toBeGreaterThan(0);
});

test('/ redirects with the policy of its mode: no script on the server, the chooser script in the export', async ({
  request,
}) => {
  const response = await request.get('/', { maxRedirects: 0 });
  expect([302, 307]).toContain(response.status());
  expectSiteHeaders(response, '/');
  const policy = contentSecurityPolicy;
  expect(response.headers()['content-security-policy']).toBe(
    siteMode() === 'export' ? policy.replace("script-src 'none'", `script-src ${chooserScriptHash}`) : policy,
  );
});

// Every page and each language's 404 page is loaded by other specs, which fail on a violation too (./fixtures).
test('/ and the 404 page outside the languages render without a policy violation', async ({ page }) => {
  for (const path of ['/', '/xx/nope']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
  }
});
