import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber } from './calendar-day.ts';

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
});
