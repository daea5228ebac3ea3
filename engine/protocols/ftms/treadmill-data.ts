/**
 * FTMS Treadmill Data, characteristic 0x2ACD (Fitness Machine Service 1.0 §4.9; field formats from
 * the Bluetooth SIG GATT XML org.bluetooth.characteristic.treadmill_data, 2017). Pace fields are
 * uint8 at 0.1 as in the XML (which labels them km/min; a byte of tenths only makes sense as
 * minutes per km, and treadmills send it that way), so the names say min/km. Inclination, ramp
 * angle, force on belt and power output use 0x7FFF for "not available" (null here).
 */
import { defineFlagLayout, ENERGY_FIELDS, type FlagValue } from './flag-layout.ts';

const NA = 0x7fff;

const GROUPS = [
  { bit: 0, fields: [{ name: 'instantaneousSpeedKmh', kind: 'u16', divisor: 100 }] },
  { bit: 1, fields: [{ name: 'averageSpeedKmh', kind: 'u16', divisor: 100 }] },
  { bit: 2, fields: [{ name: 'totalDistanceM', kind: 'u24' }] },
  {
    bit: 3,
    fields: [
      { name: 'inclinationPct', kind: 's16', divisor: 10, nullRaw: NA },
      { name: 'rampAngleDeg', kind: 's16', divisor: 10, nullRaw: NA },
    ],
  },
  {
    bit: 4,
    fields: [
      { name: 'positiveElevationGainM', kind: 'u16', divisor: 10 },
      { name: 'negativeElevationGainM', kind: 'u16', divisor: 10 },
    ],
  },
  { bit: 5, fields: [{ name: 'instantaneousPaceMinPerKm', kind: 'u8', divisor: 10 }] },
  { bit: 6, fields: [{ name: 'averagePaceMinPerKm', kind: 'u8', divisor: 10 }] },
  { bit: 7, fields: ENERGY_FIELDS },
  { bit: 8, fields: [{ name: 'heartRateBpm', kind: 'u8' }] },
  { bit: 9, fields: [{ name: 'metabolicEquivalent', kind: 'u8', divisor: 10 }] },
  { bit: 10, fields: [{ name: 'elapsedTimeS', kind: 'u16' }] },
  { bit: 11, fields: [{ name: 'remainingTimeS', kind: 'u16' }] },
  {
    bit: 12,
    fields: [
      { name: 'forceOnBeltN', kind: 's16', nullRaw: NA },
      { name: 'powerOutputW', kind: 's16', nullRaw: NA },
    ],
  },
] as const;

const layout = defineFlagLayout('FTMS treadmill data (0x2ACD)', GROUPS);

/** Flags plus every field those flags promise, in bytes. */
export const treadmillDataExpectedBytes = (flags: number): number => layout.expectedBytes(flags);

export type TreadmillDataFields = FlagValue<typeof GROUPS>;
/** `moreData`: the instantaneous speed is absent here and the record continues in the next notification. */
export type TreadmillData = TreadmillDataFields & { moreData: boolean };

export function decodeTreadmillData(view: DataView): TreadmillData {
  const { flags, value } = layout.decode(view);
  return { moreData: (flags & 1) === 1, ...value };
}

export function encodeTreadmillData(value: TreadmillDataFields): Uint8Array {
  return layout.encode(value);
}
