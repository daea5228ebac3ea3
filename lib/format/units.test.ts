import { describe, expect, it } from 'vitest';
import {
  distanceParts,
  formatBytes,
  formatDistance,
  formatDuration,
  formatElevation,
  formatHeartRate,
  formatPace,
  formatWhole,
  paceInputToSPerKm,
  paceParts,
  paceSPerKmParts,
  parseDuration,
} from './units';

describe('units', () => {
  it('formats distance in both systems, with two decimals of km or miles', () => {
    expect(formatDistance(5012, 'metric')).toBe('5.01 km');
    expect(formatDistance(850, 'metric', 'running')).toBe('0.85 km');
    expect(formatDistance(5012, 'imperial')).toBe('3.11 mi');
    expect(distanceParts(1609.344 * 3.1, 'imperial', 'running')).toEqual({
      value: '3.10',
      unit: 'mi',
    });
  });

  it('counts rowing in whole metres in both systems, however far', () => {
    expect(formatDistance(5012.7, 'imperial', 'rowing')).toBe('5012 m');
    expect(distanceParts(21097.5, 'metric', 'rowing')).toEqual({ value: '21097', unit: 'm' });
    expect(distanceParts(1234.9, 'imperial', 'rowing')).toEqual({ value: '1234', unit: 'm' });
  });

  it('rounds a live distance down and a total to the nearest hundredth', () => {
    expect(distanceParts(2999, 'metric', 'running').value).toBe('3.00');
    expect(distanceParts(2999, 'metric', 'running', { rounding: 'down' }).value).toBe('2.99');
  });

  it('marks missing readings the same way for every number', () => {
    expect(distanceParts(NaN, 'metric', 'rowing')).toEqual({ value: '—', unit: 'm' });
    expect(paceParts(0, 'metric', 'running')).toEqual({ value: '—', unit: '/km' });
    expect(formatWhole(NaN)).toBe('—');
    expect(formatWhole(142.6)).toBe('143');
    expect(formatHeartRate(null)).toBe('—');
    expect(formatDuration(NaN)).toBe('—');
  });

  it('shows a running stopwatch rounded down and a duration to the nearest second', () => {
    expect(formatDuration(245.9, { rounding: 'down' })).toBe('4:05');
    expect(formatDuration(245.9)).toBe('4:06');
    expect(formatDuration(3729, { rounding: 'down' })).toBe('1:02:09');
  });

  it('formats running pace per km or mile and rowing split per 500 m', () => {
    expect(formatPace(1000 / 300, 'metric', 'running')).toBe('5:00 /km');
    expect(formatPace(1609.344 / 480, 'imperial', 'running')).toBe('8:00 /mi');
    expect(formatPace(500 / 115, 'imperial', 'rowing')).toBe('1:55 /500 m');
    expect(formatPace(null, 'metric', 'running')).toBe('—');
    expect(paceParts(500 / 125, 'imperial', 'rowing')).toEqual({ value: '2:05', unit: '/500 m' });
    expect(paceParts(1000 / 300, 'imperial', 'running')).toEqual({ value: '8:03', unit: '/mi' });
  });

  it("shows a pace target kept per km in the athlete's units", () => {
    expect(paceSPerKmParts(300, 'metric')).toEqual({ value: '5:00', unit: '/km' });
    expect(paceSPerKmParts(300, 'imperial')).toEqual({ value: '8:03', unit: '/mi' });
  });

  it('formats elevation and sizes', () => {
    expect(formatElevation(30.48, 'imperial')).toBe('100 ft');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });

  it('parses times and converts paces entered per mile', () => {
    expect(parseDuration('7:45')).toBe(465);
    expect(parseDuration('1:02:05')).toBe(3725);
    expect(parseDuration('fast')).toBeNull();
    expect(paceInputToSPerKm(482.8032, 'imperial')).toBeCloseTo(300, 6);
  });
});
