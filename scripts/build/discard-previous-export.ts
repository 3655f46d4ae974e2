import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What Next's own clean step keeps in its build folder; its compiler's cache makes the next build faster. */
const keptByNext = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);

// Runs in a process of its own, so that it may outlive the build: it empties the folder of set-aside exports,
// including any that an interrupted run left behind.
const deleteAll = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })";

/**
 * Sets the previous export aside before `next build` makes a new one: its build files (all but what Next keeps) and its
 * pages are renamed into `discardDir`, which a detached process then deletes while the build runs. Next would delete
 * them itself first, and deleting tens of thousands of files written minutes before takes this disk 5–12 s
 * (docs/deploy.md); renaming them takes milliseconds. Returns the paths it set aside: one that cannot be
 * renamed (e.g. on another file system) stays where it is, for Next to delete as before.
 */
export function discardPreviousExport(
  projectDir: string,
  buildDir: string,
  pagesDir: string,
  discardDir: string,
): string[] {
  const buildFiles = fs.existsSync(path.join(projectDir, buildDir))
    ? fs.readdirSync(path.join(projectDir, buildDir))
    : [];
  const previous = [
    ...buildFiles.filter((name) => !keptByNext.has(name)).map((name) => path.join(buildDir, name)),
    pagesDir,
  ];
  const present = previous.filter((file) => fs.existsSync(path.join(projectDir, file)));
  if (!present.length) return [];
  const discardRoot = path.resolve(projectDir, discardDir);
  fs.mkdirSync(discardRoot, { recursive: true });
  const bin = fs.mkdtempSync(path.join(discardRoot, 'export-'));
  const moved = present.filter((file) => {
    try {
      fs.renameSync(path.join(projectDir, file), path.join(bin, file.replaceAll(path.sep, '-')));
      return true;
    } catch {
      return false;
    }
  });
  spawn(process.execPath, ['-e', deleteAll, discardRoot], { detached: true, stdio: 'ignore' }).unref();
  return moved;
}
