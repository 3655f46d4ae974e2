import { regionalLocales, type Locale } from '@/i18n/routing';

/** A YYYY-MM-DD content date written out in the language's regional style (30 June 2022, 30. Juni 2022). */
export function formatDate(locale: Locale, value: string): string {
  return new Intl.DateTimeFormat(regionalLocales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
}
