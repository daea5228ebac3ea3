/**
 * Programs a workout onto a PM5 over CSAFE, and never takes a refusal for success.
 *
 * 1. The workout is checked against the PM5's limits first; past one, nothing is sent.
 * 2. Each frame waits for the PM's response, whose status bits 4–5 say how the PM took the frame
 *    (Table 9 of the PM CSAFE definition: ok, reject, bad, not ready). Anything but "ok", a missing
 *    or unreadable answer, stops programming there.
 * 3. After the start, the workout type is read back (GETPMCFG 0x89). Its response also carries the
 *    verdict on the start frame, for a PM that reports a refusal one response late.
 * 4. On any failure after the first write the monitor is put back in a known state — the workout
 *    terminated and Just Row set — so it never runs half a workout; the failure says whether that
 *    worked.
 */
import {
  PM_GET,
  CSAFE,
  previousFrameStatus,
  type CsafeOddity,
  type CsafeResponse,
  type PreviousFrameStatus,
} from '../../../engine/protocols/csafe/commands';
import {
  expectedWorkoutType,
  pm5Program,
  terminateWorkoutFrame,
  workoutTypeQueryFrame,
  type FrameShape,
  type PmWorkout,
} from '../../../engine/protocols/csafe/workout-program';
import type { NormalPmWorkout } from '../../../engine/protocols/csafe/pm-workout';
import type { Pm5LimitProblem } from '../../../engine/protocols/csafe/pm5-limits';
import { Pm5CsafeLink, type CsafeExchangeFailure } from './csafe-link';
import type { DeviceTransport } from '../link/device-transport';

export type Pm5ProgramFailure =
  | { type: 'Pm5LimitExceeded'; problems: Pm5LimitProblem[] }
  | { type: 'Pm5Unreachable'; detail: string }
  | {
      type: 'Pm5Refused';
      /** 1-based; frames + 1 is the read-back after the start. */
      frame: number;
      frames: number;
      verdict: Exclude<PreviousFrameStatus, 'ok'>;
      restored: boolean;
    }
  | {
      type: 'Pm5ExchangeFailed';
      frame: number;
      frames: number;
      failure: CsafeExchangeFailure;
      restored: boolean;
    }
  | { type: 'Pm5WrongWorkout'; expectedType: number; reportedType: number; restored: boolean };

export type Pm5Programmed = {
  ok: true;
  workout: NormalPmWorkout;
  /** The PM reported back the workout type sent; false when it gave no readable answer to that. */
  confirmed: boolean;
  /** Oddities of the PM's responses (an id with no length byte, say), decoded around. */
  oddities: CsafeOddity[];
};

export type Pm5ProgramResult = Pm5Programmed | { ok: false; failure: Pm5ProgramFailure };

export type Pm5ProgramOptions = { shape?: FrameShape; timeoutMs?: number };

type Step = { ok: true; response: CsafeResponse } | { ok: false; failure: Pm5ProgramFailure };

async function step(link: Pm5CsafeLink, frame: Uint8Array, at: number, of: number): Promise<Step> {
  const exchange = await link.exchange(frame);
  if (!exchange.ok) {
    const failure = exchange.failure;
    return {
      ok: false,
      failure: { type: 'Pm5ExchangeFailed', frame: at, frames: of, failure, restored: false },
    };
  }
  const verdict = previousFrameStatus(exchange.response.status);
  if (verdict === 'ok') return exchange;
  return {
    ok: false,
    failure: { type: 'Pm5Refused', frame: at, frames: of, verdict, restored: false },
  };
}

/** Terminates whatever the PM holds and sets Just Row; true when the PM took every frame. */
async function restoreKnownState(link: Pm5CsafeLink): Promise<boolean> {
  const justRow = pm5Program({ kind: 'just-row' });
  if (!justRow.ok) return false;
  for (const frame of [terminateWorkoutFrame(), ...justRow.frames]) {
    const exchange = await link.exchange(frame);
    if (!exchange.ok || previousFrameStatus(exchange.response.status) !== 'ok') return false;
  }
  return true;
}

function reportedWorkoutType(response: CsafeResponse): number | undefined {
  const wrapper = response.commands.find((c) => c.id === CSAFE.getPmCfg);
  return wrapper?.commands?.find((c) => c.id === PM_GET.workoutType)?.data[0];
}

const restored = (failure: Pm5ProgramFailure, ok: boolean): Pm5ProgramFailure =>
  'restored' in failure ? { ...failure, restored: ok } : failure;

export async function programPm5(
  transport: DeviceTransport,
  workout: PmWorkout,
  { shape = 'grouped', timeoutMs = 3000 }: Pm5ProgramOptions = {},
): Promise<Pm5ProgramResult> {
  const program = pm5Program(workout, shape);
  if (!program.ok)
    return { ok: false, failure: { type: 'Pm5LimitExceeded', problems: program.problems } };
  let link: Pm5CsafeLink;
  try {
    link = await Pm5CsafeLink.open(transport, timeoutMs);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { type: 'Pm5Unreachable', detail } };
  }
  const frames = [...program.frames, workoutTypeQueryFrame()];
  const oddities: CsafeOddity[] = [];
  let last: CsafeResponse | null = null;
  for (const [index, frame] of frames.entries()) {
    const result = await step(link, frame, index + 1, program.frames.length);
    if (!result.ok) {
      return { ok: false, failure: restored(result.failure, await restoreKnownState(link)) };
    }
    oddities.push(...result.response.oddities);
    last = result.response;
  }
  const expectedType = expectedWorkoutType(program.workout);
  const reportedType = last ? reportedWorkoutType(last) : undefined;
  if (reportedType !== undefined && reportedType !== expectedType) {
    const failure = {
      type: 'Pm5WrongWorkout' as const,
      expectedType,
      reportedType,
      restored: false,
    };
    return { ok: false, failure: restored(failure, await restoreKnownState(link)) };
  }
  return { ok: true, workout: program.workout, confirmed: reportedType !== undefined, oddities };
}
