/**
 * PM5 Additional Stroke Data, characteristic 0x0036 (multiplexed id 0x36), sent with 0x0035 at
 * the end of the drive. Direct 15 bytes; the multiplexed form appends work per stroke (0.1 J).
 * Stroke calories are read as cal/hr (ErgometerJS; the real trace shows 675–977 at 109–193 W,
 * which fits the PM's 4·0.8604·W + 300 cal/hr).
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts.
 */
import { defineLayout, type LayoutValue } from './layout.ts';
import type { Pm5Form } from './form.ts';

const COMMON = [
  { name: 'elapsedS', offset: 0, size: 3, divisor: 100 },
  { name: 'strokePowerW', offset: 3, size: 2 },
  { name: 'strokeCaloriesPerHour', offset: 5, size: 2 },
  { name: 'strokeCount', offset: 7, size: 2 },
  { name: 'projectedWorkTimeS', offset: 9, size: 3 },
  { name: 'projectedWorkDistanceM', offset: 12, size: 3 },
] as const;

const DIRECT = [...COMMON, { name: 'workPerStrokeJ', absent: true }] as const;
const MUX = [
  ...COMMON,
  { name: 'workPerStrokeJ', offset: 15, size: 2, divisor: 10, nullRaw: 0xffff },
] as const;

const direct = defineLayout('PM5 additional stroke data (0x0036)', DIRECT);
const mux = defineLayout('PM5 additional stroke data (0x0080 id 0x36)', MUX);

export type AdditionalStrokeData = LayoutValue<typeof DIRECT>;

export function decodeAdditionalStrokeData(
  view: DataView,
  form: Pm5Form = 'direct',
): AdditionalStrokeData {
  return form === 'mux' ? mux.decode(view) : direct.decode(view);
}

export function encodeAdditionalStrokeData(
  value: AdditionalStrokeData,
  form: Pm5Form = 'direct',
): Uint8Array {
  return form === 'mux' ? mux.encode(value) : direct.encode(value);
}
