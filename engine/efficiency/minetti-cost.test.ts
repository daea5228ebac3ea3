import { describe, expect, it } from 'vitest';
import { gradeAdjustedSpeed, minettiCostJPerKgM } from './minetti-cost.ts';

// SCIENCE.md §2.11 and oracles T18, T19.
describe('Minetti cost of running and grade-adjusted pace', () => {
  it('T18: Cr(+0.05) = 4.6852 and Cr(−0.10) = 2.1517 J/kg/m; flat is 3.6', () => {
    expect(minettiCostJPerKgM(0.05)).toBeCloseTo(4.6852, 3);
    expect(minettiCostJPerKgM(-0.1)).toBeCloseTo(2.1517, 3);
    expect(minettiCostJPerKgM(0)).toBeCloseTo(3.6, 9);
    expect(minettiCostJPerKgM(0.2)).toBeCloseTo(9.007, 2);
  });
  it('T19: 5:00/km at +5 % is 3:50.5/km on the flat; at −5 % it is 6:33.3/km', () => {
    expect(1000 / gradeAdjustedSpeed(1000 / 300, 0.05)).toBeCloseTo(230.5, 0);
    expect(1000 / gradeAdjustedSpeed(1000 / 300, -0.05)).toBeCloseTo(393.3, 0);
  });
  it('clamps grades beyond the ±45 % the fit was measured on', () => {
    expect(minettiCostJPerKgM(0.9)).toBeCloseTo(minettiCostJPerKgM(0.45), 9);
  });
});
