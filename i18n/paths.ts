import type { Locale } from './routing';

/** The address of a page: `/de` for a home page, `/de/ziele` below it. */
export function pagePath(locale: Locale, slug = ''): string {
  return slug ? `/${locale}/${slug}` : `/${locale}`;
}
