/**
 * PM5 multiplexed characteristic 0x0080: the rowing-service records behind a one-byte id (the
 * record's own short UUID, 0x31…0x3F), for stacks that limit how many notifications one may
 * subscribe to. Some records change layout here (see each record's module).
 * Source: ErgometerJS performancemonitorBle.ts handleDataCallbackMulti and Open Rowing Monitor
 * MultiplexedCharacteristic.js; both read the id from the first byte.
 */
import { requireLength } from '../bytes.ts';
import { decodeGeneralStatus, encodeGeneralStatus, type GeneralStatus } from './general-status.ts';
import {
  decodeAdditionalStatus,
  encodeAdditionalStatus,
  type AdditionalStatus,
} from './additional-status.ts';
import {
  decodeAdditionalStatus2,
  encodeAdditionalStatus2,
  type AdditionalStatus2,
} from './additional-status-2.ts';
import { decodeStrokeData, encodeStrokeData, type StrokeData } from './stroke-data.ts';
import {
  decodeAdditionalStrokeData,
  encodeAdditionalStrokeData,
  type AdditionalStrokeData,
} from './additional-stroke-data.ts';
import { decodeSplitInterval, encodeSplitInterval, type SplitInterval } from './split-interval.ts';
import {
  decodeAdditionalSplitInterval,
  encodeAdditionalSplitInterval,
  type AdditionalSplitInterval,
} from './additional-split-interval.ts';
import {
  decodeWorkoutSummary,
  encodeWorkoutSummary,
  type WorkoutSummary,
} from './workout-summary.ts';
import {
  decodeAdditionalWorkoutSummary,
  encodeAdditionalWorkoutSummary,
  type AdditionalWorkoutSummary,
} from './additional-workout-summary.ts';
import {
  decodeForceCurvePacket,
  encodeForceCurvePacket,
  type ForceCurvePacket,
} from './force-curve.ts';
import {
  decodeAdditionalStatus3,
  encodeAdditionalStatus3,
  type AdditionalStatus3,
} from './additional-status-3.ts';
import {
  decodeHeartRateBeltInfo,
  encodeHeartRateBeltInfo,
  type HeartRateBeltInfo,
} from './heart-rate-belt-info.ts';
import {
  decodeAdditionalWorkoutSummary2,
  encodeAdditionalWorkoutSummary2,
  type AdditionalWorkoutSummary2,
} from './additional-workout-summary-2.ts';
import { decodeLoggedWorkout, encodeLoggedWorkout, type LoggedWorkout } from './logged-workout.ts';

export type Pm5Record =
  | { record: 'pm5-general-status'; value: GeneralStatus }
  | { record: 'pm5-additional-status'; value: AdditionalStatus }
  | { record: 'pm5-additional-status-2'; value: AdditionalStatus2 }
  | { record: 'pm5-stroke-data'; value: StrokeData }
  | { record: 'pm5-additional-stroke-data'; value: AdditionalStrokeData }
  | { record: 'pm5-split-interval'; value: SplitInterval }
  | { record: 'pm5-additional-split-interval'; value: AdditionalSplitInterval }
  | { record: 'pm5-workout-summary'; value: WorkoutSummary }
  | { record: 'pm5-additional-workout-summary'; value: AdditionalWorkoutSummary }
  | { record: 'pm5-force-curve'; value: ForceCurvePacket }
  | { record: 'pm5-additional-status-3'; value: AdditionalStatus3 }
  | { record: 'pm5-heart-rate-belt-info'; value: HeartRateBeltInfo }
  | { record: 'pm5-additional-workout-summary-2'; value: AdditionalWorkoutSummary2 }
  | { record: 'pm5-logged-workout'; value: LoggedWorkout };

/** The records that exist only behind 0x0080 and have no characteristic of their own. */
export type MuxOnlyPm5Record = Extract<Pm5Record, { record: 'pm5-additional-workout-summary-2' }>;
export type DirectPm5Record = Exclude<Pm5Record, MuxOnlyPm5Record>;

export const isMuxOnly = (record: Pm5Record): record is MuxOnlyPm5Record =>
  record.record === 'pm5-additional-workout-summary-2';

/** A record id this module does not decode (none is documented beyond 0x3F): kept, not dropped. */
export type UnknownPm5Record = { record: 'unknown'; id: number; payload: Uint8Array };

/** Each record's id on 0x0080, which is also the short UUID of its own characteristic. */
export const PM5_RECORD_IDS: Record<Pm5Record['record'], number> = {
  'pm5-general-status': 0x31,
  'pm5-additional-status': 0x32,
  'pm5-additional-status-2': 0x33,
  'pm5-stroke-data': 0x35,
  'pm5-additional-stroke-data': 0x36,
  'pm5-split-interval': 0x37,
  'pm5-additional-split-interval': 0x38,
  'pm5-workout-summary': 0x39,
  'pm5-additional-workout-summary': 0x3a,
  'pm5-force-curve': 0x3d,
  'pm5-additional-status-3': 0x3e,
  'pm5-heart-rate-belt-info': 0x3b,
  'pm5-additional-workout-summary-2': 0x3c,
  'pm5-logged-workout': 0x3f,
};

