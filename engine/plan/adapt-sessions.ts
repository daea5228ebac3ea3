import type { PlannedWorkout, SimpleStep, StepTarget } from '../workout/types.ts';
import { weekdayOf } from './calendar-date.ts';
import { segmentLoad } from './planned-load.ts';

/** The pieces adaptation builds its eased and shortened sessions from. */
const DAY_NAMES = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const;

export const weekdayName = (date: string): string => DAY_NAMES[weekdayOf(date)];

/** "intervals", "long", "easy" — the session's name as the title starts with it. */
export const sessionLabel = (w: PlannedWorkout): string => w.title.split(' ·')[0]!.toLowerCase();

/** "Tuesday's intervals". */
export const dayAndSession = (w: PlannedWorkout): string =>
  `${weekdayName(w.date)}'s ${sessionLabel(w)}`;

export const round5 = (m: number): number => Math.max(20, Math.round(m / 5) * 5);

/** Easy targets borrowed from an easy session in the plan, so paces stay the athlete's own. */
export function easyTargets(workouts: PlannedWorkout[], zone: 1 | 2): StepTarget[] {
  const easy = workouts.find((w) => w.type === (zone === 1 ? 'recovery' : 'easy'));
  const step = easy?.steps[0];
  if (step && step.kind !== 'repeat') return step.targets;
  return [{ kind: 'heartRateZone', zone, minBpm: null, maxBpm: null }];
}

export type EasyTargets = { easy: StepTarget[]; recovery: StepTarget[] };

export function steady(
  base: PlannedWorkout,
  type: 'easy' | 'recovery',
  minutes: number,
  targets: EasyTargets,
): PlannedWorkout {
  const step: SimpleStep = {
    kind: 'work',
    length: { kind: 'time', durationS: minutes * 60 },
    targets: type === 'easy' ? targets.easy : targets.recovery,
    note: 'relaxed',
  };
  const name = type === 'easy' ? 'Easy' : 'Recovery';
  return {
    ...base,
    type,
    title: `${name} ${base.sport} · ${minutes} min`,
    description: 'Eased from the original plan to fit how you are doing.',
    durationMin: minutes,
    steps: [step],
    plannedLoad: Math.round(segmentLoad(minutes * 60, type === 'easy' ? 2 : 1) * 10) / 10,
    key: false,
  };
}

/** The same easy, recovery or long session, shorter; the long one stays the week's key session. */
export function shortened(
  base: PlannedWorkout,
  factor: number,
  targets: EasyTargets,
): PlannedWorkout {
  const type = base.type === 'recovery' ? 'recovery' : 'easy';
  const after = steady(base, type, round5(base.durationMin * factor), targets);
  return base.type === 'long'
    ? { ...after, type: 'long', key: true, title: after.title.replace('Easy', 'Long') }
    : after;
}
