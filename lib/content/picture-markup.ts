import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { imageAttributes, picturesPath } from '../pictures/variants';
import type { Picture } from './pictures';

/** Finds a picture of content/images by name for a page's `![…](image:NAME)`; reports the problems at `line`. */
export type PictureResolver = (name: string, line: number | undefined) => Picture | undefined;

export const pictureScheme = 'image:';

// A picture in a page's text is as wide as the text column (max-w-3xl) or the screen less the page's margins.
const bodySizes = '(min-width: 52rem) 48rem, calc(100vw - 2rem)';

declare module 'vfile' {
  interface DataMap {
    pictures: ReadonlyMap<string, Picture>;
  }
}

/** Before sanitizing: `image:NAME` becomes the picture's file under /images/, remembered for `placePictures`. */
export function resolvePictureSources(tree: Root, file: VFile, resolve: PictureResolver) {
  const pictures = new Map<string, Picture>();
  visit(tree, 'element', (node: Element) => {
    const src = node.tagName === 'img' ? node.properties.src : undefined;
    if (typeof src !== 'string' || !src.startsWith(pictureScheme)) return;
    const picture = resolve(src.slice(pictureScheme.length), node.position?.start.line);
    node.properties.src = picture ? imageAttributes(picture, bodySizes, false).src : undefined;
    if (picture) pictures.set(node.properties.src as string, picture);
  });
  file.data.pictures = pictures;
}

/**
 * After sanitizing: each picture gets its sizes, srcset, width and height, so the page does not shift while it loads.
 * The first picture of a page may be on its first screen and loads at once; later ones load as they come near.
 */
export function placePictures() {
  return (tree: Root, file: VFile) => {
    const pictures = file.data.pictures;
    if (!pictures?.size) return;
    let first = true;
    visit(tree, 'element', (node: Element) => {
      const src = node.tagName === 'img' ? node.properties.src : undefined;
      const picture = typeof src === 'string' && src.startsWith(picturesPath) ? pictures.get(src) : undefined;
      if (!picture) return;
      Object.assign(node.properties, imageAttributes(picture, bodySizes, !first));
      first = false;
    });
  };
}
