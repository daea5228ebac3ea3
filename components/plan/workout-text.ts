/**
 * A planned workout in the words and numbers the athlete reads on the calendar: its kind, its
 * length once, and each step's targets in their units (running pace per km or mile; rowing always
 * in metres and per 500 m). Targets are worded by the same function the recording screen uses.
 */
import type {
  PlannedWorkout,
  SimpleStep,
  StepLength,
  StepTarget,
  WorkoutStep,
  WorkoutType,
} from '@/engine/workout/types';
import { targetText } from '@/components/record/step-text';
import { formatClock } from '@/engine/units/clock';
import { formatDistance } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';

export const TYPE_NAMES: Record<WorkoutType, string> = {
  recovery: 'Recovery',
  easy: 'Easy',
  long: 'Long',
  tempo: 'Threshold',
  intervals: 'Intervals',
  racePace: 'Race pace',
  race: 'Race',
};

export const STEP_NAMES: Record<SimpleStep['kind'], string> = {
  warmUp: 'Warm-up',
  work: 'Work',
  rest: 'Rest',
  coolDown: 'Cool-down',
};

/** A step's length: whole minutes as "18 min", odd times as a clock, distances in the sport's unit. */
export function lengthText(
  length: StepLength,
  units: Units,
  sport: PlannedWorkout['sport'],
): string {
  switch (length.kind) {
    case 'open':
      return 'until you press Lap';
    case 'time': {
      const s = length.durationS;
      if (s >= 600 || Math.abs(s - Math.round(s / 60) * 60) < 1) return `${Math.round(s / 60)} min`;
      return formatClock(s);
    }
    case 'distance':
      // Rowers count metres; runners say "800 m" for a rep and use km or miles beyond 3 km.
      return sport === 'row' || length.distanceM < 3000
        ? `${Math.round(length.distanceM)} m`
        : formatDistance(length.distanceM, units);
  }
}

/** Targets in the order an athlete paces by: pace or split, stroke rate, power, heart rate. */
const ORDER: StepTarget['kind'][] = ['pace', 'split', 'strokeRate', 'power', 'heartRateZone'];

export function targetsText(targets: readonly StepTarget[], units: Units): string[] {
  return [...targets]
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
    .map((t) => {
      const shown = targetText(t, units);
      if (t.kind === 'heartRateZone' && shown.unit === '') return `HR ${shown.value}`;
      if (t.kind === 'heartRateZone') return `HR ${shown.value} ${shown.unit}`;
      return `${shown.value} ${shown.unit}`;
    });
}

/** The step that says what the session is for: the first repeat, else the longest work step. */
function mainStep(steps: readonly WorkoutStep[]): { count: number; step: SimpleStep } | null {
  const repeat = steps.find((s) => s.kind === 'repeat');
  if (repeat && repeat.kind === 'repeat') {
    const work = repeat.steps.find((s) => s.kind === 'work') ?? repeat.steps[0];
    return work ? { count: repeat.count, step: work } : null;
  }
  const work = steps.filter((s): s is SimpleStep => s.kind === 'work');
  const step = work[0] ?? steps.find((s): s is SimpleStep => s.kind !== 'repeat');
  return step ? { count: 1, step } : null;
}

/**
 * The session's name without what the calendar shows beside it: generated titles carry their
 * length or reps after a " · " ("Easy run · 40 min"), which would say the duration twice.
 */
export function workoutName(workout: Pick<PlannedWorkout, 'title' | 'type'>): string {
  const name = workout.title.split(' · ')[0]!.trim();
  return name === '' ? TYPE_NAMES[workout.type] : name;
}

/**
 * One line for the calendar: the main set with its pace or split target, e.g.
 * "4 × 1000 m at 4:10–4:16 /km" or "at 2:05–2:10 /500 m · 18–22 spm"; heart rate only when there
 * is nothing else to pace by. A single step's length is said only when it is a distance (the
 * duration is shown once, beside the name).
 */
export function mainSetText(workout: PlannedWorkout, units: Units): string {
  const main = mainStep(workout.steps);
  if (!main) return '';
  const all = targetsText(main.step.targets, units);
  const paced = all.filter((t) => !t.startsWith('HR'));
  const shown = (
    paced.length > 0 ? paced.slice(0, workout.sport === 'row' ? 2 : 1) : all.slice(0, 1)
  ).join(' · ');
  const length = lengthText(main.step.length, units, workout.sport);
  const reps =
    main.count > 1
      ? `${main.count} × ${length}`
      : main.step.length.kind === 'distance'
        ? length
        : '';
  return [reps, shown ? `at ${shown}` : ''].filter(Boolean).join(' ');
}

export type StepLine = {
  key: string;
  name: string;
  length: string;
  targets: string[];
  note: string | null;
  depth: 0 | 1;
};

/** Every step as a line, repeats as a heading line with their steps below. */
export function stepLines(workout: PlannedWorkout, units: Units): StepLine[] {
  const [only, ...rest] = workout.steps;
  // A single steady step is the whole session: "Easy 40 min", not "Work 40 min".
  if (only && only.kind === 'work' && rest.length === 0)
    return [{ ...simpleLine(only, '0', 0, units, workout.sport), name: TYPE_NAMES[workout.type] }];
  return workout.steps.flatMap((step, i): StepLine[] => {
    if (step.kind !== 'repeat') return [simpleLine(step, `${i}`, 0, units, workout.sport)];
    return [
      { key: `${i}`, name: `${step.count} ×`, length: '', targets: [], note: null, depth: 0 },
      ...step.steps.map((s, j) => simpleLine(s, `${i}.${j}`, 1, units, workout.sport)),
    ];
  });
}

function simpleLine(
  step: SimpleStep,
  key: string,
  depth: 0 | 1,
  units: Units,
  sport: PlannedWorkout['sport'],
): StepLine {
  return {
    key,
    name: STEP_NAMES[step.kind],
    length: lengthText(step.length, units, sport),
    targets: targetsText(step.targets, units),
    note: step.note,
    depth,
  };
}
