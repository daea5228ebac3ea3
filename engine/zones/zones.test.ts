import { describe, expect, it } from 'vitest';
import { heartRateZonesFromLthr, heartRateZonesFromReserve } from './heart-rate-zones.ts';
import { paceZonesFromThreshold } from './pace-zones.ts';
import { powerZonesFromFtp } from './power-zones.ts';
import { rowingBandSplitsS500m, rowingZonesFrom2kSplit } from './rowing-zones.ts';
import { timeInZonesS } from './zone.ts';

describe('training zones', () => {
  it('Coggan power levels from FTP 250 W: Z2 from 139 W, Z4 from 226 W, Z7 above 376 W', () => {
    const zones = powerZonesFromFtp(250);
    expect(zones).toHaveLength(7);
    expect(zones[1]!.min).toBeCloseTo(138.75, 6);
    expect(zones[3]!.min).toBeCloseTo(226.25, 6);
    expect(zones[6]!.min).toBeCloseTo(376.25, 6);
  });
  it('Friel LTHR zones for LTHR 170: Z2 from 144.5, Z4 from 161.5, Z5a from 170', () => {
    const zones = heartRateZonesFromLthr(170);
    expect(zones.map((z) => z.name)).toEqual(['Z1', 'Z2', 'Z3', 'Z4', 'Z5a', 'Z5b', 'Z5c']);
    expect(zones[1]!.min).toBeCloseTo(144.5, 6);
    expect(zones[3]!.min).toBeCloseTo(161.5, 6);
    expect(zones[4]!.min).toBeCloseTo(170, 6);
  });
  it('Karvonen reserve zones for rest 50, max 190: Z1 from 120, Z5 from 176', () => {
    const zones = heartRateZonesFromReserve(50, 190);
    expect(zones[0]!.min).toBeCloseTo(120, 6);
    expect(zones[4]!.min).toBeCloseTo(176, 6);
  });
  it('pace zones from threshold 4:30/km: Z2 starts at 5:48/km, Z5c faster than 4:03/km', () => {
    const zones = paceZonesFromThreshold(270);
    expect(1000 / zones[1]!.min).toBeCloseTo(348.3, 1);
    expect(1000 / zones[6]!.min).toBeCloseTo(243, 1);
    expect(zones[0]!.min).toBe(0);
  });
  it('rowing bands from a 1:45 2k split: UT2 centred on 2:05, AN on 1:45', () => {
    const bands = rowingBandSplitsS500m(105);
    expect(bands.UT2).toBeCloseTo(125, 9);
    expect(bands.AN).toBeCloseTo(105, 9);
    const zones = rowingZonesFrom2kSplit(105);
    expect(500 / zones[0]!.min).toBeCloseTo(127.5, 9);
  });
  it('adds each sample’s seconds to its zone, none below zone 1', () => {
    const zones = [
      { name: 'A', min: 100 },
      { name: 'B', min: 150 },
    ];
    const values = new Float64Array([90, 120, 160, 170, Number.NaN]);
    const seconds = new Float64Array([5, 10, 20, 40, 80]);
    expect(timeInZonesS(values, seconds, zones)).toEqual([10, 60]);
  });
});
