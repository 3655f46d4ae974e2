import { expect, test } from '@playwright/test';
import { publishedPages } from './content-index';
import { replaceLine, startNginx } from './nginx';
import { origins, siteMode } from './site-mode';

/**
 * Server mode as deployed: deploy/nginx-proxy.conf in front of `next start` on 127.0.0.1, with only
 * its `listen` line and its upstream's `server` line adapted.
 */
test.describe('through deploy/nginx-proxy.conf', () => {
  test.skip(() => siteMode() !== 'server', 'server mode only');
  let proxy: Awaited<ReturnType<typeof startNginx>>;

  test.beforeAll(async () => {
    if (siteMode() !== 'server') return;
    const upstream = new URL(origins.server).host;
    proxy = await startNginx('deploy/nginx-proxy.conf', (config, port) =>
      replaceLine(replaceLine(config, 'listen', `127.0.0.1:${port}`), 'server', upstream),
    );
  });
  test.afterAll(() => proxy?.stop());

  const siteHeaders = ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy'];

  test('every page answers 200, unknown pages 404, each with the site headers', async ({ request }) => {
    for (const page of publishedPages()) {
      const response = await request.get(`${proxy.origin}${page.path}`);
      expect(response.status(), page.path).toBe(200);
      for (const header of siteHeaders) expect(response.headers()[header], `${page.path} ${header}`).toBeTruthy();
    }
    for (const path of ['/de/gibt-es-nicht', '/en/nope/deeper', '/xx']) {
      const response = await request.get(`${proxy.origin}${path}`);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toMatch(/<h1[^>]*>(Seite nicht gefunden|Page not found)<\/h1>/);
      for (const header of siteHeaders) expect(response.headers()[header], `${path} ${header}`).toBeTruthy();
    }
  });

  test('redirects stay on the address the visitor used', async ({ request }) => {
    const root = await request.get(`${proxy.origin}/`, { headers: { 'Accept-Language': 'en' }, maxRedirects: 0 });
    expect(new URL(root.headers().location, proxy.origin).href).toBe(`${proxy.origin}/en`);
    const slash = await request.get(`${proxy.origin}/de/`, { maxRedirects: 0 });
    expect(new URL(slash.headers().location, proxy.origin).href).toBe(`${proxy.origin}/de`);
  });
});
