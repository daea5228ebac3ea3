/**
 * What the athlete reads about programming the rowing monitor: what was sent, what was sent
 * instead and why, or what the monitor refused. The monitor counts in metres, calories and
 * m:ss, and its pace is always per 500 m, so these words do too, whatever the app's units.
 */
import type { NormalPmWorkout, PmPiece } from '../../../engine/protocols/csafe/pm-workout';
import { lengthText } from '../../../engine/protocols/csafe/pm5-limits';
import { formatClock } from '../../../engine/units/clock';
import type { Pm5LimitProblem } from '../../../engine/protocols/csafe/pm5-limits';
import type { Pm5ProgramFailure } from './programmer';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function pieceText(p: PmPiece, withRest: boolean): string {
  const parts = [lengthText(p.unit, p.value)];
  if (p.targetPaceS500m !== null)
    parts[0] += ` at ${formatClock(p.targetPaceS500m, { decimals: 1 })} /500 m`;
  if (p.split !== null) parts.push(`${lengthText(p.unit, p.split)} splits`);
  if (withRest && p.restS > 0) parts.push(`${formatClock(p.restS)} rest`);
  return parts.join(', ');
}

/** The workout as the monitor holds it, in a line. */
export function describePmWorkout(w: NormalPmWorkout): string {
  switch (w.shape) {
    case 'just-row':
      return w.split === null
        ? 'Just Row'
        : `Just Row with ${lengthText(w.split.unit, w.split.value)} splits`;
    case 'single':
      return pieceText(w.piece, false);
    case 'fixed':
      return `${pieceText(w.piece, true)}, repeating until you stop`;
    case 'variable':
      return w.repeated
        ? `${w.pieces.length} × ${pieceText(w.pieces[0]!, true)}`
        : `${w.pieces.length} intervals: ${w.pieces.map((p) => pieceText(p, true)).join(' · ')}`;
  }
}

export function limitProblemsText(problems: Pm5LimitProblem[]): string {
  const [first, ...more] = problems;
  if (!first) return '';
  if (more.length === 0) return first.message;
  const others = more.length === 1 ? 'One more value is' : `${more.length} more values are`;
  return `${first.message} ${others} past its limits too.`;
}

const frameName = (frame: number, frames: number) =>
  frame > frames ? 'the start of the workout' : `part ${frame} of ${frames} of the workout`;

/** Why programming failed, in a sentence. */
export function pm5FailureText(failure: Pm5ProgramFailure): string {
  switch (failure.type) {
    case 'Pm5LimitExceeded':
      return limitProblemsText(failure.problems);
    case 'Pm5Unreachable':
      return `the monitor could not be reached (${failure.detail}).`;
    case 'Pm5Refused': {
      const what = frameName(failure.frame, failure.frames);
      if (failure.verdict === 'rejected') return `it refused ${what}.`;
      if (failure.verdict === 'bad') return `it found ${what} garbled.`;
      return `it was not ready for ${what}.`;
    }
    case 'Pm5ExchangeFailed': {
      const what = frameName(failure.frame, failure.frames);
      if (failure.failure.type === 'NoAnswer') return `it did not answer ${what} in time.`;
      if (failure.failure.type === 'WriteFailed')
        return `${what} could not be sent (${failure.failure.detail}).`;
      return `its answer to ${what} could not be read (${failure.failure.detail}).`;
    }
    case 'Pm5WrongWorkout':
      return `it reports workout type ${failure.reportedType}, not the ${failure.expectedType} that was sent.`;
  }
}

/** What became of sending the planned workout to the rowing monitor. */
export type Pm5ProgramOutcome =
  | { status: 'programmed'; summary: string; confirmed: boolean }
  /** The session could not be expressed on the monitor; it was set to Just Row instead. */
  | { status: 'substituted'; reason: string }
  | { status: 'refused'; reason: string; restored: boolean };

export function pm5OutcomeText(outcome: Pm5ProgramOutcome): string {
  switch (outcome.status) {
    case 'programmed':
      return outcome.confirmed
        ? `The workout is on your rowing monitor: ${outcome.summary}. Row when you are ready.`
        : `The workout was sent to your rowing monitor: ${outcome.summary}. It did not say which workout it holds, so glance at its screen before you row.`;
    case 'substituted':
      return `Your rowing monitor is on Just Row instead of this session. ${capitalised(outcome.reason)} Follow the steps here as you row.`;
    case 'refused':
      return `The monitor did not take the workout: ${outcome.reason} ${
        outcome.restored
          ? 'It is back on Just Row, so row and follow the steps here.'
          : 'It may still show something else, so check it before you row, and follow the steps here.'
      }`;
  }
}
