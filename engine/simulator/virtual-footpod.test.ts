import { describe, expect, it } from 'vitest';
import { cadenceForSpeed, createVirtualFootpod, tickVirtualFootpod } from './virtual-footpod.ts';
import { decodeRscMeasurement, type RscMeasurement } from '../protocols/rsc/rsc-measurement.ts';
import { viewOf } from '../protocols/bytes.ts';
import { collect } from './test-support/collect.ts';

describe('virtual footpod', () => {
  it('footpod speed, cadence and stride agree, and total distance grows', () => {
    const { notifications } = collect(createVirtualFootpod(), 30, 12, tickVirtualFootpod);
    const rsc: RscMeasurement[] = notifications.map((n) => decodeRscMeasurement(viewOf(n.bytes)));
    const last = rsc.at(-1)!;
    expect(last.running).toBe(true);
    expect(last.instantaneousSpeedMps).toBeCloseTo(12 / 3.6, 2);
    expect((last.strideLengthM! * last.instantaneousCadenceSpm) / 60).toBeCloseTo(
      last.instantaneousSpeedMps,
      1,
    );
    expect(last.totalDistanceM).toBeCloseTo(100, 0);
  });

  it('walks below 7 km/h and runs above it, with cadence rising with speed', () => {
    expect(cadenceForSpeed(0)).toBe(0);
    expect(cadenceForSpeed(5)).toBeLessThan(cadenceForSpeed(8));
    expect(cadenceForSpeed(8)).toBeGreaterThanOrEqual(160);
    expect(cadenceForSpeed(18)).toBeLessThanOrEqual(190);
    const walk = collect(createVirtualFootpod(), 3, 5, tickVirtualFootpod).notifications;
    expect(decodeRscMeasurement(viewOf(walk[0]!.bytes)).running).toBe(false);
  });
});
