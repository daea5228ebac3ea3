import { describe, expect, it } from 'vitest';
import { knownTimeZone, localDate, localHour } from './local-date.ts';

describe('local calendar date', () => {
  it('is the zero-padded date on the given zone’s calendar', () => {
    expect(localDate('2026-03-05T12:00:00.000Z', 'UTC')).toBe('2026-03-05');
    expect(localDate('2026-03-05T12:00:00.000Z', 'Pacific/Kiritimati')).toBe('2026-03-06');
  });

  it('gives the hour on the zone’s clock, midnight as 0', () => {
    expect(localHour('2026-03-05T23:10:00.000Z', 'UTC')).toBe(23);
    expect(localHour('2026-03-05T23:10:00.000Z', 'Europe/Paris')).toBe(0);
    expect(localHour('2026-07-05T06:10:00.000Z', 'America/New_York')).toBe(2);
  });

  it('puts the same instant on different days in two zones', () => {
    const lateEvening = '2026-03-04T23:30:00.000Z';
    expect(localDate(lateEvening, 'America/Los_Angeles')).toBe('2026-03-04');
    expect(localDate(lateEvening, 'Asia/Tokyo')).toBe('2026-03-05');
    expect(localDate('2026-01-01T04:59:00Z', 'America/New_York')).toBe('2025-12-31');
  });

  it('follows daylight saving: 22:30 UTC is the next day in Paris in summer, not in winter', () => {
    expect(localDate('2026-07-01T22:30:00Z', 'Europe/Paris')).toBe('2026-07-02');
    expect(localDate('2026-01-01T22:30:00Z', 'Europe/Paris')).toBe('2026-01-01');
  });

  it('pads years before 1000 to four digits', () => {
    expect(localDate('0999-06-15T12:00:00Z', 'UTC')).toBe('0999-06-15');
  });

  it('knows IANA names and says null for a name it does not know', () => {
    expect(knownTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(knownTimeZone('UTC')).toBe('UTC');
    expect(knownTimeZone('Mars/Olympus_Mons')).toBeNull();
  });
});
