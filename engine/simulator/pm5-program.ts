/**
 * What the virtual PM5 makes of the CSAFE PM commands an app writes (inside SETPMCFG 0x76): the
 * workout it will run once SET_SCREENSTATE workout/prepare-to-row (1, 1) arrives.
 * Meanings of the commands and workout types: DEVICES-RESEARCH.md §2.2 (ORM CsafeCommandsMapping.js,
 * ErgometerJS csafe/). Arguments are big-endian.
 */
import { PM_SET, type CsafeCommand } from '../protocols/csafe/commands.ts';
import { DURATION_TYPE, WORKOUT_TYPE } from '../protocols/pm5/enums.ts';

export type Segment = { unit: 'distance' | 'time'; value: number; restS: number };

export type Program = {
  workoutType: number;
  /** Work pieces in order; empty for Just Row (no end). */
  segments: Segment[];
  /** Fixed intervals repeat their one segment until the workout is terminated. */
  repeat: boolean;
  /** Split size in the segment's unit (m or s), for single pieces; null = one split per piece. */
  split: number | null;
};

export const JUST_ROW: Program = {
  workoutType: WORKOUT_TYPE.justRowNoSplits,
  segments: [],
  repeat: false,
  split: null,
};

/** What the commands so far have set; intervals by index for VARIABLE_INTERVAL. */
export type ProgramDraft = {
  workoutType: number | null;
  duration: { unit: Segment['unit']; value: number } | null;
  restS: number;
  split: number | null;
  intervalIndex: number | null;
  intervals: Segment[];
};

export const EMPTY_DRAFT: ProgramDraft = {
  workoutType: null,
  duration: null,
  restS: 0,
  split: null,
  intervalIndex: null,
  intervals: [],
};

const beU = (data: Uint8Array, from: number, length: number): number =>
  Array.from(data.subarray(from, from + length)).reduce((n, b) => n * 256 + b, 0);

function durationOf(data: Uint8Array): { unit: Segment['unit']; value: number } {
  const raw = beU(data, 1, 4);
  return data[0] === DURATION_TYPE.time
    ? { unit: 'time', value: raw / 100 }
    : { unit: 'distance', value: raw };
}

function commitInterval(draft: ProgramDraft): ProgramDraft {
  if (draft.intervalIndex === null || draft.duration === null) return draft;
  const intervals = [...draft.intervals];
  intervals[draft.intervalIndex] = { ...draft.duration, restS: draft.restS };
  return { ...draft, intervals };
}

/** Applies one PM set command to the draft. */
export function applyPmSetCommand(draft: ProgramDraft, command: CsafeCommand): ProgramDraft {
  const { id, data } = command;
  switch (id) {
    case PM_SET.workoutType:
      return { ...draft, workoutType: data[0] ?? null };
    case PM_SET.workoutDuration:
      return { ...draft, duration: durationOf(data) };
    case PM_SET.restDuration:
      return { ...draft, restS: beU(data, 0, 2) };
    case PM_SET.splitDuration:
      return { ...draft, split: durationOf(data).value };
    case PM_SET.workoutIntervalCount:
      return { ...commitInterval(draft), intervalIndex: data[0] ?? 0, duration: null, restS: 0 };
    case PM_SET.configureWorkout:
      return commitInterval(draft);
    default:
      return draft;
  }
}

/** The program a finished draft describes, or null when it is incomplete. */
export function programFromDraft(draft: ProgramDraft): Program | null {
  const type = draft.workoutType;
  if (type === null) return null;
  if (type === WORKOUT_TYPE.justRowNoSplits || type === WORKOUT_TYPE.justRowSplits) {
    return { workoutType: type, segments: [], repeat: false, split: draft.split };
  }
  if (type === WORKOUT_TYPE.variableInterval) {
    const segments = commitInterval(draft).intervals.filter((s): s is Segment => s !== undefined);
    return segments.length > 0 ? { workoutType: type, segments, repeat: false, split: null } : null;
  }
  if (draft.duration === null) return null;
  const interval =
    type === WORKOUT_TYPE.fixedDistanceInterval || type === WORKOUT_TYPE.fixedTimeInterval;
  return {
    workoutType: type,
    segments: [{ ...draft.duration, restS: interval ? draft.restS : 0 }],
    repeat: interval,
    split: interval ? null : draft.split,
  };
}
