import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { exportDir, serverBuildDir } from '../build/folders';
import { loadSite } from '../../lib/content';
import { siteManifestFile, type SiteManifest } from '../../lib/site-manifest';
import { chooserScript } from '../build/language-chooser';
import { pageResources } from '../build/page-resources';
import { kb, section, type PartReport, type Target } from './report';

/** Bytes as stored and as sent compressed (gzip level 6, the level Next's own compression uses). */
type Weight = { raw: number; gzip: number };

/** What one page makes a browser load, and the part of its HTML that is its own text (its Markdown as HTML). */
export type PageWeight = ReturnType<typeof weighPage>;

/** Bytes of script a page may run: none, except the export's language chooser `/`, whose hash deploy/nginx.conf allows. */
const allowedScript = (page: PageWeight) =>
  page.mode === 'export' && page.path === '/' ? Buffer.byteLength(chooserScript) : 0;

/** What any page may weigh, in either mode; `npm run budgets` fails when a build breaks one of these. */
export const budgets: { figure: string; bytes: (page: PageWeight) => number; limit: number }[] = [
  { figure: 'JavaScript', bytes: (page) => page.js.raw - allowedScript(page), limit: 0 },
  { figure: 'CSS (gzip)', bytes: (page) => page.css.gzip, limit: 10 * 1024 },
  // What the templates add: a long text written by staff makes a page larger but never breaks this.
  { figure: "HTML beyond the page's text (gzip)", bytes: (page) => page.html.gzip - page.text.gzip, limit: 40 * 1024 },
];

const zero: Weight = { raw: 0, gzip: 0 };
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });

const layouts = {
  server: { pages: path.join(serverBuildDir, 'server', 'app'), assets: path.join(serverBuildDir, 'static') },
  export: { pages: exportDir, assets: path.join(exportDir, '_next', 'static') },
};

function weighPage(mode: keyof typeof layouts, pagePath: string, texts: Map<string, Weight>) {
  const { pages, assets } = layouts[mode];
  const html = fs.readFileSync(path.join(pages, pagePath === '/' ? 'index.html' : `${pagePath}.html`));
  const resources = pageResources(html.toString('utf8'));
  const files = (urls: string[]) =>
    urls
      .map((url) => new URL(url, 'http://site').pathname.replace(/^\/_next\/static\//, ''))
      .map((file) => weigh(fs.readFileSync(path.join(assets, decodeURIComponent(file)))))
      .reduce(add, zero);
  const inline = { raw: resources.inlineScript, gzip: resources.inlineScript };
  return {
    mode,
    path: pagePath,
    html: weigh(html),
    text: texts.get(pagePath) ?? zero,
    css: files(resources.css),
    // Script files and inline scripts (JSON-LD is data, not script).
    js: add(files(resources.js), inline),
  };
}

/** The pages the server build answers, as its site manifest lists them. */
export function publishedPages(): string[] {
  const manifest = JSON.parse(fs.readFileSync(siteManifestFile, 'utf8')) as SiteManifest;
  const pages = Object.keys(manifest.paths).filter((page) => manifest.paths[page].kind === 'page');
  return pages.sort();
}

/**
 * Both builds as they are on disk (`npm run build` and `npm run build:static` must have run): the pages the server
 * answers (its site manifest), and every HTML file of the export (also `/` and the 404 pages).
 */
export function weighBuilds(): PageWeight[] {
  const exportPages = fs
    .readdirSync(exportDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file === 'index.html' ? '/' : `/${file.slice(0, -'.html'.length)}`));
  const texts = new Map(loadSite().pages.map((page) => [page.path, weigh(Buffer.from(page.html))]));
  return [
    ...publishedPages().map((page) => weighPage('server', page, texts)),
    ...exportPages.sort().map((page) => weighPage('export', page, texts)),
  ];
}

/** Every broken budget, as a sentence; empty when all hold. */
export const brokenBudgets = (pages: PageWeight[]) =>
  pages.flatMap((page) =>
    budgets
      .filter(({ bytes, limit }) => bytes(page) > limit)
      .map(({ figure, bytes, limit }) => `${page.mode} ${page.path}: ${kb(bytes(page))} of ${figure} > ${kb(limit)}`),
  );

export const weightTargets = (pages: PageWeight[]): Target[] =>
  budgets.map(({ figure, bytes, limit }) => {
    const most = Math.max(...pages.map(bytes));
    return [`${figure}, most of any page, both modes`, kb(most), `≤ ${kb(limit)}`, most <= limit];
  });

export function weightReport(): PartReport {
  const pages = weighBuilds();
  const how =
    'Bytes of each page and of the files it loads, each file compressed on its own (gzip level 6). JS: script files and inline scripts (these uncompressed).';
  const head = ['mode', 'page', 'HTML', 'HTML gzip', 'CSS', 'CSS gzip', 'JS', 'JS gzip'];
  const weights = (page: PageWeight) => [page.html, page.css, page.js].flatMap(({ raw, gzip }) => [raw, gzip]);
  const rows = pages.map((page) => [page.mode, page.path, ...weights(page)]);
  return { targets: weightTargets(pages), sections: [section('Page weight', how, head, rows)] };
}
