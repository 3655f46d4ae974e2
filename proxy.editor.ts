import { NextResponse, type NextRequest } from 'next/server';
import { isForEditorHost } from './lib/editor-origin';

const noStore = { 'Cache-Control': 'no-store' };
const previewPath = /^\/edit\/[^/]+\/preview\//;

/**
 * The editor's proxy (its build takes only .editor.ts files; proxy.ts is the site's). It answers only requests
 * addressed to the editor (EDITOR_ORIGIN's host, or this computer: no DNS rebinding), and no cache may keep anything
 * it sends but its build files: after signing out, the back button shows nothing. Its pages run scripts: no site
 * policy here, but for the previews.
 */
export default function proxy(request: NextRequest): NextResponse {
  if (!isForEditorHost(request))
    return new NextResponse('Misdirected Request\n', {
      status: 421,
      headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const response = NextResponse.next();
  // Build files named by their hash (the same code for everyone, no content) keep Next's long caching: a preview,
  // loaded for each entry and language, would fetch its styles and fonts again each time.
  if (!request.nextUrl.pathname.startsWith('/_next/static/')) response.headers.set('Cache-Control', 'no-store');
  // The site runs no script (docs/decisions/zero-javascript.md), nor does its preview: the editor can then replace the
  // page shown in the frame in place, while nothing in the frame acts on it (docs/decisions/fast-preview.md).
  if (previewPath.test(request.nextUrl.pathname)) response.headers.set('Content-Security-Policy', "script-src 'none'");
  return response;
}
