import { expect, test } from './fixtures';
import { publishedPages } from './content-index';
import { pageCacheControl } from '../../lib/page-caching';
import { isPathOfThisSite, stylesheetOf } from './hostile-answers';
import { openRedirects } from './hostile-targets';
import { sendRaw } from './raw-http';

for (const [accept, expected] of [
  ['de-DE,de;q=0.9', '/de'],
  ['en-US,en;q=0.9', '/en'],
  ['fr-FR,fr;q=0.9', '/de'],
  ['fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7', '/en'],
] as const) {
  test(`/ with Accept-Language ${accept} redirects to ${expected}`, async ({ request }) => {
    const response = await request.get('/', { headers: { 'Accept-Language': accept }, maxRedirects: 0 });
    expect([302, 307]).toContain(response.status());
    expect(new URL(response.headers().location, 'http://x').pathname).toBe(expected);
  });
}

const unknownPaths = [
  '/de/gibt-es-nicht',
  '/en/does-not-exist',
  '/de/ziele/weiter',
  '/de/page-not-found',
  '/de/404',
  '/de/ziele.html',
  '/xx',
  '/xx/ziele',
  '/favicon.ico',
  '/de/content%2fpages%2fgoals.de.md',
  `/de/${'a'.repeat(3000)}`,
];

for (const path of unknownPaths) {
  test(`${path.slice(0, 60)} answers 404 with a page that needs no JavaScript`, async ({ request }) => {
    const response = await request.get(path, { headers: { 'Accept-Language': 'de' } });
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/<html lang="(de|en)">/);
    expect(html).toMatch(/<h1[^>]*>(Seite nicht gefunden|Page not found)<\/h1>/);
  });
}

// Paths after files of the repository or the build: some answer 400 (nginx refuses paths above its root).
const hostilePaths = [
  '/package.json',
  '/.git/config',
  '/.env',
  '/next.config.ts',
  '/content/pages/goals.de.md',
  '/deploy/nginx.conf',
  '/.next-server/site-manifest.json',
  '/_next/server/app/de.html',
  '/_next/../package.json',
  '/_next/static/../../package.json',
  '/de/..%2f..%2fpackage.json',
  '/de/%2e%2e/%2e%2e/package.json',
  '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/index.html',
  '/de.html',
];
// Text that only those files contain.
const repositoryMarkers = [
  '"name": "epi-site"',
  '---\ntitle:',
  'server {',
  '[core]',
  'root:x:0:0',
  '"notFoundHtml"',
  'NextConfig',
];

for (const path of hostilePaths) {
  test(`${path} reveals no file of the repository and causes no server error`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    const body = await response.text();
    for (const marker of repositoryMarkers) expect(body).not.toContain(marker);
  });
}

test('a trailing slash redirects to the address without it, never to another host', async ({ request, baseURL }) => {
  for (const [path, expected] of [
    ['/de/', '/de'],
    ['/de/ziele/', '/de/ziele'],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([301, 308], path).toContain(response.status());
    expect(response.headers().location, path).toBe(expected);
  }
  // Sent byte for byte: an HTTP client would turn `\\` into `/` and resolve `..` before sending.
  for (const path of [...openRedirects, '/de/%0d%0aSet-Cookie:%20a=b/']) {
    const response = await sendRaw(baseURL!, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    for (const location of response?.headers.location ?? []) {
      expect(isPathOfThisSite(location), `${path} redirects to ${location}`).toBe(true);
      expect(new URL(location, baseURL).host, path).toBe(new URL(baseURL!).host);
    }
    expect(response?.headers['set-cookie'], path).toBeUndefined();
  }
});

test('pages may be kept for five minutes, files with a hash in their name for a year', async ({ request }) => {
  const paths = [...publishedPages().map((page) => page.path), '/sitemap.xml', '/robots.txt', '/de/opengraph-image'];
  for (const path of paths) expect((await request.get(path)).headers()['cache-control'], path).toBe(pageCacheControl);
  const stylesheet = stylesheetOf(await (await request.get('/de')).text());
  expect((await request.get(stylesheet)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

for (const locale of ['de', 'en'] as const) {
  test(`the ${locale} 404 page is localized`, async ({ page }) => {
    const response = await page.goto(`/${locale}/nope`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('h1')).toHaveText(locale === 'de' ? 'Seite nicht gefunden' : 'Page not found');
  });
}

test('no page sets a cookie or loads anything from another host', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const fonts: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
    if (request.resourceType() === 'font') fonts.push(url);
  });
  for (const entry of publishedPages()) {
    const response = await page.goto(entry.path);
    expect(response?.headers()['set-cookie']).toBeUndefined();
  }
  await page.goto('/');
  await page.goto('/de/nope');
  expect(await context.cookies()).toEqual([]);
  expect(foreign).toEqual([]);
  // The site uses the visitor's system fonts; any font it ever loads must come from itself.
  expect(fonts.filter((url) => !url.startsWith(origin))).toEqual([]);
});
