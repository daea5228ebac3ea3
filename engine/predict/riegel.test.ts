import { describe, expect, it } from 'vitest';
import { riegelTime } from './riegel.ts';

describe('Riegel (SCIENCE.md T22)', () => {
  it('5 km in 20:00 predicts 10 km 41:41.9 and the marathon 3:11:49.3', () => {
    expect(riegelTime(5000, 1200, 10000)).toBeCloseTo(41 * 60 + 41.9, 0);
    expect(riegelTime(5000, 1200, 42195)).toBeCloseTo(3 * 3600 + 11 * 60 + 49.3, 0);
  });

  it('is the identity at the known distance', () => {
    expect(riegelTime(10000, 2700, 10000)).toBeCloseTo(2700, 6);
  });
});
