import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createVirtualPm5, tickVirtualPm5 } from './virtual-pm5.ts';
import { writeVirtualPm5Control } from './pm5-control.ts';
import { wattsFromSplit } from '../rowing/concept2.ts';
import { advanceSessionClock, NEW_SESSION_CLOCK } from '../protocols/pm5/session-clock.ts';
import { WORKOUT_STATE, WORKOUT_TYPE } from '../protocols/pm5/enums.ts';
import { decode, of, program, row, STEADY } from './test-support/pm5-harness.ts';

describe('virtual PM5 running programmed workouts', () => {
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
});
