import fs from 'node:fs';
import path from 'node:path';
import { examinePicture, picturesFolder, type Picture, type PictureProblem } from '@/lib/content';
import { toKebabCase } from './names';
import { UnsafePathError } from './paths';

/** The picture types the site shows, by the extension an upload's name gets. */
export const pictureExtensions = ['jpg', 'jpeg', 'png', 'webp', 'svg'];

/** A safe name for an uploaded picture: lower case a–z, 0–9 and dashes, with its extension; undefined for other types. */
export function safePictureName(original: string): string | undefined {
  const base = original.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const extension = base.slice(dot + 1).toLowerCase();
  if (dot <= 0 || !pictureExtensions.includes(extension)) return undefined;
  const stem = toKebabCase(base.slice(0, dot));
  return stem ? `${stem}.${extension}` : undefined;
}

/** content/images/<name> for a plain file name (letters, digits, dots, dashes, underscores) of a picture type. */
export function pictureFile(name: string): string {
  const extension = name.split('.').pop()!.toLowerCase();
  if (!/^[\w][\w.-]*\.[a-z0-9]+$/i.test(name) || name.includes('..') || !pictureExtensions.includes(extension))
    throw new UnsafePathError(name);
  return `${picturesFolder}/${name}`;
}

/** Where a picture is used: the content file, and the entry it belongs to. */
export interface PictureUse {
  file: string;
  folder: string;
  key: string;
}

// `image:NAME` in a page's text (Markdown or HTML) and `logo: NAME` in a partner's front matter.
const references = [/image:([\w.-]+)/g, /^logo:[ \t]*["']?([\w.-]+)/gm];

/** Every picture that content refers to, with the files that refer to it (saved files: unsaved text does not count). */
export function pictureUses(root: string): Map<string, PictureUse[]> {
  const uses = new Map<string, PictureUse[]>();
  const content = path.join(root, 'content');
  for (const relative of fs.readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    if (!relative.endsWith('.md')) continue;
    const [folder, name] = relative.split(path.sep);
    const text = fs.readFileSync(path.join(content, relative), 'utf8');
    const names = new Set(references.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1])));
    for (const picture of names) {
      const use = { file: `content/${folder}/${name}`, folder, key: name.slice(0, name.indexOf('.')) };
      uses.set(picture, [...(uses.get(picture) ?? []), use]);
    }
  }
  return uses;
}

export interface LibraryPicture {
  name: string;
  uses: PictureUse[];
  /** As the site would show it, unless the content check finds a problem with the file. */
  picture?: Picture;
  problems: PictureProblem[];
}

/** The pictures in content/images, each with where it is used. */
export function listPictures(root: string): LibraryPicture[] {
  const folder = path.join(root, picturesFolder);
  if (!fs.existsSync(folder)) return [];
  const uses = pictureUses(root);
  return fs
    .readdirSync(folder)
    .filter((name) => !name.startsWith('.') && fs.statSync(path.join(folder, name)).isFile())
    .sort()
    .map((name) => ({
      name,
      uses: uses.get(name) ?? [],
      ...examinePicture(name, fs.readFileSync(path.join(folder, name))),
    }));
}
