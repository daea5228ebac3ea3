import { describe, expect, it } from 'vitest';
import { intensityFactor, trainingStressScore } from './training-stress-score.ts';

describe('training stress score', () => {
  it('T10: normalized graded pace 5:00/km against threshold 4:30/km for 60 min is 81.0', () => {
    const ngpMps = 1000 / 300;
    const thresholdMps = 1000 / 270;
    expect(intensityFactor(ngpMps, thresholdMps)).toBeCloseTo(0.9, 9);
    expect(trainingStressScore(ngpMps, thresholdMps, 3600)).toBeCloseTo(81.0, 6);
    expect(trainingStressScore(ngpMps, thresholdMps, 1800)).toBeCloseTo(40.5, 6);
  });
  it('one hour at threshold power is 100', () => {
    expect(trainingStressScore(250, 250, 3600)).toBeCloseTo(100, 9);
  });
});
