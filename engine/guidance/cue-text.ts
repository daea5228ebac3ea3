import type { SimpleStep, StepTarget } from '../workout/types.ts';
import type { TargetStatus } from './types.ts';
import { formatClock } from '../units/clock.ts';

/** Short, kind words for the athlete's ears. Numbers carry units. */

const mmss = (seconds: number): string => formatClock(seconds);

const STEP_NAMES: Record<SimpleStep['kind'], string> = {
  warmUp: 'Warm-up',
  work: 'Go',
  rest: 'Recover',
  coolDown: 'Cool-down',
};

export function stepStartText(step: SimpleStep): string {
  const length =
    step.length.kind === 'time'
      ? step.length.durationS % 60 === 0
        ? `${step.length.durationS / 60} min`
        : `${mmss(step.length.durationS)}`
      : step.length.kind === 'distance'
        ? `${Math.round(step.length.distanceM)} m`
        : 'until you press lap';
  return `${STEP_NAMES[step.kind]}: ${length}${step.note ? `, ${step.note}` : ''}`;
}

export function remainingText(timeS: number | null, distanceM: number | null): string {
  if (distanceM !== null)
    return distanceM >= 1000 ? `Last ${distanceM / 1000} km` : `Last ${distanceM} m`;
  return timeS !== null && timeS >= 60 ? `${timeS / 60} minute left` : `${timeS ?? 0} seconds left`;
}

export function correctionText(
  target: StepTarget,
  status: TargetStatus,
  value: number,
  over: number,
): string {
  const easier = status === 'above';
  switch (target.kind) {
    case 'heartRateZone':
      return easier
        ? `Ease off — heart rate ${Math.round(over)} above zone ${target.zone}`
        : `A little more — heart rate ${Math.round(over)} below zone ${target.zone}`;
    case 'pace':
      return `${easier ? 'Ease back' : 'Pick it up a touch'} — ${mmss(value)} /km, aim ${mmss(target.fastestSPerKm)}–${mmss(target.slowestSPerKm)}`;
    case 'split':
      return `${easier ? 'Ease back' : 'Press a little more'} — ${mmss(value)} /500 m, aim ${mmss(target.fastestS500m)}–${mmss(target.slowestS500m)}`;
    case 'power':
      return `${easier ? 'Ease off' : 'A bit more power'} — ${Math.round(value)} W, aim ${Math.round(target.minW)}–${Math.round(target.maxW)} W`;
    case 'strokeRate':
      return `${easier ? 'Lengthen out' : 'Bring the rate up'} — ${Math.round(value)} spm, aim ${target.minSpm}–${target.maxSpm}`;
  }
}

export const BACK_ON_TARGET = 'Nice — right on target';
export const DRIFT_TEXT =
  'Heart rate is drifting up at this pace — slowing a little keeps this easy';
export const WORKOUT_DONE = 'Workout done — well done';

export function milestoneText(sport: 'run' | 'row', distanceM: number, splitS: number): string {
  const unit = sport === 'run' ? `${distanceM / 1000} km` : `${distanceM} m`;
  return `${unit} — last split ${mmss(splitS)}`;
}
