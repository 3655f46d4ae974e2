import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { contentSecurityPolicy } from './lib/security-headers';
import { readSiteManifest } from './lib/site-manifest';

const negotiateLanguage = createMiddleware(routing);
const policyHeader = 'Content-Security-Policy';

/**
 * `/` redirects to a language from Accept-Language. Under a language, any path that is not in the
 * build's site manifest gets that language's 404 page, with status 404 and without JavaScript.
 * Paths outside every language go to Next, which serves files and answers the rest with
 * app/global-not-found.tsx.
 *
 * The 404 page is sent from the manifest, not through a rewrite: Next 16 turns a rewrite to
 * 127.0.0.1 into one to `localhost` (NextURL), and a server bound to 127.0.0.1 then proxies the
 * request to itself as if it were an external URL, until the socket hangs up.
 *
 * Every answer of the production server gets its Content-Security-Policy here (docs/security.md): no
 * script at all, since the build removed Next's runtime from every prerendered page. Methods other than
 * GET and HEAD are refused: the site has nothing to post to, and Next answers some of them on files with
 * a 500. So are paths that are not UTF-8.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const manifest = readSiteManifest();
  if (!manifest) return withoutManifest(request);
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return plainText(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  // Next answers a path whose %-escapes are not UTF-8 (overlong `%c0%ae`, `%e0%80%ae`) with a 500 outside the languages.
  if (!isDecodable(pathname)) return plainText(400, 'Bad Request');
  if (pathname === '/') return withPolicy(negotiateLanguage(request));
  const locale = routing.locales.find(
    (candidate) => pathname === `/${candidate}` || pathname.startsWith(`/${candidate}/`),
  );
  if (!locale || manifest.paths[pathname]) return withPolicy(NextResponse.next());
  return new NextResponse(manifest.notFoundHtml[locale], {
    status: 404,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      [policyHeader]: contentSecurityPolicy,
    },
  });
}

/**
 * `next dev` has no manifest and no policy: it needs `eval` and serves whatever content exists now. A production
 * server without its manifest (a build step failed) still serves every page, but lets none of them run a script.
 * The editor has a proxy of its own (proxy.editor.ts).
 */
function withoutManifest(request: NextRequest): NextResponse {
  const response = request.nextUrl.pathname === '/' ? negotiateLanguage(request) : NextResponse.next();
  return process.env.NODE_ENV === 'production' ? withPolicy(response) : response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function plainText(status: number, text: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(`${text}\n`, {
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', [policyHeader]: contentSecurityPolicy },
  });
}

function withPolicy(response: NextResponse): NextResponse {
  response.headers.set(policyHeader, contentSecurityPolicy);
  return response;
}

// Every path, Next's own files included: they get their policy and the method check here too.
export const config = {
  matcher: ['/:path*'],
};
