import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/routing';

/** A path the server answers with 200. */
export interface ManifestEntry {
  locale: Locale;
  kind: 'page' | 'share-image';
}

/**
 * What proxy.ts knows about the site, written by scripts/write-site-manifest.ts after `next build`:
 * every path the server answers and each language's 404 page. The proxy reads this file, never the content pipeline.
 */
export interface SiteManifest {
  paths: Record<string, ManifestEntry>;
  /** The prerendered 404 page of each language (it is sent for paths Next never routes). */
  notFoundHtml: Record<Locale, string>;
}

/** The server build's folder: `npm run build` and `npm run build:static` never overwrite each other's files. */
export const serverBuildDir = '.next-server';

export const siteManifestFile = path.join(serverBuildDir, 'site-manifest.json');

let loaded: SiteManifest | null | undefined;

/** The manifest of the running build, read once; null in `next dev`, which shows whatever content exists now. */
export function readSiteManifest(): SiteManifest | null {
  if (loaded !== undefined) return loaded;
  if (process.env.NODE_ENV !== 'production') return (loaded = null);
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), siteManifestFile);
  try {
    loaded = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteManifest;
  } catch (error) {
    console.error(
      `${file} is missing or unreadable (${(error as Error).message}): run \`npm run build\`. Unknown pages now get Next's own 404.`,
    );
    loaded = null;
  }
  return loaded;
}
