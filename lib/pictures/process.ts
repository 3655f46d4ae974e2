import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { Picture } from '../content/pictures';
import { sanitizeSvg } from './svg-safety';
import { filesOf, stemOf, type Variant } from './variants';

// Raised whenever the processing below changes what it writes: processed files are found by name, hash and version.
const pipelineVersion = 'v1';

/** Processed pictures are kept across builds, one folder per source (docs/decisions/pictures.md). */
export function pictureCacheDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.EPI_PICTURE_CACHE ??
      path.join(process.cwd(), 'node_modules/.cache/epi-pictures'),
  );
}

const inProgress = new Map<string, Promise<string>>();
// One picture at a time per build worker: a decoded camera photo takes many times its file size in memory.
let queue: Promise<unknown> = Promise.resolve();

/** The bytes of one processed file of `picture`, from the cache or made now together with all its other files. */
export async function processedFile(picture: Picture, sourceFile: string, variant: Variant): Promise<Buffer> {
  // The files carry the picture's name: the same bytes under another name are another folder.
  const folder = path.join(
    /*turbopackIgnore: true*/ pictureCacheDir(),
    `${stemOf(picture.name)}-${picture.hash}-${pipelineVersion}`,
  );
  if (!fs.existsSync(folder)) {
    let job = inProgress.get(folder);
    if (!job) {
      job = queue.then(() => processInto(folder, picture, sourceFile));
      queue = job.catch(() => undefined);
      inProgress.set(folder, job);
    }
    await job.finally(() => inProgress.delete(folder));
  }
  return fs.readFileSync(path.join(/*turbopackIgnore: true*/ folder, variant.file));
}

/** Writes every file of a picture into a new folder, then moves it into place in one step: no half-written cache. */
async function processInto(folder: string, picture: Picture, sourceFile: string): Promise<string> {
  if (fs.existsSync(folder)) return folder;
  const source = fs.readFileSync(sourceFile);
  const files = await render(picture, source);
  const temporary = `${folder}.${process.pid}.${Date.now()}`;
  fs.mkdirSync(temporary, { recursive: true });
  for (const [name, bytes] of files) fs.writeFileSync(path.join(/*turbopackIgnore: true*/ temporary, name), bytes);
  try {
    fs.renameSync(temporary, folder);
  } catch {
    // Another build worker finished the same picture first.
    fs.rmSync(temporary, { recursive: true, force: true });
  }
  return folder;
}

/**
 * Decoded once, turned upright by its EXIF orientation and reduced to the largest width; every file is made from that.
 * sharp writes no metadata unless asked to: EXIF (camera serial numbers, GPS positions) never reaches the site.
 */
async function render(picture: Picture, source: Buffer): Promise<Map<string, Buffer>> {
  const { sources, fallback } = filesOf(picture);
  if (picture.type === 'svg') return new Map([[fallback.file, Buffer.from(sanitizeSvg(source.toString('utf8')))]]);
  const largest = sources[sources.length - 1].width;
  const { data, info } = await sharp(source)
    .rotate()
    .resize({ width: largest })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const base = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const files = new Map<string, Buffer>();
  for (const variant of [...sources, fallback]) {
    const resized = variant.width === largest ? base() : base().resize({ width: variant.width });
    files.set(variant.file, await encode(resized, variant));
  }
  return files;
}

function encode(image: Sharp, variant: Variant): Promise<Buffer> {
  if (variant.format === 'webp') return image.webp({ quality: 72, effort: 4 }).toBuffer();
  if (variant.format === 'png') return image.png({ compressionLevel: 9, palette: true, quality: 90 }).toBuffer();
  return image.jpeg({ quality: 75, mozjpeg: true }).toBuffer();
}
