import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDistance,
  formatElevation,
  formatPace,
  paceInputToSPerKm,
  parseDuration,
} from './units';

describe('units', () => {
  it('formats distance in both systems', () => {
    expect(formatDistance(5012, 'metric')).toBe('5.01 km');
    expect(formatDistance(850, 'metric')).toBe('850 m');
    expect(formatDistance(5012, 'imperial')).toBe('3.11 mi');
  });

  it('formats running pace per km or mile and rowing split per 500 m', () => {
    expect(formatPace(1000 / 300, 'metric', 'running')).toBe('5:00 /km');
    expect(formatPace(1609.344 / 480, 'imperial', 'running')).toBe('8:00 /mi');
    expect(formatPace(500 / 115, 'imperial', 'rowing')).toBe('1:55 /500 m');
    expect(formatPace(null, 'metric', 'running')).toBe('—');
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
