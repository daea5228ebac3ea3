/**
 * PM5 Stroke Data, characteristic 0x0035 (multiplexed id 0x35). Sent at the end of each drive
 * and again at the end of the recovery with the recovery time filled in (each stroke appears
 * twice in the real trace). Work per stroke is 0xFFFF on the first stroke and only travels in the
 * direct form; the multiplexed form moves the stroke count to offset 16. Forces are in lbf.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts;
 * checked on a real PM5 capture (ErgometerJS row100meter.ts).
 */
import { defineLayout, type LayoutValue } from './layout.ts';
import type { Pm5Form } from './form.ts';

const COMMON = [
  { name: 'elapsedS', offset: 0, size: 3, divisor: 100 },
  { name: 'distanceM', offset: 3, size: 3, divisor: 10 },
  { name: 'driveLengthM', offset: 6, size: 1, divisor: 100 },
  { name: 'driveTimeS', offset: 7, size: 1, divisor: 100 },
  { name: 'recoveryTimeS', offset: 8, size: 2, divisor: 100 },
  { name: 'strokeDistanceM', offset: 10, size: 2, divisor: 100 },
  { name: 'peakDriveForceLbs', offset: 12, size: 2, divisor: 10 },
  { name: 'averageDriveForceLbs', offset: 14, size: 2, divisor: 10 },
] as const;

const DIRECT = [
  ...COMMON,
  { name: 'workPerStrokeJ', offset: 16, size: 2, divisor: 10, nullRaw: 0xffff },
  { name: 'strokeCount', offset: 18, size: 2 },
] as const;

const MUX = [
  ...COMMON,
  { name: 'workPerStrokeJ', absent: true },
  { name: 'strokeCount', offset: 16, size: 2 },
] as const;

const direct = defineLayout('PM5 stroke data (0x0035)', DIRECT);
const mux = defineLayout('PM5 stroke data (0x0080 id 0x35)', MUX);

export type StrokeData = LayoutValue<typeof DIRECT>;

export function decodeStrokeData(view: DataView, form: Pm5Form = 'direct'): StrokeData {
  return form === 'mux' ? mux.decode(view) : direct.decode(view);
}

export function encodeStrokeData(value: StrokeData, form: Pm5Form = 'direct'): Uint8Array {
  return form === 'mux' ? mux.encode(value) : direct.encode(value);
}
