/**
 * The releases of a site: folders under `releases/` named `<date>T<time>Z-<commit>` in UTC, so that sorting the names
 * sorts them by time and two deploys of one day never share a folder. `current` is a symbolic link to one of them.
 */
const releasePattern = /^\d{4}-\d{2}-\d{2}T\d{6}Z-[0-9a-f]{4,40}$/;

/** How many releases a deploy keeps (the one `current` points at is always kept as well). */
export const keptReleases = 5;

export function releaseName(time: Date, commit: string): string {
  if (!/^[0-9a-f]{4,40}$/.test(commit)) throw new Error(`"${commit}" is no abbreviated commit hash`);
  const stamp = time
    .toISOString()
    .replace(/:/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${commit}`;
}

export const isReleaseName = (name: string) => releasePattern.test(name);

/** Where a release is copied to and checked before it gets its name: never served, removed when a deploy fails. */
export const stagingName = (release: string) => `.incoming-${release}`;

/** The release names among the entries of `releases/`, oldest first. */
export function sortedReleases(entries: string[]): string[] {
  return entries.filter(isReleaseName).sort();
}

/** What to delete so that the newest `keep` releases remain, and the current one, and no half-copied folder. */
export function releasesToRemove(entries: string[], current: string | undefined, keep = keptReleases): string[] {
  const releases = sortedReleases(entries);
  const kept = new Set([...releases.slice(-keep), ...(current ? [current] : [])]);
  const leftovers = entries.filter((entry) => entry.startsWith('.incoming-'));
  return [...releases.filter((release) => !kept.has(release)), ...leftovers];
}

/** The release a roll-back returns to: the one before `current`. */
export function releaseBefore(entries: string[], current: string | undefined): string | undefined {
  const releases = sortedReleases(entries);
  const index = current ? releases.indexOf(current) : -1;
  return index > 0 ? releases[index - 1] : undefined;
}

/** When a release was made and of which commit, read from its name. */
export function describeRelease(release: string): { time: Date; commit: string } {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z-([0-9a-f]+)$/.exec(release);
  if (!match) throw new Error(`"${release}" is no release`);
  return { time: new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`), commit: match[5] };
}
