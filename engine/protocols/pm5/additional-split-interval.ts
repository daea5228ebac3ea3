/**
 * PM5 Additional Split/Interval Data, characteristic 0x0038 (multiplexed id 0x38), sent with
 * 0x0037. 18 bytes on 2016 firmware, 19 with the erg machine type on newer firmware. Average
 * pace is in 0.1 s / 500 m here (not 0.01 s as in the status records).
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts;
 * checked on a real PM5 capture (ErgometerJS row100meter.ts: 125.0 s / 500 m, 179 W).
 */
import { defineLayout, type LayoutValue } from './layout.ts';

const FIELDS = [
  { name: 'elapsedS', offset: 0, size: 3, divisor: 100 },
  { name: 'intervalAverageStrokeRateSpm', offset: 3, size: 1 },
  { name: 'intervalWorkHeartRateBpm', offset: 4, size: 1 },
  { name: 'intervalRestHeartRateBpm', offset: 5, size: 1 },
  { name: 'intervalAveragePaceS500m', offset: 6, size: 2, divisor: 10 },
  { name: 'intervalTotalCaloriesKcal', offset: 8, size: 2 },
  { name: 'intervalAverageCaloriesPerHour', offset: 10, size: 2 },
  { name: 'intervalSpeedMps', offset: 12, size: 2, divisor: 1000 },
  { name: 'intervalPowerW', offset: 14, size: 2 },
  { name: 'intervalAverageDragFactor', offset: 16, size: 1 },
  { name: 'intervalNumber', offset: 17, size: 1 },
  { name: 'ergMachineType', offset: 18, size: 1, optional: true },
] as const;

const layout = defineLayout('PM5 additional split/interval data (0x0038)', FIELDS);

export type AdditionalSplitInterval = LayoutValue<typeof FIELDS>;

export const decodeAdditionalSplitInterval = (view: DataView): AdditionalSplitInterval =>
  layout.decode(view);
export const encodeAdditionalSplitInterval = (value: AdditionalSplitInterval): Uint8Array =>
  layout.encode(value);
