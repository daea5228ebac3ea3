/**
 * Turns one decoded notification into channel values: the only place that knows which field of
 * which characteristic feeds which channel, and that derives what a device does not send (speed
 * from a pace, km/h to m/s). Decoding itself is the engine's; the PM5 and FTMS readers keep what
 * must survive between notifications (counter rollovers, records split over several).
 */
import { decodeBatteryLevel } from '../../../engine/protocols/bas/battery-level';
import { decodeHeartRateMeasurement } from '../../../engine/protocols/hrs/heart-rate-measurement';
import { decodeRscMeasurement } from '../../../engine/protocols/rsc/rsc-measurement';
import { SIG_CHARACTERISTICS } from '../../../engine/protocols/uuids';
import { present, type DecodedRecord } from './decoded-values';
import { roleOfKind, type DeviceKind } from './device-kinds';
import { createFtmsReader } from './ftms-records';
import { createPm5Reader } from './pm5-records';
import type { DeviceReading } from './readings';

/** What one notification told us: readings it completed (often one, sometimes none) or battery. */
export type InterpretedFrame = { readings: DeviceReading[]; batteryPct?: number };

/** One device's interpreter; it keeps per-device state, so each device gets its own. */
export type FrameInterpreter = {
  frame(characteristic: string, value: DataView, atS: number): InterpretedFrame;
  /** The link dropped at `atS`: readings held back waiting for more, given out as they are. */
  linkLost(atS: number): DeviceReading[];
};

function sensorRecords(characteristic: string, view: DataView): DecodedRecord[] | null {
  if (characteristic === SIG_CHARACTERISTICS.heartRateMeasurement) {
    const hr = decodeHeartRateMeasurement(view);
    // A strap that says it is off the skin sends a meaningless rate.
    const values = hr.sensorContact === false ? {} : { heartRateBpm: hr.heartRateBpm };
    return [{ values, rrIntervalsMs: hr.rrIntervalsMs }];
  }
  if (characteristic === SIG_CHARACTERISTICS.rscMeasurement) {
    const r = decodeRscMeasurement(view);
    const values = {
      speedMps: r.instantaneousSpeedMps,
      cadence: r.instantaneousCadenceSpm,
      distanceM: r.totalDistanceM,
    };
    return [{ values: present(values) }];
  }
  return null;
}

export function createFrameInterpreter(kind: DeviceKind, deviceId: string): FrameInterpreter {
  const role = roleOfKind[kind];
  const pm5 = createPm5Reader();
  const ftms = createFtmsReader();
  const stamp =
    (atS: number) =>
    (record: DecodedRecord): DeviceReading => {
      const { stroke, ...rest } = record;
      return { deviceId, role, atS, ...rest, ...(stroke ? { stroke: { ...stroke, atS } } : {}) };
    };
  return {
    frame(characteristic, view, atS) {
      if (characteristic === SIG_CHARACTERISTICS.batteryLevel) {
        return { readings: [], batteryPct: decodeBatteryLevel(view).batteryLevelPct };
      }
      const records =
        sensorRecords(characteristic, view) ??
        pm5(characteristic, view) ??
        ftms.read(characteristic, view);
      return { readings: (records ?? []).map(stamp(atS)) };
    },
    linkLost: (atS) => ftms.flush().map(stamp(atS)),
  };
}
