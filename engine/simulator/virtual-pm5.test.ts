import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createVirtualPm5,
  rowerEffortForLevel,
  setVirtualPm5SampleRate,
  tickVirtualPm5,
  toNotifications,
  type Notification,
  type RowerEffort,
} from './virtual-pm5.ts';
import { writeVirtualPm5Control } from './pm5-control.ts';
import type { Pm5State } from './pm5-state.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import { decodeMultiplexed, type Pm5Record } from '../protocols/pm5/multiplexed.ts';
import { findDecoder } from '../protocols/registry.ts';
import { viewOf } from '../protocols/bytes.ts';
import { pm5Uuid, PM5_CHARACTERISTICS } from '../protocols/uuids.ts';
import { workoutProgramFrames, type PmWorkout } from '../protocols/csafe/workout-program.ts';
import { addCsafeChunk, EMPTY_REASSEMBLY } from '../protocols/csafe/reassembler.ts';
import { decodeCsafeFrame } from '../protocols/csafe/frame.ts';
import { decodeResponse } from '../protocols/csafe/commands.ts';
import { advanceSessionClock, NEW_SESSION_CLOCK } from '../protocols/pm5/session-clock.ts';
import { addForceCurvePacket, type ForceCurveAssembly } from '../protocols/pm5/force-curve.ts';
import { WORKOUT_STATE, WORKOUT_TYPE } from '../protocols/pm5/enums.ts';

const RECORD_BY_ID: Record<number, Pm5Record['record']> = {
  0x31: 'pm5-general-status',
  0x32: 'pm5-additional-status',
  0x33: 'pm5-additional-status-2',
  0x35: 'pm5-stroke-data',
  0x36: 'pm5-additional-stroke-data',
  0x37: 'pm5-split-interval',
  0x38: 'pm5-additional-split-interval',
  0x39: 'pm5-workout-summary',
  0x3a: 'pm5-additional-workout-summary',
  0x3d: 'pm5-force-curve',
};

/** Decodes rowing notifications through the same registry the app uses for hardware. */
function decode(notifications: Notification[]): Pm5Record[] {
  return notifications
    .filter((n) => n.characteristic !== PM5_CHARACTERISTICS.controlNotify)
    .map((n) => {
      if (n.characteristic === PM5_CHARACTERISTICS.multiplexed) {
        const r = decodeMultiplexed(viewOf(n.bytes));
        if (r.record === 'unknown') throw new Error(`unexpected id ${r.id}`);
        return r;
      }
      const id = parseInt(n.characteristic.slice(4, 8), 16);
      const entry = findDecoder(n.characteristic);
      return { record: RECORD_BY_ID[id], value: entry!.decode(viewOf(n.bytes)) } as Pm5Record;
    });
}

function row(state: Pm5State, seconds: number, effort: RowerEffort, tickS = 0.1) {
  let s = state;
  const notifications: Notification[] = [];
  for (let t = 0; t < seconds - 1e-9; t += tickS) {
    const r = tickVirtualPm5(s, tickS, effort);
    s = r.state;
    notifications.push(...r.notifications);
  }
  return { state: s, records: decode(notifications), notifications };
}

function program(state: Pm5State, workout: PmWorkout) {
  let s = state;
  let reassembly = EMPTY_REASSEMBLY;
  const responses = [];
  for (const frame of workoutProgramFrames(workout)) {
    const r = writeVirtualPm5Control(s, frame);
    s = r.state;
    for (const n of r.notifications) {
      expect(n.characteristic).toBe(PM5_CHARACTERISTICS.controlNotify);
      expect(n.bytes.length).toBeLessThanOrEqual(20);
      const got = addCsafeChunk(reassembly, n.bytes);
      reassembly = got.reassembly;
      responses.push(...got.frames.map((f) => decodeResponse(decodeCsafeFrame(f).content)));
    }
  }
  return { state: s, responses };
}

type ValueOf<K extends Pm5Record['record']> = Extract<Pm5Record, { record: K }>['value'];

