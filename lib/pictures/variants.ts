import type { Picture } from '../content/pictures';

/** Where the site serves processed pictures (app/images/[file]/route.ts); names carry a hash, so they never change. */
export const picturesPath = '/images/';

/** The widths a raster picture is written in, never above its own: 1200 is what a phone at 3 × needs for the text column. */
export const pictureWidths = [480, 960, 1200, 1600];

// Old browsers without srcset get one file of a middle size.
const fallbackWidth = 960;

export type VariantFormat = 'webp' | 'jpeg' | 'png' | 'svg';

export interface Variant {
  /** The file name under /images/. */
  file: string;
  format: VariantFormat;
  width: number;
  height: number;
}

export interface PictureFiles {
  /** WebP at each width (empty for an SVG). */
  sources: Variant[];
  /** The `src`: a JPEG or PNG, or the sanitized SVG. */
  fallback: Variant;
}

const extension: Record<VariantFormat, string> = { webp: 'webp', jpeg: 'jpg', png: 'png', svg: 'svg' };

/** The widths to write: the standard ones below the picture's own width, and the largest it can have. */
export function widthsFor(width: number): number[] {
  const largest = Math.max(...pictureWidths);
  const below = pictureWidths.filter((candidate) => candidate < Math.min(width, largest));
  return [...below, Math.min(width, largest)];
}

/** The start of every processed file's name: the source's name without extension, as it may stand in an address. */
export const stemOf = (name: string) =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[^a-z0-9-]+/gi, '-')
    .toLowerCase();

/** Every file the build writes for a picture, named by its source's hash. */
export function filesOf(picture: Picture): PictureFiles {
  const stem = `${stemOf(picture.name)}-${picture.hash}`;
  const variant = (format: VariantFormat, width: number): Variant => ({
    file: format === 'svg' ? `${stem}.svg` : `${stem}-${width}.${extension[format]}`,
    format,
    width,
    height: Math.round((picture.height * width) / picture.width),
  });
  if (picture.type === 'svg') return { sources: [], fallback: variant('svg', picture.width) };
  const widths = widthsFor(picture.width);
  const fallback = widths.filter((width) => width <= fallbackWidth).pop() ?? widths[0];
  return {
    sources: widths.map((width) => variant('webp', width)),
    fallback: variant(picture.type === 'png' ? 'png' : 'jpeg', fallback),
  };
}

/** All files of a picture: the WebP sources and the fallback. */
export const allFilesOf = (picture: Picture): Variant[] => {
  const { sources, fallback } = filesOf(picture);
  return [...sources, fallback];
};

export interface ImageAttributes {
  src: string;
  srcSet?: string;
  sizes?: string;
  width: number;
  height: number;
  decoding: 'async';
  loading?: 'lazy';
}

/** The attributes of an <img> for a picture shown at `sizes`: the browser picks the file that fits the screen. */
export function imageAttributes(picture: Picture, sizes: string, lazy: boolean): ImageAttributes {
  const { sources, fallback } = filesOf(picture);
  return {
    src: `${picturesPath}${fallback.file}`,
    ...(sources.length && {
      srcSet: sources.map((source) => `${picturesPath}${source.file} ${source.width}w`).join(', '),
      sizes,
    }),
    width: picture.width,
    height: picture.height,
    decoding: 'async',
    ...(lazy && { loading: 'lazy' as const }),
  };
}
