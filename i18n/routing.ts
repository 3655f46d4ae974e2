import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['de', 'en'],
  defaultLocale: 'de',
  localePrefix: 'always',
  // The site sets no cookies at all (see the privacy page).
  localeCookie: false,
  // hreflang comes from the content index in each page's <head>, not from a Link header.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** The regional variant each language is written in: dates and sharing tags follow it. */
export const regionalLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** One value per language, made by `make`. */
export const byLocale = <T>(make: (locale: Locale) => T) =>
  Object.fromEntries(routing.locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
