import { describe, expect, it } from 'vitest';
import { formatClock, formatDistance, formatPace, formatWhole } from './format-live';

describe('live number formatting', () => {
  it('formats clock times', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(245.9)).toBe('4:05');
    expect(formatClock(3729)).toBe('1:02:09');
    expect(formatClock(NaN)).toBe('–');
  });

  it('shows a rowing split per 500 m whatever the units', () => {
    expect(formatPace(500 / 125, 'rowing', 'imperial')).toEqual({ value: '2:05', unit: '/500 m' });
  });

  it('shows running pace per km or per mile', () => {
    // 3.333 m/s is 5:00 /km, 8:03 /mi.
    expect(formatPace(1000 / 300, 'running', 'metric')).toEqual({ value: '5:00', unit: '/km' });
    expect(formatPace(1000 / 300, 'running', 'imperial')).toEqual({ value: '8:03', unit: '/mi' });
    expect(formatPace(0, 'running', 'metric').value).toBe('–');
  });

  it('shows distance in metres for rowing, km or miles otherwise', () => {
    expect(formatDistance(1234.9, 'rowing', 'metric')).toEqual({ value: '1234', unit: 'm' });
    expect(formatDistance(12345, 'running', 'metric')).toEqual({ value: '12.35', unit: 'km' });
    expect(formatDistance(1609.344 * 3.1, 'running', 'imperial')).toEqual({
      value: '3.10',
      unit: 'mi',
    });
  });

  it('rounds whole values and dashes missing ones', () => {
    expect(formatWhole(142.6)).toBe('143');
    expect(formatWhole(NaN)).toBe('–');
  });
});
