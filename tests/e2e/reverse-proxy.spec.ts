import { expect, request as playwrightRequest, test } from '@playwright/test';
import { exportDir } from '../../scripts/build/folders';
import { publishedPages } from './content-index';
import { probe, stylesheetOf } from './hostile-answers';
import { hostileRequests } from './hostile-requests';
import { listenLocally, replaceLine } from '../../scripts/tooling/nginx-config';
import { serveExport, startNginx } from '../../scripts/tooling/nginx';
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
      replaceLine(listenLocally(config, port), 'server', upstream),
    );
  });
  test.afterAll(() => proxy?.stop());

  const siteHeaders = [
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'cross-origin-opener-policy',
    'cross-origin-resource-policy',
  ];

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

  test('the hostile requests get no server error, stack trace, foreign file or injected header, TRACE included', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const stylesheet = stylesheetOf(await (await request.get(`${proxy.origin}/de`)).text());
    expect(await probe(proxy.origin, hostileRequests(stylesheet))).toEqual([]);
  });

  test('redirects stay on the address the visitor used', async ({ request }) => {
    const root = await request.get(`${proxy.origin}/`, { headers: { 'Accept-Language': 'en' }, maxRedirects: 0 });
    expect(new URL(root.headers().location, proxy.origin).href).toBe(`${proxy.origin}/en`);
    const slash = await request.get(`${proxy.origin}/de/`, { maxRedirects: 0 });
    expect(new URL(slash.headers().location, proxy.origin).href).toBe(`${proxy.origin}/de`);
  });
});

test.describe('over TLS, with a self-signed certificate', () => {
  test.skip(() => siteMode() !== 'server', 'both configs once; the proxy needs the Node server');

  test('deploy/nginx.conf and deploy/nginx-proxy.conf send Strict-Transport-Security on TLS and only there', async () => {
    const upstream = new URL(origins.server).host;
    const servers = await Promise.all([
      serveExport(exportDir, { tls: true }),
      startNginx(
        'deploy/nginx-proxy.conf',
        (config, port) => replaceLine(listenLocally(config, port, true), 'server', upstream),
        { tls: true },
      ),
    ]);
    const client = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
    try {
      for (const server of servers) {
        for (const path of ['/de', '/de/nope', '/']) {
          const response = await client.get(`${server.origin}${path}`, { maxRedirects: 0 });
          expect(response.headers()['strict-transport-security'], `${server.origin}${path}`).toBe('max-age=31536000');
        }
      }
      expect((await client.get(`${origins.export}/de`)).headers()['strict-transport-security']).toBeUndefined();
      expect((await client.get(`${origins.server}/de`)).headers()['strict-transport-security']).toBeUndefined();
    } finally {
      await client.dispose();
      for (const server of servers) server.stop();
    }
  });
});
