import { describe, expect, it } from 'vitest';
import { consecutiveDates, dateOfDayNumber, dayNumber } from './calendar-day.ts';

const platformDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('calendar days', () => {
  it('counts whole days across a leap day and a year end', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2026-01-01') - dayNumber('2025-12-31')).toBe(1);
    expect(dateOfDayNumber(dayNumber('2026-03-29'))).toBe('2026-03-29');
  });
  it('refuses text that is not a real date', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumber('1 March')).toThrow(/calendar date/);
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
