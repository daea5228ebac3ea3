/**
 * Which PM set commands the virtual PM5 refuses, as a PM5 does: a frame holding one is rejected
 * whole (status bits 4–5 = 0x10, "Reject", Table 9 of the PM CSAFE definition) and none of its
 * commands take effect. The limits are the ones the app checks before sending
 * (engine/protocols/csafe/pm5-limits.ts, sources there); checking them here too is what lets the
 * programmer's handling of a refusal be tested against a monitor, not a mock.
 */
import { PM_SET, type CsafeCommand } from '../protocols/csafe/commands.ts';
import type { Pm5Limits } from '../protocols/csafe/pm5-limits.ts';
import { WORKOUT_TYPE } from '../protocols/pm5/enums.ts';
import { lengthOf, type Length, type ProgramDraft } from './pm5-program.ts';

const LAST_WORKOUT_TYPE = WORKOUT_TYPE.fixedCaloriesInterval;

function lengthRefusal(
  L: Pm5Limits,
  length: Length | null,
  workoutType: number | null,
): string | null {
  if (length === null) return 'duration type not supported';
  const { unit, value } = length;
  if (unit === 'time') {
    if (value < L.timeMinS || value >= L.timeBelowS) return `time ${value} s out of range`;
    if (workoutType === WORKOUT_TYPE.fixedTimeInterval && value > L.fixedIntervalTimeMaxS)
      return `fixed interval time ${value} s over 59:59`;
  }
  if (unit === 'distance' && (value < L.distanceMinM || value > L.distanceMaxM))
    return `distance ${value} m out of range`;
  if (unit === 'calories' && (value < L.caloriesMin || value > L.caloriesMax))
    return `calories ${value} out of range`;
  return null;
}

function splitRefusal(L: Pm5Limits, split: Length | null): string | null {
  if (split === null) return 'split duration type not supported';
  return split.value < L.splitMin[split.unit] ? `split ${split.value} too short` : null;
}

/** Checked when CONFIGURE_WORKOUT 1 closes a piece: its split against its length. */
function pieceRefusal(L: Pm5Limits, draft: ProgramDraft): string | null {
  const { duration, split } = draft;
  if (duration === null || split === null || split.unit !== duration.unit) return null;
  if (split.value > duration.value) return 'split longer than the piece';
  if (Math.ceil(duration.value / split.value - 1e-9) > L.splitsMax) return 'more than 50 splits';
  return lengthRefusal(L, duration, draft.workoutType);
}

/** Why the PM refuses this command given what the frames before it set; null when it takes it. */
export function refusalOf(L: Pm5Limits, draft: ProgramDraft, command: CsafeCommand): string | null {
  const { id, data } = command;
  switch (id) {
    case PM_SET.workoutType:
      return (data[0] ?? 255) > LAST_WORKOUT_TYPE ? `workout type ${data[0]} unknown` : null;
    case PM_SET.workoutDuration:
      return lengthRefusal(L, lengthOf(data), draft.workoutType);
    case PM_SET.restDuration:
      return ((data[0] ?? 0) << 8) + (data[1] ?? 0) > L.restMaxS ? 'rest over 9:55' : null;
    case PM_SET.splitDuration:
      return splitRefusal(L, lengthOf(data));
    case PM_SET.targetPaceTime: {
      const paceCs = Array.from(data.subarray(0, 4)).reduce((n, b) => n * 256 + b, 0);
      return paceCs > L.targetPaceMaxS500m * 100 + 1e-6 ? 'target pace too slow' : null;
    }
    case PM_SET.workoutIntervalCount:
      return (data[0] ?? 0) >= L.intervalsMax ? 'more than 50 intervals' : null;
    case PM_SET.configureWorkout:
      return data[0] === 1 ? pieceRefusal(L, draft) : null;
    default:
      return null;
  }
}
