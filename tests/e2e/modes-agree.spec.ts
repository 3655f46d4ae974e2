import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { exportDir } from '../../scripts/build/folders';
import { siteManifestFile, type SiteManifest } from '../../lib/site-manifest';
import { origins, siteMode } from './site-mode';

test.beforeEach(() => test.skip(siteMode() !== 'export', 'compares both builds once'));

/**
 * What must be the same in both builds: the page's identity for visitors, search engines and link previews, and
 * what visitors read and follow (the text of header, main and footer, every link and image). The specs that check
 * content rather than serving run on the export only (playwright.config.ts) because of this comparison.
 */
function describePage(html: string) {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const summary: Record<string, string[]> = {
    h1: [],
    title: [],
    canonical: [],
    hreflang: [],
    description: [],
    sharing: [],
    jsonLd: [],
    text: [],
    links: [],
    images: [],
  };
  visit(tree, 'element', (node: Element) => {
    const { properties: p } = node;
    if (['header', 'main', 'footer'].includes(node.tagName))
      summary.text.push(toString(node).replace(/\s+/g, ' ').trim());
    if (node.tagName === 'a') summary.links.push(`${p.href} ${p.hrefLang ?? ''} ${toString(node).trim()}`);
    if (node.tagName === 'img' || (node.tagName === 'svg' && p.role === 'img'))
      summary.images.push(`${p.src ?? ''} ${p.alt ?? p.ariaLabel ?? ''}`);
    if (node.tagName === 'h1') summary.h1.push(toString(node));
    if (node.tagName === 'title') summary.title.push(toString(node));
    if (node.tagName === 'link' && String(p.rel) === 'canonical') summary.canonical.push(String(p.href));
    if (node.tagName === 'link' && String(p.rel) === 'alternate' && p.hrefLang)
      summary.hreflang.push(`${p.hrefLang} ${p.href}`);
    if (node.tagName === 'meta' && p.name === 'description') summary.description.push(String(p.content));
    if (node.tagName === 'meta' && /^(og|twitter):/.test(String(p.property ?? p.name)))
      summary.sharing.push(`${p.property ?? p.name} ${p.content}`);
    if (node.tagName === 'script' && p.type === 'application/ld+json') summary.jsonLd.push(toString(node));
  });
  return summary;
}

function exportedPaths(): { pages: string[]; images: string[] } {
  const files = fs
    .readdirSync(exportDir, { recursive: true, encoding: 'utf8' })
    .map((name) => `/${name.split(path.sep).join('/')}`);
  return {
    pages: files
      .filter((file) => file.endsWith('.html') && !/(^\/index|\/404)\.html$/.test(file))
      .map((file) => file.replace(/\.html$/, '')),
    images: files.filter((file) => file.endsWith('/opengraph-image')),
  };
}

test('both builds serve the same pages with the same head, text, links and images, share images, sitemap and robots.txt', async () => {
  const manifest = JSON.parse(fs.readFileSync(siteManifestFile, 'utf8')) as SiteManifest;
  const served = (kind: string) =>
    Object.keys(manifest.paths)
      .filter((key) => manifest.paths[key].kind === kind)
      .sort();
  const exported = exportedPaths();
  expect(exported.pages.sort()).toEqual(served('page'));
  expect(exported.images.sort()).toEqual(served('share-image'));

  const server = await playwrightRequest.newContext({ baseURL: origins.server });
  const staticSite = await playwrightRequest.newContext({ baseURL: origins.export });
  for (const file of ['/sitemap.xml', '/robots.txt'])
    expect(await (await staticSite.get(file)).text(), file).toBe(await (await server.get(file)).text());
  for (const pagePath of served('page')) {
    const [fromServer, fromExport] = await Promise.all([server.get(pagePath), staticSite.get(pagePath)]);
    expect([fromServer.status(), fromExport.status()], pagePath).toEqual([200, 200]);
    const expected = describePage(await fromServer.text());
    expect(expected.h1, pagePath).toHaveLength(1);
    expect(describePage(await fromExport.text()), pagePath).toEqual(expected);
  }
  for (const imagePath of served('share-image')) {
    const answers = await Promise.all([server.get(imagePath), staticSite.get(imagePath)]);
    expect(
      answers.map((answer) => `${answer.status()} ${answer.headers()['content-type']}`),
      imagePath,
    ).toEqual(['200 image/png', '200 image/png']);
  }
  await Promise.all([server.dispose(), staticSite.dispose()]);
});

test('both builds send the same security headers on pages, 404s and files', async () => {
  const headers = [
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'cross-origin-opener-policy',
    'cross-origin-resource-policy',
  ];
  const server = await playwrightRequest.newContext({ baseURL: origins.server });
  const staticSite = await playwrightRequest.newContext({ baseURL: origins.export });
  for (const path of ['/de', '/en/nope', '/xx', '/sitemap.xml', '/de/opengraph-image']) {
    const [fromServer, fromExport] = await Promise.all([server.get(path), staticSite.get(path)]);
    const pick = (all: Record<string, string>) => headers.map((name) => `${name}: ${all[name]}`);
    expect(pick(fromExport.headers()), path).toEqual(pick(fromServer.headers()));
    expect(fromServer.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  await Promise.all([server.dispose(), staticSite.dispose()]);
});
