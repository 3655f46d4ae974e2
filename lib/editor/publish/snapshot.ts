import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writableFolders } from '@/lib/editor/paths';
import { git } from '@/lib/editor/history/git';

/** The temporary folders a snapshot lives in: recovery after a crash removes only folders of this name. */
export const snapshotPrefix = 'epi-publish-snapshot-';

export interface Snapshot {
  folder: string;
  commit: string;
}

/** The commit the content repository stands at: what a publish now would put live. */
export async function committedVersion(root: string): Promise<string> {
  return (await git(root).raw(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
}

/**
 * The committed content (`content/`, `public/materials/` of HEAD) in a new temporary folder: unsaved text and files
 * changed beside the editor stay out of the release.
 */
export async function takeSnapshot(root: string, commit: string, into = os.tmpdir()): Promise<Snapshot> {
  const folder = fs.mkdtempSync(path.join(into, snapshotPrefix));
  try {
    const present = (await git(root).raw(['ls-tree', '--name-only', commit, '--', ...writableFolders]))
      .split('\n')
      .filter(Boolean);
    const archive = path.join(folder, '.snapshot.tar');
    await git(root).raw(['archive', '--format=tar', '-o', archive, commit, '--', ...present]);
    await promisify(execFile)('tar', ['-x', '--no-same-owner', '-f', archive, '-C', folder]);
    fs.rmSync(archive);
    for (const name of writableFolders) fs.mkdirSync(path.join(folder, name), { recursive: true });
    return { folder, commit };
  } catch (error) {
    removeSnapshot(folder);
    throw error;
  }
}

export function removeSnapshot(folder: string): void {
  if (path.basename(folder).startsWith(snapshotPrefix)) fs.rmSync(folder, { recursive: true, force: true });
}
