import { vdotFromRace } from '../predict/daniels-vdot.ts';
import { paulsSplit } from '../predict/pauls-law.ts';
import type { PlannedWorkout, SimpleStep, WorkoutSport, WorkoutStep } from '../workout/types.ts';
import { weekdayName } from './adapt-sessions.ts';
import { goalAtDistance, goalSpec, type GoalSpec } from './goals.ts';
import type { Intensity, TrainingIntensity } from './intensity.ts';
import { ChangeSet } from './plan-changes.ts';
import { rowSplitBand } from './row-splits.ts';
import { runPaceBand } from './run-paces.ts';
import { ASSUMED_BASIS, targetsFor, type TargetContext } from './targets.ts';

/**
 * A race or test result updates the paces: a better result moves every coming workout's pace,
 * split and power targets to the new VDOT (running) or 2k split (rowing, by Paul's law), and the
 * note shows the change; a result no better than the plan's paces leaves them as they are (one
 * race is one day: heat, hills or a slow start). Each step keeps its heart-rate target; its
 * intensity is read from its zone, and the work of race-pace sessions is at race pace.
 */
export type RaceResult = { date: string; distanceM: number; timeS: number };
export type PaceBasis = { vdot: number | null; split2kS500m: number | null };
export type PaceUpdate = { before: PaceBasis; after: PaceBasis; result: RaceResult; text: string };

const INTENSITY_OF_ZONE: TrainingIntensity[] = [
  'recovery',
  'easy',
  'marathon',
  'threshold',
  'interval',
];
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
const clock1 = (s: number) => `${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`;

/** The plan's goal, read from its race workout (general fitness when there is none). */
function planGoal(sport: WorkoutSport, workouts: PlannedWorkout[]): GoalSpec {
  const race = workouts.find((w) => w.type === 'race');
  const step = race?.steps[0];
  const length = step && step.kind !== 'repeat' ? step.length : null;
  const byDistance = length?.kind === 'distance' ? goalAtDistance(sport, length.distanceM) : null;
  const byTime = length?.kind === 'time' && sport === 'row' ? goalSpec('row', '30min') : null;
  return byDistance ?? byTime ?? goalSpec(sport, 'general-fitness')!;
}

function intensityOf(step: SimpleStep, type: PlannedWorkout['type']): Intensity | null {
  if (step.kind === 'work' && (type === 'racePace' || type === 'race')) return 'race';
  const hr = step.targets.find((t) => t.kind === 'heartRateZone');
  return hr?.kind === 'heartRateZone' ? INTENSITY_OF_ZONE[hr.zone - 1]! : null;
}

function retargetStep(
  step: SimpleStep,
  ctx: TargetContext,
  type: PlannedWorkout['type'],
): SimpleStep {
  const intensity = intensityOf(step, type);
  if (intensity === null) return step;
  const hr = step.targets.filter((t) => t.kind === 'heartRateZone');
  const paced = targetsFor(ctx, intensity).filter((t) => t.kind !== 'heartRateZone');
  return { ...step, targets: [...hr, ...paced] };
}

function retarget(w: PlannedWorkout, ctx: TargetContext): PlannedWorkout {
  const steps: WorkoutStep[] = w.steps.map((s) =>
    s.kind === 'repeat'
      ? { ...s, steps: s.steps.map((x) => retargetStep(x, ctx, w.type)) }
      : retargetStep(s, ctx, w.type),
  );
  return { ...w, steps };
}

const better = (sport: WorkoutSport, before: PaceBasis, after: PaceBasis) =>
  sport === 'run'
    ? before.vdot === null || after.vdot! > before.vdot + 0.05
    : before.split2kS500m === null || after.split2kS500m! < before.split2kS500m - 0.05;

function describe(sport: WorkoutSport, r: RaceResult, before: PaceBasis, after: PaceBasis): string {
  const what = `Your ${r.distanceM >= 1000 ? `${r.distanceM / 1000} km` : `${r.distanceM} m`} in ${clock(r.timeS)} on ${weekdayName(r.date)}`;
  if (sport === 'run') {
    const band = (v: number, i: TrainingIntensity) => {
      const b = runPaceBand(v, i);
      return `${clock(b.fastestSPerKm)}–${clock(b.slowestSPerKm)} /km`;
    };
    const was = (i: TrainingIntensity) =>
      before.vdot === null ? '' : ` (was ${band(before.vdot, i)})`;
    return `${what} puts your VDOT at ${after.vdot!.toFixed(1)}${before.vdot === null ? '' : `, up from ${before.vdot.toFixed(1)}`}: threshold ${band(after.vdot!, 'threshold')}${was('threshold')}, easy ${band(after.vdot!, 'easy')}${was('easy')}. The coming workouts carry the new paces.`;
  }
  const ut2 = (s: number) => {
    const b = rowSplitBand(s, 'easy');
    return `${clock1(b.fastestS500m)}–${clock1(b.slowestS500m)}`;
  };
  const old = before.split2kS500m;
  return `${what} puts your 2k split at ${clock1(after.split2kS500m!)} /500 m${old === null ? '' : ` (was ${clock1(old)})`}: UT2 now ${ut2(after.split2kS500m!)}${old === null ? '' : ` (was ${ut2(old)})`}, every band moving with it. The coming workouts carry the new splits.`;
}

export function updatePaces(
  workouts: PlannedWorkout[],
  today: string,
  results: RaceResult[],
  before: PaceBasis,
  changes: ChangeSet,
  notes: string[],
): PaceUpdate | null {
  const result = results
    .filter((r) => r.date <= today)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);
  const sport = workouts[0]?.sport;
  if (!result || !sport) return null;
  const after: PaceBasis =
    sport === 'run'
      ? { vdot: vdotFromRace(result.distanceM, result.timeS), split2kS500m: before.split2kS500m }
      : {
          vdot: before.vdot,
          split2kS500m: paulsSplit(result.distanceM, (result.timeS / result.distanceM) * 500, 2000),
        };
  if (!better(sport, before, after)) {
    notes.push(
      `${describe(sport, result, before, after).split(' puts ')[0]} is kept in mind, and your paces stay as they are: one race is one day.`,
    );
    return null;
  }
  const text = describe(sport, result, before, after);
  const ctx: TargetContext = {
    sport,
    goal: planGoal(sport, workouts),
    experience: 'intermediate',
    vdot: sport === 'run' ? after.vdot : null,
    split2kS500m: sport === 'row' ? after.split2kS500m : null,
    heartRateZones: null,
    sizing: {
      runVdot: after.vdot ?? ASSUMED_BASIS.intermediate.runVdot,
      split2kS500m: after.split2kS500m ?? ASSUMED_BASIS.intermediate.split2kS500m,
    },
  };
  for (const w of workouts.filter((x) => x.date >= today && ChangeSet.editable(x))) {
    const paced = retarget(w, ctx);
    if (JSON.stringify(paced.steps) !== JSON.stringify(w.steps))
      changes.propose(w, paced, 'repace', text);
  }
  notes.push(text);
  return { before, after, result, text };
}
