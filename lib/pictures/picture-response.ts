import { findPictureFile } from '@/lib/content';
import { processedFile } from './process';
import type { VariantFormat } from './variants';

const contentTypes: Record<VariantFormat, string> = {
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
};

/** A processed picture file by its name (`riga-treffen-<hash>-480.webp`), made from content/images/ on demand. */
export async function pictureResponse(file: string): Promise<Response> {
  const found = findPictureFile(file);
  if (!found) return new Response('Not Found\n', { status: 404 });
  const bytes = await processedFile(found.picture, found.source, found.variant);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': contentTypes[found.variant.format] } });
}
