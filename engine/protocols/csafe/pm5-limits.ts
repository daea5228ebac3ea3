/**
 * What a PM5 accepts when it is programmed, checked before anything is sent: a value past one of
 * these makes a real PM5 reject the frame through the "previous frame status" bits of its response
 * (issue 16), so the app says which limit first instead of half-programming the monitor.
 *
 * Sources (docs/pm5.md §6 keeps the same table):
 * [issue 16] the limits a real PM5's set-up enforces, as reported in this repository's issue 16
 *      (no public Concept2 document we could read states them): rest at most 9:55, a time under
 *      10:00:00, a distance at most 999,999 m, a fixed-interval time at most 59:59, at most 50
 *      splits, a split no longer than its piece.
 * [EZ] ErgZone help, article 136: "The PM5 limits workouts to have up to 50 intervals".
 * [DH] darkhorserowing.com, "Concept2 monitor settings": pieces count down from "a minimum of
 *      100m or :20 seconds".
 * [ours] The calorie bounds (1–9,999 cal: four digits on the PM's display) and the target-pace
 *      ceiling (9:59.9 /500 m, the largest pace m:ss.t shows) are ours; no public source states them.
 */
import type { NormalPmWorkout, PmPiece, PmUnit } from './pm-workout.ts';
import { formatClock } from '../../units/clock.ts';

export type Pm5LimitId =
  | 'time-min'
  | 'time-max'
  | 'distance-min'
  | 'distance-max'
  | 'calories-min'
  | 'calories-max'
  | 'fixed-interval-time-max'
  | 'rest-max'
  | 'intervals-max'
  | 'splits-max'
  | 'split-min'
  | 'split-longer-than-piece'
  | 'target-pace-max';

/** The limits a PM5 enforces; a simulated monitor may be given tighter ones (older firmware). */
export type Pm5Limits = {
  timeMinS: number;
  /** Exclusive: 9:59:59.99 is the longest time piece. */
  timeBelowS: number;
  distanceMinM: number;
  distanceMaxM: number;
  caloriesMin: number;
  caloriesMax: number;
  fixedIntervalTimeMaxS: number;
  restMaxS: number;
  intervalsMax: number;
  splitsMax: number;
  splitMin: Record<PmUnit, number>;
  targetPaceMaxS500m: number;
};

export const PM5_LIMITS: Pm5Limits = {
  timeMinS: 20,
  timeBelowS: 36_000,
  distanceMinM: 100,
  distanceMaxM: 999_999,
  caloriesMin: 1,
  caloriesMax: 9_999,
  fixedIntervalTimeMaxS: 3_599,
  restMaxS: 595,
  intervalsMax: 50,
  splitsMax: 50,
  splitMin: { time: 20, distance: 100, calories: 1 },
  targetPaceMaxS500m: 599.9,
};

/** An expected refusal: the workout is beyond the monitor, and which limit says so. */
export type Pm5LimitProblem = { type: 'Pm5LimitExceeded'; limit: Pm5LimitId; message: string };

export function lengthText(unit: PmUnit, value: number): string {
  if (unit === 'time') return formatClock(value);
  if (unit === 'distance') return `${value.toLocaleString('en-GB')} m`;
  return `${value.toLocaleString('en-GB')} cal`;
}

type Check = (p: PmPiece, where: string) => Pm5LimitProblem | null;

const problem = (limit: Pm5LimitId, message: string): Pm5LimitProblem => ({
  type: 'Pm5LimitExceeded',
  limit,
  message,
});

const L = PM5_LIMITS;

