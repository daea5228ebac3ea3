/**
 * One table from characteristic (16- or 128-bit UUID, case-insensitive, or a CLI name) to its
 * decoder, for the tools that decode any characteristic by name: the CLI's `decode`, the decode
 * benchmark and the simulator tests. The app's live path does not go through it: each device
 * kind's decoders are picked in lib/devices/frame-interpreter.ts, which maps fields to channels.
 */
import { normaliseUuid, pm5Uuid, sigUuid } from './uuids.ts';
import { decodeGeneralStatus } from './pm5/general-status.ts';
import { decodeAdditionalStatus } from './pm5/additional-status.ts';
import { decodeAdditionalStatus2 } from './pm5/additional-status-2.ts';
import { decodeStrokeData } from './pm5/stroke-data.ts';
import { decodeAdditionalStrokeData } from './pm5/additional-stroke-data.ts';
import { decodeSplitInterval } from './pm5/split-interval.ts';
import { decodeAdditionalSplitInterval } from './pm5/additional-split-interval.ts';
import { decodeWorkoutSummary } from './pm5/workout-summary.ts';
import { decodeAdditionalWorkoutSummary } from './pm5/additional-workout-summary.ts';
import { decodeForceCurvePacket } from './pm5/force-curve.ts';
import { decodeAdditionalStatus3 } from './pm5/additional-status-3.ts';
import { decodeMultiplexed } from './pm5/multiplexed.ts';
import { decodeHeartRateBeltInfo } from './pm5/heart-rate-belt-info.ts';
import { decodeAdditionalWorkoutSummary2 } from './pm5/additional-workout-summary-2.ts';
import { decodeLoggedWorkout } from './pm5/logged-workout.ts';
import { decodeHeartRateMeasurement } from './hrs/heart-rate-measurement.ts';
import { decodeBatteryLevel } from './bas/battery-level.ts';
import { decodeRowerData } from './ftms/rower-data.ts';
import { decodeTreadmillData } from './ftms/treadmill-data.ts';
import { decodeIndoorBikeData } from './ftms/indoor-bike-data.ts';
import { decodeFitnessMachineFeature } from './ftms/fitness-machine-feature.ts';
import { decodeControlPointResponse } from './ftms/control-point.ts';
import { decodeMachineStatus } from './ftms/machine-status.ts';
import { decodeRscMeasurement } from './rsc/rsc-measurement.ts';
import { decodeCyclingPowerMeasurement } from './cps/cycling-power-measurement.ts';

export type DecoderEntry = {
  /** The CLI name, e.g. "pm5-general-status". */
  name: string;
  /** 128-bit, lowercase, as Web Bluetooth reports it. */
  uuid: string;
  title: string;
  decode: (view: DataView) => object;
};

