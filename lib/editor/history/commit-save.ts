import { resolveWritable } from '../paths';
import { inCommitQueue } from './commit-queue';
import { git, type Identity } from './git';

/** The signed-in account a commit is by; without an e-mail address, one is made from the name. */
export interface Author {
  name: string;
  email?: string;
}

export interface SaveCommit {
  /** Files relative to the content root, as saved: changed, new or deleted. */
  files: readonly string[];
  author: Author;
  message: string;
}

export class InvalidAuthorError extends Error {
  constructor(name: string) {
    super(`Not usable as a commit author: ${JSON.stringify(name)}`);
    this.name = 'InvalidAuthorError';
  }
}

/**
 * Commits exactly `files` as they are on disk now (a deleted file as deleted), and nothing else in the working
 * tree or the index. Returns the new commit's id, or null when the files are as the last commit has them.
 */
export async function commitSave(root: string, { files, author, message }: SaveCommit): Promise<string | null> {
  for (const file of files) resolveWritable(root, file);
  const identity = identityOf(author);
  if (files.length === 0 || !message.trim()) throw new Error('A commit needs files and a message.');
  return inCommitQueue(root, async () => {
    const repository = git(root, identity);
    // --verbose: simple-git waits a further 50 ms for a command that prints nothing.
    await repository.raw(['update-index', '--verbose', '--add', '--remove', '--', ...files]);
    const staged = await repository.raw([
      'diff',
      '--cached',
      '--name-only',
      '-z',
      '--no-renames',
      '--relative',
      '--',
      ...files,
    ]);
    const changed = staged.split('\0').filter(Boolean);
    if (changed.length === 0) return null;
    // --only: whatever else someone staged stays staged, and out of this commit.
    await repository.raw(['commit', '--only', '--no-verify', '--cleanup=whitespace', '-m', message, '--', ...changed]);
    return (await repository.raw(['rev-parse', 'HEAD'])).trim();
  });
}

/** git refuses (or silently cuts) a name with angle brackets or line breaks, so none is accepted. */
function identityOf(author: Author): Identity {
  const name = author.name.trim();
  if (!name || /[<>\p{Cc}]/u.test(name) || (author.email && /[<>\s]/.test(author.email)))
    throw new InvalidAuthorError(author.name);
  return { name, email: author.email ?? `${mailboxOf(name)}@editor.invalid` };
}

/** An address no mail goes to (.invalid is reserved for that), readable as the account's name. */
function mailboxOf(name: string): string {
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'editor';
}
