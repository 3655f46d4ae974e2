import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { resolveWritable } from './paths';

/** The files the editor reads and writes: every path passes the guard in paths.ts first. */

/** A file's text, or null when it does not exist. */
export function readText(root: string, relative: string): string | null {
  const file = resolveWritable(root, relative);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/** What a save compares with: a file changed since it was loaded has another version. */
export function versionOf(text: string | null): string {
  return text === null ? 'absent' : createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Writes a temporary file next to the target, then renames it: a reader never sees half a file. */
export function writeAtomic(root: string, relative: string, content: string | Uint8Array): void {
  const file = resolveWritable(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  fs.writeFileSync(temporary, content, { flag: 'wx' });
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

export function removeFile(root: string, relative: string): void {
  fs.rmSync(resolveWritable(root, relative), { force: true });
}

export function fileExists(root: string, relative: string): boolean {
  return fs.existsSync(resolveWritable(root, relative));
}

/** The keys of a collection's entries and the languages each exists in, from the file names. */
export function listEntryFiles(root: string, folder: string): Map<string, string[]> {
  const directory = resolveWritable(root, `content/${folder}`);
  const entries = new Map<string, string[]>();
  if (!fs.existsSync(directory)) return entries;
  for (const name of fs.readdirSync(directory).sort()) {
    const match = /^([a-z0-9-]+)\.([a-z]{2})\.md$/.exec(name);
    if (match) entries.set(match[1], [...(entries.get(match[1]) ?? []), match[2]]);
  }
  return entries;
}