export const DECODERS: readonly DecoderEntry[] = [
  {
    name: 'pm5-general-status',
    uuid: pm5Uuid(0x31),
    title: 'PM5 general status',
    decode: decodeGeneralStatus,
  },
  {
    name: 'pm5-additional-status',
    uuid: pm5Uuid(0x32),
    title: 'PM5 additional status',
    decode: (v) => decodeAdditionalStatus(v),
  },
  {
    name: 'pm5-additional-status-2',
    uuid: pm5Uuid(0x33),
    title: 'PM5 additional status 2',
    decode: (v) => decodeAdditionalStatus2(v),
  },
  {
    name: 'pm5-stroke-data',
    uuid: pm5Uuid(0x35),
    title: 'PM5 stroke data',
    decode: (v) => decodeStrokeData(v),
  },
  {
    name: 'pm5-additional-stroke-data',
    uuid: pm5Uuid(0x36),
    title: 'PM5 additional stroke data',
    decode: (v) => decodeAdditionalStrokeData(v),
  },
  {
    name: 'pm5-split-interval',
    uuid: pm5Uuid(0x37),
    title: 'PM5 split/interval data',
    decode: decodeSplitInterval,
  },
  {
    name: 'pm5-additional-split-interval',
    uuid: pm5Uuid(0x38),
    title: 'PM5 additional split/interval data',
    decode: decodeAdditionalSplitInterval,
  },
  {
    name: 'pm5-workout-summary',
    uuid: pm5Uuid(0x39),
    title: 'PM5 end of workout summary',
    decode: (v) => decodeWorkoutSummary(v),
  },
  {
    name: 'pm5-additional-workout-summary',
    uuid: pm5Uuid(0x3a),
    title: 'PM5 additional workout summary',
    decode: (v) => decodeAdditionalWorkoutSummary(v),
  },
  {
    name: 'pm5-heart-rate-belt-info',
    uuid: pm5Uuid(0x3b),
    title: 'PM5 heart rate belt info',
    decode: decodeHeartRateBeltInfo,
  },
  {
    // Multiplexed only: the PM has no CE06003C characteristic. The entry decodes the 0x0080
    // payload after its id byte, and the UUID is the id's CE06 form so "003c" finds it.
    name: 'pm5-additional-workout-summary-2',
    uuid: pm5Uuid(0x3c),
    title: 'PM5 additional workout summary 2 (0x0080 payload after id 0x3C)',
    decode: decodeAdditionalWorkoutSummary2,
  },
  {
    name: 'pm5-force-curve',
    uuid: pm5Uuid(0x3d),
    title: 'PM5 force curve (one notification)',
    decode: decodeForceCurvePacket,
  },
  {
    name: 'pm5-additional-status-3',
    uuid: pm5Uuid(0x3e),
    title: 'PM5 additional status 3',
    decode: decodeAdditionalStatus3,
  },
  {
    name: 'pm5-logged-workout',
    uuid: pm5Uuid(0x3f),
    title: 'PM5 logged workout',
    decode: decodeLoggedWorkout,
  },
  {
    name: 'pm5-multiplexed',
    uuid: pm5Uuid(0x80),
    title: 'PM5 multiplexed record',
    decode: decodeMultiplexed,
  },
  {
    name: 'heart-rate-measurement',
    uuid: sigUuid(0x2a37),
    title: 'Heart rate measurement',
    decode: decodeHeartRateMeasurement,
  },
  {
    name: 'battery-level',
    uuid: sigUuid(0x2a19),
    title: 'Battery level',
    decode: decodeBatteryLevel,
  },
  {
    name: 'ftms-rower-data',
    uuid: sigUuid(0x2ad1),
    title: 'FTMS rower data',
    decode: decodeRowerData,
  },
  {
    name: 'ftms-treadmill-data',
    uuid: sigUuid(0x2acd),
    title: 'FTMS treadmill data',
    decode: decodeTreadmillData,
  },
  {
    name: 'ftms-indoor-bike-data',
    uuid: sigUuid(0x2ad2),
    title: 'FTMS indoor bike data',
    decode: decodeIndoorBikeData,
  },
  {
    name: 'ftms-feature',
    uuid: sigUuid(0x2acc),
    title: 'FTMS fitness machine feature',
    decode: decodeFitnessMachineFeature,
  },
  {
    // What the machine indicates on 0x2AD9; requests are written, so never decoded from it here.
    name: 'ftms-control-point',
    uuid: sigUuid(0x2ad9),
    title: 'FTMS control point response',
    decode: decodeControlPointResponse,
  },
  {
    name: 'ftms-machine-status',
    uuid: sigUuid(0x2ada),
    title: 'FTMS fitness machine status',
    decode: decodeMachineStatus,
  },
  {
    name: 'cycling-power-measurement',
    uuid: sigUuid(0x2a63),
    title: 'Cycling power measurement',
    decode: decodeCyclingPowerMeasurement,
  },
  {
    name: 'rsc-measurement',
    uuid: sigUuid(0x2a53),
    title: 'RSC measurement',
    decode: decodeRscMeasurement,
  },
];

const byKey = new Map<string, DecoderEntry>();
for (const entry of DECODERS) {
  byKey.set(entry.name, entry);
  byKey.set(entry.uuid, entry);
}

/**
 * Looks up by CLI name, 16-bit UUID ("2a37", "0x0031") or 128-bit UUID. A 16-bit id that is not a
 * Bluetooth SIG characteristic here is tried as a PM5 one (CE06xxxx-…).
 */
export function findDecoder(nameOrUuid: string): DecoderEntry | null {
  const key = nameOrUuid.trim().toLowerCase();
  const named = byKey.get(key);
  if (named) return named;
  const uuid = normaliseUuid(key);
  if (uuid === null) return null;
  const short = /^(0x)?([0-9a-f]{4})$/.exec(key)?.[2];
  return byKey.get(uuid) ?? (short ? byKey.get(pm5Uuid(parseInt(short, 16))) : undefined) ?? null;
}
