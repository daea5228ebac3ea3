/**
 * Turns one decoded notification into channel values: the only place that knows which field of
 * which characteristic feeds which channel, and that derives what a device does not send (speed
 * from a pace, km/h to m/s). Decoding itself is the engine's.
 */
import { decodeBatteryLevel } from '../../../engine/protocols/bas/battery-level';
import { decodeRowerData } from '../../../engine/protocols/ftms/rower-data';
import { decodeTreadmillData } from '../../../engine/protocols/ftms/treadmill-data';
import { decodeHeartRateMeasurement } from '../../../engine/protocols/hrs/heart-rate-measurement';
import { decodeAdditionalStatus } from '../../../engine/protocols/pm5/additional-status';
import { decodeAdditionalStrokeData } from '../../../engine/protocols/pm5/additional-stroke-data';
import { decodeGeneralStatus } from '../../../engine/protocols/pm5/general-status';
import { decodeStrokeData } from '../../../engine/protocols/pm5/stroke-data';
import {
  advanceSessionClock,
  NEW_SESSION_CLOCK,
} from '../../../engine/protocols/pm5/session-clock';
import { decodeRscMeasurement } from '../../../engine/protocols/rsc/rsc-measurement';
import { PM5_CHARACTERISTICS, SIG_CHARACTERISTICS } from '../../../engine/protocols/uuids';
import { roleOfKind, type DeviceKind } from './device-kinds';
import type { FrameInterpreter, InterpretedFrame } from './device-manager';
import type { DeviceReading } from './readings';

type Values = DeviceReading['values'];

/** Only numbers that are there: the decoders use null or omission for "not sent". */
function present(values: Partial<Record<keyof Values, number | null>>): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(values) as [keyof Values, number | null][]) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

const speedFromPace = (paceS500m: number | null | undefined): number | undefined =>
  paceS500m && paceS500m > 0 ? 500 / paceS500m : undefined;

export function createFrameInterpreter(kind: DeviceKind, deviceId: string): FrameInterpreter {
  const role = roleOfKind[kind];
  let lastStrokeCount: number | null = null;
  // The PM5 restarts its counters at each interval; the engine's normaliser makes them monotonic.
  let pm5Clock = NEW_SESSION_CLOCK;
  const reading = (
    atS: number,
    values: Values,
    extra: Partial<DeviceReading> = {},
  ): InterpretedFrame => ({ reading: { deviceId, role, atS, values, ...extra } });

  return (characteristic, view, atS) => {
    switch (characteristic) {
      case SIG_CHARACTERISTICS.batteryLevel:
        return { batteryPct: decodeBatteryLevel(view).batteryLevelPct };
      case SIG_CHARACTERISTICS.heartRateMeasurement: {
        const hr = decodeHeartRateMeasurement(view);
        // A strap that says it is off the skin sends a meaningless rate.
        const values = hr.sensorContact === false ? {} : { heartRateBpm: hr.heartRateBpm };
        return reading(atS, values, { rrIntervalsMs: hr.rrIntervalsMs });
      }
      case PM5_CHARACTERISTICS.generalStatus: {
        const g = decodeGeneralStatus(view);
        const next = advanceSessionClock(pm5Clock, {
          elapsedS: g.elapsedS,
          distanceM: g.distanceM,
          totalWorkDistanceM: g.totalWorkDistanceM,
        });
        pm5Clock = next.clock;
        return reading(atS, { distanceM: next.point.sessionDistanceM });
      }
      case PM5_CHARACTERISTICS.additionalStatus: {
        const s = decodeAdditionalStatus(view);
        return reading(
          atS,
          present({ speedMps: s.speedMps, cadence: s.strokeRateSpm, heartRateBpm: s.heartRateBpm }),
        );
      }
      case PM5_CHARACTERISTICS.additionalStrokeData:
        return reading(atS, present({ powerW: decodeAdditionalStrokeData(view).strokePowerW }));
      case PM5_CHARACTERISTICS.strokeData: {
        // Each stroke is sent twice (end of drive, end of recovery); keep its first report.
        const s = decodeStrokeData(view);
        if (s.strokeCount === lastStrokeCount) return {};
        lastStrokeCount = s.strokeCount;
        return reading(atS, {}, { stroke: { ...s, atS, workPerStrokeJ: s.workPerStrokeJ ?? NaN } });
      }
      case SIG_CHARACTERISTICS.rowerData: {
        const r = decodeRowerData(view);
        return reading(
          atS,
          present({
            cadence: r.strokeRateSpm,
            distanceM: r.totalDistanceM,
            speedMps: speedFromPace(r.instantaneousPaceS500m),
            powerW: r.instantaneousPowerW,
            heartRateBpm: r.heartRateBpm,
          }),
        );
      }
      case SIG_CHARACTERISTICS.treadmillData: {
        const t = decodeTreadmillData(view);
        const kmh = t.instantaneousSpeedKmh;
        return reading(
          atS,
          present({
            speedMps: kmh === undefined ? undefined : kmh / 3.6,
            distanceM: t.totalDistanceM,
            heartRateBpm: t.heartRateBpm,
          }),
        );
      }
      case SIG_CHARACTERISTICS.rscMeasurement: {
        const r = decodeRscMeasurement(view);
        return reading(
          atS,
          present({
            speedMps: r.instantaneousSpeedMps,
            cadence: r.instantaneousCadenceSpm,
            distanceM: r.totalDistanceM,
          }),
        );
      }
      default:
        return {};
    }
  };
}
