import { describe, expect, it } from 'vitest';
import {
  createVirtualPm5,
  rowerEffortForLevel,
  setVirtualPm5SampleRate,
  toNotifications,
} from './virtual-pm5.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import { decodeMultiplexed, type Pm5Record } from '../protocols/pm5/multiplexed.ts';
import { viewOf } from '../protocols/bytes.ts';
import { pm5Uuid, PM5_CHARACTERISTICS } from '../protocols/uuids.ts';
import { addForceCurvePacket, type ForceCurveAssembly } from '../protocols/pm5/force-curve.ts';
import { WORKOUT_STATE } from '../protocols/pm5/enums.ts';
import { of, program, row, STEADY } from './test-support/pm5-harness.ts';

describe('virtual PM5', () => {
  it('Just Row: status every 500 ms, each stroke reported at the end of drive and of recovery', () => {
    const { records } = row(createVirtualPm5({ seed: 7 }), 60, STEADY);
    const general = of(records, 'pm5-general-status');
    expect(general.length).toBeGreaterThanOrEqual(119);
    expect(general.length).toBeLessThanOrEqual(121);
    const strokes = of(records, 'pm5-stroke-data');
    const counts = strokes.map((s) => s.strokeCount);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(22);
    expect(Math.max(...counts)).toBeLessThanOrEqual(25);
    expect(counts.filter((c) => c === 5)).toHaveLength(2);
    expect(strokes.find((s) => s.strokeCount === 1)?.workPerStrokeJ).toBeNull();
    const last = general.at(-1)!;
    expect(last.workoutState).toBe(WORKOUT_STATE.workoutRow);
    expect(last.elapsedS).toBeCloseTo(60, 1);
    // 200 W is 2:00.4/500 m by Concept2's formula: about 4.15 m/s, less the first drive.
    expect(last.distanceM).toBeGreaterThan(240);
    expect(last.distanceM).toBeLessThan(252);
  });

  it('pace, speed and stroke power agree by Concept2’s formula in the decoded frames', () => {
    const { records } = row(createVirtualPm5({ seed: 3 }), 30, STEADY);
    const status = of(records, 'pm5-additional-status').filter((s) => s.speedMps > 0);
    expect(status.length).toBeGreaterThan(40);
    for (const s of status) expect(s.currentPaceS500m).toBeCloseTo(500 / s.speedMps, 1);
    const extra = of(records, 'pm5-additional-stroke-data');
    for (const e of extra) {
      const shown = status.find((s) => s.elapsedS >= e.elapsedS + 0.1);
      if (!shown) continue;
      expect(Math.abs(wattsFromSplit(shown.currentPaceS500m) - e.strokePowerW)).toBeLessThan(2);
    }
    for (const e of extra) {
      expect(e.strokePowerW).toBeGreaterThan(190);
      expect(e.strokePowerW).toBeLessThan(210);
    }
  });

  it('sends one force curve per drive that reassembles from 20-byte notifications', () => {
    const { records, notifications } = row(createVirtualPm5({ seed: 5 }), 12, STEADY);
    expect(notifications.every((n) => n.bytes.length <= 20)).toBe(true);
    let assembly: ForceCurveAssembly = null;
    const curves: number[][] = [];
    for (const p of of(records, 'pm5-force-curve')) {
      const r = addForceCurvePacket(assembly, p);
      assembly = r.assembly;
      if (r.curveLbs) curves.push(r.curveLbs);
    }
    const drives = of(records, 'pm5-additional-stroke-data').length;
    expect(curves).toHaveLength(drives);
    const strokes = of(records, 'pm5-stroke-data');
    const peak = Math.max(...curves[0]!);
    expect(Math.abs(peak - strokes[0]!.peakDriveForceLbs)).toBeLessThan(2);
  });

  it('can send everything multiplexed on 0x0080, and honours the sample rate', () => {
    const mux = row(createVirtualPm5({ channel: 'mux' }), 10, STEADY);
    expect(
      mux.notifications.every((n) => n.characteristic === PM5_CHARACTERISTICS.multiplexed),
    ).toBe(true);
    expect(mux.notifications.every((n) => n.bytes.length <= 20)).toBe(true);
    expect(of(mux.records, 'pm5-stroke-data').length).toBeGreaterThan(5);
    const fast = row(setVirtualPm5SampleRate(createVirtualPm5(), 3), 10, STEADY);
    // One at the start, then every 100 ms for 10 s.
    expect(of(fast.records, 'pm5-general-status')).toHaveLength(101);
  });

  it('is deterministic for a seed and independent of how time is sliced', () => {
    const a = row(createVirtualPm5({ seed: 9 }), 20, rowerEffortForLevel(0.5), 0.1);
    const b = row(createVirtualPm5({ seed: 9 }), 20, rowerEffortForLevel(0.5), 0.25);
    expect(b.notifications.map((n) => [n.characteristic, Array.from(n.bytes)])).toEqual(
      a.notifications.map((n) => [n.characteristic, Array.from(n.bytes)]),
    );
    expect(a.notifications[0]!.characteristic).toBe(pm5Uuid(0x31));
  });

  it('sends a record with no characteristic of its own (0x3C) on 0x0080 on either channel', () => {
    const summary2: Pm5Record = {
      record: 'pm5-additional-workout-summary-2',
      value: {
        logDate: '2026-01-01',
        logTime: '12:00',
        averagePaceS500m: 120,
        gameId: 0,
        workoutVerification: 0,
        gameScore: 0,
        ergMachineType: 0,
      },
    };
    for (const channel of ['direct', 'mux'] as const) {
      const [n] = toNotifications(createVirtualPm5({ channel }), [summary2]);
      expect(n?.characteristic).toBe(PM5_CHARACTERISTICS.multiplexed);
      expect(decodeMultiplexed(viewOf(n!.bytes))).toEqual(summary2);
    }
  });

  it('does not send 0x3B, 0x3C or 0x3F, even through the end of a workout and its recovery', () => {
    const programmed = program(createVirtualPm5({ channel: 'mux' }), {
      kind: 'distance',
      distanceM: 100,
    });
    const rowed = row(programmed.state, 40, STEADY);
    const rested = row(rowed.state, 70, { powerW: 0, strokeRateSpm: 0 });
    const ids = new Set([...rowed.notifications, ...rested.notifications].map((n) => n.bytes[0]));
    expect(ids.has(0x39)).toBe(true);
    for (const id of [0x3b, 0x3c, 0x3f]) expect(ids.has(id)).toBe(false);
  });
});
