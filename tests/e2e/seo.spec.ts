import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { publishedPages, publishedPagesIn } from './content-index';

const pages = publishedPages();
const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:3000').origin;

interface SitemapEntry {
  loc: string;
  lastmod?: string;
  alternates: Record<string, string>;
}

async function readSitemap(request: APIRequestContext): Promise<SitemapEntry[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<urlset[^>]*xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml"/);
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, block]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(block)![1],
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(block)?.[1],
    alternates: Object.fromEntries(
      [...block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map(
        ([, lang, href]) => [lang, href],
      ),
    ),
  }));
}

const absolute = (path: string) => new URL(path, siteOrigin).href;

test('the sitemap lists every page of the content index exactly once, each answering 200', async ({ request }) => {
  const entries = await readSitemap(request);
  expect(entries.map((entry) => entry.loc).sort()).toEqual(pages.map((page) => absolute(page.path)).sort());
  for (const entry of entries) {
    const response = await request.get(new URL(entry.loc).pathname, { maxRedirects: 0 });
    expect(response.status(), entry.loc).toBe(200);
    expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
});

test('sitemap alternates are reciprocal and hold only real translations', async ({ request }) => {
  const entries = await readSitemap(request);
  const byLoc = new Map(entries.map((entry) => [entry.loc, entry]));
  for (const entry of entries) {
    for (const [language, href] of Object.entries(entry.alternates)) {
      const other = byLoc.get(href);
      expect(other, `${entry.loc} → ${language} ${href}`).toBeDefined();
      if (language !== 'x-default') expect(Object.values(other!.alternates)).toContain(entry.loc);
    }
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain('Allow: /');
  expect(text).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
});

test('titles are unique and follow one pattern', async ({ page }) => {
  const titles = new Set<string>();
  for (const entry of pages) {
    await page.goto(entry.path);
    const title = await page.title();
    expect(title).toContain('EPI – European Pact for Integration');
    expect(titles.has(title), title).toBe(false);
    titles.add(title);
  }
});

for (const locale of ['de', 'en']) {
  test(`every page in ${locale}: canonical, hreflang and sharing tags agree with the sitemap`, async ({
    page,
    request,
  }) => {
    const sitemap = await readSitemap(request);
    for (const entry of publishedPagesIn(locale)) {
      await test.step(entry.path, async () => {
        await page.goto(entry.path);
        const head = page.locator('head');
        await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(entry.path));
        const alternates = await head
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) =>
            Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
          );
        const sitemapEntry = sitemap.find((candidate) => candidate.loc === absolute(entry.path))!;
        expect(alternates).toEqual(sitemapEntry.alternates);
        expect(alternates['x-default']).toBeDefined();
        await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute(
          'content',
          entry.locale === 'de' ? 'de_DE' : 'en_GB',
        );
        await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', await page.title());
        await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
        const image = await head.locator('meta[property="og:image"]').getAttribute('content');
        const response = await request.get(new URL(image!).pathname);
        expect(response.headers()['content-type']).toBe('image/png');
        const png = await response.body();
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      });
    }
  });
}

test('the 404 page is not indexed', async ({ page }) => {
  await page.goto('/en/nothing-here');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});
