/** A YYYY-MM-DD content date as an instant, and how the site writes it out. */
export function calendarDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export const longDate = { dateStyle: 'long', timeZone: 'UTC' } as const;
