import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { contentSecurityPolicy } from './lib/security-headers';
import { readSiteManifest, type SiteManifest } from './lib/site-manifest';

const negotiateLanguage = createMiddleware(routing);
const noScripts = contentSecurityPolicy();
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
 * Every answer of the production server gets its Content-Security-Policy here (docs/security.md): a
 * prerendered page may run exactly its own inline scripts, by their hashes from the manifest, and
 * everything else no script at all. Methods other than GET and HEAD are refused: the site has
 * nothing to post to, and Next answers some of them on files with a 500. So are paths that are not UTF-8.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const manifest = readSiteManifest();
  if (!manifest) return withoutManifest(request);
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  // Next answers a path whose %-escapes are not UTF-8 (overlong `%c0%ae`, `%e0%80%ae`) with a 500 outside the languages.
  if (!isDecodable(pathname)) return plainText(400, 'Bad Request');
  if (pathname === '/') return withPolicy(negotiateLanguage(request), noScripts);
  const locale = routing.locales.find((candidate) => pathname === `/${candidate}` || pathname.startsWith(`/${candidate}/`));
  if (!locale) return withPolicy(NextResponse.next(), policyOutsideLanguages(manifest, pathname));
  const entry = manifest.paths[pathname];
  if (entry) return withPolicy(NextResponse.next(), contentSecurityPolicy(entry.scripts));
  return new NextResponse(manifest.notFoundHtml[locale], {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', [policyHeader]: noScripts },
  });
}

/** Next's files and routes like robots.txt run no script; any other path gets Next's 404 page, whose scripts are in the manifest. */
function policyOutsideLanguages(manifest: SiteManifest, pathname: string): string {
  if (pathname.startsWith('/_next/') || manifest.files.includes(pathname)) return noScripts;
  return contentSecurityPolicy(manifest.globalNotFoundScripts);
}

/**
 * `next dev` (and the editor) has no manifest and no policy: it needs `eval` and serves whatever content
 * exists now. A production server without its manifest (a build step failed) still serves every page,
 * but lets none of them run a script.
 */
function withoutManifest(request: NextRequest): NextResponse {
  const response = request.nextUrl.pathname === '/' ? negotiateLanguage(request) : NextResponse.next();
  return process.env.NODE_ENV === 'production' ? withPolicy(response, noScripts) : response;
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
  return new NextResponse(`${text}\n`, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', [policyHeader]: noScripts } });
}

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set(policyHeader, policy);
  return response;
}

// Every path, Next's own files included: they get their policy and the method check here too.
export const config = {
  matcher: ['/:path*'],
};
