/**
 * A virtual FTMS treadmill: the belt eases toward the requested speed and incline (at most
 * 0.5 km/h and 0.5 % per second, as treadmill motors do) and once a second it notifies Treadmill
 * Data (0x2ACD) with instantaneous and average speed, total distance, inclination and ramp angle,
 * energy and elapsed time — 20 bytes, one notification, like the Matrix captures in
 * TrackMyIndoorWorkout's tests. Energy uses the ACSM running equation (ACSM's Guidelines for
 * Exercise Testing and Prescription, 10th ed.: VO2 = 0.2·v + 0.9·v·grade + 3.5 mL/kg/min, v in
 * m/min; ≈ 5 kcal per litre of O2) for a 70 kg runner.
 */
import { z } from 'zod';
import { encodeTreadmillData } from '../protocols/ftms/treadmill-data.ts';
import { SIG_CHARACTERISTICS } from '../protocols/uuids.ts';
import type { Notification } from './notification.ts';

const NOTIFY_PERIOD_S = 1;
const SPEED_RATE_KMH_PER_S = 0.5;
const INCLINE_RATE_PCT_PER_S = 0.5;
const RUNNER_MASS_KG = 70;
const KCAL_PER_LITRE_O2 = 5;

export const treadmillTargetSchema = z.object({
  speedKmh: z.number().min(0).max(40),
  inclinePct: z.number().min(-10).max(40),
});

export type TreadmillTarget = z.infer<typeof treadmillTargetSchema>;

export type TreadmillState = {
  speedKmh: number;
  inclinePct: number;
  elapsedS: number;
  distanceM: number;
  energyKcal: number;
  untilNotifyS: number;
};

export function createVirtualTreadmill(): TreadmillState {
  return {
    speedKmh: 0,
    inclinePct: 0,
    elapsedS: 0,
    distanceM: 0,
    energyKcal: 0,
    untilNotifyS: NOTIFY_PERIOD_S,
  };
}

const approach = (value: number, target: number, maxStep: number): number =>
  value + Math.max(-maxStep, Math.min(maxStep, target - value));

/** kcal per minute for running at a speed and grade (ACSM running equation). */
export function runningKcalPerMinute(speedKmh: number, inclinePct: number): number {
  const metresPerMin = (speedKmh * 1000) / 60;
  const vo2MlKgMin = 0.2 * metresPerMin + 0.9 * metresPerMin * (inclinePct / 100) + 3.5;
  return ((vo2MlKgMin * RUNNER_MASS_KG) / 1000) * KCAL_PER_LITRE_O2;
}

export function tickVirtualTreadmill(
  state: TreadmillState,
  dtS: number,
  target: TreadmillTarget,
): { state: TreadmillState; notifications: Notification[] } {
  const goal = treadmillTargetSchema.parse(target);
  const s = { ...state };
  const notifications: Notification[] = [];
  let left = dtS;
  while (left > 1e-9) {
    const step = Math.min(left, 0.1, s.untilNotifyS);
    s.speedKmh = approach(s.speedKmh, goal.speedKmh, SPEED_RATE_KMH_PER_S * step);
    s.inclinePct = approach(s.inclinePct, goal.inclinePct, INCLINE_RATE_PCT_PER_S * step);
    if (s.speedKmh > 0) {
      s.elapsedS += step;
      s.distanceM += (s.speedKmh / 3.6) * step;
      s.energyKcal += (runningKcalPerMinute(s.speedKmh, s.inclinePct) / 60) * step;
    }
    s.untilNotifyS -= step;
    left -= step;
    if (s.untilNotifyS <= 1e-9) {
      s.untilNotifyS = NOTIFY_PERIOD_S;
      notifications.push({
        characteristic: SIG_CHARACTERISTICS.treadmillData,
        bytes: treadmillFrame(s),
      });
    }
  }
  return { state: s, notifications };
}

function treadmillFrame(s: TreadmillState): Uint8Array {
  const averageSpeedKmh = s.elapsedS > 0 ? (s.distanceM / s.elapsedS) * 3.6 : 0;
  return encodeTreadmillData({
    instantaneousSpeedKmh: s.speedKmh,
    averageSpeedKmh,
    totalDistanceM: Math.floor(s.distanceM),
    inclinationPct: s.inclinePct,
    rampAngleDeg: (Math.atan(s.inclinePct / 100) * 180) / Math.PI,
    totalEnergyKcal: Math.floor(s.energyKcal),
    energyPerHourKcal: Math.round(
      runningKcalPerMinute(s.speedKmh, s.inclinePct) * 60 * (s.speedKmh > 0 ? 1 : 0),
    ),
    energyPerMinuteKcal: Math.round(
      runningKcalPerMinute(s.speedKmh, s.inclinePct) * (s.speedKmh > 0 ? 1 : 0),
    ),
    elapsedTimeS: Math.floor(s.elapsedS),
  });
}
