import { describe, expect, it } from 'vitest';
import { formatClock } from './clock.ts';

describe('formatClock', () => {
  it('reads m:ss under an hour and h:mm:ss from an hour on', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(3599)).toBe('59:59');
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(3729)).toBe('1:02:09');
  });

  it('rounds a pace to the nearest second and a stopwatch down', () => {
    expect(formatClock(59.6)).toBe('1:00');
    expect(formatClock(59.6, { rounding: 'down' })).toBe('0:59');
    expect(formatClock(3599.5)).toBe('1:00:00');
    expect(formatClock(3599.5, { rounding: 'down' })).toBe('59:59');
  });

  it('shows fractional seconds when asked, carrying into the minute', () => {
    expect(formatClock(125.34, { decimals: 1 })).toBe('2:05.3');
    expect(formatClock(59.96, { decimals: 1 })).toBe('1:00.0');
    expect(formatClock(3661.05, { decimals: 2 })).toBe('1:01:01.05');
  });

  it('shows a dash for a time that is not known', () => {
    expect(formatClock(NaN)).toBe('–');
    expect(formatClock(-1)).toBe('–');
    expect(formatClock(Infinity)).toBe('–');
  });
});
