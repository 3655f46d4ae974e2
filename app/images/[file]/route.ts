import { findPictureFile, loadSite, pictureFileNames } from '@/lib/content';
import { processedFile } from '@/lib/pictures/process';
import type { VariantFormat } from '@/lib/pictures/variants';

// No next-intl here: the files are the same in both languages, built once like the pages (docs/decisions/pictures.md).
export const dynamic = 'force-static';
export const dynamicParams = false;

const contentTypes: Record<VariantFormat, string> = {
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
};

// A static export needs one path at least: a site without pictures gets a dotfile that answers 404 in both modes (the
// server's GET finds no such picture; deploy/nginx.conf refuses every dotfile).
const withoutPictures = '.none';

/**
 * A build makes every processed file of every picture that a page or a partner shows. `next dev` (and the editor) calls
 * GET for any file asked for: the preview of unsaved text shows a picture that no saved page uses yet.
 */
export function generateStaticParams() {
  const files = pictureFileNames(loadSite().pictures);
  return (files.length ? files : [withoutPictures]).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/images/[file]'>) {
  const found = findPictureFile((await params).file);
  if (!found) return new Response('Not Found\n', { status: 404 });
  const bytes = await processedFile(found.picture, found.source, found.variant);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': contentTypes[found.variant.format] } });
}
