import { describe, expect, it } from 'vitest';
import { gradeStream } from './grade.ts';

describe('grade from distance and altitude', () => {
  it('finds a steady 5 % slope', () => {
    const distance = Float64Array.from({ length: 200 }, (_, i) => i * 3);
    const altitude = Float64Array.from(distance, (d) => 100 + 0.05 * d);
    const grade = gradeStream(distance, altitude);
    expect(grade[100]).toBeCloseTo(0.05, 6);
    expect(grade[0]).toBeCloseTo(0.05, 6);
  });
  it('is 0 where the base is too short or altitude is missing', () => {
    expect(Array.from(gradeStream([0, 1, 2], [100, 101, 102]))).toEqual([0, 0, 0]);
    const distance = Float64Array.from({ length: 50 }, (_, i) => i * 3);
    expect(gradeStream(distance, new Float64Array(50).fill(Number.NaN))[25]).toBe(0);
  });
});
