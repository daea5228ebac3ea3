import { describe, expect, it } from 'vitest';
import { efficiencyFactor } from './efficiency-factor.ts';

describe('efficiency factor', () => {
  it('5:00/km (200 m/min) at 145 bpm is 1.379 (m/min)/bpm', () => {
    expect(efficiencyFactor(200, 145)).toBeCloseTo(1.379, 3);
  });
  it('is null without heart rate', () => {
    expect(efficiencyFactor(200, 0)).toBeNull();
    expect(efficiencyFactor(200, Number.NaN)).toBeNull();
  });
});
