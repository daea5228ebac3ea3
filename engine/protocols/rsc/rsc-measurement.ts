/**
 * Running Speed and Cadence Measurement, characteristic 0x2A53 (RSC Service 1.0; GATT XML
 * org.bluetooth.characteristic.rsc_measurement). Flags uint8: bit 0 stride length present,
 * bit 1 total distance present, bit 2 running (else walking). Speed uint16 in 1/256 m/s, cadence
 * uint8 steps/min, stride length uint16 in 0.01 m, total distance uint32 in 0.1 m.
 */
import { ByteCursor, ByteWriter, requireLength } from '../bytes.ts';

const CHARACTERISTIC = 'RSC measurement (0x2A53)';

export type RscMeasurement = {
  instantaneousSpeedMps: number;
  instantaneousCadenceSpm: number;
  /** Omitted when the sensor does not send it. */
  strideLengthM?: number;
  totalDistanceM?: number;
  running: boolean;
};

export function decodeRscMeasurement(view: DataView): RscMeasurement {
  requireLength(view, 1, CHARACTERISTIC);
  const flags = view.getUint8(0);
  const hasStride = (flags & 0x01) !== 0;
  const hasDistance = (flags & 0x02) !== 0;
  requireLength(view, 4 + (hasStride ? 2 : 0) + (hasDistance ? 4 : 0), CHARACTERISTIC);
  const cursor = new ByteCursor(view, 1);
  const out: RscMeasurement = {
    instantaneousSpeedMps: cursor.u16() / 256,
    instantaneousCadenceSpm: cursor.u8(),
    running: (flags & 0x04) !== 0,
  };
  if (hasStride) out.strideLengthM = cursor.u16() / 100;
  if (hasDistance) out.totalDistanceM = cursor.u32() / 10;
  return out;
}

export function encodeRscMeasurement(value: RscMeasurement): Uint8Array {
  const hasStride = value.strideLengthM !== undefined;
  const hasDistance = value.totalDistanceM !== undefined;
  const flags = (hasStride ? 0x01 : 0) | (hasDistance ? 0x02 : 0) | (value.running ? 0x04 : 0);
  const writer = new ByteWriter(11)
    .u8(flags, `${CHARACTERISTIC} flags`)
    .u16(value.instantaneousSpeedMps * 256, `${CHARACTERISTIC} instantaneousSpeedMps`)
    .u8(value.instantaneousCadenceSpm, `${CHARACTERISTIC} instantaneousCadenceSpm`);
  if (value.strideLengthM !== undefined)
    writer.u16(value.strideLengthM * 100, `${CHARACTERISTIC} strideLengthM`);
  if (value.totalDistanceM !== undefined)
    writer.u32(value.totalDistanceM * 10, `${CHARACTERISTIC} totalDistanceM`);
  return writer.bytes();
}
