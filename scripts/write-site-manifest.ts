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
import { inlineScriptHashes } from './build/inline-scripts';
import { stripScripts } from './build/strip-scripts';

const { site, issues } = checkContent({ includeDrafts: false });
if (!site) throw new Error(`The content has errors (${issues.length}): run npm run content:check`);

const serverAppDir = path.join(serverBuildDir, 'server', 'app');
const scriptsNeeded = findClientComponents(serverAppDir).filter((use) => use.route === notFoundRoute.page);
if (scriptsNeeded.length) {
  console.error(`The 404 page is sent without JavaScript, but uses client components:\n${describeClientComponents(scriptsNeeded)}`);
  process.exit(1);
}

/**
 * The HTML `next start` sends for a route, as `next build` prerendered it. The CSP hashes are computed from
 * these files, so a Next version that writes them elsewhere must stop the build, not send pages without them.
 */
function prerenderedHtml(route: string): string {
  const file = path.join(serverAppDir, `${route}.html`);
  if (!fs.existsSync(file)) {
    console.error(`No prerendered HTML for ${route} at ${file}: has Next changed where it writes prerendered pages? See docs/security.md.`);
    process.exit(1);
  }
  return fs.readFileSync(file, 'utf8');
}

// Routes of app/ outside the languages that answer with a file (robots.txt, sitemap.xml, icon.svg), not
// `/` (the proxy redirects it) nor Next's own pages (`/_not-found`, `/_global-error`).
const appRoutes = Object.values(JSON.parse(fs.readFileSync(path.join(serverBuildDir, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>);

const manifest: SiteManifest = {
  paths: {},
  notFoundHtml: {} as Record<Locale, string>,
  files: appRoutes.filter((route) => /^\/[^[_]/.test(route)).sort(),
  globalNotFoundScripts: inlineScriptHashes(prerenderedHtml('/_not-found')),
};
for (const page of site.pages) {
  manifest.paths[page.path] = { locale: page.locale, kind: 'page', scripts: inlineScriptHashes(prerenderedHtml(page.path)) };
  manifest.paths[`${page.path}/opengraph-image`] = { locale: page.locale, kind: 'share-image' };
}
for (const locale of routing.locales) {
  manifest.notFoundHtml[locale] = stripScripts(prerenderedHtml(notFoundRoute.path(locale)));
}

fs.writeFileSync(siteManifestFile, `${JSON.stringify(manifest)}\n`);
const hashes = site.pages.reduce((sum, page) => sum + manifest.paths[page.path].scripts!.length, 0);
console.log(
  `Site manifest: ${Object.keys(manifest.paths).length} paths, ${manifest.files.length} files, ${routing.locales.length} 404 pages and ${hashes} inline-script hashes in ${siteManifestFile}`,
);

if (!process.env.SITE_URL) {
  console.warn(
    '\x1b[33mWarning: SITE_URL is not set, so canonical, hreflang, sitemap and share-image URLs point to http://localhost:3000. Set it for a public build: SITE_URL=https://… npm run build\x1b[0m',
  );
}
