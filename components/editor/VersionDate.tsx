import { regionalLocales, type Locale } from '@/i18n/routing';

/** A version's date and time as staff in Germany saw it on the clock, in the editor's language. */
export function versionDate(lang: Locale, iso: string): string {
  return new Intl.DateTimeFormat(regionalLocales[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
}

export function VersionDate({ lang, iso }: { lang: Locale; iso: string }) {
  return <time dateTime={iso}>{versionDate(lang, iso)}</time>;
}
