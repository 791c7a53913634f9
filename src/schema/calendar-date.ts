/*
 * Dates as editors write them in frontmatter: a day (2026-03-14), or a day and a time with an
 * optional zone (2026-03-14T09:30:00Z, 2026-03-14 09:30 +01:00). A time without a zone is UTC,
 * as YAML reads it, so a date means the same moment whichever machine builds the site.
 */

const DATE_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?[ \t]*(Z|[+-]\d{1,2}(?::?\d{2})?)?)?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Minutes east of UTC for a zone such as Z, +01:00, -0530 or +2. */
function zoneMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const [, sign = '+', hours = '0', minutes = '0'] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone) ?? [];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * The moment a frontmatter date names; a sentence saying why, when it looks like a date but names
 * no day or time that exists (2026-02-30, which YAML parsers quietly roll over to 2 March); or
 * undefined when the text is not written as a date at all.
 */
export function dateFromText(text: string): Date | string | undefined {
  const match = DATE_TEXT.exec(text);
  if (!match) return undefined;
  const [, y = '', mo = '', d = '', h = '0', mi = '0', s = '0', fraction = '0', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12) return `a year has 12 months, so there is no ${text}`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days, so there is no ${text}`;
  if (hour > 23 || minute > 59 || second > 59) {
    return `${h}:${mi}${match[6] === undefined ? '' : `:${s}`} is not a time of day, so there is no ${text}`;
  }
  const milliseconds = Math.round(Number(`0.${fraction}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
  return new Date(utc - zoneMinutes(zone) * 60_000);
}
