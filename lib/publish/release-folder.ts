import { spawn } from 'node:child_process';
import path from 'node:path';
import { isReleaseName, stagingName } from './releases';
import type { Shell } from './shell';

/**
 * A site's folder (`releases/…` and the link `current`), changed only through these steps. They are POSIX shell with
 * GNU coreutils (Debian's), so that a web server needs nothing but ssh and tar, and a local folder behaves the same.
 */
export interface ReleaseFolder {
  readonly where: string;
  /** Creates `releases/` if needed; its entries, and the release `current` points at. */
  state(): Promise<{ entries: string[]; current: string | undefined }>;
  /** Copies the export into the release's staging folder over `carryFrom`'s `_next/static`; directories 755, files 644. */
  stage(exportDir: string, release: string, carryFrom: string | undefined): Promise<void>;
  /** Which of `files` (paths inside the staged release) are missing or empty. */
  missing(release: string, files: string[]): Promise<string[]>;
  /** Gives the staged release its name. */
  name(release: string): Promise<void>;
  /** Points `current` at a release in one rename: nginx never sees a missing or half-written link. */
  switchTo(release: string): Promise<void>;
  remove(entry: string): Promise<void>;
}

const scripts = {
  state: `set -e
umask 022
mkdir -p -- "$1/releases"
cd -- "$1"
if [ -e current ] && [ ! -L current ]; then echo "$1/current is no symbolic link: move it away first" >&2; exit 1; fi
if [ -L current ]; then readlink current; else echo; fi
ls -1A releases`,
  stage: `set -e
umask 022
cd -- "$1/releases"
rm -rf -- "$2"
mkdir -- "$2"
if [ -n "$3" ] && [ -d "$3/_next/static" ]; then mkdir -p -- "$2/_next" && cp -R -- "$3/_next/static" "$2/_next/static"; fi
tar -x --no-same-owner -f - -C "$2"
find "$2" -type d -exec chmod 755 {} +
find "$2" -type f -exec chmod 644 {} +`,
  missing: `set -e
cd -- "$1/releases/$2"
shift 2
for file; do [ -s "$file" ] || printf '%s\\n' "$file"; done`,
  name: `set -e
cd -- "$1/releases"
if [ -e "$3" ]; then echo "release $3 exists already" >&2; exit 1; fi
mv -T -- "$2" "$3"`,
  switchTo: `set -e
cd -- "$1"
test -d "releases/$2"
ln -sfn -- "releases/$2" .current-new
mv -T -- .current-new current`,
  remove: `cd -- "$1/releases" && rm -rf -- "$2"`,
};

function checkedName(name: string): string {
  if (!isReleaseName(name) && !isReleaseName(name.replace(/^\.incoming-/, '')))
    throw new Error(`"${name}" is no release`);
  return name;
}

/** The folder `root` as `shell` sees it. */
export function releaseFolder(shell: Shell, root: string): ReleaseFolder {
  const run = (script: string, ...args: string[]) => shell.run(script, [root, ...args]);
  return {
    where: shell.locate(root),
    async state() {
      const [link, ...entries] = (await run(scripts.state)).split('\n');
      return { entries: entries.filter(Boolean), current: link ? path.posix.basename(link) : undefined };
    },
    async stage(exportDir, release, carryFrom) {
      const tar = spawn('tar', ['-C', exportDir, '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const packed = new Promise<void>((resolve, reject) =>
        tar.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar exited with ${code}`)))),
      );
      const args = [root, checkedName(stagingName(release)), carryFrom ? checkedName(carryFrom) : ''];
      await Promise.all([shell.run(scripts.stage, args, tar), packed]);
    },
    async missing(release, files) {
      return (await run(scripts.missing, checkedName(stagingName(release)), ...files)).split('\n').filter(Boolean);
    },
    name: async (release) => void (await run(scripts.name, stagingName(release), checkedName(release))),
    switchTo: async (release) => void (await run(scripts.switchTo, checkedName(release))),
    remove: async (entry) => void (await run(scripts.remove, checkedName(entry))),
  };
}
