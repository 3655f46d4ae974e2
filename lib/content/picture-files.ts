import path from 'node:path';
import { allFilesOf, stemOf, type Variant } from '../pictures/variants';
import { PictureCatalog, picturesFolder, type Picture } from './pictures';
import { contentRoot } from './root';
import { ContentSource } from './source';

export interface PictureFile {
  picture: Picture;
  variant: Variant;
  /** The picture's source file, absolute. */
  source: string;
}

/** The names of every file the build serves for these pictures. */
export function pictureFileNames(pictures: Picture[]): string[] {
  return pictures.flatMap((picture) => allFilesOf(picture).map((variant) => variant.file));
}

/**
 * The processed file of that name, looked up among the pictures of content/images whose name it starts with (only
 * their hash is computed): also a picture that only unsaved text in the editor uses yet.
 */
export function findPictureFile(file: string): PictureFile | undefined {
  const source = new ContentSource(contentRoot());
  const catalog = new PictureCatalog(source);
  for (const name of source.listFiles(picturesFolder)) {
    if (!file.startsWith(`${stemOf(name)}-`)) continue;
    const picture = catalog.use(name, () => undefined);
    const variant = picture && allFilesOf(picture).find((candidate) => candidate.file === file);
    if (variant)
      return {
        picture: picture!,
        variant,
        source: path.join(/*turbopackIgnore: true*/ source.projectDir, picturesFolder, name),
      };
  }
  return undefined;
}
