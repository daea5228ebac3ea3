import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '@/engine/readiness/journal';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import { activityRows, dailyLoads } from '@/lib/store/index-rows';
import type { StoredWorkout } from '@/lib/store/workout-schema';
import { engineApi } from '@/lib/worker/engine-api';
import { fitnessSeries } from '@/lib/worker/fitness-for';
import { addDays } from '@/engine/plan/calendar-date';
import { planDoneActivities } from '@/lib/plans/plan-activities';
import { weekTotals } from '@/lib/plans/week-totals';
import { athleteFigures, attentionScore, missedKeySessions } from './coach-figures';

const TZ = 'UTC';
const TODAY = '2026-12-03'; // a Thursday

function activity(id: string, date: string, load: number): ActivityEntry {
  return {
    id,
    sport: 'running',
    recordedSport: 'running',
    title: null,
    customTitle: null,
    subSport: null,
    startTime: `${date}T07:00:00.000Z`,
    source: 'gpx',
    device: null,
    fileName: null,
    elapsedS: 3600,
    movingS: 3600,
    distanceM: 10_000,
    avgHr: 150,
    maxHr: 170,
    avgSpeedMps: 2.8,
    avgPowerW: null,
    avgCadence: null,
    elevationGainM: 10,
    load: { value: load, method: 'hrss' },
    trimp: null,
    efficiencyFactor: null,
    decouplingPct: null,
    laps: [],
    splits: { km: [], mile: [], m500: [] },
    rpe: null,
    notes: '',
    plannedWorkoutId: null,
  };
}

function workout(date: string, key: boolean): StoredWorkout {
  return {
    id: `${date}-run-${key ? 'intervals' : 'easy'}`,
    date,
    sport: 'run',
    type: key ? 'intervals' : 'easy',
    title: key ? 'Intervals' : 'Easy run',
    description: '',
    durationMin: 60,
    steps: [],
    plannedLoad: 60,
    key,
    locked: false,
    lockedBy: 'athlete',
    status: 'planned',
    notes: '',
    activityId: null,
  };
}

const journalDay = (date: string, bad: boolean): JournalEntry => ({
  date,
  rmssdMs: null,
  restingHrBpm: null,
  sleepHours: bad ? 3 : 8,
  sleepQuality: bad ? 1 : 5,
  soreness: bad ? 5 : 1,
  mood: bad ? 1 : 5,
  stress: bad ? 5 : 1,
  carbsG: null,
  note: null,
});

/** The same figures the app computes, with the engine in-thread. */
function figuresFor(activities: ActivityEntry[], workouts: StoredWorkout[], badDays: boolean) {
  const pmc = fitnessSeries(dailyLoads(activityRows(activities, TZ), TODAY));
  const journal = [-2, -1, 0].map((d) => journalDay(addDays(TODAY, d), badDays));
  const recentReadiness = [-2, -1, 0].map((d) => {
    const date = addDays(TODAY, d);
    const day = pmc.find((p) => p.date === date);
    return engineApi.readiness(
      journal.filter((e) => e.date <= date),
      date,
      day ? { tsb: day.tsb, acwr: day.acwr } : null,
    );
  });
  return athleteFigures({
    today: TODAY,
    timeZone: TZ,
    workouts,
    sport: 'run',
    weekStartsOn: 'mon',
    activities,
    pmc,
    recentReadiness,
  });
}

// Six quiet weeks of 30 points a day, then a week of 150: a spike well over 1.5.
const steady = Array.from({ length: 42 }, (_, i) => activity(`s${i}`, addDays(TODAY, -49 + i), 30));
const spike = Array.from({ length: 7 }, (_, i) => activity(`k${i}`, addDays(TODAY, -6 + i), 150));

describe("the coach's desk figures", () => {
  it('finds a key session of the last week that nothing done matches', () => {
    const workouts = [workout('2026-12-01', true), workout('2026-12-02', true)];
    const missed = missedKeySessions(workouts, [activity('a', '2026-12-02', 50)], TODAY, TZ);
    expect(missed.map((w) => w.date)).toEqual(['2026-12-01']);
  });

  it('flags a load spike, three low mornings and a missed key session, and ranks them first', () => {
    const workouts = [workout('2026-12-01', true), workout(TODAY, false)];
    const troubled = figuresFor(steady, workouts, true);
    const spiking = figuresFor([...steady, ...spike], [workout(TODAY, false)], false);
    expect(spiking.acwr).toBeGreaterThan(1.5);
    expect(spiking.flags).toEqual(['loadRatioHigh']);
    expect(troubled.flags).toEqual(['readinessLowThreeDays', 'missedKeySession']);
    expect(troubled.week).toMatchObject({ plannedMin: 120, sessionsPlanned: 2 });
    expect(troubled.readiness?.date).toBe(TODAY);
    expect(troubled.lastActivity?.id).toBe('s41');

    const calm = figuresFor(steady, [workout(TODAY, false)], false);
    expect(calm.flags).toEqual([]);
    const score = (f: typeof calm) => attentionScore(f, TODAY, TZ);
    expect(score(spiking)).toBeGreaterThan(score(calm));
    expect(score(troubled)).toBeGreaterThan(score(calm));
  });

  it('says the week as the plan calendar does: marked done counts, another sport does not', () => {
    const marked = { ...workout(TODAY, false), status: 'done' as const };
    const row = { ...activity('row', '2026-12-02', 20), sport: 'rowing', movingS: 600 };
    const run = activity('run', '2026-12-01', 40);
    const figures = figuresFor([run, row], [marked, workout('2026-12-05', false)], false);
    const calendar = weekTotals(
      [marked, workout('2026-12-05', false)],
      planDoneActivities([run, row], TZ),
      'run',
      '2026-11-30',
      TODAY,
    );
    expect(figures.week).toEqual(calendar);
    expect(figures.week).toMatchObject({ doneMin: 120, plannedMin: 120, sessionsDone: 1 });
  });

  it('has no week figures without a plan and no fitness without activities', () => {
    const figures = figuresFor([], [], false);
    expect(figures.week).toBeNull();
    expect(figures.formTsb).toBeNull();
    expect(figures.lastActivity).toBeNull();
  });
});
