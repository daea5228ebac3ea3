import { describe, expect, it } from 'vitest';
import {
  fitnessStartKey,
  fitnessStartSeed,
  startsSeeded,
  type FitnessStartChoice,
} from './fitness-start';

const none = { fitnessStart: null, fitnessStartCtl: null, fitnessStartAtl: null } as const;
// Two weeks alike: the least history the estimate is made from.
const loads = [60, 0, 45, 0, 70, 0, 0, 60, 0, 45, 0, 70, 0, 0];

describe('fitnessStartSeed', () => {
  it('starts from zero until the athlete chooses', () => {
    expect(fitnessStartSeed(none, loads)).toBeNull();
  });

  it('uses the athlete’s own figures, fatigue equal to fitness when only fitness is given', () => {
    expect(fitnessStartSeed({ ...none, fitnessStart: 'own', fitnessStartCtl: 48 }, loads)).toEqual({
      ctl: 48,
      atl: 48,
    });
    expect(
      fitnessStartSeed({ fitnessStart: 'own', fitnessStartCtl: 48, fitnessStartAtl: 61 }, loads),
    ).toEqual({ ctl: 48, atl: 61 });
  });

  it('estimates from the first weeks of the history: their mean daily load', () => {
    const seed = fitnessStartSeed({ ...none, fitnessStart: 'history' }, loads);
    expect(seed?.ctl).toBeCloseTo(175 / 7, 6);
    expect(seed?.atl).toBeCloseTo(175 / 7, 6);
  });

  it('has a key that changes with any of the three fields', () => {
    const keys = new Set([
      fitnessStartKey(none),
      fitnessStartKey({ ...none, fitnessStart: 'history' }),
      fitnessStartKey({ ...none, fitnessStart: 'own', fitnessStartCtl: 40 }),
      fitnessStartKey({ fitnessStart: 'own', fitnessStartCtl: 40, fitnessStartAtl: 50 }),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe('whether the series starts from a seed, from the length of the history alone', () => {
  it('agrees with the seed itself for every choice and history length', () => {
    const choices: FitnessStartChoice[] = [
      none,
      { ...none, fitnessStart: 'history' },
      { ...none, fitnessStart: 'own', fitnessStartCtl: 40 },
      { ...none, fitnessStart: 'own' },
    ];
    for (const choice of choices)
      for (let days = 0; days <= 40; days++)
        expect(startsSeeded(choice, days)).toBe(
          fitnessStartSeed(choice, new Array<number>(days).fill(30)) !== null,
        );
  });
});
