/**
 * A virtual chest strap: heart rate follows effort with a lag, beats produce RR intervals, and
 * once a second it notifies a Heart Rate Measurement (0x2A37) the way straps do (Polar H7 frames in
 * TrackMyIndoorWorkout's tests: uint8 rate, contact detected, the RR intervals since the last
 * notification).
 *
 * The lag is first order, faster going up than coming down — the shape of heart-rate kinetics in
 * exercise physiology (on-kinetics time constant ~30 s, recovery slower, e.g. Pierpont et al.,
 * "Heart rate recovery post-exercise", Am J Cardiol 2000). Beat-to-beat variability is a seeded
 * ±3 % jitter, enough for RR-based code to see realistic, non-constant intervals.
 */
import { encodeHeartRateMeasurement } from '../protocols/hrs/heart-rate-measurement.ts';
import { SIG_CHARACTERISTICS } from '../protocols/uuids.ts';
import { nextJitter, seedPrng, type PrngState } from './prng.ts';
import type { Notification } from './notification.ts';

const RISE_TAU_S = 30;
const FALL_TAU_S = 60;
const NOTIFY_PERIOD_S = 1;

export type HrStrapOptions = { seed?: number; restingHrBpm?: number; maxHrBpm?: number };

export type HrStrapState = {
  prng: PrngState;
  restingHrBpm: number;
  maxHrBpm: number;
  heartRateBpm: number;
  /** Time since the last beat, and the length of the beat in progress. */
  sinceBeatMs: number;
  beatMs: number;
  pendingRrMs: number[];
  untilNotifyS: number;
};

export function createVirtualHrStrap(options: HrStrapOptions = {}): HrStrapState {
  const restingHrBpm = options.restingHrBpm ?? 60;
  return {
    prng: seedPrng(options.seed ?? 1),
    restingHrBpm,
    maxHrBpm: options.maxHrBpm ?? 185,
    heartRateBpm: restingHrBpm,
    sinceBeatMs: 0,
    beatMs: 60000 / restingHrBpm,
    pendingRrMs: [],
    untilNotifyS: NOTIFY_PERIOD_S,
  };
}

/** The rate a steady effort settles at: resting at 0, max at 1, linear between. */
export function steadyHeartRate(state: HrStrapState, effort: number): number {
  const e = Math.min(1, Math.max(0, effort));
  return state.restingHrBpm + e * (state.maxHrBpm - state.restingHrBpm);
}

/** Advances by dtS seconds at an effort in [0, 1]. */
export function tickVirtualHrStrap(
  state: HrStrapState,
  dtS: number,
  effort: number,
): { state: HrStrapState; notifications: Notification[] } {
  const s = structuredClone(state);
  const notifications: Notification[] = [];
  const target = steadyHeartRate(s, effort);
  let left = dtS;
  while (left > 1e-9) {
    const step = Math.min(left, 0.05, s.untilNotifyS);
    const tau = target > s.heartRateBpm ? RISE_TAU_S : FALL_TAU_S;
    s.heartRateBpm += (target - s.heartRateBpm) * (1 - Math.exp(-step / tau));
    s.sinceBeatMs += step * 1000;
    while (s.sinceBeatMs >= s.beatMs) {
      s.sinceBeatMs -= s.beatMs;
      s.pendingRrMs.push(s.beatMs);
      const jitter = nextJitter(s.prng, 0.03);
      s.prng = jitter.state;
      s.beatMs = (60000 / s.heartRateBpm) * jitter.value;
    }
    s.untilNotifyS -= step;
    left -= step;
    if (s.untilNotifyS <= 1e-9) {
      s.untilNotifyS = NOTIFY_PERIOD_S;
      const rrIntervalsMs = s.pendingRrMs.map(
        (ms) => (Math.round((ms * 1024) / 1000) * 1000) / 1024,
      );
      s.pendingRrMs = [];
      notifications.push({
        characteristic: SIG_CHARACTERISTICS.heartRateMeasurement,
        bytes: encodeHeartRateMeasurement({
          heartRateBpm: Math.round(s.heartRateBpm),
          sensorContact: true,
          energyExpendedKj: null,
          rrIntervalsMs,
        }),
      });
    }
  }
  return { state: s, notifications };
}
