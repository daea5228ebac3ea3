import { describe, expect, it } from 'vitest';
import {
  banisterTrimp,
  TRIMP_FEMALE_A_GOLDENCHEETAH,
  TRIMP_FEMALE_A_MORTON,
  TRIMP_FEMALE_B,
  TRIMP_MALE,
} from './banister-trimp.ts';

// SCIENCE.md §5 oracles T1–T4: 60 one-minute samples at a steady heart rate.
const steady = (hr: number, minutes: number) => ({
  hr: new Float32Array(minutes).fill(hr),
  seconds: new Float64Array(minutes).fill(60),
});

describe('Banister TRIMP', () => {
  const range = { restHr: 50, maxHr: 190 };
  it('T1: male, 60 min at 150 bpm (rest 50, max 190) is 108.10', () => {
    const { hr, seconds } = steady(150, 60);
    expect(banisterTrimp(hr, seconds, range, TRIMP_MALE)).toBeCloseTo(108.095, 2);
  });
  it('T2/T3: the same for women, Morton 0.86 (121.50) and GoldenCheetah 0.64 (90.42)', () => {
    const { hr, seconds } = steady(150, 60);
    expect(
      banisterTrimp(hr, seconds, range, { a: TRIMP_FEMALE_A_MORTON, b: TRIMP_FEMALE_B }),
    ).toBeCloseTo(121.499, 2);
    expect(
      banisterTrimp(hr, seconds, range, { a: TRIMP_FEMALE_A_GOLDENCHEETAH, b: TRIMP_FEMALE_B }),
    ).toBeCloseTo(90.418, 2);
  });
  it('T4 (fellrnr): male, max 200, rest 40, 30 min at 130 is about 31.8', () => {
    const { hr, seconds } = steady(130, 30);
    expect(banisterTrimp(hr, seconds, { restHr: 40, maxHr: 200 }, TRIMP_MALE)).toBeCloseTo(31.8, 1);
  });
  it('counts nothing for paused intervals, missing heart rate or a heart rate below rest', () => {
    const hr = new Float32Array([150, Number.NaN, 40, 150]);
    const seconds = new Float64Array([60, 60, 60, 0]);
    const oneMinute = banisterTrimp(hr.subarray(0, 1), seconds.subarray(0, 1), range, TRIMP_MALE);
    expect(oneMinute).toBeCloseTo(108.095 / 60, 4);
    expect(banisterTrimp(hr, seconds, range, TRIMP_MALE)).toBeCloseTo(oneMinute, 9);
  });
});
