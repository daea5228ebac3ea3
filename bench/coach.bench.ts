import { computePmc, pmcDay } from '../engine/fitness/pmc.ts';
import { guidanceStep, startGuidance } from '../engine/guidance/guidance-step.ts';
import type { GuidanceSample, GuidanceState } from '../engine/guidance/types.ts';
import { adaptPlan } from '../engine/plan/adapt-plan.ts';
import { addDays } from '../engine/plan/calendar-date.ts';
import { generatePlan } from '../engine/plan/generate-plan.ts';
import type { PlanRequest } from '../engine/plan/plan-request.ts';
import { readiness } from '../engine/readiness/readiness-score.ts';
import type { JournalEntry } from '../engine/readiness/journal.ts';
import type { DoneActivity } from '../engine/plan/match-activities.ts';
import type { InsightActivity } from '../engine/insights/insight-inputs.ts';
import { whatsWorking } from '../engine/insights/whats-working.ts';
import { EXAMPLE_PLANS } from '../scripts/example-plans.ts';
import { medianMs, report } from './measure.ts';

const marathon: PlanRequest = {
  sport: 'run',
  goal: 'marathon',
  raceDate: '2027-10-10',
  startDate: '2027-01-04',
  currentWeeklyMin: 240,
  days: [
    { day: 'tue', maxMin: 75 },
    { day: 'thu', maxMin: 75 },
    { day: 'sat', maxMin: 60 },
    { day: 'sun', maxMin: null },
  ],
  longDay: 'sun',
  experience: 'intermediate',
  best: { distanceM: 21097.5, timeS: 6300 },
  heartRateZones: null,
};

/** Two years of history up to `today`: a run most days and a morning check-in every day. */
function history(today: string): {
  done: DoneActivity[];
  journal: JournalEntry[];
  loads: Float64Array;
} {
  const days = 730;
  const done: DoneActivity[] = [];
  const journal: JournalEntry[] = [];
  const loads = new Float64Array(days);
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i - days);
    const load = i % 7 === 3 ? 0 : 40 + ((i * 37) % 50);
    loads[i] = load;
    if (load > 0) done.push({ date, sport: 'run', durationMin: load, load });
    journal.push({
      date,
      rmssdMs: 55 + ((i * 13) % 20),
      restingHrBpm: 50 + (i % 5),
      sleepHours: 6.5 + (i % 4) / 2,
      soreness: 1 + (i % 3),
    });
  }
  return { done, journal, loads };
}

/**
 * Median process CPU time of `fn` in ms, after one warm-up run each: on a machine shared with other
 * work, wall time also counts the time the process waited for a core.
 */
function cpuMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    fn();
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Plan generation, and the workouts of the marathon plan for the later benches. */
function benchPlans() {
  // Plan generation against copying the plan it makes (structuredClone of the same object), for
  // the marathon above and for every example athlete of docs/PLANS.md. Budget: 10 ms a plan.
  let plan = generatePlan(marathon);
  if (!plan.ok) throw new Error(plan.error.message);
  const sample = plan.plan;
  const clone = medianMs(() => void structuredClone(sample), 21, 20);
  const generate = medianMs(() => void (plan = generatePlan(marathon)), 21, 20);
  const generateCpu = cpuMs(() => void (plan = generatePlan(marathon)), 21);
  const workouts = sample.weeks.flatMap((w) => w.workouts);
  report(
    'marathon plan vs structuredClone of it',
    generate / clone,
    `${generate.toFixed(2)} ms wall, ${generateCpu.toFixed(2)} ms CPU for ${sample.weeks.length} weeks, ${workouts.length} workouts (budget 10 ms)`,
  );
  const examples = EXAMPLE_PLANS.map((e) => {
    const ms = cpuMs(() => void generatePlan(e.request), 11);
    const made = generatePlan(e.request);
    const cloneMs = made.ok ? cpuMs(() => void structuredClone(made.plan), 11) : NaN;
    return { ms, cloneMs };
  });
  const slowest = examples.reduce((a, b) => (b.ms > a.ms ? b : a));
  const sorted = examples.map((e) => e.ms).sort((a, b) => a - b);
  report(
    `slowest of ${examples.length} example plans vs its clone`,
    slowest.ms / slowest.cloneMs,
    `CPU per plan: slowest ${slowest.ms.toFixed(2)} ms, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms (budget 10 ms)`,
  );

  return workouts;
}

