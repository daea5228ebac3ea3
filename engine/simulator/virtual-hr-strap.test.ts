import { describe, expect, it } from 'vitest';
import { createVirtualHrStrap, steadyHeartRate, tickVirtualHrStrap } from './virtual-hr-strap.ts';
import {
  decodeHeartRateMeasurement,
  type HeartRateMeasurement,
} from '../protocols/hrs/heart-rate-measurement.ts';
import { viewOf } from '../protocols/bytes.ts';
import { SIG_CHARACTERISTICS } from '../protocols/uuids.ts';
import { collect } from './test-support/collect.ts';

describe('virtual heart-rate strap', () => {
  it('notifies once a second with contact and rises toward the effort’s rate with a lag', () => {
    const strap = createVirtualHrStrap({ seed: 4, restingHrBpm: 60, maxHrBpm: 180 });
    const { state, notifications } = collect(strap, 180, 0.75, tickVirtualHrStrap);
    expect(notifications).toHaveLength(180);
    expect(
      notifications.every((n) => n.characteristic === SIG_CHARACTERISTICS.heartRateMeasurement),
    ).toBe(true);
    const hr: HeartRateMeasurement[] = notifications.map((n) =>
      decodeHeartRateMeasurement(viewOf(n.bytes)),
    );
    const target = steadyHeartRate(state, 0.75);
    expect(target).toBe(150);
    // First order with a 30 s time constant: 63 % of the way after 30 s, ~99 % after 150 s.
    expect(hr[29]!.heartRateBpm).toBeGreaterThan(60 + 0.55 * 90);
    expect(hr[29]!.heartRateBpm).toBeLessThan(60 + 0.7 * 90);
    expect(hr[179]!.heartRateBpm).toBeGreaterThanOrEqual(148);
    expect(hr.every((m) => m.sensorContact === true)).toBe(true);
  });

  it('carries every beat as an RR interval that matches the rate', () => {
    const strap = createVirtualHrStrap({ seed: 8, restingHrBpm: 120, maxHrBpm: 120 });
    const hr = collect(strap, 60, 1, tickVirtualHrStrap).notifications.map((n) =>
      decodeHeartRateMeasurement(viewOf(n.bytes)),
    );
    const rr = hr.flatMap((m) => m.rrIntervalsMs);
    expect(rr.length).toBeGreaterThanOrEqual(118);
    expect(rr.length).toBeLessThanOrEqual(121);
    const meanMs = rr.reduce((a, b) => a + b, 0) / rr.length;
    expect(meanMs).toBeGreaterThan(490);
    expect(meanMs).toBeLessThan(510);
    expect(new Set(rr).size).toBeGreaterThan(10);
  });
});
