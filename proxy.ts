import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { readSiteManifest } from './lib/site-manifest';

const negotiateLanguage = createMiddleware(routing);

/**
 * `/` redirects to a language from Accept-Language. Under a language, any path that is not in the
 * build's site manifest gets that language's 404 page, with status 404 and without JavaScript.
 * Paths outside every language go to Next, which serves files and answers the rest with
 * app/global-not-found.tsx.
 *
 * The 404 page is sent from the manifest, not through a rewrite: Next 16 turns a rewrite to
 * 127.0.0.1 into one to `localhost` (NextURL), and a server bound to 127.0.0.1 then proxies the
 * request to itself as if it were an external URL, until the socket hangs up.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') return negotiateLanguage(request);
  const manifest = readSiteManifest();
  const locale = routing.locales.find((candidate) => pathname === `/${candidate}` || pathname.startsWith(`/${candidate}/`));
  if (!manifest || !locale || manifest.paths[pathname]) return NextResponse.next();
  return new NextResponse(manifest.notFoundHtml[locale], {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
}

export const config = {
  matcher: ['/((?!_next/).*)'],
};
