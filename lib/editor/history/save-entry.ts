import { routing } from '@/i18n/routing';
import type { LoadedEntry } from '../entry';
import { removeFile, writeAtomic } from '../store';
import { commitMessage, uploadMessage } from './commit-message';
import { commitSave, type Author } from './commit-save';
import { entryChange } from './entry-change';

/** Files a save or delete writes, relative to the content root: the new text or bytes, or null to delete. */
export type Writes = Readonly<Record<string, string | Uint8Array | null>>;

/**
 * Writes what a save or delete of `entry` changes and commits it as one version by `author`, with a message that says
 * what changed and the person's note. The files are written before the first await: a second save of the same entry
 * that arrives meanwhile already sees them and is refused as a conflict. Returns the commit's id (null: nothing changed).
 */
export function writeAndCommit(
  root: string,
  entry: LoadedEntry,
  writes: Writes,
  author: Author,
  note?: string,
): Promise<string | null> {
  const before = Object.fromEntries(routing.locales.map((locale) => [entry.files[locale], entry.disk[locale]]));
  // Documents are not Markdown: the message tells only what happened to the entry's texts.
  const texts = Object.fromEntries(
    Object.entries(writes).flatMap(([file, content]) => (content instanceof Uint8Array ? [] : [[file, content]])),
  );
  const message = commitMessage(entryChange(before, texts), note);
  writeFiles(root, writes);
  return commitSave(root, { files: Object.keys(writes), author, message });
}

/** Puts an uploaded document into the repository as a version of its own. */
export function writeAndCommitUpload(root: string, file: string, bytes: Uint8Array, author: Author) {
  writeFiles(root, { [file]: bytes });
  return commitSave(root, { files: [file], author, message: uploadMessage(file) });
}

function writeFiles(root: string, writes: Writes): void {
  for (const [file, content] of Object.entries(writes)) {
    if (content === null) removeFile(root, file);
    else writeAtomic(root, file, content);
  }
}
