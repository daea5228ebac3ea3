import { describe, expect, it } from 'vitest';
import { toMeasuredJson } from './json-numbers.ts';

describe('JSON for measured numbers', () => {
  it('cuts float noise to 7 significant digits and leaves integers and null alone', () => {
    expect(toMeasuredJson({ gain: 162.99998779296874, ef: 0.0214285714, laps: [3000, null] })).toBe(
      '{"gain":163,"ef":0.02142857,"laps":[3000,null]}',
    );
  });
});
