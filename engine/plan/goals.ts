import type { WorkoutSport } from '../workout/types.ts';

/**
 * What each goal asks of a plan.
 *
 * Taper lengths follow Bosquet et al. (2007, Med Sci Sports Exerc 39(8):1358–1365: the best
 * performance gains came from 8–14 day tapers cutting volume by 41–60 % while keeping intensity),
 * lengthened to three weeks for the marathon as in common marathon practice (Pfitzinger & Douglas,
 * "Advanced Marathoning", 2nd ed. 2009). Long-session caps keep runs under about 3 hours, the
 * usual ceiling in that and similar coaching guidance.
 */
export type GoalId =
  '5k' | '10k' | 'half-marathon' | 'marathon' | '2k' | '6k' | '30min' | 'general-fitness';

export type GoalSpec = {
  id: GoalId;
  sport: WorkoutSport;
  label: string;
  /** Race distance in metres; null for a fixed-time piece or no race. */
  distanceM: number | null;
  /** Race duration in seconds for a fixed-time piece (30 minutes). */
  fixedTimeS: number | null;
  taperWeeks: number;
  longCapMin: number;
  /** Weekly minutes at the peak for an intermediate athlete; scaled by experience. */
  peakWeeklyMin: number;
};

const RUN_GOALS: GoalSpec[] = [
  {
    id: '5k',
    sport: 'run',
    label: '5 km',
    distanceM: 5000,
    fixedTimeS: null,
    taperWeeks: 1,
    longCapMin: 80,
    peakWeeklyMin: 300,
  },
  {
    id: '10k',
    sport: 'run',
    label: '10 km',
    distanceM: 10000,
    fixedTimeS: null,
    taperWeeks: 1,
    longCapMin: 100,
    peakWeeklyMin: 360,
  },
  {
    id: 'half-marathon',
    sport: 'run',
    label: 'half marathon',
    distanceM: 21097.5,
    fixedTimeS: null,
    taperWeeks: 2,
    longCapMin: 130,
    peakWeeklyMin: 420,
  },
  {
    id: 'marathon',
    sport: 'run',
    label: 'marathon',
    distanceM: 42195,
    fixedTimeS: null,
    taperWeeks: 3,
    longCapMin: 180,
    peakWeeklyMin: 540,
  },
];

const ROW_GOALS: GoalSpec[] = [
  {
    id: '2k',
    sport: 'row',
    label: '2k',
    distanceM: 2000,
    fixedTimeS: null,
    taperWeeks: 1,
    longCapMin: 70,
    peakWeeklyMin: 330,
  },
  {
    id: '5k',
    sport: 'row',
    label: '5k',
    distanceM: 5000,
    fixedTimeS: null,
    taperWeeks: 1,
    longCapMin: 80,
    peakWeeklyMin: 330,
  },
  {
    id: '6k',
    sport: 'row',
    label: '6k',
    distanceM: 6000,
    fixedTimeS: null,
    taperWeeks: 1,
    longCapMin: 80,
    peakWeeklyMin: 330,
  },
  {
    id: '30min',
    sport: 'row',
    label: '30 minutes',
    distanceM: null,
    fixedTimeS: 1800,
    taperWeeks: 1,
    longCapMin: 80,
    peakWeeklyMin: 330,
  },
];

const GENERAL: Record<WorkoutSport, GoalSpec> = {
  run: {
    id: 'general-fitness',
    sport: 'run',
    label: 'general fitness',
    distanceM: null,
    fixedTimeS: null,
    taperWeeks: 0,
    longCapMin: 90,
    peakWeeklyMin: 300,
  },
  row: {
    id: 'general-fitness',
    sport: 'row',
    label: 'general fitness',
    distanceM: null,
    fixedTimeS: null,
    taperWeeks: 0,
    longCapMin: 70,
    peakWeeklyMin: 300,
  },
};

export const GOAL_IDS: Record<WorkoutSport, GoalId[]> = {
  run: ['5k', '10k', 'half-marathon', 'marathon', 'general-fitness'],
  row: ['2k', '5k', '6k', '30min', 'general-fitness'],
};

export function goalSpec(sport: WorkoutSport, id: GoalId): GoalSpec | null {
  if (id === 'general-fitness') return GENERAL[sport];
  return (sport === 'run' ? RUN_GOALS : ROW_GOALS).find((g) => g.id === id) ?? null;
}
