import type { WeekShape } from './phases.ts';

/**
 * Weekly minutes and the long session, week by week, as plain arithmetic on the plan's own
 * targets (never re-measured from a laid-out week, so rounding cannot stall the build):
 * - a full week is at most 10 % above the last full week (a common coaching guard; Buist et al.
 *   2008, Am J Sports Med 36(1):33–39, found it no safer than a faster build for novices, so it is
 *   conservative), rounded down to 5 minutes, up to the plan's ceiling;
 * - a lighter week every 3rd (beginners) or 4th week drops to 75 %, and the week after it resumes
 *   the climb from the last full week (Pfitzinger's and Higdon's step-back weeks);
 * - the long session grows by 10 minutes a full week (10 % once it passes 100 minutes) toward the
 *   goal's target, capped by the long day's minutes, not by a share of the week;
 * - taper weeks keep 85/70/55/50 % (four: a race early in its week), 80/65/50 % (three weeks), 70/50 % (two) or 55 % (one) of the last full week,
 *   the 41–60 % cut of Bosquet et al. (2007) by the race week, and keep the number of sessions;
 * - no week falls below three sessions of 20 minutes (or one per offered day when fewer), so
 *   small plans never collapse before the race.
 */
export const MAX_WEEKLY_RISE = 0.1;
export const LIGHTER_WEEK_FRACTION = 0.75;
/** A plan begins with at least an hour a week, even from nothing. */
export const MIN_WEEKLY_MIN = 60;
export const MIN_SESSION_MIN = 20;
const MIN_SESSIONS = 3;
/** Weekly minutes per session when deciding how many sessions a week holds. */
const MIN_PER_SESSION = 35;
const LONG_STEP_MIN = 10;

export const TAPER_FRACTIONS: Record<number, number[]> = {
  1: [0.55],
  2: [0.7, 0.5],
  3: [0.8, 0.65, 0.5],
  4: [0.85, 0.7, 0.55, 0.5],
};

export const floor5 = (minutes: number): number => Math.floor(minutes / 5 + 1e-9) * 5;

export type VolumePlan = {
  startMin: number;
  /** The most a week climbs to: what the goal needs, within what the days allow. */
  ceilingMin: number;
  longStartMin: number;
  /** The long session the plan builds toward, within the long day's minutes. */
  longTargetMin: number;
  /** Days a week the athlete trains (at most 6: one rest day). */
  trainDays: number;
  /** What the offered days hold in a week, and the long day alone, minutes. */
  capacityMin: number;
  longDayMaxMin: number;
};

/** What the last full week actually held. */
export type VolumeState = { lastFullMin: number; lastLongMin: number };

export type WeekTarget = { volumeMin: number; longMin: number; sessions: number };

export type WeekPosition =
  | { kind: 'first' }
  | { kind: 'loading'; shape: WeekShape }
  | { kind: 'taper'; index: number; weeks: number; raceWeek: boolean };

export const sessionFloor = (trainDays: number): number => Math.min(MIN_SESSIONS, trainDays);

export function sessionsFor(volumeMin: number, trainDays: number): number {
  const floor = sessionFloor(trainDays);
  const byVolume = Math.floor(volumeMin / MIN_PER_SESSION);
  return Math.max(floor, Math.min(trainDays, byVolume, Math.floor(volumeMin / MIN_SESSION_MIN)));
}

const longStep = (longMin: number): number => Math.max(LONG_STEP_MIN, floor5(longMin * 0.1));

function rawTarget(p: VolumePlan, s: VolumeState, at: WeekPosition): [number, number] {
  if (at.kind === 'first') return [p.startMin, p.longStartMin];
  if (at.kind === 'taper') {
    const fraction = (TAPER_FRACTIONS[at.weeks] ?? TAPER_FRACTIONS[3]!)[at.index] ?? 0.5;
    return [floor5(s.lastFullMin * fraction), at.raceWeek ? 0 : floor5(s.lastLongMin * fraction)];
  }
  if (at.shape.lighter) {
    return [
      floor5(s.lastFullMin * LIGHTER_WEEK_FRACTION),
      floor5(s.lastLongMin * LIGHTER_WEEK_FRACTION),
    ];
  }
  const volume = Math.min(p.ceilingMin, floor5(s.lastFullMin * (1 + MAX_WEEKLY_RISE)));
  const long = s.lastLongMin === 0 ? p.longStartMin : s.lastLongMin + longStep(s.lastLongMin);
  return [Math.max(volume, Math.min(s.lastFullMin, p.ceilingMin)), Math.min(p.longTargetMin, long)];
}

/** This week's minutes, long session and number of sessions. */
export function weekTarget(p: VolumePlan, state: VolumeState | null, at: WeekPosition): WeekTarget {
  const [raw, rawLong] = rawTarget(p, state ?? { lastFullMin: p.startMin, lastLongMin: 0 }, at);
  const volumeMin = Math.max(raw, sessionFloor(p.trainDays) * MIN_SESSION_MIN);
  const sessions = sessionsFor(volumeMin, p.trainDays);
  const room = volumeMin - (sessions - 1) * MIN_SESSION_MIN;
  const long = sessions < 2 ? 0 : floor5(Math.min(rawLong, room));
  return { volumeMin, longMin: long >= MIN_SESSION_MIN ? long : 0, sessions };
}
