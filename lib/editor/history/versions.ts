import { resolveWritable } from '../paths';
import { git, readBlob } from './git';

/** One commit in an entry's history. */
export interface Version {
  id: string;
  /** ISO 8601, as the author's clock gave it. */
  date: string;
  author: string;
  subject: string;
  /** What the person typed when saving; empty when nothing. */
  note: string;
}

/** A version the route answers with 404: a malformed id, a commit of another entry, a file of another entry. */
export class UnknownVersionError extends Error {
  constructor(readonly reason: 'malformed_id' | 'not_in_history' | 'not_entry_file') {
    super(`Unknown version (${reason})`);
    this.name = 'UnknownVersionError';
  }
}

const commitId = /^[0-9a-f]{40}$/;
// Fields and records are separated by bytes that no commit message keeps (see commit-message.ts).
const format = ['%H', '%aI', '%an', '%s', '%b'].join('%x00');

/** Every commit that touched any of the entry's files, newest first. */
export async function listVersions(root: string, entryFiles: readonly string[]): Promise<Version[]> {
  for (const file of entryFiles) resolveWritable(root, file);
  const log = await git(root).raw(['log', `--format=%x1e${format}`, '--', ...entryFiles]);
  return log
    .split('\x1e')
    .slice(1)
    .map((record) => {
      const [id, date, author, subject, body] = record.split('\0');
      return { id, date, author, subject, note: body.trim() };
    });
}

/** The version `commit` of the entry, refused unless it is one of the entry's history. */
export async function findVersion(root: string, entryFiles: readonly string[], commit: string): Promise<Version> {
  if (!commitId.test(commit)) throw new UnknownVersionError('malformed_id');
  const version = (await listVersions(root, entryFiles)).find((candidate) => candidate.id === commit);
  if (!version) throw new UnknownVersionError('not_in_history');
  return version;
}

/** The text of one of the entry's files at a version of the entry; null when the file did not exist then. */
export async function readVersion(
  root: string,
  entryFiles: readonly string[],
  commit: string,
  file: string,
): Promise<string | null> {
  if (!entryFiles.includes(file)) throw new UnknownVersionError('not_entry_file');
  await findVersion(root, entryFiles, commit);
  return (await readBlob(root, commit, file))?.toString('utf8') ?? null;
}
