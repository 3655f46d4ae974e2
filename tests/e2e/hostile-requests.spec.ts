import { expect, test } from '@playwright/test';
import { nextAnswersTraceWith500, probe, stylesheetOf } from './hostile-answers';
import { hostileRequests } from './hostile-requests';
import { siteMode } from './site-mode';

test('no hostile request gets a server error, a stack trace, a file from outside the site, an injected header or a redirect elsewhere', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stylesheet = stylesheetOf(await (await request.get('/de')).text());
  const problems = await probe(
    baseURL!,
    hostileRequests(stylesheet),
    siteMode() === 'server' ? nextAnswersTraceWith500 : undefined,
  );
  expect(problems).toEqual([]);
});

test('methods other than GET and HEAD are refused with 405 and Allow: GET, HEAD', async ({ request }) => {
  for (const path of ['/de', '/de/nope', '/robots.txt', '/de/opengraph-image']) {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers().allow, `${method} ${path}`).toBe('GET, HEAD');
    }
    expect((await request.head(path)).status(), `HEAD ${path}`).toBeLessThan(500);
  }
});
