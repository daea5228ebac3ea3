/**
 * Sends today's planned rowing session to a paired PM5 when recording starts: the session as it
 * is when the monitor can hold it; Just Row, with the reason, when the session is beyond it (a
 * step it cannot time, or a value past its limits); and, when the monitor refuses or stops
 * answering, what happened and whether it is back on Just Row.
 */
import type { PlannedWorkout } from '../../../engine/workout/types';
import type { DeviceTransport } from '../link/device-transport';
import {
  describePmWorkout,
  limitProblemsText,
  pm5FailureText,
  type Pm5ProgramOutcome,
} from './messages';
import { programPm5, type Pm5ProgramOptions, type Pm5ProgramResult } from './programmer';
import { pm5WorkoutFor } from './workout';

function outcomeOf(result: Pm5ProgramResult, substituteReason: string | null): Pm5ProgramOutcome {
  if (!result.ok) {
    const { failure } = result;
    const restored = 'restored' in failure && failure.restored;
    return { status: 'refused', reason: pm5FailureText(failure), restored };
  }
  if (substituteReason !== null) return { status: 'substituted', reason: substituteReason };
  return {
    status: 'programmed',
    summary: describePmWorkout(result.workout),
    confirmed: result.confirmed,
  };
}

export async function programPlannedWorkout(
  transport: DeviceTransport,
  planned: Pick<PlannedWorkout, 'sport' | 'steps'>,
  options: Pm5ProgramOptions = {},
): Promise<Pm5ProgramOutcome> {
  const mapping = pm5WorkoutFor(planned);
  const result = await programPm5(transport, mapping.workout, options);
  if (!result.ok && result.failure.type === 'Pm5LimitExceeded') {
    // Nothing was sent: the session is past a limit, so the monitor gets Just Row instead.
    const reason = limitProblemsText(result.failure.problems);
    return outcomeOf(await programPm5(transport, { kind: 'just-row' }, options), reason);
  }
  return outcomeOf(result, mapping.substitute?.reason ?? null);
}
