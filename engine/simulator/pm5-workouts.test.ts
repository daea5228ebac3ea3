import { describe, expect, it } from 'vitest';
import { createVirtualPm5, tickVirtualPm5, type RowerEffort } from './virtual-pm5.ts';
import { writeVirtualPm5Control } from './pm5-control.ts';
import { collect } from './test-support/collect.ts';
import type { Pm5State } from './pm5-state.ts';
import { workoutProgramFrames, writePieces } from '../protocols/csafe/workout-program.ts';
import type { PmWorkout } from '../protocols/csafe/pm-workout.ts';
import { decodeMultiplexed, type Pm5Record } from '../protocols/pm5/multiplexed.ts';
import { viewOf } from '../protocols/bytes.ts';
import { PM5_CHARACTERISTICS } from '../protocols/uuids.ts';
import { DURATION_TYPE, INTERVAL_TYPE, WORKOUT_TYPE } from '../protocols/pm5/enums.ts';

const STEADY: RowerEffort = { powerW: 200, strokeRateSpm: 24 };

function programmed(workout: PmWorkout): Pm5State {
  let s = createVirtualPm5({ channel: 'mux', seed: 3 });
  for (const frame of workoutProgramFrames(workout, 'whole')) {
    for (const piece of writePieces(frame)) s = writeVirtualPm5Control(s, piece).state;
  }
  return s;
}

function rowFor(state: Pm5State, seconds: number): Pm5Record[] {
  return collect(state, seconds, STEADY, tickVirtualPm5)
    .notifications.filter((n) => n.characteristic === PM5_CHARACTERISTICS.multiplexed)
    .map((n) => decodeMultiplexed(viewOf(n.bytes)))
    .filter((r): r is Pm5Record => r.record !== 'unknown');
}

type ValueOf<K extends Pm5Record['record']> = Extract<Pm5Record, { record: K }>['value'];
const of = <K extends Pm5Record['record']>(records: Pm5Record[], kind: K) =>
  records.filter((r) => r.record === kind).map((r) => r.value as ValueOf<K>);

describe('virtual PM5 running the newer workout shapes', () => {
  it('a calorie piece ends on its calories and reports them as calorie splits', () => {
    const records = rowFor(programmed({ kind: 'calories', calories: 10 }), 60);
    const [summary] = of(records, 'pm5-workout-summary');
    expect(summary?.workoutType).toBe(WORKOUT_TYPE.fixedCalorieSplits);
    // 200 W burns about 990 cal/h (Concept2's formula), so 10 cal take about 36 s.
    expect(summary!.elapsedS).toBeGreaterThan(30);
    expect(summary!.elapsedS).toBeLessThan(42);
    // The multiplexed 0x3A drops the split type, so the duration type comes from 0x31.
    expect(of(records, 'pm5-general-status')[0]?.workoutDurationType).toBe(DURATION_TYPE.calories);
    expect(of(records, 'pm5-additional-workout-summary')[0]?.totalCaloriesKcal).toBe(10);
  });

  it('splits every interval of a variable session at its own split length', () => {
    const records = rowFor(
      programmed({
        kind: 'variable-intervals',
        intervals: [
          { work: { kind: 'time', durationS: 60 }, restS: 10, split: 20, targetPaceS500m: 120 },
          { work: { kind: 'distance', distanceM: 200 }, restS: 0, split: 100 },
        ],
      }),
      150,
    );
    const splits = of(records, 'pm5-split-interval');
    expect(splits.map((s) => [s.intervalType, Math.round(s.intervalTimeS)])).toEqual([
      [INTERVAL_TYPE.time, 20],
      [INTERVAL_TYPE.time, 20],
      [INTERVAL_TYPE.time, 20],
      [INTERVAL_TYPE.distance, expect.any(Number)],
      [INTERVAL_TYPE.distance, expect.any(Number)],
    ]);
    expect(splits.slice(3).map((s) => s.intervalDistanceM)).toEqual([100, 100]);
    expect(of(records, 'pm5-workout-summary')).toHaveLength(1);
  });

  it('Just Row splits by distance', () => {
    const records = rowFor(programmed({ kind: 'just-row', splitM: 100 }), 60);
    const splits = of(records, 'pm5-split-interval');
    expect(splits).toHaveLength(2);
    expect(splits.every((s) => s.intervalDistanceM === 100)).toBe(true);
  });
});
