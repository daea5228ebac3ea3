import type { WorkoutSport } from '../workout/types.ts';

/**
 * What each goal asks of a plan: the one list of goal ids (the request schema, the app's form and
 * the CLI all read it from here) and, per goal, what a coach would build toward. docs/PLANS.md
 * gives the sources; in short:
 * - Taper: Bosquet et al. (2007, Med Sci Sports Exerc 39(8):1358–1365): 8–14 days, volume cut by
 *   41–60 %, intensity and frequency kept. Half marathon two weeks, marathon three (Pfitzinger &
 *   Douglas, "Advanced Marathoning", 2nd ed. 2009), shorter races the race week.
 * - Long session targets: half ~90–120 min (Higdon, Pfitzinger), marathon ~150–180 min or ~30 km
 *   (Daniels caps the long run near 150 min; Hanson's at 16 miles; Higdon's novice plans reach
 *   20 miles); rowing steady pieces of 45–80 min (the Pete Plan's 15 km steady, the Wolverine Plan's
 *   long UT2 rows).
 * - Peak weekly minutes by experience, from the volume of the novice / intermediate / advanced plans
 *   of Higdon, FIRST (three runs a week) and Pfitzinger; rowing from the Pete Plan's six sessions a
 *   week (advanced) down to Concept2's three-a-week beginner guidance.
 * - `readyWeeklyMin` / `readyLongMin`: the least a plan should reach before racing this goal; the
 *   feasibility check counts the weeks needed to get there from today's volume.
 */
export const ALL_GOAL_IDS = [
  '5k',
  '10k',
  'half-marathon',
  'marathon',
  '2k',
  '6k',
  '30min',
  'general-fitness',
] as const;

export type GoalId = (typeof ALL_GOAL_IDS)[number];

export type Experience = 'beginner' | 'intermediate' | 'advanced';

type ByExperience = Record<Experience, number>;

export type GoalSpec = {
  id: GoalId;
  sport: WorkoutSport;
  /** In sentences and titles: "half marathon", "2k". */
  label: string;
  /** In a list of choices: "Half marathon". */
  choiceLabel: string;
  /** Race distance in metres; null for a fixed-time piece or no race. */
  distanceM: number | null;
  /** Race duration in seconds for a fixed-time piece (30 minutes). */
  fixedTimeS: number | null;
  taperWeeks: number;
  /** Weekly minutes the plan builds toward. */
  peakWeeklyMin: ByExperience;
  /** The long session the plan builds toward. */
  longTargetMin: ByExperience;
  readyWeeklyMin: number;
  readyLongMin: number;
};

const by = (beginner: number, intermediate: number, advanced: number): ByExperience => ({
  beginner,
  intermediate,
  advanced,
});

type Row = Omit<GoalSpec, 'sport'>;

const RUN_GOALS: Row[] = [
  {
    id: '5k',
    label: '5 km',
    choiceLabel: '5 km',
    distanceM: 5000,
    fixedTimeS: null,
    taperWeeks: 1,
    peakWeeklyMin: by(180, 270, 360),
    longTargetMin: by(50, 65, 80),
    readyWeeklyMin: 90,
    readyLongMin: 40,
  },
  {
    id: '10k',
    label: '10 km',
    choiceLabel: '10 km',
    distanceM: 10000,
    fixedTimeS: null,
    taperWeeks: 1,
    peakWeeklyMin: by(200, 300, 400),
    longTargetMin: by(60, 80, 95),
    readyWeeklyMin: 120,
    readyLongMin: 60,
  },
  {
    id: 'half-marathon',
    label: 'half marathon',
    choiceLabel: 'Half marathon',
    distanceM: 21097.5,
    fixedTimeS: null,
    taperWeeks: 2,
    peakWeeklyMin: by(240, 340, 450),
    longTargetMin: by(90, 105, 120),
    readyWeeklyMin: 180,
    readyLongMin: 90,
  },
  {
    id: 'marathon',
    label: 'marathon',
    choiceLabel: 'Marathon',
    distanceM: 42195,
    fixedTimeS: null,
    taperWeeks: 3,
    peakWeeklyMin: by(300, 420, 540),
    longTargetMin: by(150, 165, 180),
    readyWeeklyMin: 240,
    readyLongMin: 150,
  },
];

const ROW_GOALS: Row[] = [
  {
    id: '2k',
    label: '2k',
    choiceLabel: '2,000 m',
    distanceM: 2000,
    fixedTimeS: null,
    taperWeeks: 1,
    peakWeeklyMin: by(150, 240, 330),
    longTargetMin: by(40, 60, 75),
    readyWeeklyMin: 90,
    readyLongMin: 40,
  },
  {
    id: '5k',
    label: '5k',
    choiceLabel: '5,000 m',
    distanceM: 5000,
    fixedTimeS: null,
    taperWeeks: 1,
    peakWeeklyMin: by(160, 260, 360),
    longTargetMin: by(45, 65, 80),
    readyWeeklyMin: 100,
    readyLongMin: 45,
  },
  {
    id: '6k',
    label: '6k',
    choiceLabel: '6,000 m',
    distanceM: 6000,
    fixedTimeS: null,
    taperWeeks: 1,
    peakWeeklyMin: by(160, 260, 360),
    longTargetMin: by(50, 70, 85),
    readyWeeklyMin: 100,
    readyLongMin: 45,
  },
  {
    id: '30min',
    label: '30 minutes',
    choiceLabel: '30 minutes',
    distanceM: null,
    fixedTimeS: 1800,
    taperWeeks: 1,
    peakWeeklyMin: by(160, 260, 360),
    longTargetMin: by(50, 70, 85),
    readyWeeklyMin: 100,
    readyLongMin: 45,
  },
];

const GENERAL: Record<WorkoutSport, Row> = {
  run: {
    id: 'general-fitness',
    label: 'general fitness',
    choiceLabel: 'General fitness (no race)',
    distanceM: null,
    fixedTimeS: null,
    taperWeeks: 0,
    peakWeeklyMin: by(150, 240, 330),
    longTargetMin: by(45, 60, 75),
    readyWeeklyMin: 0,
    readyLongMin: 0,
  },
  row: {
    id: 'general-fitness',
    label: 'general fitness',
    choiceLabel: 'General fitness (no race)',
    distanceM: null,
    fixedTimeS: null,
    taperWeeks: 0,
    peakWeeklyMin: by(120, 200, 300),
    longTargetMin: by(40, 50, 60),
    readyWeeklyMin: 0,
    readyLongMin: 0,
  },
};

const SPECS: Record<WorkoutSport, GoalSpec[]> = {
  run: [...RUN_GOALS, GENERAL.run].map((g) => ({ ...g, sport: 'run' })),
  row: [...ROW_GOALS, GENERAL.row].map((g) => ({ ...g, sport: 'row' })),
};

/** The goals of each sport, in the order a menu shows them. */
export const GOAL_IDS: Record<WorkoutSport, readonly GoalId[]> = {
  run: SPECS.run.map((g) => g.id),
  row: SPECS.row.map((g) => g.id),
};

export function goalSpec(sport: WorkoutSport, id: GoalId): GoalSpec | null {
  return SPECS[sport].find((g) => g.id === id) ?? null;
}

/** The goal of a sport whose race is this distance, if any (for labels such as "half"). */
export function goalAtDistance(sport: WorkoutSport, distanceM: number): GoalSpec | null {
  return SPECS[sport].find((g) => g.distanceM === distanceM) ?? null;
}
