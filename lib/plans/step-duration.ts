import type { SimpleStep, WorkoutStep } from '@/engine/workout/types';

/** Seconds a step takes: its time, or its distance at the middle of its pace or split target. */
function stepSeconds(step: SimpleStep): number | null {
  const { length } = step;
  if (length.kind === 'time') return length.durationS;
  if (length.kind === 'open') return null;
  for (const t of step.targets) {
    if (t.kind === 'pace')
      return (length.distanceM / 1000) * ((t.fastestSPerKm + t.slowestSPerKm) / 2);
    if (t.kind === 'split')
      return (length.distanceM / 500) * ((t.fastestS500m + t.slowestS500m) / 2);
  }
  return null;
}

/**
 * How long the steps take, in whole minutes; null when a step has no time and no pace to time it
 * by (an open step, a distance with only a heart-rate target): the athlete's own figure stands.
 */
export function stepsMinutes(steps: readonly WorkoutStep[]): number | null {
  const m = minutesOf(steps);
  return m === null ? null : Math.round(m);
}

/** Unrounded minutes of some steps, or null when one cannot be timed. */
function minutesOf(steps: readonly WorkoutStep[]): number | null {
  let total = 0;
  for (const step of steps) {
    const inner = step.kind === 'repeat' ? step.steps : [step];
    const times = step.kind === 'repeat' ? step.count : 1;
    for (const s of inner) {
      const seconds = stepSeconds(s);
      if (seconds === null) return null;
      total += seconds * times;
    }
  }
  return total / 60;
}

type TimedStep = SimpleStep & { length: { kind: 'time'; durationS: number } };
const isTimed = (s: WorkoutStep): s is TimedStep => s.kind !== 'repeat' && s.length.kind === 'time';

/**
 * The steps fitted to `targetMin`: the top-level steps of time (warm-up, a steady run, cool-down)
 * share what the repeats and distances leave, in proportion and in whole minutes (at least one
 * each). Null when they cannot: no such step, a step that cannot be timed, or too little room.
 */
export function fitSteps(steps: readonly WorkoutStep[], targetMin: number): WorkoutStep[] | null {
  const totalMin = stepsMinutes(steps);
  const flexible = steps.filter(isTimed);
  if (totalMin === null || flexible.length === 0) return null;
  const flexS = flexible.reduce((sum, s) => sum + s.length.durationS, 0);
  const fixedS = steps.reduce((sum, s) => sum + (isTimed(s) ? 0 : (minutesOf([s]) ?? 0) * 60), 0);
  const room = Math.round(targetMin * 60 - fixedS);
  if (room < 60 * flexible.length) return null;
  const shares = flexible.map((s) =>
    Math.max(60, Math.round((s.length.durationS * room) / flexS / 60) * 60),
  );
  // The last flexible step takes what rounding left, so the whole comes to the target.
  const last = room - shares.slice(0, -1).reduce((a, b) => a + b, 0);
  if (last < 60) return null;
  shares[shares.length - 1] = last;
  let k = 0;
  return steps.map((s) =>
    isTimed(s) ? { ...s, length: { kind: 'time', durationS: shares[k++]! } } : s,
  );
}

/**
 * What a saved workout carries. Untouched, its length follows the steps; a length the athlete
 * typed over timed steps fits the steps to it, or is refused in plain words when they cannot fit,
 * so the length shown never contradicts the steps.
 */
export function withDuration(
  steps: WorkoutStep[],
  typed: string | null,
  storedMin: number,
): { steps: WorkoutStep[]; durationMin: number } | { error: string } {
  const stepsMin = stepsMinutes(steps);
  const n = typed === null || typed.trim() === '' ? NaN : Number(typed.trim());
  const asked = Number.isFinite(n) && n > 0 && n <= 600 ? Math.round(n) : null;
  if (typed !== null && asked === null) return { error: 'Enter a duration of 1 to 600 min.' };
  if (stepsMin === null) return { steps, durationMin: asked ?? storedMin };
  if (asked === null || asked === stepsMin) return { steps, durationMin: stepsMin };
  const fitted = fitSteps(steps, asked);
  return fitted
    ? { steps: fitted, durationMin: asked }
    : {
        error: `The steps take about ${stepsMin} min and cannot fit in ${asked} min. Shorten a step, or keep ${stepsMin} min.`,
      };
}
