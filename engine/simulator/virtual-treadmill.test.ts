import { describe, expect, it } from 'vitest';
import {
  createVirtualTreadmill,
  runningKcalPerMinute,
  tickVirtualTreadmill,
} from './virtual-treadmill.ts';
import { decodeTreadmillData, type TreadmillData } from '../protocols/ftms/treadmill-data.ts';
import { viewOf } from '../protocols/bytes.ts';
import { collect } from './test-support/collect.ts';

describe('virtual treadmill', () => {
  it('ramps to the target speed, counts distance and notifies 20-byte treadmill data once a second', () => {
    const { notifications } = collect(
      createVirtualTreadmill(),
      120,
      { speedKmh: 12, inclinePct: 2 },
      tickVirtualTreadmill,
    );
    expect(notifications).toHaveLength(120);
    expect(notifications.every((n) => n.bytes.length <= 20)).toBe(true);
    const frames: TreadmillData[] = notifications.map((n) => decodeTreadmillData(viewOf(n.bytes)));
    expect(frames[9]!.instantaneousSpeedKmh).toBeCloseTo(5, 6);
    const last = frames.at(-1)!;
    expect(last.instantaneousSpeedKmh).toBe(12);
    expect(last.inclinationPct).toBe(2);
    expect(last.rampAngleDeg).toBeCloseTo(1.1, 1);
    // 24 s of ramp (average 6 km/h) then 96 s at 12 km/h: 40 m + 320 m.
    expect(last.totalDistanceM).toBeGreaterThanOrEqual(358);
    expect(last.totalDistanceM).toBeLessThanOrEqual(361);
    expect(last.energyPerMinuteKcal).toBe(Math.round(runningKcalPerMinute(12, 2)));
  });

  it('ACSM running energy: 12 km/h on the flat is about 16 kcal/min for 70 kg', () => {
    // 200 m/min → VO2 = 0.2·200 + 3.5 = 43.5 mL/kg/min → 3.045 L/min → 15.2 kcal/min.
    expect(runningKcalPerMinute(12, 0)).toBeCloseTo(15.2, 1);
  });
});
