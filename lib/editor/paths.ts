import fs from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { collections, isEntryKey } from './collections';

/** The only folders the editor writes to, relative to the content root. */
export const writableFolders = ['content', 'public/materials'] as const;

export class UnsafePathError extends Error {
  constructor(what: string) {
    super(`Refused path: ${JSON.stringify(what)}`);
    this.name = 'UnsafePathError';
  }
}

/** content/<folder>/<key>.<locale>.md, after checking that each part is one of the known names. */
export function entryFile(folder: string, key: string, locale: string): string {
  if (!collections.has(folder) || !isEntryKey(key) || !routing.locales.includes(locale as Locale)) {
    throw new UnsafePathError(`${folder}/${key}.${locale}`);
  }
  return `content/${folder}/${key}.${locale}.md`;
}

/** public/materials/<name> for a plain file name (letters, digits, dots, dashes, underscores). */
export function materialFile(name: string): string {
  if (!/^[\w][\w.-]*\.[a-z0-9]+$/i.test(name) || name.includes('..')) throw new UnsafePathError(name);
  return `public/materials/${name}`;
}

/**
 * The absolute path of a project-relative file, refused unless it lies inside content/ or public/materials/,
 * also after following symbolic links of the folders on the way.
 */
export function resolveWritable(root: string, relative: string): string {
  if (relative.includes('\0') || path.isAbsolute(relative) || relative.includes('\\'))
    throw new UnsafePathError(relative);
  const target = path.resolve(root, relative);
  const folder = writableFolders
    .map((name) => path.resolve(root, name))
    .find((candidate) => isInside(candidate, target));
  if (!folder) throw new UnsafePathError(relative);
  const realFolder = fs.existsSync(folder) ? fs.realpathSync(folder) : folder;
  if (!isInside(realFolder, realDirectory(path.dirname(target)) + path.sep + path.basename(target)))
    throw new UnsafePathError(relative);
  return target;
}

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The real path of the nearest existing directory, with the missing rest appended. */
function realDirectory(directory: string): string {
  if (fs.existsSync(directory)) return fs.realpathSync(directory);
  return path.join(realDirectory(path.dirname(directory)), path.basename(directory));
}