const lengthCheck: Check = (p, where) => {
  const text = lengthText(p.unit, p.value);
  if (p.unit === 'time') {
    if (p.value < L.timeMinS)
      return problem('time-min', `${where} of ${text} is shorter than the monitor's 0:20.`);
    if (p.value >= L.timeBelowS)
      return problem(
        'time-max',
        `${where} of ${text} is too long: the monitor takes times under 10:00:00.`,
      );
  } else if (p.unit === 'distance') {
    if (p.value < L.distanceMinM)
      return problem('distance-min', `${where} of ${text} is shorter than the monitor's 100 m.`);
    if (p.value > L.distanceMaxM)
      return problem('distance-max', `${where} of ${text} is past the monitor's 999,999 m.`);
  } else {
    if (p.value < L.caloriesMin)
      return problem('calories-min', `${where} of ${text} is less than the monitor's 1 cal.`);
    if (p.value > L.caloriesMax)
      return problem('calories-max', `${where} of ${text} is past the monitor's 9,999 cal.`);
  }
  return null;
};

const restCheck: Check = (p, where) =>
  p.restS > L.restMaxS
    ? problem(
        'rest-max',
        `The rest of ${formatClock(p.restS)} after ${where.toLowerCase()} is longer than the monitor's 9:55.`,
      )
    : null;

const splitCheck: Check = (p, where) => {
  if (p.split === null) return null;
  const text = lengthText(p.unit, p.split);
  if (p.split < L.splitMin[p.unit])
    return problem(
      'split-min',
      `The ${text} split of ${where.toLowerCase()} is shorter than the monitor's ${lengthText(p.unit, L.splitMin[p.unit])}.`,
    );
  if (p.split > p.value)
    return problem(
      'split-longer-than-piece',
      `The ${text} split is longer than ${where.toLowerCase()} (${lengthText(p.unit, p.value)}).`,
    );
  const splits = Math.ceil(p.value / p.split - 1e-9);
  if (splits > L.splitsMax)
    return problem(
      'splits-max',
      `${where} would have ${splits} splits of ${text}; the monitor keeps at most 50.`,
    );
  return null;
};

const paceCheck: Check = (p, where) =>
  p.targetPaceS500m !== null && p.targetPaceS500m > L.targetPaceMaxS500m
    ? problem(
        'target-pace-max',
        `The target pace of ${where.toLowerCase()}, ${formatClock(p.targetPaceS500m, { decimals: 1 })} /500 m, is slower than the monitor can show (9:59.9 /500 m).`,
      )
    : null;

function pieceProblems(p: PmPiece, where: string, fixedTime: boolean): Pm5LimitProblem[] {
  const found = [lengthCheck, restCheck, splitCheck, paceCheck].map((check) => check(p, where));
  if (fixedTime && p.unit === 'time' && p.value > L.fixedIntervalTimeMaxS) {
    found.push(
      problem(
        'fixed-interval-time-max',
        `${where} of ${formatClock(p.value)} is longer than the monitor's 59:59 for repeated time intervals.`,
      ),
    );
  }
  return found.filter((x): x is Pm5LimitProblem => x !== null);
}

/** Every limit the workout is past, each with a message naming it; empty when the PM5 can run it. */
export function pm5LimitProblems(w: NormalPmWorkout): Pm5LimitProblem[] {
  switch (w.shape) {
    case 'just-row': {
      const split = w.split;
      if (split === null || split.value >= L.splitMin[split.unit]) return [];
      const least = lengthText(split.unit, L.splitMin[split.unit]);
      const text = lengthText(split.unit, split.value);
      return [problem('split-min', `A ${text} split is shorter than the monitor's ${least}.`)];
    }
    case 'single':
      return pieceProblems({ ...w.piece, restS: 0 }, 'The piece', false);
    case 'fixed':
      return pieceProblems(w.piece, 'Each interval', true);
    case 'variable': {
      if (w.pieces.length > L.intervalsMax)
        return [
          problem(
            'intervals-max',
            `The session has ${w.pieces.length} intervals; the monitor holds at most 50.`,
          ),
        ];
      if (w.repeated) return pieceProblems(w.pieces[0]!, 'Each interval', true);
      return w.pieces.flatMap((p, i) => pieceProblems(p, `Interval ${i + 1}`, false));
    }
  }
}
