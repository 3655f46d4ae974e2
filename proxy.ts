import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Files (anything with a dot) and Next's own assets never need a locale.
  matcher: ['/((?!_next|.*\\..*).*)'],
};
