/**
 * PM5 Additional Status, characteristic 0x0032 (multiplexed id 0x32). Time-driven.
 * Direct: 16 bytes on 2016 firmware (real capture, ErgometerJS row100meter.ts), 17 with the erg
 * machine type on newer firmware (TrackMyIndoorWorkout test/c2_status1_sensor_test.dart).
 * Multiplexed: average power (uint16 W) is inserted at offset 16, before the machine type.
 * Heart rate 255 means no belt. Rest time counts down during a planned rest.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts.
 */
import { defineLayout, type LayoutValue } from './layout.ts';
import type { Pm5Form } from './form.ts';

const COMMON = [
  { name: 'elapsedS', offset: 0, size: 3, divisor: 100 },
  { name: 'speedMps', offset: 3, size: 2, divisor: 1000 },
  { name: 'strokeRateSpm', offset: 5, size: 1 },
  { name: 'heartRateBpm', offset: 6, size: 1, nullRaw: 255 },
  { name: 'currentPaceS500m', offset: 7, size: 2, divisor: 100 },
  { name: 'averagePaceS500m', offset: 9, size: 2, divisor: 100 },
  { name: 'restDistanceM', offset: 11, size: 2 },
  { name: 'restTimeS', offset: 13, size: 3, divisor: 100 },
] as const;

const DIRECT = [
  ...COMMON,
  { name: 'averagePowerW', absent: true },
  { name: 'ergMachineType', offset: 16, size: 1, optional: true },
] as const;

const MUX = [
  ...COMMON,
  { name: 'averagePowerW', offset: 16, size: 2 },
  { name: 'ergMachineType', offset: 18, size: 1, optional: true },
] as const;

const direct = defineLayout('PM5 additional status (0x0032)', DIRECT);
const mux = defineLayout('PM5 additional status (0x0080 id 0x32)', MUX);

/** `averagePowerW` only travels in the multiplexed form; `ergMachineType` only on newer firmware. */
export type AdditionalStatus = LayoutValue<typeof DIRECT>;

export function decodeAdditionalStatus(view: DataView, form: Pm5Form = 'direct'): AdditionalStatus {
  return form === 'mux' ? mux.decode(view) : direct.decode(view);
}

export function encodeAdditionalStatus(
  value: AdditionalStatus,
  form: Pm5Form = 'direct',
): Uint8Array {
  return form === 'mux'
    ? mux.encode({ ...value, averagePowerW: value.averagePowerW ?? 0 })
    : direct.encode(value);
}
