import { describe, expect, it } from 'vitest';
import { cadenceScale } from './stride-cadence.ts';

describe('stride cadence', () => {
  it('doubles one-foot strides into steps for foot sports only', () => {
    expect(cadenceScale('running')).toBe(2);
    expect(cadenceScale('hiking')).toBe(2);
    expect(cadenceScale('rowing')).toBe(1);
    expect(cadenceScale('cycling')).toBe(1);
  });
});
