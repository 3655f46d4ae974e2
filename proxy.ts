import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { loadSite } from './lib/content';

const handleLocaleRouting = createMiddleware(routing);

/** Whether a URL path is a published page or that page's share image. */
function isPublishedPath(pathname: string): boolean {
  const path = pathname.replace(/\/opengraph-image$/, '');
  return loadSite().pages.some((page) => page.path === path);
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const locale = routing.locales.find((candidate) => pathname === `/${candidate}` || pathname.startsWith(`/${candidate}/`));
  if (locale && !isPublishedPath(pathname)) {
    // The prerendered 404 page of the language, so that it works without JavaScript (see app/[locale]/page-not-found).
    return NextResponse.rewrite(new URL(`/${locale}/page-not-found`, request.url), { status: 404 });
  }
  // Files (icon, robots.txt, materials …) need no language.
  if (locale || pathname.includes('.')) return NextResponse.next();
  return handleLocaleRouting(request);
}

export const config = {
  matcher: ['/((?!_next/).*)'],
};
