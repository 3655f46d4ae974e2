import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageResources } from '../build/page-resources';

/** Bytes as stored and as sent compressed (gzip level 6, the level Next's own compression uses). */
export interface Weight {
  raw: number;
  gzip: number;
}

/** What one page makes a browser load: the HTML itself and every stylesheet and script file it names. */
export interface PageWeight {
  path: string;
  html: Weight;
  /** Inline scripts a browser runs (JSON-LD is data, not counted), raw bytes; they are part of the HTML. */
  inlineScript: number;
  css: Weight;
  /** Script files a current browser loads (classic and module scripts, script preloads). */
  js: Weight;
  /** Script files only browsers without ES modules load (`nomodule`): Next's polyfills. */
  noModuleJs: Weight;
  files: { css: string[]; js: string[]; noModuleJs: string[] };
}

/** Where a build keeps its pages and the files under `/_next/`. */
export interface BuildLayout {
  pageFile: (pagePath: string) => string;
  assetFile: (url: string) => string;
}

export const zero = (): Weight => ({ raw: 0, gzip: 0 });

export const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });

export const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** Weighs one page of a build and every file it loads; a file the page names but the build lacks is an error. */
export function weighPage(layout: BuildLayout, pagePath: string): PageWeight {
  const html = fs.readFileSync(layout.pageFile(pagePath));
  const resources = pageResources(html.toString('utf8'));
  const sum = (urls: string[]) =>
    urls.reduce((total, url) => {
      const file = layout.assetFile(url);
      if (!fs.existsSync(file)) throw new Error(`${pagePath} loads ${url}, which is not in the build (${file})`);
      return add(total, weigh(fs.readFileSync(file)));
    }, zero());
  return {
    path: pagePath,
    html: weigh(html),
    inlineScript: resources.inlineScript,
    css: sum(resources.css),
    js: sum(resources.js),
    noModuleJs: sum(resources.noModuleJs),
    files: { css: resources.css, js: resources.js, noModuleJs: resources.noModuleJs },
  };
}

/** A Next build's layout: prerendered pages under `server/app`, `/_next/static/…` under `static/`. */
export function serverLayout(distDir: string): BuildLayout {
  return {
    pageFile: (pagePath) => path.join(distDir, 'server', 'app', pagePath === '/' ? 'index.html' : `${pagePath}.html`),
    assetFile: (url) => path.join(distDir, 'static', assetPath(url)),
  };
}

/** A static export's layout: `/de/ziele` is `de/ziele.html`, `/_next/static/…` is a file of the same name. */
export function exportLayout(outDir: string): BuildLayout {
  return {
    pageFile: (pagePath) => path.join(outDir, pagePath === '/' ? 'index.html' : `${pagePath}.html`),
    assetFile: (url) => path.join(outDir, '_next', 'static', assetPath(url)),
  };
}

function assetPath(url: string): string {
  const pathname = new URL(url, 'http://site').pathname;
  if (!pathname.startsWith('/_next/static/')) throw new Error(`${url} is not a file of the build`);
  return decodeURIComponent(pathname.slice('/_next/static/'.length));
}
