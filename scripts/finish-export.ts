/**
 * Last step of `npm run build:static`, after `next build` has exported the site to out/: makes it a
 * site without JavaScript. Stops the build when a page needs a script; removes Next's runtime, the
 * RSC payload and preloads from every page; names the 404 pages as a static server expects
 * them; adds the language chooser's script to `/`; removes what no page references any more.
 */
import fs from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import { exportBuildDir, exportDir, notFoundRoute } from '../lib/build-output';
import { describeClientComponents, findClientComponents } from './build/client-components';
import { chooserScriptHash } from './build/language-chooser';
import { pageResources } from './build/page-resources';
import { removePayloads, removeUnreferenced } from './build/prune-export';
import { runStripWorker, stripPages } from './build/strip-pages';

async function finishExport() {
  const clientComponents = findClientComponents(path.join(exportBuildDir, 'server', 'app'));
  if (clientComponents.length) {
    console.error(
      `The static export has no JavaScript, but these client components need it:\n${describeClientComponents(clientComponents)}\n` +
        'Make them server components (the site must work without JavaScript), or serve the site with `npm start` instead.',
    );
    process.exit(1);
  }

  const pages = fs
    .readdirSync(exportDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'));
  const removed: string[] = [];
  const pageAssets = await stripPages(exportDir, pages, () => removed.push(...removePayloads(exportDir)));
  removed.push(...removeUnreferenced(exportDir, pageAssets));
  for (const locale of routing.locales) {
    fs.renameSync(path.join(exportDir, `${notFoundRoute.path(locale)}.html`), path.join(exportDir, locale, '404.html'));
  }

  const removedFiles = new Set(removed);
  const exported = pages.filter((page) => !removedFiles.has(page)).length;
  // Every page was stripped; only / got a script back, the language chooser.
  const chooserBytes = pageResources(fs.readFileSync(path.join(exportDir, 'index.html'), 'utf8')).inlineScript;
  console.log(`Static export in ${exportDir}/: ${exported} pages, ${removed.length} files of Next's runtime removed.`);
  console.log(
    `JavaScript: ${chooserBytes} bytes inline on / (the language chooser), none on the ${exported - 1} other pages.`,
  );
  console.log(`Content-Security-Policy for / (language chooser): script-src ${chooserScriptHash}`);
}

if (!runStripWorker()) {
  finishExport().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
