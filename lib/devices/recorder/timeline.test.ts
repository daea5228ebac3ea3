import { describe, expect, it } from 'vitest';
import { STALE_AFTER_S, TimelineMerger } from './timeline';
import type { DeviceReading } from '../manager/readings';

const strap = (atS: number, heartRateBpm: number): DeviceReading => ({
  deviceId: 'strap',
  role: 'heart-rate',
  atS,
  values: { heartRateBpm },
});
const rower = (atS: number, values: DeviceReading['values']): DeviceReading => ({
  deviceId: 'pm5',
  role: 'rower',
  atS,
  values,
});

describe('TimelineMerger', () => {
  it('takes heart rate from the strap rather than the rower, and the rest from the rower', () => {
    const t = new TimelineMerger(true);
    t.ingest(rower(0.5, { heartRateBpm: 120, speedMps: 4, cadence: 24, powerW: 180 }));
    t.ingest(strap(0.7, 131));
    const row = t.row(1);
    expect(row.heartRateBpm).toBe(131);
    expect(row.speedMps).toBe(4);
    expect(row.cadence).toBe(24);
    expect(row.powerW).toBe(180);
  });

  it("falls back to the rower's heart rate when the strap goes quiet", () => {
    const t = new TimelineMerger(true);
    t.ingest(strap(0, 140));
    t.ingest(rower(STALE_AFTER_S + 1, { heartRateBpm: 138 }));
    expect(t.row(STALE_AFTER_S + 1).heartRateBpm).toBe(138);
  });

  it('leaves a channel NaN once its only device has been silent too long', () => {
    const t = new TimelineMerger(false);
    t.ingest(strap(10, 150));
    expect(t.row(10 + STALE_AFTER_S).heartRateBpm).toBe(150);
    expect(t.row(11 + STALE_AFTER_S).heartRateBpm).toBeNaN();
  });
});

describe('TimelineMerger distance', () => {
  it("rebases the device's distance to zero and never lets it run backwards", () => {
    const t = new TimelineMerger(true);
    t.ingest(rower(0, { distanceM: 1234 }));
    t.ingest(rower(1, { distanceM: 1238 }));
    expect(t.row(1).distanceM).toBeCloseTo(4, 6);
    // An interval rollover resets the monitor's counter: nothing is lost, nothing subtracted.
    t.ingest(rower(2, { distanceM: 0 }));
    t.ingest(rower(3, { distanceM: 5 }));
    expect(t.row(3).distanceM).toBeCloseTo(9, 6);
  });

  it('counts distance covered while the link was down once the device is back', () => {
    const t = new TimelineMerger(true);
    t.ingest(rower(0, { distanceM: 0, speedMps: 4 }));
    t.ingest(rower(1, { distanceM: 4, speedMps: 4 }));
    t.row(1);
    expect(t.row(6).speedMps).toBeNaN();
    t.ingest(rower(9, { distanceM: 36, speedMps: 4 }));
    expect(t.row(9).distanceM).toBeCloseTo(36, 6);
  });

  it('integrates speed when no device counts distance', () => {
    const t = new TimelineMerger(false);
    for (let s = 0; s <= 10; s++) {
      t.ingest({ deviceId: 'pod', role: 'footpod', atS: s, values: { speedMps: 3 } });
      t.row(s);
    }
    expect(t.sessionDistanceM()).toBeCloseTo(30, 6);
  });

  it('uses the treadmill distance and ignores the footpod while both report', () => {
    const t = new TimelineMerger(false);
    for (let s = 0; s <= 4; s++) {
      t.ingest({ deviceId: 'mill', role: 'treadmill', atS: s, values: { distanceM: s * 3 } });
      t.ingest({ deviceId: 'pod', role: 'footpod', atS: s, values: { distanceM: 100 + s * 5 } });
    }
    expect(t.row(4).distanceM).toBeCloseTo(12, 6);
  });

  it('does not count twice what the footpod counted while the treadmill link was down', () => {
    const t = new TimelineMerger(false);
    const mill = (atS: number, distanceM: number) =>
      t.ingest({ deviceId: 'mill', role: 'treadmill', atS, values: { distanceM } });
    const pod = (atS: number, distanceM: number) =>
      t.ingest({ deviceId: 'pod', role: 'footpod', atS, values: { distanceM } });
    for (let s = 0; s <= 4; s++) {
      mill(s, s * 3);
      pod(s, 100 + s * 3);
    }
    t.forgetDevice('mill');
    // The footpod carries the session while the belt is out of reach: 3 m/s for 6 s.
    for (let s = 5; s <= 10; s++) pod(s, 100 + s * 3);
    expect(t.sessionDistanceM()).toBeCloseTo(30, 6);
    // The belt comes back having counted the same 18 m and 3 more.
    mill(11, 33);
    expect(t.sessionDistanceM()).toBeCloseTo(33, 6);
  });
});

describe('TimelineMerger across pauses and dropped links', () => {
  it("derives rowing power from speed with Concept2's formula when the device sends none", () => {
    const t = new TimelineMerger(true);
    // 2:00 /500 m is 4.1667 m/s, which Concept2's formula puts at 202.5 W.
    t.ingest(rower(0, { speedMps: 500 / 120 }));
    expect(t.row(0).powerW).toBeCloseTo(202.5, 0);
    const run = new TimelineMerger(false);
    run.ingest({ deviceId: 'mill', role: 'treadmill', atS: 0, values: { speedMps: 3 } });
    expect(run.row(0).powerW).toBeNaN();
  });

  it('does not count distance rowed while the session is paused', () => {
    const t = new TimelineMerger(true);
    t.ingest(rower(0, { distanceM: 0 }));
    t.ingest(rower(1, { distanceM: 5 }));
    t.setCounting(false);
    t.ingest(rower(2, { distanceM: 10 }));
    t.setCounting(true);
    t.ingest(rower(3, { distanceM: 14 }));
    expect(t.sessionDistanceM()).toBeCloseTo(9, 6);
  });

  it("drops a device's values at once when its link is lost, and takes them back when it returns", () => {
    const t = new TimelineMerger(false, 10);
    t.ingest(strap(0, 150));
    t.forgetDevice('strap');
    expect(t.row(1).heartRateBpm).toBeNaN();
    t.ingest(strap(5, 152));
    expect(t.row(5).heartRateBpm).toBe(152);
  });

  it('counts a reading stamped just after the row time (a late timer) as current', () => {
    const t = new TimelineMerger(false);
    t.ingest(strap(7.2, 149));
    expect(t.row(7).heartRateBpm).toBe(149);
  });
});
