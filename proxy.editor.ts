import { NextResponse, type NextRequest } from 'next/server';
import { isForEditorHost } from './lib/editor-origin';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * The editor's proxy (its build takes only .editor.ts files; proxy.ts is the site's). It answers only requests
 * addressed to the editor (EDITOR_ORIGIN's host, or this computer: no DNS rebinding), and nothing it sends may be kept
 * by a cache: after signing out, the back button shows nothing. The editor's pages run scripts: no site policy here.
 */
export default function proxy(request: NextRequest): NextResponse {
  if (!isForEditorHost(request))
    return new NextResponse('Misdirected Request\n', {
      status: 421,
      headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const response = NextResponse.next();
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
