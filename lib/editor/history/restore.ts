import { readText, removeFile, writeAtomic } from '../store';
import { restoreMessage } from './commit-message';
import { commitSave, type Author } from './commit-save';
import { entryName } from './entry-change';
import { readBlob } from './git';
import { findVersion } from './versions';

/**
 * Puts every file of the entry back as it was at `commit` (one that did not exist then is deleted) and commits that
 * as a new version: nothing is lost, and the restore itself can be undone the same way. Refuses a commit that is not
 * in the entry's history. Returns the new commit's id, or null when the entry is already as it was then.
 */
export async function restoreVersion(
  root: string,
  entryFiles: readonly string[],
  commit: string,
  author: Author,
  note?: string,
): Promise<string | null> {
  const version = await findVersion(root, entryFiles, commit);
  const restored = await Promise.all(entryFiles.map((file) => readBlob(root, commit, file)));
  // Named as it was then, or, when it did not exist then, as it is now.
  const texts = Object.fromEntries(
    entryFiles.flatMap((file, index) =>
      file.endsWith('.md') ? [[file, restored[index]?.toString('utf8') ?? readText(root, file)]] : [],
    ),
  );
  entryFiles.forEach((file, index) => {
    const bytes = restored[index];
    if (bytes) writeAtomic(root, file, bytes);
    else removeFile(root, file);
  });
  const message = restoreMessage(entryName(texts), version.date, note);
  return commitSave(root, { files: entryFiles, author, message });
}
