/**
 * PM5 General Status, characteristic 0x0031 (multiplexed id 0x31, same 19-byte layout).
 * Time-driven: sent every sample period (0x0034). Elapsed time and distance reset at each
 * interval rollover; total work distance holds the distance of the intervals before this one.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts
 * and Open Rowing Monitor GeneralStatusCharacteristic.js; checked on a real PM5 capture
 * (ErgometerJS demos/recording/typescript/recordings/row100meter.ts).
 */
import { defineLayout, type LayoutValue } from './layout.ts';
import { durationFromRaw, rawFromDuration } from './enums.ts';

const FIELDS = [
  { name: 'elapsedS', offset: 0, size: 3, divisor: 100 },
  { name: 'distanceM', offset: 3, size: 3, divisor: 10 },
  { name: 'workoutType', offset: 6, size: 1 },
  { name: 'intervalType', offset: 7, size: 1 },
  { name: 'workoutState', offset: 8, size: 1 },
  { name: 'rowingState', offset: 9, size: 1 },
  { name: 'strokeState', offset: 10, size: 1 },
  { name: 'totalWorkDistanceM', offset: 11, size: 3 },
  { name: 'workoutDuration', offset: 14, size: 3 },
  { name: 'workoutDurationType', offset: 17, size: 1 },
  { name: 'dragFactor', offset: 18, size: 1 },
] as const;

const layout = defineLayout('PM5 general status (0x0031)', FIELDS);

/** `workoutDuration` is in the unit of `workoutDurationType`: s, m, cal or watt-min. */
export type GeneralStatus = LayoutValue<typeof FIELDS>;

export function decodeGeneralStatus(view: DataView): GeneralStatus {
  const value = layout.decode(view);
  value.workoutDuration = durationFromRaw(value.workoutDurationType, value.workoutDuration);
  return value;
}

export function encodeGeneralStatus(value: GeneralStatus): Uint8Array {
  return layout.encode({
    ...value,
    workoutDuration: rawFromDuration(value.workoutDurationType, value.workoutDuration),
  });
}
