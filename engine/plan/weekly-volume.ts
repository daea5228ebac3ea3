import type { WeekShape } from './phases.ts';

/**
 * Weekly training minutes (the race itself not included).
 *
 * Convention for the 10 % rule (a common coaching guard; Buist et al. 2008, Am J Sports Med
 * 36(1):33–39, found it no safer than a faster build for novices, so it is conservative): a full week
 * is at most 10 % above the minutes actually planned in the last full week, and we climb 8 % to stay
 * clear of it after rounding. A lighter week drops to 75 %; the week after returns to the level
 * before it, which is not a rise. Taper weeks cut volume to 50–80 % of the last full week while
 * intensity stays (Bosquet et al. 2007).
 */
export const WEEKLY_RISE = 0.08;
export const MAX_WEEKLY_RISE = 0.1;
export const LIGHTER_WEEK_FRACTION = 0.75;
/** A plan begins with at least an hour a week, even from nothing. */
export const MIN_WEEKLY_MIN = 60;

const TAPER_FRACTIONS: Record<number, number[]> = {
  1: [0.6],
  2: [0.75, 0.55],
  3: [0.8, 0.65, 0.5],
};

const floor5 = (minutes: number): number => Math.floor(minutes / 5) * 5;

export type VolumeInput = {
  shape: WeekShape;
  /** Minutes actually planned in the last full week; for the first week, what the athlete does now. */
  lastFullMin: number;
  firstWeek: boolean;
  /** The week before was a lighter one: this week returns to the last full week, no higher. */
  afterLighter?: boolean;
  /** Which taper week this is (0 first) out of `taperWeeks`. */
  taperIndex: number;
  taperWeeks: number;
  peakTargetMin: number;
  capacityMin: number;
};

export function startingVolume(currentWeeklyMin: number, capacityMin: number): number {
  return Math.min(capacityMin, Math.max(MIN_WEEKLY_MIN, currentWeeklyMin));
}

/** The minutes to aim for this week. */
export function weekVolume(v: VolumeInput): number {
  if (v.shape.phase === 'taper') {
    const fractions = TAPER_FRACTIONS[v.taperWeeks] ?? TAPER_FRACTIONS[3]!;
    return floor5(v.lastFullMin * (fractions[v.taperIndex] ?? 0.5));
  }
  if (v.shape.lighter) return floor5(v.lastFullMin * LIGHTER_WEEK_FRACTION);
  if (v.firstWeek || v.afterLighter) return floor5(v.lastFullMin);
  const goal = Math.max(v.lastFullMin, Math.min(v.peakTargetMin, v.capacityMin));
  return floor5(Math.min(goal, v.lastFullMin * (1 + WEEKLY_RISE)));
}
