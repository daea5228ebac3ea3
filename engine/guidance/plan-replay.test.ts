import { describe, expect, it } from 'vitest';
import { generatePlan } from '../plan/generate-plan.ts';
import { flattenSteps } from '../workout/flatten-steps.ts';
import type { SimpleStep } from '../workout/types.ts';
import { guidanceStep, startGuidance } from './guidance-step.ts';
import type { GuidanceEvent, GuidanceSample } from './types.ts';

/** Speed (m/s) in the middle of a step's pace target. */
function targetSpeed(step: SimpleStep): number {
  const pace = step.targets.find((t) => t.kind === 'pace');
  return pace?.kind === 'pace' ? 2000 / (pace.fastestSPerKm + pace.slowestSPerKm) : 3;
}

/** An athlete who runs every step of the workout right in the middle of its pace band, at 2 Hz. */
function perfectRun(steps: SimpleStep[]): GuidanceSample[] {
  const samples: GuidanceSample[] = [];
  let t = 0;
  let distanceM = 0;
  for (const step of steps) {
    const speed = targetSpeed(step);
    const durationS =
      step.length.kind === 'time'
        ? step.length.durationS
        : step.length.kind === 'distance'
          ? step.length.distanceM / speed
          : 60;
    for (let s = 0; s < durationS; s += 0.5) {
      samples.push({
        elapsedS: t,
        distanceM,
        heartRateBpm: null,
        speedMps: speed,
        powerW: null,
        strokeRateSpm: null,
      });
      t += 0.5;
      distanceM += speed * 0.5;
    }
  }
  samples.push({
    elapsedS: t + 1,
    distanceM: distanceM + 5,
    heartRateBpm: null,
    speedMps: 3,
    powerW: null,
    strokeRateSpm: null,
  });
  return samples;
}

describe('guidance replayed over every kind of workout a plan makes', () => {
  const result = generatePlan({
    sport: 'run',
    goal: 'half-marathon',
    raceDate: '2027-04-18',
    startDate: '2026-12-07',
    currentWeeklyMin: 240,
    days: [
      { day: 'tue', maxMin: null },
      { day: 'thu', maxMin: null },
      { day: 'sat', maxMin: null },
      { day: 'sun', maxMin: null },
    ],
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 10000, timeS: 2700 },
    heartRateZones: null,
  });
  if (!result.ok) throw new Error(result.error.message);
  const all = result.plan.weeks.flatMap((w) => w.workouts);
  const oneOfEach = [...new Map(all.map((w) => [w.type, w])).values()];

  it.each(oneOfEach.map((w) => [w.type, w] as const))(
    '%s: every step starts in order, one end, no corrections when on pace',
    (_type, workout) => {
      const steps = flattenSteps(workout.steps);
      let state = startGuidance(workout, 'run');
      const events: GuidanceEvent[] = [];
      for (const sample of perfectRun(steps)) {
        const out = guidanceStep(state, sample);
        state = out.state;
        events.push(...out.events);
      }
      const starts = events.flatMap((e) => (e.type === 'stepStarted' ? [e.index] : []));
      expect(starts).toEqual(steps.map((_, i) => i));
      expect(events.filter((e) => e.type === 'workoutEnded')).toHaveLength(1);
      const corrections = events.filter(
        (e) => e.type === 'cue' && /^(Ease|Pick|Press|A little|A bit|Bring|Lengthen)/.test(e.text),
      );
      expect(corrections).toEqual([]);
    },
  );
});
