import { describe, expect, it } from 'vitest';
import {
  applyPmSetCommand,
  EMPTY_DRAFT,
  programFromDraft,
  type ProgramDraft,
} from './pm5-program.ts';
import { workoutCommands, type PmWorkout } from '../protocols/csafe/workout-program.ts';
import { WORKOUT_TYPE } from '../protocols/pm5/enums.ts';

/** What the PM makes of a workout's commands, up to (not including) the start command. */
function programOf(workout: PmWorkout) {
  let draft: ProgramDraft = EMPTY_DRAFT;
  for (const command of workoutCommands(workout).flat()) draft = applyPmSetCommand(draft, command);
  return programFromDraft(draft);
}

describe('virtual PM5 program from CSAFE commands', () => {
  it('reads a single distance with splits (big-endian metres)', () => {
    expect(programOf({ kind: 'distance', distanceM: 2000, splitM: 500 })).toEqual({
      workoutType: WORKOUT_TYPE.fixedDistanceSplits,
      segments: [{ unit: 'distance', value: 2000, restS: 0 }],
      repeat: false,
      split: 500,
    });
  });

  it('reads a single time from 0.01 s units', () => {
    expect(programOf({ kind: 'time', durationS: 1800 })?.segments).toEqual([
      { unit: 'time', value: 1800, restS: 0 },
    ]);
  });

  it('reads each variable interval by its index', () => {
    expect(programOf({ kind: 'time-intervals', durationS: 240, restS: 120, count: 3 })).toEqual({
      workoutType: WORKOUT_TYPE.variableInterval,
      segments: Array(3).fill({ unit: 'time', value: 240, restS: 120 }),
      repeat: false,
      split: null,
    });
  });

  it('repeats open-ended fixed intervals, and Just Row has no end', () => {
    expect(programOf({ kind: 'distance-intervals', distanceM: 500, restS: 60 })).toMatchObject({
      workoutType: WORKOUT_TYPE.fixedDistanceInterval,
      segments: [{ unit: 'distance', value: 500, restS: 60 }],
      repeat: true,
    });
    expect(programOf({ kind: 'just-row', splitS: 60 })).toEqual({
      workoutType: WORKOUT_TYPE.justRowSplits,
      segments: [],
      repeat: false,
      split: 60,
    });
  });

  it('has no program until a workout type and duration arrive', () => {
    expect(programFromDraft(EMPTY_DRAFT)).toBeNull();
    expect(
      programFromDraft({ ...EMPTY_DRAFT, workoutType: WORKOUT_TYPE.fixedDistanceSplits }),
    ).toBeNull();
  });
});
