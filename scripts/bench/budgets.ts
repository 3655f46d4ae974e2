import fs from 'node:fs';
import path from 'node:path';
import { exportDir, serverBuildDir } from '../build/folders';
import { loadSite } from '../../lib/content';
import { siteManifestFile, type SiteManifest } from '../../lib/site-manifest';
import { chooserScript } from '../build/language-chooser';
import { pageResources } from '../build/page-resources';
import { exportLayout, serverLayout, weigh, weighPage, type PageWeight, type Weight } from './page-weight';

/** What a page may weigh; `npm run bench:check` fails when a build breaks one of these. */
export const budgets = {
  /** Stylesheets of any page, gzip. */
  cssGzip: 10 * 1024,
  /** Script files a page of the server build loads, over the bare Next page (the floor), gzip. */
  serverJsOverFloorGzip: 1024,
  /**
   * The HTML of any page beyond its own text (the page's Markdown as HTML), gzip, in either build: what the templates
   * add (the partners page with its map adds the most). A long text written by staff makes a page larger but never breaks it.
   */
  htmlGzip: 40 * 1024,
};

/** Figures the bench measures and reports against, but which no check can hold without timing (see docs/performance.md). */
export const targets = {
  lighthouseScore: 100,
  lcpMs: 1200,
  cls: 0,
  /** Requests per second of the site's server over the floor's server: at least as fast. */
  serverOverFloor: 1,
  /** 1,000 synthetic pages per language. */
  scalingPages: 1000,
  buildSeconds: 90,
  contentCheckSeconds: 1,
};

/** A page's weight, and that of its own text: its Markdown as HTML. */
export type ContentPageWeight = PageWeight & { text?: Weight };

export interface BuildWeights {
  server: ContentPageWeight[];
  export: ContentPageWeight[];
  /** Every HTML file of the export (pages, 404 pages, the language chooser `/`), for its script budget. */
  exportFiles: { file: string; scriptFiles: number; inlineScript: number }[];
}

/** The pages of the content index, as the server build's site manifest lists them. */
export function publishedPages(): string[] {
  const manifest = JSON.parse(fs.readFileSync(siteManifestFile, 'utf8')) as SiteManifest;
  return Object.entries(manifest.paths)
    .filter(([, entry]) => entry.kind === 'page')
    .map(([pagePath]) => pagePath)
    .sort();
}

/** Reads both builds as they are on disk: `npm run build` and `npm run build:static` must have run. */
export function weighBuilds(): BuildWeights {
  const pages = publishedPages();
  const texts = new Map(loadSite().pages.map((page) => [page.path, weigh(Buffer.from(page.html))]));
  const htmlFiles = fs
    .readdirSync(exportDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'));
  return {
    server: pages.map((page) => ({ ...weighPage(serverLayout(serverBuildDir), page), text: texts.get(page) })),
    export: pages.map((page) => ({ ...weighPage(exportLayout(exportDir), page), text: texts.get(page) })),
    exportFiles: htmlFiles.sort().map((file) => {
      const resources = pageResources(fs.readFileSync(path.join(exportDir, file), 'utf8'));
      return {
        file,
        scriptFiles: resources.js.length + resources.noModuleJs.length,
        inlineScript: resources.inlineScript,
      };
    }),
  };
}

/**
 * A page's HTML (gzip) without what its own text accounts for: what the site's templates add. Both builds carry the text
 * once (the server's pages lost Next's RSC payload, which carried it a second time, with the runtime).
 */
export function templateHtmlGzip(page: ContentPageWeight): number {
  return page.html.gzip - (page.text?.gzip ?? 0);
}

/** Every broken budget, as a sentence; empty when all hold. `floorJsGzip`: the script files of the bare Next page. */
export function brokenBudgets(weights: BuildWeights, floorJsGzip: number): string[] {
  const broken: string[] = [];
  const jsLimit = floorJsGzip + budgets.serverJsOverFloorGzip;
  for (const page of weights.server) {
    if (page.js.gzip > jsLimit)
      broken.push(
        `server ${page.path}: ${page.js.gzip} B of scripts (gzip), over the floor's ${floorJsGzip} B + ${budgets.serverJsOverFloorGzip} B`,
      );
  }
  for (const [mode, pages] of [
    ['server', weights.server],
    ['export', weights.export],
  ] as const) {
    for (const page of pages) {
      if (page.css.gzip > budgets.cssGzip)
        broken.push(`${mode} ${page.path}: ${page.css.gzip} B of CSS (gzip), over ${budgets.cssGzip} B`);
      const template = templateHtmlGzip(page);
      if (template > budgets.htmlGzip) {
        broken.push(
          `${mode} ${page.path}: ${page.html.gzip} B of HTML (gzip), of which ${template} B beyond the page's own text, over ${budgets.htmlGzip} B`,
        );
      }
    }
  }
  // The language chooser `/` may run its one script, whose hash deploy/nginx.conf allows; no other file any.
  const chooserBytes = Buffer.byteLength(chooserScript);
  for (const { file, scriptFiles, inlineScript } of weights.exportFiles) {
    const allowed = file === 'index.html' ? chooserBytes : 0;
    if (scriptFiles > 0 || inlineScript > allowed) {
      broken.push(
        `export ${file}: ${scriptFiles} script files and ${inlineScript} B of inline script, where ${allowed} B are allowed`,
      );
    }
  }
  return broken;
}
