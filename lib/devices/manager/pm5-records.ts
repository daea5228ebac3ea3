/**
 * The PM5's rowing characteristics as channel values (docs/pm5.md): distance from 0x0031 made
 * monotonic by the engine's session clock (the monitor restarts its counters at each interval),
 * speed, rate and heart rate from 0x0032, stroke power from 0x0036, and each stroke from 0x0035
 * once (it is sent at the end of the drive and again at the end of the recovery).
 */
import { decodeAdditionalStatus } from '../../../engine/protocols/pm5/additional-status';
import { decodeAdditionalStrokeData } from '../../../engine/protocols/pm5/additional-stroke-data';
import { decodeGeneralStatus } from '../../../engine/protocols/pm5/general-status';
import {
  advanceSessionClock,
  NEW_SESSION_CLOCK,
} from '../../../engine/protocols/pm5/session-clock';
import { decodeStrokeData } from '../../../engine/protocols/pm5/stroke-data';
import { PM5_CHARACTERISTICS } from '../../../engine/protocols/uuids';
import { present, type DecodedRecord } from './decoded-values';

/** Reads one PM5 notification; null when the characteristic is not one of these. */
export type Pm5Reader = (characteristic: string, view: DataView) => DecodedRecord[] | null;

export function createPm5Reader(): Pm5Reader {
  let pm5Clock = NEW_SESSION_CLOCK;
  let lastStrokeCount: number | null = null;
  return (characteristic, view) => {
    switch (characteristic) {
      case PM5_CHARACTERISTICS.generalStatus: {
        const g = decodeGeneralStatus(view);
        const next = advanceSessionClock(pm5Clock, {
          elapsedS: g.elapsedS,
          distanceM: g.distanceM,
          totalWorkDistanceM: g.totalWorkDistanceM,
        });
        pm5Clock = next.clock;
        return [{ values: { distanceM: next.point.sessionDistanceM } }];
      }
      case PM5_CHARACTERISTICS.additionalStatus: {
        const s = decodeAdditionalStatus(view);
        const values = {
          speedMps: s.speedMps,
          cadence: s.strokeRateSpm,
          heartRateBpm: s.heartRateBpm,
        };
        return [{ values: present(values) }];
      }
      case PM5_CHARACTERISTICS.additionalStrokeData:
        return [{ values: present({ powerW: decodeAdditionalStrokeData(view).strokePowerW }) }];
      case PM5_CHARACTERISTICS.strokeData: {
        const s = decodeStrokeData(view);
        if (s.strokeCount === lastStrokeCount) return [];
        lastStrokeCount = s.strokeCount;
        return [{ values: {}, stroke: { ...s, workPerStrokeJ: s.workPerStrokeJ ?? NaN } }];
      }
      default:
        return null;
    }
  };
}
