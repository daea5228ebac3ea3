import type { Athlete } from '../activity/athlete.ts';
import { activeIntervalsS } from '../activity/pauses.ts';
import type { Activity } from '../activity/types.ts';
import { movingIntervalsS } from '../analysis/moving-time.ts';
import { outputStreams } from '../analysis/output-streams.ts';
import { WARM_UP_S } from '../efficiency/aerobic-decoupling.ts';

/**
 * Pace at a given heart rate: the mean grade-adjusted speed (plain speed for rowing) over the
 * steady minutes of a session whose mean heart rate lies within ±BAND_BPM of a fixed reference.
 * Faster at the same heart rate means fitter — the idea behind Maffetone's MAF test (pace at a
 * fixed aerobic heart rate, tracked over months; Maffetone P, "The Big Book of Endurance Training
 * and Racing", 2010) and behind Strava's 2017 GAP model, which defines equivalent paces by equal
 * heart rate (SCIENCE.md §2.11).
 *
 * Choices, and why:
 * - A fixed band rather than a regression of speed on heart rate: within one steady session heart
 *   rate moves mostly by drift, not by speed, so a per-session slope is poorly determined and
 *   extrapolating it to the reference invents data. The band only uses minutes actually run there.
 * - Reference: 65 % of heart-rate reserve (Karvonen), the middle of zone 2 in the reserve zones of
 *   engine/zones, where most easy running sits; the same for every session of an athlete, so
 *   sessions compare.
 * - One-minute blocks after the 10-minute warm-up (heart rate lags the effort early on, as in
 *   decoupling), each kept only when its speed was steady (coefficient of variation ≤ 10 %), so a
 *   minute straddling a repeat and its recovery does not count. At least 5 such minutes are needed.
 * Worked example (test): 10 min warm-up at 2.5 m/s, 15 min at 3.0 m/s and 145 bpm, 15 min at
 * 3.6 m/s and 165 bpm; reference 145 → 3.0 m/s from 900 s in the band.
 */
export const REFERENCE_RESERVE_FRACTION = 0.65;
export const BAND_BPM = 5;
export const MIN_BAND_S = 300;
export const MAX_BLOCK_CV = 0.1;
const BLOCK_S = 60;

export type PaceAtHeartRate = {
  referenceBpm: number;
  /** Null when fewer than MIN_BAND_S steady seconds fell in the band. */
  speedMps: number | null;
  inBandS: number;
};

export function referenceHeartRate(restHr: number, maxHr: number): number {
  return Math.round(restHr + REFERENCE_RESERVE_FRACTION * (maxHr - restHr));
}

/** The band speed from streams: output speed and heart rate, weighted by moving seconds. */
export function speedInHeartRateBand(
  speedMps: ArrayLike<number>,
  heartRateBpm: ArrayLike<number>,
  intervalsS: ArrayLike<number>,
  referenceBpm: number,
): PaceAtHeartRate {
  let clockS = 0;
  let block = { s: 0, v: 0, vv: 0, hr: 0 };
  let inBandS = 0;
  let inBandDistance = 0;
  for (let i = 0; i < intervalsS.length; i++) {
    const v = speedMps[i]!;
    const hr = heartRateBpm[i]!;
    const w = intervalsS[i]!;
    if (!(hr > 0 && v > 0 && w > 0)) continue;
    const atS = clockS;
    clockS += w;
    if (atS < WARM_UP_S) continue;
    block = { s: block.s + w, v: block.v + v * w, vv: block.vv + v * v * w, hr: block.hr + hr * w };
    if (block.s < BLOCK_S) continue;
    const mean = block.v / block.s;
    const cv = Math.sqrt(Math.max(0, block.vv / block.s - mean * mean)) / mean;
    if (Math.abs(block.hr / block.s - referenceBpm) <= BAND_BPM && cv <= MAX_BLOCK_CV) {
      inBandS += block.s;
      inBandDistance += block.v;
    }
    block = { s: 0, v: 0, vv: 0, hr: 0 };
  }
  return {
    referenceBpm,
    speedMps: inBandS >= MIN_BAND_S ? inBandDistance / inBandS : null,
    inBandS,
  };
}

/** Pace at the athlete's reference heart rate for one recorded session. */
export function paceAtHeartRate(activity: Activity, athlete: Athlete): PaceAtHeartRate {
  const s = activity.streams;
  const moving = movingIntervalsS(activeIntervalsS(s.timeS, activity.pauses), s.speedMps);
  return speedInHeartRateBand(
    outputStreams(activity).gapSpeedMps,
    s.heartRateBpm,
    moving,
    referenceHeartRate(athlete.restHr, athlete.maxHr),
  );
}
