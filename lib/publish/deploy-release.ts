import type { ReleaseFolder } from './release-folder';
import { keptReleases, releaseBefore, releasesToRemove, sortedReleases, stagingName } from './releases';

export interface DeployOptions {
  /** The static export to ship (`out/`). */
  exportDir: string;
  /** The new release's name (`releaseName`). */
  release: string;
  /** Files the release must contain, non-empty, before it goes live (paths inside the export). */
  requiredFiles: string[];
  log?: (line: string) => void;
}

/** The files a release of the site must hold: the language chooser, each language's home page, the 404 pages. */
export const siteFiles = (locales: readonly string[]) => [
  'index.html',
  '404.html',
  ...locales.flatMap((locale) => [`${locale}.html`, `${locale}/404.html`]),
];

/**
 * Puts an export live: copies it into a release of its own with fixed modes and the previous release's `_next/static`
 * (visitors' cached pages still ask for its stylesheets), checks it, switches `current` to it, keeps the last releases.
 * Until the switch nothing that is served changes; a failed step leaves no half-copied release behind.
 */
export async function deployRelease(folder: ReleaseFolder, options: DeployOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const { entries, current } = await folder.state();
  if (entries.includes(options.release)) throw new Error(`${folder.where}: release ${options.release} exists already`);
  // A `current` set up by hand before these releases (a folder named otherwise) is left alone.
  const carryFrom = current && sortedReleases(entries).includes(current) ? current : undefined;
  try {
    await folder.stage(options.exportDir, options.release, carryFrom);
    log(
      `copied to ${folder.where}/releases/${options.release}${carryFrom ? ` with _next/static of ${carryFrom}` : ''}`,
    );
    const missing = await folder.missing(options.release, options.requiredFiles);
    if (missing.length > 0) throw new Error(`the release lacks ${missing.join(', ')}; current is unchanged`);
    await folder.name(options.release);
  } catch (error) {
    await folder.remove(stagingName(options.release)).catch(() => undefined);
    throw error;
  }
  await folder.switchTo(options.release);
  log(`current → releases/${options.release}`);
  await prune(folder, options.release, log);
}

async function prune(folder: ReleaseFolder, current: string, log: (line: string) => void) {
  const { entries } = await folder.state();
  const removed = releasesToRemove(entries, current, keptReleases);
  for (const entry of removed) await folder.remove(entry);
  if (removed.length > 0) log(`removed ${removed.join(', ')} (the last ${keptReleases} releases are kept)`);
}

/** Switches `current` back to the release before it; returns that release's name. */
export async function rollBack(folder: ReleaseFolder): Promise<string> {
  const { entries, current } = await folder.state();
  const previous = releaseBefore(entries, current);
  if (!previous)
    throw new Error(`${folder.where}: no release before ${current ?? '(none is current)'} to roll back to`);
  await folder.switchTo(previous);
  return previous;
}