type Workouts = ReturnType<typeof benchPlans>;

function benchAdapt(workouts: Workouts) {
  // Adaptation with two years of history: readiness from the journal, the ratio from the PMC, then
  // the revision; the reference is computing that PMC alone.
  const today = '2027-05-03';
  const { done, journal, loads } = history(today);
  const pmcOnly = medianMs(() => void computePmc(addDays(today, -730), loads), 15);
  const adapt = medianMs(() => {
    const pmc = computePmc(addDays(today, -730), loads);
    const day = pmcDay(pmc, loads.length - 1);
    const ready = readiness(journal, today, { tsb: day.tsb, acwr: day.acwr });
    adaptPlan({ workouts, done, today, readiness: ready, acwr: day.acwr });
  }, 15);
  report(
    'readiness + adapt (2 years) vs the PMC alone',
    adapt / pmcOnly,
    `${adapt.toFixed(2)} ms; ${done.length} activities, ${journal.length} journal days`,
  );

  return { done, journal };
}

function benchInsights({ done, journal }: ReturnType<typeof benchAdapt>) {
  // "What's working": below 30 sessions every pair gets a seeded permutation p-value (10 000
  // shuffles); from 30 on, the t approximation. Reference: the same analysis on 60 sessions.
  const insightRuns = (count: number): InsightActivity[] =>
    done.slice(-count).map((a, i) => ({
      date: a.date,
      startHour: 6 + (i % 12),
      sport: 'run',
      efficiencyFactor: 1.3 + ((i * 7) % 11) / 100,
      decouplingPct: 3 + ((i * 5) % 7),
      load: a.load,
      speedAtReferenceHrMps: 2.9 + ((i * 3) % 13) / 50,
      rpe: 3 + (i % 5),
    }));
  const few = insightRuns(25);
  const many = insightRuns(60);
  const withT = medianMs(() => void whatsWorking(journal, many), 9);
  const withPermutations = medianMs(() => void whatsWorking(journal, few), 9);
  report(
    "what's working, 25 runs (permutation p) vs 60 runs (t approximation)",
    withPermutations / withT,
    `${withPermutations.toFixed(1)} ms vs ${withT.toFixed(1)} ms`,
  );
}

function benchGuidance(workouts: Workouts) {
  // One guidance step at 10 Hz over an interval session, against a step that only copies the state.
  const intervals = workouts.find((w) => w.type === 'intervals')!;
  const n = 20_000;
  const samples: GuidanceSample[] = Array.from({ length: n }, (_, i) => ({
    elapsedS: i / 10,
    distanceM: (i / 10) * 3.4,
    heartRateBpm: 140 + 25 * Math.sin(i / 900),
    speedMps: 3.4 + 0.5 * Math.sin(i / 300),
    powerW: null,
    strokeRateSpm: null,
  }));
  let state: GuidanceState = startGuidance(intervals, 'run');
  const copyOnly = medianMs(() => {
    let s = startGuidance(intervals, 'run');
    for (const x of samples) s = { ...s, lastSampleS: x.elapsedS };
    state = s;
  });
  const guided = medianMs(() => {
    let s = startGuidance(intervals, 'run');
    for (const x of samples) s = guidanceStep(s, x).state;
    state = s;
  });
  report(
    'guidance step vs copying the state',
    guided / copyOnly,
    `${((guided / n) * 1000).toFixed(2)} µs per 10 Hz sample (target < 100 µs)`,
  );
  if (state.index < 0) console.log('');
}

export default async function bench(): Promise<void> {
  const workouts = benchPlans();
  benchInsights(benchAdapt(workouts));
  benchGuidance(workouts);
}