function of<K extends Pm5Record['record']>(records: Pm5Record[], kind: K): Array<ValueOf<K>> {
  return records.filter((r) => r.record === kind).map((r) => r.value as ValueOf<K>);
}

const STEADY: RowerEffort = { powerW: 200, strokeRateSpm: 24 };

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

  it('runs 3 × 500 m / 1:00 rest programmed over CSAFE: three interval records, counters reset, a summary', () => {
    const programmed = program(
      createVirtualPm5({ seed: 11, logDate: '2026-11-21', logTime: '23:40' }),
      {
        kind: 'distance-intervals',
        distanceM: 500,
        restS: 60,
        count: 3,
      },
    );
    expect(programmed.responses.every((r) => (r.status & 0x0f) === 1)).toBe(true);
    const { records } = row(programmed.state, 600, { powerW: 250, strokeRateSpm: 28 });
    const splits = of(records, 'pm5-split-interval');
    expect(splits.map((s) => s.intervalNumber)).toEqual([1, 2, 3]);
    expect(splits.map((s) => s.intervalDistanceM)).toEqual([500, 500, 500]);
    expect(splits.map((s) => s.intervalRestTimeS)).toEqual([60, 60, 60]);
    // 250 W is 1:51.9/500 m; each interval a little slower for its first drive.
    for (const s of splits) {
      expect(s.intervalTimeS).toBeGreaterThan(111.5);
      expect(s.intervalTimeS).toBeLessThan(114);
    }
    const general = of(records, 'pm5-general-status');
    expect(general.some((g) => g.workoutState === WORKOUT_STATE.intervalRest)).toBe(true);
    expect(general.some((g) => g.workoutState === WORKOUT_STATE.intervalWorkDistance)).toBe(true);
    expect(general.at(-1)!.workoutState).toBe(WORKOUT_STATE.workoutLogged);
    expect(Math.max(...general.map((g) => g.totalWorkDistanceM))).toBe(1000);
    const [summary] = of(records, 'pm5-workout-summary');
    expect(summary).toMatchObject({
      distanceM: 1500,
      workoutType: WORKOUT_TYPE.variableInterval,
      logDate: '2026-11-21',
    });
    // The end summary, then its revision a minute later (no belt: recovery heart rate 0).
    expect(of(records, 'pm5-workout-summary').map((r) => r.distanceM)).toEqual([1500, 1500]);
    // The session clock joins the resetting counters back into one piece.
    let clock = NEW_SESSION_CLOCK;
    let point = { sessionElapsedS: 0, sessionDistanceM: 0, intervalIndex: 0 };
    for (const g of general) ({ clock, point } = advanceSessionClock(clock, g));
    expect(point.sessionDistanceM).toBeCloseTo(1500, 6);
    expect(point.intervalIndex).toBe(2);
    expect(point.sessionElapsedS).toBeCloseTo(summary!.elapsedS, 1);
  });

  it('runs 2000 m with 500 m splits: four split records and the summary average pace', () => {
    const programmed = program(createVirtualPm5({ seed: 2 }), {
      kind: 'distance',
      distanceM: 2000,
      splitM: 500,
    });
    const { records } = row(programmed.state, 560, { ...STEADY, heartRateBpm: 150 }, 1);
    expect(of(records, 'pm5-additional-status').at(-1)!.heartRateBpm).toBe(150);
    const splits = of(records, 'pm5-split-interval');
    expect(splits.map((s) => s.intervalDistanceM)).toEqual([500, 500, 500, 500]);
    expect(splits.at(-1)!.distanceM).toBe(2000);
    const [summary] = of(records, 'pm5-workout-summary');
    expect(summary).toMatchObject({
      distanceM: 2000,
      averageHeartRateBpm: 150,
      maxHeartRateBpm: 150,
    });
    expect(wattsFromSplit(summary!.averagePaceS500m!)).toBeGreaterThan(190);
    expect(wattsFromSplit(summary!.averagePaceS500m!)).toBeLessThan(205);
    const [extra] = of(records, 'pm5-additional-workout-summary');
    expect(extra).toMatchObject({ splitIntervalSize: 500, splitIntervalCount: 4 });
  });

  it('sends the summary again a minute after the end, with the recovery heart rate', () => {
    const programmed = program(createVirtualPm5(), { kind: 'distance', distanceM: 100 });
    const rowed = row(programmed.state, 40, { ...STEADY, heartRateBpm: 160 });
    const [first] = of(rowed.records, 'pm5-workout-summary');
    expect(first!.recoveryHeartRateBpm).toBe(0);
    const rested = row(rowed.state, 70, { powerW: 0, strokeRateSpm: 0, heartRateBpm: 110 });
    expect(of(rested.records, 'pm5-workout-summary').map((r) => r.recoveryHeartRateBpm)).toEqual([
      110,
    ]);
  });

  it('runs a single time piece to the second, and fixed time intervals until terminated', () => {
    const timed = program(createVirtualPm5(), { kind: 'time', durationS: 120, splitS: 30 });
    const { records } = row(timed.state, 130, STEADY);
    expect(of(records, 'pm5-split-interval').map((s) => s.intervalTimeS)).toEqual([30, 30, 30, 30]);
    expect(of(records, 'pm5-workout-summary')[0]!.elapsedS).toBeCloseTo(120, 6);

    const open = program(createVirtualPm5(), { kind: 'time-intervals', durationS: 60, restS: 30 });
    const rowed = row(open.state, 300, STEADY);
    expect(of(rowed.records, 'pm5-split-interval').length).toBeGreaterThanOrEqual(3);
    expect(of(rowed.records, 'pm5-workout-summary')).toHaveLength(0);
    const terminated = writeVirtualPm5Control(
      rowed.state,
      Uint8Array.from([0xf1, 0x76, 0x04, 0x13, 0x02, 0x01, 0x02, 0x60, 0xf2]),
    );
    expect(of(decode(terminated.notifications), 'pm5-workout-summary')).toHaveLength(1);
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

  it('after a link gap that hides an interval’s end, total work distance puts the session distance back', () => {
    const programmed = program(createVirtualPm5({ seed: 12 }), {
      kind: 'distance-intervals',
      distanceM: 500,
      restS: 30,
      count: 3,
    });
    let s = programmed.state;
    let clock = NEW_SESSION_CLOCK;
    let point = { sessionElapsedS: 0, sessionDistanceM: 0, intervalIndex: 0 };
    for (let t = 0; t < 500; t += 0.5) {
      const r = tickVirtualPm5(s, 0.5, { powerW: 250, strokeRateSpm: 28 });
      s = r.state;
      // The link is down from 90 s to 170 s: the end of interval 1, its split record and the rest are lost.
      if (t >= 90 && t < 170) continue;
      for (const g of of(decode(r.notifications), 'pm5-general-status')) {
        ({ clock, point } = advanceSessionClock(clock, g));
      }
    }
    expect(point.sessionDistanceM).toBeCloseTo(1500, 6);
    expect(point.intervalIndex).toBe(2);
  });

  it('any counted set of distance intervals programmed over CSAFE yields that many interval records', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 100, max: 300 }),
        (count, distanceM) => {
          const programmed = program(createVirtualPm5(), {
            kind: 'distance-intervals',
            distanceM,
            restS: 10,
            count,
          });
          const { records } = row(
            programmed.state,
            count * (distanceM / 4.5 + 12),
            { powerW: 300, strokeRateSpm: 30 },
            1,
          );
          const splits = of(records, 'pm5-split-interval');
          expect(splits.map((r) => r.intervalNumber)).toEqual(
            Array.from({ length: count }, (_, i) => i + 1),
          );
          expect(splits.every((r) => r.intervalDistanceM === distanceM)).toBe(true);
          expect(of(records, 'pm5-workout-summary')[0]?.distanceM).toBe(count * distanceM);
        },
      ),
      { numRuns: 8 },
    );
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
