// The example athletes of docs/PLANS.md's table, also timed by bench/coach.bench.ts: beginner to
// advanced, both sports, 3–6 days, 8–24 weeks, and one request the generator refuses.
import { addDays, type Weekday } from '../engine/plan/calendar-date.ts';
import type { PlanRequest } from '../engine/plan/plan-request.ts';

const START = '2027-01-04';
const open = (...days: Weekday[]) => days.map((day) => ({ day, maxMin: null }));
const ZONES = [
  { minBpm: 120, maxBpm: 134 },
  { minBpm: 134, maxBpm: 148 },
  { minBpm: 148, maxBpm: 162 },
  { minBpm: 162, maxBpm: 176 },
  { minBpm: 176, maxBpm: 190 },
];

type Example = { athlete: string; request: PlanRequest };

function example(
  athlete: string,
  weeks: number,
  r: Omit<PlanRequest, 'raceDate' | 'startDate' | 'heartRateZones'> & { zones?: boolean },
): Example {
  const { zones, ...rest } = r;
  return {
    athlete,
    request: {
      ...rest,
      startDate: START,
      raceDate: r.goal === 'general-fitness' ? null : addDays(START, (weeks - 1) * 7 + 6),
      heartRateZones: zones ? ZONES : null,
    },
  };
}

export const EXAMPLE_PLANS: Example[] = [
  example('Beginner runner, 5 km, 3 days, 60 min/wk, no best time', 8, {
    sport: 'run',
    goal: '5k',
    currentWeeklyMin: 60,
    days: open('tue', 'thu', 'sat'),
    longDay: 'sat',
    experience: 'beginner',
    best: null,
  }),
  example('Intermediate runner, 5 km, 4 days, 150 min/wk, 10 km in 50:00', 10, {
    sport: 'run',
    goal: '5k',
    currentWeeklyMin: 150,
    days: open('mon', 'wed', 'fri', 'sun'),
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 10000, timeS: 3000 },
  }),
  example('Intermediate runner, 10 km, 4 days, 180 min/wk, 5 km in 24:00', 12, {
    sport: 'run',
    goal: '10k',
    currentWeeklyMin: 180,
    days: open('tue', 'thu', 'sat', 'sun'),
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 5000, timeS: 1440 },
  }),
  example('Beginner runner, half marathon, 3 days, 100 min/wk', 16, {
    sport: 'run',
    goal: 'half-marathon',
    currentWeeklyMin: 100,
    days: open('tue', 'thu', 'sun'),
    longDay: 'sun',
    experience: 'beginner',
    best: null,
  }),
  example('Intermediate runner, half marathon, 4 days, 200 min/wk, 10 km in 47:00', 14, {
    sport: 'run',
    goal: 'half-marathon',
    currentWeeklyMin: 200,
    days: open('mon', 'wed', 'fri', 'sun'),
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 10000, timeS: 2820 },
  }),
  example('Intermediate runner, marathon, 3 days, 240 min/wk, half in 1:45:00', 18, {
    sport: 'run',
    goal: 'marathon',
    currentWeeklyMin: 240,
    days: open('tue', 'thu', 'sun'),
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 21097.5, timeS: 6300 },
  }),
  example('Advanced runner, marathon, 6 days, 420 min/wk, half in 1:25:00, HR zones', 18, {
    sport: 'run',
    goal: 'marathon',
    currentWeeklyMin: 420,
    days: open('mon', 'tue', 'wed', 'thu', 'sat', 'sun'),
    longDay: 'sun',
    experience: 'advanced',
    best: { distanceM: 21097.5, timeS: 5100 },
    zones: true,
  }),
  example('Beginner runner, marathon, 4 days, 120 min/wk, HR zones only', 24, {
    sport: 'run',
    goal: 'marathon',
    currentWeeklyMin: 120,
    days: open('tue', 'thu', 'sat', 'sun'),
    longDay: 'sun',
    experience: 'beginner',
    best: null,
    zones: true,
  }),
  example('Intermediate rower, 2k, 4 days (60 min weekdays), 150 min/wk, 2k in 7:30', 12, {
    sport: 'row',
    goal: '2k',
    currentWeeklyMin: 150,
    days: [
      { day: 'mon', maxMin: 60 },
      { day: 'wed', maxMin: 60 },
      { day: 'fri', maxMin: 60 },
      { day: 'sun', maxMin: null },
    ],
    longDay: 'sun',
    experience: 'intermediate',
    best: { distanceM: 2000, timeS: 450 },
  }),
  example('Beginner rower, 6k, 3 days, 100 min/wk', 12, {
    sport: 'row',
    goal: '6k',
    currentWeeklyMin: 100,
    days: open('mon', 'wed', 'sat'),
    longDay: 'sat',
    experience: 'beginner',
    best: null,
  }),
  example('Advanced rower, 5k, 5 days, 300 min/wk, 2k in 6:45', 10, {
    sport: 'row',
    goal: '5k',
    currentWeeklyMin: 300,
    days: open('mon', 'tue', 'thu', 'fri', 'sun'),
    longDay: 'sun',
    experience: 'advanced',
    best: { distanceM: 2000, timeS: 405 },
  }),
  example('Intermediate rower, 30 minutes, 4 days, 150 min/wk', 8, {
    sport: 'row',
    goal: '30min',
    currentWeeklyMin: 150,
    days: open('tue', 'thu', 'sat', 'sun'),
    longDay: 'sun',
    experience: 'intermediate',
    best: null,
  }),
  example('Runner asking for a marathon in 4 weeks from 100 min/wk', 4, {
    sport: 'run',
    goal: 'marathon',
    currentWeeklyMin: 100,
    days: open('tue', 'thu', 'sun'),
    longDay: 'sun',
    experience: 'intermediate',
    best: null,
  }),
];
