import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_DRAFT, programFromDraft, type Program } from './pm5-program.ts';
import { createVirtualPm5 } from './virtual-pm5.ts';
import { writeVirtualPm5Control } from './pm5-control.ts';
import {
  expectedWorkoutType,
  workoutProgramFrames,
  writePieces,
  type FrameShape,
} from '../protocols/csafe/workout-program.ts';
import { normalisePmWorkout, type PmPiece, type PmWorkout } from '../protocols/csafe/pm-workout.ts';
import { addCsafeChunk, EMPTY_REASSEMBLY } from '../protocols/csafe/reassembler.ts';
import { decodeCsafeFrame } from '../protocols/csafe/frame.ts';
import { decodeResponse, previousFrameStatus } from '../protocols/csafe/commands.ts';
import { WORKOUT_TYPE } from '../protocols/pm5/enums.ts';
import { pmWorkoutWithinLimits } from '../protocols/test-support/pm-workout-arbitraries.ts';

/** Writes the workout's frames to a virtual PM5 in 20-byte writes; its program and its verdicts. */
function programOver(workout: PmWorkout, shape: FrameShape = 'grouped') {
  let state = createVirtualPm5();
  const verdicts: string[] = [];
  for (const frame of workoutProgramFrames(workout, shape)) {
    for (const piece of writePieces(frame)) {
      const result = writeVirtualPm5Control(state, piece);
      state = result.state;
      const responses = result.notifications.flatMap(
        (n) => addCsafeChunk(EMPTY_REASSEMBLY, n.bytes).frames,
      );
      for (const r of responses) {
        verdicts.push(previousFrameStatus(decodeResponse(decodeCsafeFrame(r).content).status));
      }
    }
  }
  return { program: state.program, verdicts };
}

const segmentOf = (p: PmPiece, restS: number) => ({
  unit: p.unit,
  value: p.value,
  restS,
  split: p.unit === 'calories' && p.split === null ? p.value : p.split,
  targetPaceS500m: p.targetPaceS500m,
});

/** What the PM should hold for a workout: the normal form, read back. */
function expectedProgram(workout: PmWorkout): Program {
  const w = normalisePmWorkout(workout);
  const workoutType = expectedWorkoutType(w);
  switch (w.shape) {
    case 'just-row':
      return { workoutType, segments: [], repeat: false, justRowSplit: w.split };
    case 'single':
      return { workoutType, segments: [segmentOf(w.piece, 0)], repeat: false, justRowSplit: null };
    case 'fixed':
      return {
        workoutType,
        segments: [{ ...segmentOf(w.piece, w.piece.restS), split: w.piece.split }],
        repeat: true,
        justRowSplit: null,
      };
    case 'variable':
      return {
        workoutType,
        segments: w.pieces.map((p) => ({ ...segmentOf(p, p.restS), split: p.split })),
        repeat: false,
        justRowSplit: null,
      };
  }
}

describe('virtual PM5 program from CSAFE frames (encoder round trips)', () => {
  it('reads a single distance with splits and a target pace (big-endian metres, 0.01 s)', () => {
    const { program, verdicts } = programOver({
      kind: 'distance',
      distanceM: 2000,
      splitM: 500,
      targetPaceS500m: 112.5,
    });
    expect(verdicts.every((v) => v === 'ok')).toBe(true);
    expect(program).toEqual({
      workoutType: WORKOUT_TYPE.fixedDistanceSplits,
      segments: [{ unit: 'distance', value: 2000, restS: 0, split: 500, targetPaceS500m: 112.5 }],
      repeat: false,
      justRowSplit: null,
    });
  });

  it('reads variable intervals by index, each with its own unit, rest, split and pace', () => {
    const { program } = programOver({
      kind: 'variable-intervals',
      intervals: [
        { work: { kind: 'time', durationS: 600 }, restS: 0, targetPaceS500m: 130 },
        { work: { kind: 'distance', distanceM: 2000 }, restS: 240, split: 500 },
        { work: { kind: 'calories', calories: 50 }, restS: 60, targetPaceS500m: 118.2 },
      ],
    });
    expect(program.workoutType).toBe(WORKOUT_TYPE.variableInterval);
    expect(program.segments).toEqual([
      { unit: 'time', value: 600, restS: 0, split: null, targetPaceS500m: 130 },
      { unit: 'distance', value: 2000, restS: 240, split: 500, targetPaceS500m: null },
      { unit: 'calories', value: 50, restS: 60, split: null, targetPaceS500m: 118.2 },
    ]);
  });

  it('repeats open-ended intervals; Just Row splits by distance too', () => {
    expect(
      programOver({ kind: 'calorie-intervals', calories: 20, restS: 60, targetPaceS500m: 120 })
        .program,
    ).toMatchObject({
      workoutType: WORKOUT_TYPE.fixedCaloriesInterval,
      segments: [{ unit: 'calories', value: 20, restS: 60, targetPaceS500m: 120 }],
      repeat: true,
    });
    expect(programOver({ kind: 'just-row', splitM: 1000 }).program).toEqual({
      workoutType: WORKOUT_TYPE.justRowSplits,
      segments: [],
      repeat: false,
      justRowSplit: { unit: 'distance', value: 1000 },
    });
  });

  it('every workout within the limits arrives whole, in either frame shape', () => {
    fc.assert(
      fc.property(
        pmWorkoutWithinLimits,
        fc.constantFrom<FrameShape>('grouped', 'whole'),
        (w, shape) => {
          const { program, verdicts } = programOver(w, shape);
          expect(verdicts.every((v) => v === 'ok')).toBe(true);
          expect(program).toEqual(expectedProgram(w));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('has no program until a workout type and duration arrive', () => {
    expect(programFromDraft(EMPTY_DRAFT)).toBeNull();
    expect(
      programFromDraft({ ...EMPTY_DRAFT, workoutType: WORKOUT_TYPE.fixedDistanceSplits }),
    ).toBeNull();
  });
});
