import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIResponse } from '@playwright/test';
import { contentSecurityPolicy, securityHeaders } from '../../lib/security-headers';
import { listenLocally, replaceLine } from '../../scripts/tooling/nginx-config';
import { freePort, startNginx } from '../../scripts/tooling/nginx';
import { sendRaw } from './raw-http';
import { origins, siteMode } from './site-mode';

/** What deploy/nginx-proxy.conf itself does to answers: the redirects it lets out, the headers of its own answers. */
test.describe('deploy/nginx-proxy.conf in front of a server that redirects anywhere', () => {
  test.skip(() => siteMode() !== 'server', 'the proxy config once');

  test('only a redirect to a path of this site made of path characters leaves the proxy', async () => {
    // Stands in for Node: answers every request with a redirect to the Location named in its query.
    const upstream = http.createServer((request, response) => {
      const location = new URL(request.url!, 'http://upstream').searchParams.get('to')!;
      response.writeHead(308, { Location: location }).end();
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.address() as AddressInfo;
    const proxy = await startNginx('deploy/nginx-proxy.conf', (config, listen) =>
      replaceLine(listenLocally(config, listen), 'server', `127.0.0.1:${port}`),
    );
    try {
      const hostile = ['/\\evil.example', '//evil.example', '/\t/evil.example', 'http://evil.example/', 'evil'];
      for (const to of [...hostile, '/de', '/de/ziele', '/%5Cevil.example', '/%0d%0a', '/de/ziele?a=1']) {
        const response = await sendRaw(
          proxy.origin,
          `GET /x?to=${encodeURIComponent(to)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
        );
        expect(response?.status, to).toBe(308);
        expect(response?.headers.location, to).toEqual(hostile.includes(to) ? undefined : [to]);
      }
    } finally {
      proxy.stop();
      upstream.close();
    }
  });
});

test.describe("deploy/nginx-proxy.conf's own answers", () => {
  test.skip(() => siteMode() !== 'server', 'the proxy config once');

  test('405 and 502 from nginx carry the site’s security headers, and pages from Node carry each once', async ({
    request,
  }) => {
    const expectSiteHeaders = (response: APIResponse, label: string) => {
      for (const [name, value] of Object.entries({
        ...securityHeaders,
        'Content-Security-Policy': contentSecurityPolicy,
      }))
        expect(response.headers()[name.toLowerCase()], `${label}: ${name}`).toBe(value);
    };
    const closedPort = await freePort();
    const servers = [
      await startNginx('deploy/nginx-proxy.conf', (config, port) =>
        replaceLine(listenLocally(config, port), 'server', new URL(origins.server).host),
      ),
      // Nothing listens on the upstream's port: nginx answers 502 itself.
      await startNginx('deploy/nginx-proxy.conf', (config, port) =>
        replaceLine(listenLocally(config, port), 'server', `127.0.0.1:${closedPort}`),
      ),
    ];
    try {
      const [proxy, broken] = servers;
      const refused = await request.post(`${proxy.origin}/de`, { data: 'x=1' });
      expect(refused.status()).toBe(405);
      expectSiteHeaders(refused, 'POST /de');
      const down = await request.get(`${broken.origin}/de`);
      expect(down.status()).toBe(502);
      expectSiteHeaders(down, 'GET /de, Node down');
      // A header sent by Node and added again by nginx would read "nosniff, nosniff".
      for (const path of ['/de', '/de/nope', '/xx'])
        expectSiteHeaders(await request.get(`${proxy.origin}${path}`), path);
    } finally {
      for (const server of servers) server.stop();
    }
  });
});
