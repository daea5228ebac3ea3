import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, weekdayOf } from './calendar-date.ts';

describe('calendar dates', () => {
  it('adds days across a month and a leap day', () => {
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts days between dates and knows the weekday', () => {
    expect(daysBetween('2026-12-07', '2027-04-18')).toBe(132);
    expect(weekdayOf('2026-12-07')).toBe('mon');
    expect(weekdayOf('2027-04-18')).toBe('sun');
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('2027-2-3')).toBe(false);
    expect(isIsoDate('2027-02-28')).toBe(true);
  });
});
