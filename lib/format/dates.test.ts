import { describe, expect, it } from 'vitest';
import { formatDay, formatStartTime } from './dates';

describe('dates as the athlete reads them', () => {
  it('names the weekday and the month, and the year only when it is not this one', () => {
    const tuesday = formatDay('2026-12-01', { thisYear: 2026 });
    expect(tuesday).toMatch(/Tue/);
    expect(tuesday).toMatch(/Dec/);
    expect(tuesday).not.toMatch(/2026/);
    expect(formatDay('2027-01-03', { thisYear: 2026 })).toMatch(/Sun.*2027|2027.*Sun/);
  });

  it('shows the calendar day it names in every time zone of the device', () => {
    // Noon UTC is the same calendar day from UTC−11 to UTC+12.
    expect(formatDay('2026-03-29', { thisYear: 2026 })).toMatch(/29/);
  });

  it('gives a start time with its time of day on the given clock', () => {
    const text = formatStartTime('2026-12-01T07:42:00Z', 'UTC');
    expect(text).toMatch(/7:42/);
    expect(text).toMatch(/Tue/);
    expect(formatStartTime('2026-12-01T07:42:00Z', 'Asia/Tokyo')).toMatch(/4:42/);
  });

  it('shows text that is not a date as it is', () => {
    expect(formatDay('someday')).toBe('someday');
    expect(formatStartTime('never')).toBe('never');
  });
});
