/**
 * FTMS Indoor Bike Data, characteristic 0x2AD2 (Fitness Machine Service 1.0 §4.10). Bit 1 is
 * Average Speed and bit 2 Instantaneous Cadence: the 2017 GATT XML lists them the other way round,
 * but the FTMS specification text, Auuki src/ble/ftms/indoor-bike-data.js and a real Elite Suito
 * capture (Auuki test/ble/ftms.test.js) all use this order. Cadence is in 0.5 rpm.
 */
import { defineFlagLayout, ENERGY_FIELDS, type FlagValue } from './flag-layout.ts';

const GROUPS = [
  { bit: 0, fields: [{ name: 'instantaneousSpeedKmh', kind: 'u16', divisor: 100 }] },
  { bit: 1, fields: [{ name: 'averageSpeedKmh', kind: 'u16', divisor: 100 }] },
  { bit: 2, fields: [{ name: 'instantaneousCadenceRpm', kind: 'u16', divisor: 2 }] },
  { bit: 3, fields: [{ name: 'averageCadenceRpm', kind: 'u16', divisor: 2 }] },
  { bit: 4, fields: [{ name: 'totalDistanceM', kind: 'u24' }] },
  { bit: 5, fields: [{ name: 'resistanceLevel', kind: 's16' }] },
  { bit: 6, fields: [{ name: 'instantaneousPowerW', kind: 's16' }] },
  { bit: 7, fields: [{ name: 'averagePowerW', kind: 's16' }] },
  { bit: 8, fields: ENERGY_FIELDS },
  { bit: 9, fields: [{ name: 'heartRateBpm', kind: 'u8' }] },
  { bit: 10, fields: [{ name: 'metabolicEquivalent', kind: 'u8', divisor: 10 }] },
  { bit: 11, fields: [{ name: 'elapsedTimeS', kind: 'u16' }] },
  { bit: 12, fields: [{ name: 'remainingTimeS', kind: 'u16' }] },
] as const;

const layout = defineFlagLayout('FTMS indoor bike data (0x2AD2)', GROUPS);

/** Flags plus every field those flags promise, in bytes. */
export const indoorBikeDataExpectedBytes = (flags: number): number => layout.expectedBytes(flags);

export type IndoorBikeDataFields = FlagValue<typeof GROUPS>;
/** `moreData`: the instantaneous speed is absent here and the record continues in the next notification. */
export type IndoorBikeData = IndoorBikeDataFields & { moreData: boolean };

export function decodeIndoorBikeData(view: DataView): IndoorBikeData {
  const { flags, value } = layout.decode(view);
  return { moreData: (flags & 1) === 1, ...value };
}

export function encodeIndoorBikeData(value: IndoorBikeDataFields): Uint8Array {
  return layout.encode(value);
}
