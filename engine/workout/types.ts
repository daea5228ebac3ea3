/**
 * Structured workouts: the shared shape the plan generator writes, the plan UI edits, the live
 * guidance follows and the PM5 programmer sends to the monitor. Keep it stable; add optional
 * fields rather than renaming.
 *
 * Conventions: durations in seconds, distances in metres, running pace in seconds per kilometre,
 * rowing split in seconds per 500 m, power in watts, stroke rate in strokes per minute.
 * Pace and split ranges name their ends `fastest…` (smaller number) and `slowest…`.
 */

export type WorkoutSport = 'run' | 'row';

/** Session types, roughly in rising intensity. */
export type WorkoutType =
  'recovery' | 'easy' | 'long' | 'tempo' | 'intervals' | 'racePace' | 'race';

export type HeartRateZone = 1 | 2 | 3 | 4 | 5;

/** A target band; bpm bounds are null until the athlete's zones are known. */
export type StepTarget =
  | { kind: 'heartRateZone'; zone: HeartRateZone; minBpm: number | null; maxBpm: number | null }
  | { kind: 'pace'; fastestSPerKm: number; slowestSPerKm: number }
  | { kind: 'split'; fastestS500m: number; slowestS500m: number }
  | { kind: 'power'; minW: number; maxW: number }
  | { kind: 'strokeRate'; minSpm: number; maxSpm: number };

export type TargetKind = StepTarget['kind'];

/** How a step ends: after a time, after a distance, or when the athlete presses lap (open). */
export type StepLength =
  { kind: 'time'; durationS: number } | { kind: 'distance'; distanceM: number } | { kind: 'open' };

export type StepKind = 'warmUp' | 'work' | 'rest' | 'coolDown';

export type SimpleStep = {
  kind: StepKind;
  length: StepLength;
  targets: StepTarget[];
  /** Short words for the athlete ("relaxed, conversational"). */
  note: string | null;
};

export type RepeatStep = { kind: 'repeat'; count: number; steps: SimpleStep[] };

export type WorkoutStep = SimpleStep | RepeatStep;

export type PlannedWorkout = {
  /** Stable across regenerations of the same plan inputs: `${date}-${sport}-${type}`. */
  id: string;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  sport: WorkoutSport;
  type: WorkoutType;
  title: string;
  /** Why this session is here, in plain words. */
  description: string;
  durationMin: number;
  steps: WorkoutStep[];
  /** Planned training load, in TSS-like points (see engine/plan/planned-load.ts). */
  plannedLoad: number;
  /** Key sessions (hard days, long session, race) are the ones worth moving when missed. */
  key: boolean;
  /** A person edited it: adaptation never changes a locked workout. */
  locked: boolean;
};
