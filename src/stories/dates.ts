/*
 * Dates are stored as UTC midnight (frontmatter has no time zone), so they are always
 * formatted in UTC: the page says the same day whatever the build machine's zone.
 */
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** The machine-readable form for <time datetime>: YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
