/**
 * Runs after `next build` (see `npm run build`): removes Next's runtime from every prerendered page, as the export
 * does (docs/security.md says why), and writes the site manifest that proxy.ts reads (lib/site-manifest.ts), so the
 * server never loads the content pipeline at request time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '../i18n/routing';
import { notFoundRoute, serverBuildDir } from './build/folders';
import { checkContent } from '../lib/content';
import { siteManifestFile, type SiteManifest } from '../lib/site-manifest';
import { stripRuntime } from './build/strip-runtime';

const { site, issues } = checkContent({ includeDrafts: false });
if (!site) throw new Error(`The content has errors (${issues.length}): run npm run content:check`);

const serverAppDir = path.join(serverBuildDir, 'server', 'app');
/**
 * The file `next start` sends for a route, as `next build` prerendered it. A Next version that writes them elsewhere
 * must stop the build: the pages it would send would still carry the runtime that their policy does not allow.
 */
function prerenderedFile(route: string): string {
  const file = path.join(serverAppDir, `${route}.html`);
  if (!fs.existsSync(file)) {
    console.error(
      `No prerendered HTML for ${route} at ${file}: has Next changed where it writes prerendered pages? See docs/security.md.`,
    );
    process.exit(1);
  }
  return file;
}

const routes = [
  ...site.pages.map((page) => page.path),
  ...routing.locales.map((locale) => notFoundRoute.path(locale)),
  '/_not-found',
  '/_global-error',
];
stripRuntime(routes.map(prerenderedFile));

const manifest: SiteManifest = { paths: {}, notFoundHtml: {} as Record<Locale, string> };
for (const page of site.pages) {
  manifest.paths[page.path] = { locale: page.locale, kind: 'page' };
  manifest.paths[`${page.path}/opengraph-image`] = { locale: page.locale, kind: 'share-image' };
}
for (const locale of routing.locales)
  manifest.notFoundHtml[locale] = fs.readFileSync(prerenderedFile(notFoundRoute.path(locale)), 'utf8');

fs.writeFileSync(siteManifestFile, `${JSON.stringify(manifest)}\n`);
console.log(
  `Next's runtime removed from ${routes.length} prerendered pages. Site manifest: ${Object.keys(manifest.paths).length} paths and ${routing.locales.length} 404 pages in ${siteManifestFile}`,
);

if (!process.env.SITE_URL) {
  console.warn(
    '\x1b[33mWarning: SITE_URL is not set, so canonical, hreflang, sitemap and share-image URLs point to http://localhost:3000. Set it for a public build: SITE_URL=https://… npm run build\x1b[0m',
  );
}
