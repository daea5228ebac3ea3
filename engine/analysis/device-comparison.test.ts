import { describe, expect, it } from 'vitest';
import type { DeviceTotals } from '../activity/types.ts';
import { compareWithDevice } from './device-comparison.ts';

const device: DeviceTotals = {
  elapsedS: 3700,
  timerS: 3600,
  distanceM: 10000,
  avgHr: 150,
  maxHr: 180,
  caloriesKcal: 700,
  avgPowerW: null,
  ascentM: 80,
};

describe('comparing with the device’s own totals', () => {
  it('says nothing within the tolerances', () => {
    expect(compareWithDevice({ distanceM: 9920, recordedS: 3580, avgHr: 152 }, device)).toEqual([]);
  });
  it('names each figure that differs, with both values and units', () => {
    const differences = compareWithDevice({ distanceM: 8800, recordedS: 3000, avgHr: 160 }, device);
    expect(differences.map((d) => d.field)).toEqual(['distanceM', 'timerS', 'avgHr']);
    expect(differences[0]!.message).toBe('Device says 10.00 km; the samples give 8.80 km.');
    expect(differences[1]!.message).toBe('Device says 1:00:00; the samples give 50:00.');
  });
  it('has nothing to compare without device totals', () => {
    expect(compareWithDevice({ distanceM: 1, recordedS: 1, avgHr: null }, null)).toEqual([]);
  });
});
