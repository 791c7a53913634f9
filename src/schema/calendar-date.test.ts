import { describe, expect, it } from 'vitest';
import { dateFromText } from './calendar-date.ts';

describe('dateFromText', () => {
  it('reads a day as UTC midnight, and a time without a zone as UTC, as YAML does', () => {
    expect(dateFromText('2026-03-14')).toEqual(new Date('2026-03-14T00:00:00Z'));
    expect(dateFromText('2026-03-14T09:30')).toEqual(new Date('2026-03-14T09:30:00Z'));
    expect(dateFromText('2026-03-14 09:30:15.5')).toEqual(new Date('2026-03-14T09:30:15.500Z'));
  });

  it('applies a zone', () => {
    expect(dateFromText('2026-03-14T09:30:00Z')).toEqual(new Date('2026-03-14T09:30:00Z'));
    expect(dateFromText('2026-03-14T09:30:00+01:00')).toEqual(new Date('2026-03-14T08:30:00Z'));
    expect(dateFromText('2026-03-14 09:30:00 -0530')).toEqual(new Date('2026-03-14T15:00:00Z'));
  });

  it('accepts 29 February only in a leap year', () => {
    expect(dateFromText('2028-02-29')).toEqual(new Date('2028-02-29T00:00:00Z'));
    expect(dateFromText('2026-02-29')).toBe('February 2026 has 28 days, so there is no 2026-02-29');
  });

  it.each([
    ['2026-02-30', 'February 2026 has 28 days, so there is no 2026-02-30'],
    ['2026-04-31', 'April 2026 has 30 days, so there is no 2026-04-31'],
    ['2026-01-00', 'January 2026 has 31 days, so there is no 2026-01-00'],
    ['2026-13-01', 'a year has 12 months, so there is no 2026-13-01'],
    ['2026-03-14T25:00', '25:00 is not a time of day, so there is no 2026-03-14T25:00'],
  ])('says why %s names no moment', (text, reason) => {
    expect(dateFromText(text)).toBe(reason);
  });

  it('leaves text that is not written as a date to the caller', () => {
    for (const text of ['soon', '14/03/2026', '2026-3-14', '']) expect(dateFromText(text)).toBeUndefined();
  });
});
