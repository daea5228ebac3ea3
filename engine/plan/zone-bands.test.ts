import { describe, expect, it } from 'vitest';
import { heartRateZonesFromLthr, heartRateZonesFromReserve } from '../zones/heart-rate-zones.ts';
import { heartRateBands } from './zone-bands.ts';

describe('heartRateBands', () => {
  it('turns Karvonen zones (rest 50, max 190) into five contiguous bands', () => {
    expect(heartRateBands(heartRateZonesFromReserve(50, 190), 190)).toEqual([
      { minBpm: 120, maxBpm: 134 },
      { minBpm: 134, maxBpm: 148 },
      { minBpm: 148, maxBpm: 162 },
      { minBpm: 162, maxBpm: 176 },
      { minBpm: 176, maxBpm: 190 },
    ]);
  });

  it("folds Friel's Z5a–Z5c into zone 5 up to max heart rate", () => {
    const bands = heartRateBands(heartRateZonesFromLthr(170), 192)!;
    expect(bands[3]).toEqual({ minBpm: 162, maxBpm: 170 });
    expect(bands[4]).toEqual({ minBpm: 170, maxBpm: 192 });
  });
});
