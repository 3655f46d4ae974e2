/**
 * Runs after `next build` (see `npm run build`): writes the site manifest that proxy.ts reads
 * (lib/site-manifest.ts), so the server never loads the content pipeline at request time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '../i18n/routing';
import { notFoundRoute, serverBuildDir } from '../lib/build-output';
import { checkContent } from '../lib/content';
import { siteManifestFile, type SiteManifest } from '../lib/site-manifest';
import { describeClientComponents, findClientComponents } from './build/client-components';
import { stripScripts } from './build/strip-scripts';

const { site, issues } = checkContent({ includeDrafts: false });
if (!site) throw new Error(`The content has errors (${issues.length}): run npm run content:check`);

const serverAppDir = path.join(serverBuildDir, 'server', 'app');
const scriptsNeeded = findClientComponents(serverAppDir).filter((use) => use.route === notFoundRoute.page);
if (scriptsNeeded.length) {
  console.error(`The 404 page is sent without JavaScript, but uses client components:\n${describeClientComponents(scriptsNeeded)}`);
  process.exit(1);
}

const manifest: SiteManifest = { paths: {}, notFoundHtml: {} as Record<Locale, string> };
for (const page of site.pages) {
  manifest.paths[page.path] = { locale: page.locale, kind: 'page' };
  manifest.paths[`${page.path}/opengraph-image`] = { locale: page.locale, kind: 'share-image' };
}
for (const locale of routing.locales) {
  const prerendered = path.join(serverAppDir, `${notFoundRoute.path(locale)}.html`);
  manifest.notFoundHtml[locale] = stripScripts(fs.readFileSync(prerendered, 'utf8'));
}

fs.writeFileSync(siteManifestFile, `${JSON.stringify(manifest)}\n`);
console.log(`Site manifest: ${Object.keys(manifest.paths).length} paths and ${routing.locales.length} 404 pages in ${siteManifestFile}`);

if (!process.env.SITE_URL) {
  console.warn(
    '\x1b[33mWarning: SITE_URL is not set, so canonical, hreflang, sitemap and share-image URLs point to http://localhost:3000. Set it for a public build: SITE_URL=https://… npm run build\x1b[0m',
  );
}
