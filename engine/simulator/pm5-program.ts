/**
 * What the virtual PM5 makes of the CSAFE PM commands an app writes (inside SETPMCFG 0x76): the
 * workout it will run once SET_SCREENSTATE workout/prepare-to-row (1, 1) arrives.
 * Meanings of the commands and workout types: DEVICES-RESEARCH.md §2.2 (ORM CsafeCommandsMapping.js,
 * ErgometerJS csafe/). Arguments are big-endian.
 */
import { PM_SET, type CsafeCommand } from '../protocols/csafe/commands.ts';
import { DURATION_TYPE, WORKOUT_TYPE } from '../protocols/pm5/enums.ts';

export type SegmentUnit = 'distance' | 'time' | 'calories';

export type Length = { unit: SegmentUnit; value: number };

export type Segment = Length & {
  restS: number;
  /** Split size in the segment's unit; null = one split per piece. */
  split: number | null;
  targetPaceS500m: number | null;
};

export type Program = {
  workoutType: number;
  /** Work pieces in order; empty for Just Row (no end). */
  segments: Segment[];
  /** Fixed intervals repeat their one segment until the workout is terminated. */
  repeat: boolean;
  /** Just Row's split (it has no segment to carry one). */
  justRowSplit: Length | null;
};

export const JUST_ROW: Program = {
  workoutType: WORKOUT_TYPE.justRowNoSplits,
  segments: [],
  repeat: false,
  justRowSplit: null,
};

/** What the commands so far have set; intervals by index for VARIABLE_INTERVAL. */
export type ProgramDraft = {
  workoutType: number | null;
  duration: Length | null;
  restS: number;
  split: Length | null;
  targetPaceS500m: number | null;
  intervalIndex: number | null;
  intervals: Segment[];
};

export const EMPTY_DRAFT: ProgramDraft = {
  workoutType: null,
  duration: null,
  restS: 0,
  split: null,
  targetPaceS500m: null,
  intervalIndex: null,
  intervals: [],
};

const beU = (data: Uint8Array, from: number, length: number): number =>
  Array.from(data.subarray(from, from + length)).reduce((n, b) => n * 256 + b, 0);

const UNIT_OF: Record<number, SegmentUnit> = {
  [DURATION_TYPE.time]: 'time',
  [DURATION_TYPE.distance]: 'distance',
  [DURATION_TYPE.calories]: 'calories',
};

/** A duration argument, or null for a duration type the virtual PM5 does not run (watt-minutes). */
export function lengthOf(data: Uint8Array): Length | null {
  const unit = UNIT_OF[data[0] ?? -1];
  if (unit === undefined) return null;
  const raw = beU(data, 1, 4);
  return { unit, value: unit === 'time' ? raw / 100 : raw };
}

function segmentOf(draft: ProgramDraft, restS: number): Segment | null {
  if (draft.duration === null) return null;
  const split = draft.split?.unit === draft.duration.unit ? draft.split.value : null;
  return { ...draft.duration, restS, split, targetPaceS500m: draft.targetPaceS500m };
}

function commitInterval(draft: ProgramDraft): ProgramDraft {
  const segment = draft.intervalIndex === null ? null : segmentOf(draft, draft.restS);
  if (segment === null || draft.intervalIndex === null) return draft;
  const intervals = [...draft.intervals];
  intervals[draft.intervalIndex] = segment;
  return { ...draft, intervals };
}

/** Applies one PM set command to the draft. */
export function applyPmSetCommand(draft: ProgramDraft, command: CsafeCommand): ProgramDraft {
  const { id, data } = command;
  switch (id) {
    case PM_SET.workoutType:
      return { ...draft, workoutType: data[0] ?? null };
    case PM_SET.workoutDuration:
      return { ...draft, duration: lengthOf(data) };
    case PM_SET.restDuration:
      return { ...draft, restS: beU(data, 0, 2) };
    case PM_SET.splitDuration:
      return { ...draft, split: lengthOf(data) };
    case PM_SET.targetPaceTime:
      return { ...draft, targetPaceS500m: beU(data, 0, 4) / 100 };
    case PM_SET.workoutIntervalCount:
      return {
        ...commitInterval(draft),
        intervalIndex: data[0] ?? 0,
        duration: null,
        restS: 0,
        split: null,
        targetPaceS500m: null,
      };
    case PM_SET.configureWorkout:
      return commitInterval(draft);
    default:
      return draft;
  }
}

const FIXED_INTERVALS = new Set<number>([
  WORKOUT_TYPE.fixedTimeInterval,
  WORKOUT_TYPE.fixedDistanceInterval,
  WORKOUT_TYPE.fixedCaloriesInterval,
]);

/** The program a finished draft describes, or null when it is incomplete. */
export function programFromDraft(draft: ProgramDraft): Program | null {
  const type = draft.workoutType;
  if (type === null) return null;
  if (type === WORKOUT_TYPE.justRowNoSplits || type === WORKOUT_TYPE.justRowSplits) {
    return { workoutType: type, segments: [], repeat: false, justRowSplit: draft.split };
  }
  if (type === WORKOUT_TYPE.variableInterval) {
    const segments = commitInterval(draft).intervals.filter((s): s is Segment => s !== undefined);
    return segments.length > 0
      ? { workoutType: type, segments, repeat: false, justRowSplit: null }
      : null;
  }
  const repeat = FIXED_INTERVALS.has(type);
  const segment = segmentOf(draft, repeat ? draft.restS : 0);
  return segment === null
    ? null
    : { workoutType: type, segments: [segment], repeat, justRowSplit: null };
}
