/**
 * Last step of `npm run build:static`, after `next build` has exported the site to out/: makes it a site without
 * JavaScript. Removes Next's runtime, the RSC payload and preloads from every page; names the 404 pages as a static
 * server expects them; adds the language chooser's script to `/`; removes what no page references any more.
 */
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import { exportDir, notFoundRoute } from './build/folders';
import { addLanguageChooser, chooserScriptHash } from './build/language-chooser';
import { removePayloads, removeUnreferenced } from './build/prune-export';
import { stripRuntime } from './build/strip-runtime';

const pages = fs.readdirSync(exportDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
stripRuntime(pages.map((page) => path.join(exportDir, page)));
const home = path.join(exportDir, 'index.html');
fs.writeFileSync(home, addLanguageChooser(fs.readFileSync(home, 'utf8')));
const removed = [...removePayloads(exportDir), ...removeUnreferenced(exportDir)];
for (const locale of routing.locales) {
  fs.renameSync(path.join(exportDir, `${notFoundRoute.path(locale)}.html`), path.join(exportDir, locale, '404.html'));
}

const exported = pages.filter((page) => !removed.includes(page)).length;
console.log(`Static export in ${exportDir}/: ${exported} pages, ${removed.length} files of Next's runtime removed.`);
console.log(`Content-Security-Policy for / (its language chooser): script-src ${chooserScriptHash}`);
