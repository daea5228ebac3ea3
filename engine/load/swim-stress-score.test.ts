import { describe, expect, it } from 'vitest';
import { swimStressScore } from './swim-stress-score.ts';

describe('swim training stress (sTSS)', () => {
  it('scores one hour at threshold speed as 100', () => {
    // 1:40 per 100 m for an hour: 3600 m at exactly the threshold pace.
    expect(swimStressScore(3600, 3600, 100)).toBeCloseTo(100, 9);
  });
  it('grows with the cube of the intensity: 10 % faster for an hour is 133.1', () => {
    expect(swimStressScore(3960, 3600, 100)).toBeCloseTo(133.1, 6);
  });
  it('has no score without distance, time or a threshold', () => {
    expect(swimStressScore(0, 3600, 100)).toBeNull();
    expect(swimStressScore(1000, 0, 100)).toBeNull();
  });
});
