import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
// root.ts, not the door: `npm run accounts` need not load the whole Markdown pipeline (seconds) to find a folder.
import { contentRoot } from '@/lib/content/root';

export class EditorDataError extends Error {}

/**
 * `EDITOR_DATA` (default `.editor/` in the project folder): accounts, sessions and sign-in failures. Never a folder
 * that is published or committed with the content (`content/`, `public/`), nor the project or content root itself,
 * which would be made private to this user.
 */
export function editorDataFolder(): string {
  const folder = realPath(path.resolve(process.env.EDITOR_DATA ?? '.editor'));
  for (const root of new Set([realPath(contentRoot()), realPath(process.cwd())])) {
    const forbidden = [root, path.join(root, 'content'), path.join(root, 'public')];
    const clash = forbidden.find((other) => folder === other || (other !== root && isInside(folder, other)));
    if (clash)
      throw new EditorDataError(
        `EDITOR_DATA darf nicht ${clash} sein oder darin liegen / EDITOR_DATA must not be or lie inside ${clash}`,
      );
  }
  return folder;
}

/** A data file's content, or `empty` when it does not exist yet; a file that does not fit the schema is an error. */
export function readDataFile<T>(name: string, schema: z.ZodType<T>, empty: T): T {
  const file = path.join(editorDataFolder(), name);
  if (!fs.existsSync(file)) return empty;
  const parsed = schema.safeParse(parseJson(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new EditorDataError(`${file}: unerwarteter Inhalt / unexpected content`);
  return parsed.data;
}

/** Writes a temporary file (mode 0600) in the private folder (0700) and renames it: readers never see half a file. */
export function writeDataFile(name: string, value: unknown): void {
  const folder = editorDataFolder();
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700);
  const temporary = path.join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  fs.writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  try {
    fs.renameSync(temporary, path.join(folder, name));
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isInside(folder: string, parent: string): boolean {
  const relative = path.relative(parent, folder);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The real path of a folder that may not exist yet: symbolic links in the part that exists are followed. */
function realPath(folder: string): string {
  const missing: string[] = [];
  let existing = folder;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(fs.realpathSync(existing), ...missing);
}
