export type ProjectStatus = 'upcoming' | 'running' | 'completed';

/** Today's date in Germany as YYYY-MM-DD, the project's own calendar. */
export function todayInGermany(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

/** Dates are YYYY-MM-DD; both start and end days count as running. */
export function projectStatus(start: string, end: string, today = todayInGermany()): ProjectStatus {
  if (today < start) return 'upcoming';
  if (today > end) return 'completed';
  return 'running';
}
