import { describe, expect, it } from 'vitest';
import { flattenSteps } from '../workout/flatten-steps.ts';
import { isHard } from '../workout/hard-sessions.ts';
import type { PlannedWorkout } from '../workout/types.ts';
import { adaptPlan, applyChanges, type AdaptInput } from './adapt-plan.ts';
import { dayAndSession } from './adapt-sessions.ts';
import { addDays, daysBetween } from './calendar-date.ts';
import { generatePlan, type TrainingPlan } from './generate-plan.ts';
import type { PlanRequest } from './plan-request.ts';

/** Adaptation that keeps its word, on a real plan: an intermediate half marathon, 4 days a week. */
const request: PlanRequest = {
  sport: 'run',
  goal: 'half-marathon',
  raceDate: '2027-04-18',
  startDate: '2026-12-07',
  currentWeeklyMin: 240,
  days: ['mon', 'wed', 'fri', 'sun'].map((day) => ({ day: day as 'mon', maxMin: null })),
  longDay: 'sun',
  experience: 'intermediate',
  best: { distanceM: 10000, timeS: 2700 },
  heartRateZones: null,
};

function planOf(req: PlanRequest): TrainingPlan {
  const result = generatePlan(req);
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

const plan = planOf(request);
const workouts = plan.weeks.flatMap((w) => w.workouts);
const doneUntil = (until: string) =>
  workouts
    .filter((w) => w.date < until)
    .map((w) => ({ date: w.date, sport: w.sport, durationMin: w.durationMin, load: 50 }));
const today = '2027-02-09';
const base: AdaptInput = { workouts, done: doneUntil(today), today, readiness: null, acwr: 1 };
const minutes = (ws: PlannedWorkout[]) => ws.reduce((s, w) => s + w.durationMin, 0);
const within = (ws: PlannedWorkout[], from: string, days: number) =>
  ws.filter((w) => w.date >= from && daysBetween(from, w.date) < days);

describe('adaptation keeps its word', () => {
  it('after five ill days at readiness 35, every one of the next five days is eased and named', () => {
    const history = [1, 2, 3, 4].map((d) => ({
      date: addDays(today, -d),
      score: 35,
      advice: 'restOrVeryEasy' as const,
    }));
    const { changes, notes } = adaptPlan({
      ...base,
      readiness: { score: 35, advice: 'restOrVeryEasy' },
      readinessHistory: history,
    });
    const affected = within(workouts, today, 5).filter((w) => w.type !== 'recovery');
    expect(affected.length).toBeGreaterThanOrEqual(2);
    expect(changes.map((c) => c.workoutId).sort()).toEqual(affected.map((w) => w.id).sort());
    const note = notes.find((n) => n.startsWith('Readiness has been low for 5 days (35 today)'))!;
    expect(note).toMatch(/the next 5 days, \w+day to \w+day, are kept easy/);
    for (const w of affected) expect(note).toContain(dayAndSession(w));
    const after = applyChanges(workouts, changes, new Set(changes.map((c) => c.id)));
    expect(within(after, today, 5).some((w) => isHard(w.type) || w.type === 'long')).toBe(false);
  });

  it('a week away from training makes the coming week a re-entry week with nothing hard', () => {
    const back = '2027-02-22';
    const { changes, notes } = adaptPlan({ ...base, today: back, done: doneUntil('2027-02-12') });
    const after = applyChanges(workouts, changes, new Set(changes.map((c) => c.id)));
    const week = within(workouts, back, 7);
    expect(minutes(within(after, back, 7))).toBeLessThanOrEqual(minutes(week) * 0.8);
    expect(within(after, back, 7).some((w) => isHard(w.type))).toBe(false);
    expect(notes.join(' ')).toMatch(
      /After 11 days away from training .* re-entry week at about 75 %/,
    );
    // Sessions in the gap are not piled onto the comeback week.
    expect(changes.some((c) => c.kind === 'move')).toBe(false);
  });

  it('a breakthrough race moves every coming workout to the new paces, showing the change', () => {
    const input = { ...base, paceBasis: plan.paceBasis };
    const result = [{ date: '2027-02-06', distanceM: 10000, timeS: 2520 }];
    const { changes, paceUpdate } = adaptPlan({ ...input, results: result });
    expect(paceUpdate!.after.vdot!).toBeGreaterThan(plan.paceBasis.vdot! + 2);
    expect(paceUpdate!.text).toMatch(
      /VDOT at 4\d\.\d, up from 45\.3: threshold \d:\d\d–\d:\d\d \/km \(was /,
    );
    const tempo = changes.find((c) => c.kind === 'repace' && c.before.type === 'tempo')!;
    const pace = (w: PlannedWorkout) => {
      const t = flattenSteps(w.steps).find((s) => s.kind === 'work')!.targets;
      const p = t.find((x) => x.kind === 'pace');
      return p?.kind === 'pace' ? p.fastestSPerKm : NaN;
    };
    expect(pace(tempo.after)).toBeLessThan(pace(tempo.before) - 5);
    const coming = workouts.filter((w) => w.date >= today && w.type !== 'race');
    expect(changes.filter((c) => c.kind === 'repace').length).toBe(coming.length);
    const slower = adaptPlan({ ...input, results: [{ ...result[0]!, timeS: 2900 }] });
    expect(slower.changes).toEqual([]);
    expect(slower.notes.join(' ')).toMatch(/your paces stay as they are/);
  });

  it('a heart-rate-only plan gets paces from its first result; a rower gets new splits', () => {
    const hrOnly = planOf({ ...request, best: null });
    const ws = hrOnly.weeks.flatMap((w) => w.workouts);
    const result = [{ date: '2027-02-06', distanceM: 5000, timeS: 1260 }];
    const { changes } = adaptPlan({ ...base, workouts: ws, results: result });
    const easy = changes.find((c) => c.before.type === 'easy')!;
    expect(flattenSteps(easy.after.steps)[0]!.targets.map((t) => t.kind)).toEqual([
      'heartRateZone',
      'pace',
    ]);
    const row = planOf({
      ...request,
      sport: 'row',
      goal: '2k',
      best: { distanceM: 2000, timeS: 465 },
    });
    const rows = row.weeks.flatMap((w) => w.workouts);
    const rowing = adaptPlan({
      ...base,
      workouts: rows,
      done: [],
      paceBasis: row.paceBasis,
      results: [{ date: '2027-02-06', distanceM: 2000, timeS: 450 }],
    });
    expect(rowing.paceUpdate!.after.split2kS500m).toBeCloseTo(112.5, 6);
    expect(rowing.paceUpdate!.text).toMatch(/2k split at 1:52\.5 \/500 m \(was 1:56\.3\)/);
  });
});
