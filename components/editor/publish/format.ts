import type { Locale } from '@/i18n/routing';

/** A moment as staff read it: date and time in the project's time zone. */
export const formatTime = (time: Date | number, lang: Locale) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Berlin' }).format(time);

export const seconds = (ms: number) => Math.round(ms / 100) / 10;

export const buttonStyle = 'rounded bg-accent px-5 py-2 font-semibold text-on-accent';
