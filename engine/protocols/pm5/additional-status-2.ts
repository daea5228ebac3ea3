/**
 * PM5 Additional Status 2, characteristic 0x0033 (multiplexed id 0x33). Time-driven.
 * Direct 20 bytes; the multiplexed form drops average power, so its later offsets shift by −2.
 * Last split time is in 0.01 s (the real trace shows 2505 after a 25.0 s piece; Open Rowing
 * Monitor AdditionalStatus2Characteristic.js notes the same). The split calories field is
 * documented as cal/hr but equals total kcal in both public captures, so it is read as kcal.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts;
 * TrackMyIndoorWorkout test/c2_status2_sensor_test.dart.
 */
import { defineLayout, type LayoutValue } from './layout.ts';
import type { Pm5Form } from './form.ts';

const DIRECT = [
  { name: 'elapsedS', offset: 0, size: 3, divisor: 100 },
  { name: 'intervalCount', offset: 3, size: 1 },
  { name: 'averagePowerW', offset: 4, size: 2 },
  { name: 'totalCaloriesKcal', offset: 6, size: 2 },
  { name: 'splitAveragePaceS500m', offset: 8, size: 2, divisor: 100 },
  { name: 'splitAveragePowerW', offset: 10, size: 2 },
  { name: 'splitCaloriesKcal', offset: 12, size: 2 },
  { name: 'lastSplitTimeS', offset: 14, size: 3, divisor: 100 },
  { name: 'lastSplitDistanceM', offset: 17, size: 3 },
] as const;

const MUX = [
  { name: 'elapsedS', offset: 0, size: 3, divisor: 100 },
  { name: 'intervalCount', offset: 3, size: 1 },
  { name: 'averagePowerW', absent: true },
  { name: 'totalCaloriesKcal', offset: 4, size: 2 },
  { name: 'splitAveragePaceS500m', offset: 6, size: 2, divisor: 100 },
  { name: 'splitAveragePowerW', offset: 8, size: 2 },
  { name: 'splitCaloriesKcal', offset: 10, size: 2 },
  { name: 'lastSplitTimeS', offset: 12, size: 3, divisor: 100 },
  { name: 'lastSplitDistanceM', offset: 15, size: 3 },
] as const;

const direct = defineLayout('PM5 additional status 2 (0x0033)', DIRECT);
const mux = defineLayout('PM5 additional status 2 (0x0080 id 0x33)', MUX);

/** `averagePowerW` is null in the multiplexed form, which does not carry it. */
export type AdditionalStatus2 = LayoutValue<typeof MUX>;

export function decodeAdditionalStatus2(
  view: DataView,
  form: Pm5Form = 'direct',
): AdditionalStatus2 {
  return form === 'mux' ? mux.decode(view) : direct.decode(view);
}

export function encodeAdditionalStatus2(
  value: AdditionalStatus2,
  form: Pm5Form = 'direct',
): Uint8Array {
  return form === 'mux'
    ? mux.encode(value)
    : direct.encode({ ...value, averagePowerW: value.averagePowerW ?? 0 });
}