function decodePayload(id: number, view: DataView): Pm5Record | null {
  switch (id) {
    case 0x31:
      return { record: 'pm5-general-status', value: decodeGeneralStatus(view) };
    case 0x32:
      return { record: 'pm5-additional-status', value: decodeAdditionalStatus(view, 'mux') };
    case 0x33:
      return { record: 'pm5-additional-status-2', value: decodeAdditionalStatus2(view, 'mux') };
    case 0x35:
      return { record: 'pm5-stroke-data', value: decodeStrokeData(view, 'mux') };
    case 0x36:
      return {
        record: 'pm5-additional-stroke-data',
        value: decodeAdditionalStrokeData(view, 'mux'),
      };
    case 0x37:
      return { record: 'pm5-split-interval', value: decodeSplitInterval(view) };
    case 0x38:
      return {
        record: 'pm5-additional-split-interval',
        value: decodeAdditionalSplitInterval(view),
      };
    case 0x39:
      return { record: 'pm5-workout-summary', value: decodeWorkoutSummary(view, 'mux') };
    case 0x3a:
      return {
        record: 'pm5-additional-workout-summary',
        value: decodeAdditionalWorkoutSummary(view, 'mux'),
      };
    case 0x3d:
      return { record: 'pm5-force-curve', value: decodeForceCurvePacket(view) };
    case 0x3e:
      return { record: 'pm5-additional-status-3', value: decodeAdditionalStatus3(view) };
    case 0x3b:
      return { record: 'pm5-heart-rate-belt-info', value: decodeHeartRateBeltInfo(view) };
    case 0x3c:
      return {
        record: 'pm5-additional-workout-summary-2',
        value: decodeAdditionalWorkoutSummary2(view),
      };
    case 0x3f:
      return { record: 'pm5-logged-workout', value: decodeLoggedWorkout(view) };
    default:
      return null;
  }
}

export function decodeMultiplexed(view: DataView): Pm5Record | UnknownPm5Record {
  requireLength(view, 1, 'PM5 multiplexed (0x0080)');
  const id = view.getUint8(0);
  const payload = new DataView(view.buffer, view.byteOffset + 1, view.byteLength - 1);
  return (
    decodePayload(id, payload) ?? {
      record: 'unknown',
      id,
      payload: new Uint8Array(
        view.buffer.slice(view.byteOffset + 1, view.byteOffset + view.byteLength),
      ),
    }
  );
}

function encodePayload(record: Pm5Record): Uint8Array {
  switch (record.record) {
    case 'pm5-general-status':
      return encodeGeneralStatus(record.value);
    case 'pm5-additional-status':
      return encodeAdditionalStatus(record.value, 'mux');
    case 'pm5-additional-status-2':
      return encodeAdditionalStatus2(record.value, 'mux');
    case 'pm5-stroke-data':
      return encodeStrokeData(record.value, 'mux');
    case 'pm5-additional-stroke-data':
      return encodeAdditionalStrokeData(record.value, 'mux');
    case 'pm5-split-interval':
      return encodeSplitInterval(record.value);
    case 'pm5-additional-split-interval':
      return encodeAdditionalSplitInterval(record.value);
    case 'pm5-workout-summary':
      return encodeWorkoutSummary(record.value, 'mux');
    case 'pm5-additional-workout-summary':
      return encodeAdditionalWorkoutSummary(record.value, 'mux');
    case 'pm5-force-curve':
      return encodeForceCurvePacket(record.value);
    case 'pm5-additional-status-3':
      return encodeAdditionalStatus3(record.value);
    case 'pm5-heart-rate-belt-info':
      return encodeHeartRateBeltInfo(record.value);
    case 'pm5-additional-workout-summary-2':
      return encodeAdditionalWorkoutSummary2(record.value);
    case 'pm5-logged-workout':
      return encodeLoggedWorkout(record.value);
  }
}

/** Encodes a record for its own characteristic (CE06xxxx with xxxx its id). */
export function encodeDirect(record: DirectPm5Record): Uint8Array {
  switch (record.record) {
    case 'pm5-general-status':
      return encodeGeneralStatus(record.value);
    case 'pm5-additional-status':
      return encodeAdditionalStatus(record.value);
    case 'pm5-additional-status-2':
      return encodeAdditionalStatus2(record.value);
    case 'pm5-stroke-data':
      return encodeStrokeData(record.value);
    case 'pm5-additional-stroke-data':
      return encodeAdditionalStrokeData(record.value);
    case 'pm5-split-interval':
      return encodeSplitInterval(record.value);
    case 'pm5-additional-split-interval':
      return encodeAdditionalSplitInterval(record.value);
    case 'pm5-workout-summary':
      return encodeWorkoutSummary(record.value);
    case 'pm5-additional-workout-summary':
      return encodeAdditionalWorkoutSummary(record.value);
    case 'pm5-force-curve':
      return encodeForceCurvePacket(record.value);
    case 'pm5-additional-status-3':
      return encodeAdditionalStatus3(record.value);
    case 'pm5-heart-rate-belt-info':
      return encodeHeartRateBeltInfo(record.value);
    case 'pm5-logged-workout':
      return encodeLoggedWorkout(record.value);
  }
}

export function encodeMultiplexed(record: Pm5Record): Uint8Array {
  const payload = encodePayload(record);
  const bytes = new Uint8Array(payload.length + 1);
  bytes[0] = PM5_RECORD_IDS[record.record];
  bytes.set(payload, 1);
  return bytes;
}
