import { describe, expect, it } from 'vitest';
import {
  addDays,
  consecutiveDates,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  isIsoDate,
  weekdayOf,
} from './calendar-date.ts';

const platformDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('calendar dates', () => {
  it('adds days across a month and a leap day', () => {
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between dates and knows the weekday, before the epoch too', () => {
    expect(daysBetween('2026-12-07', '2027-04-18')).toBe(132);
    expect(weekdayOf('2026-12-07')).toBe('mon');
    expect(weekdayOf('2027-04-18')).toBe('sun');
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(weekdayOf('1969-12-28')).toBe('sun');
  });

  it('refuses impossible dates everywhere instead of rolling them into the next month', () => {
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('2027-2-3')).toBe(false);
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-02-30', '2026-03-02')).toThrow(RangeError);
    expect(() => weekdayOf('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumber('1 March')).toThrow(/calendar date/);
  });

  it('counts whole days across a leap day and a year end', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2026-01-01') - dayNumber('2025-12-31')).toBe(1);
    expect(dateOfDayNumber(dayNumber('2026-03-29'))).toBe('2026-03-29');
  });

  it('formats days before the epoch and in early years zero-padded, as the platform does', () => {
    for (const day of [-1, -25_508, -700_000, 0, 20_000]) {
      expect(dateOfDayNumber(day)).toBe(platformDate(day));
    }
  });

  it('steps through thirty years day by day exactly like the platform calendar', () => {
    const start = dayNumber('1999-12-25');
    const dates = consecutiveDates(start, 30 * 366);
    expect(dates).toHaveLength(30 * 366);
    dates.forEach((date, i) => expect(date).toBe(platformDate(start + i)));
    expect(dates).toContain('2000-02-29');
    expect(dates).not.toContain('2100-02-29');
    expect(consecutiveDates(start, 0)).toEqual([]);
  });
});
