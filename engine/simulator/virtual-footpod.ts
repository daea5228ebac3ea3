/**
 * A virtual running footpod (RSC service): from the runner's speed it derives a cadence and stride
 * and once a second notifies RSC Measurement (0x2A53) with stride length and total distance.
 * Cadence rises gently with speed — about 160 spm at 8 km/h to 185 spm at 18 km/h, the range
 * reported for recreational runners (e.g. Cavanagh & Kram, "Stride length in distance running",
 * Med Sci Sports Exerc 1989) — and stride is speed divided by cadence.
 */
import { encodeRscMeasurement } from '../protocols/rsc/rsc-measurement.ts';
import { SIG_CHARACTERISTICS } from '../protocols/uuids.ts';
import type { Notification } from './notification.ts';

const NOTIFY_PERIOD_S = 1;
const WALK_RUN_KMH = 7;

export type FootpodState = { distanceM: number; untilNotifyS: number };

export function createVirtualFootpod(): FootpodState {
  return { distanceM: 0, untilNotifyS: NOTIFY_PERIOD_S };
}

/** Steps per minute at a speed: walking ~110–125, running 160–185. */
export function cadenceForSpeed(speedKmh: number): number {
  if (speedKmh <= 0) return 0;
  if (speedKmh < WALK_RUN_KMH) return 100 + speedKmh * 4;
  return Math.min(190, 144 + speedKmh * 2.3);
}

export function tickVirtualFootpod(
  state: FootpodState,
  dtS: number,
  speedKmh: number,
): { state: FootpodState; notifications: Notification[] } {
  const s = { ...state };
  const notifications: Notification[] = [];
  let left = dtS;
  while (left > 1e-9) {
    const step = Math.min(left, s.untilNotifyS);
    s.distanceM += (Math.max(0, speedKmh) / 3.6) * step;
    s.untilNotifyS -= step;
    left -= step;
    if (s.untilNotifyS <= 1e-9) {
      s.untilNotifyS = NOTIFY_PERIOD_S;
      const speedMps = Math.max(0, speedKmh) / 3.6;
      const cadence = cadenceForSpeed(speedKmh);
      notifications.push({
        characteristic: SIG_CHARACTERISTICS.rscMeasurement,
        bytes: encodeRscMeasurement({
          instantaneousSpeedMps: Math.round(speedMps * 256) / 256,
          instantaneousCadenceSpm: Math.round(cadence),
          strideLengthM: cadence > 0 ? Math.round((speedMps * 60 * 100) / cadence) / 100 : 0,
          totalDistanceM: Math.floor(s.distanceM * 10) / 10,
          running: speedKmh >= WALK_RUN_KMH,
        }),
      });
    }
  }
  return { state: s, notifications };
}
