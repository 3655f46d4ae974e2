import { loadSite, pictureFileNames } from '@/lib/content';
import { pictureResponse } from '@/lib/pictures/picture-response';

// No next-intl here: the files are the same in both languages, built once like the pages (docs/decisions/pictures.md).
export const dynamic = 'force-static';
export const dynamicParams = false;

// A static export needs one path at least: a site without pictures gets a dotfile that answers 404 in both modes (the
// server's GET finds no such picture; deploy/nginx.conf refuses every dotfile).
const withoutPictures = '.none';

/**
 * A build makes every processed file of every picture that a page or a partner shows. `next dev` calls GET for any file
 * asked for, as the editor's own route does (route.editor.ts).
 */
export function generateStaticParams() {
  const files = pictureFileNames(loadSite().pictures);
  return (files.length ? files : [withoutPictures]).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/images/[file]'>) {
  return pictureResponse((await params).file);
}
