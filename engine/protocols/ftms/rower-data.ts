/**
 * FTMS Rower Data, characteristic 0x2AD1 (Fitness Machine Service 1.0 §4.8; field formats from
 * the Bluetooth SIG GATT XML org.bluetooth.characteristic.rower_data, 2017). Resistance level is
 * sint16 as in the XML: a real PM5 FTMS capture (TrackMyIndoorWorkout
 * test/concept2_old_ftms_test.dart) only decodes with 2 bytes. Stroke rate is in 0.5 spm.
 * The PM5 splits one record over two notifications with More Data (more-data-assembler.ts merges
 * them) and may append a stray byte, which is ignored.
 */
import { defineFlagLayout, ENERGY_FIELDS, type FlagValue } from './flag-layout.ts';

const GROUPS = [
  {
    bit: 0,
    fields: [
      { name: 'strokeRateSpm', kind: 'u8', divisor: 2 },
      { name: 'strokeCount', kind: 'u16' },
    ],
  },
  { bit: 1, fields: [{ name: 'averageStrokeRateSpm', kind: 'u8', divisor: 2 }] },
  { bit: 2, fields: [{ name: 'totalDistanceM', kind: 'u24' }] },
  { bit: 3, fields: [{ name: 'instantaneousPaceS500m', kind: 'u16' }] },
  { bit: 4, fields: [{ name: 'averagePaceS500m', kind: 'u16' }] },
  { bit: 5, fields: [{ name: 'instantaneousPowerW', kind: 's16' }] },
  { bit: 6, fields: [{ name: 'averagePowerW', kind: 's16' }] },
  { bit: 7, fields: [{ name: 'resistanceLevel', kind: 's16' }] },
  { bit: 8, fields: ENERGY_FIELDS },
  { bit: 9, fields: [{ name: 'heartRateBpm', kind: 'u8' }] },
  { bit: 10, fields: [{ name: 'metabolicEquivalent', kind: 'u8', divisor: 10 }] },
  { bit: 11, fields: [{ name: 'elapsedTimeS', kind: 'u16' }] },
  { bit: 12, fields: [{ name: 'remainingTimeS', kind: 'u16' }] },
] as const;

const layout = defineFlagLayout('FTMS rower data (0x2AD1)', GROUPS);

/** Flags plus every field those flags promise, in bytes. */
export const rowerDataExpectedBytes = (flags: number): number => layout.expectedBytes(flags);

export type RowerDataFields = FlagValue<typeof GROUPS>;
/** `moreData`: the stroke rate and count are absent here and the record continues in the next notification. */
export type RowerData = RowerDataFields & { moreData: boolean };

export function decodeRowerData(view: DataView): RowerData {
  const { flags, value } = layout.decode(view);
  return { moreData: (flags & 1) === 1, ...value };
}

export function encodeRowerData(value: RowerDataFields): Uint8Array {
  return layout.encode(value);
}
