/**
 * PM5 Split/Interval Data, characteristic 0x0037 (multiplexed id 0x37, same 18 bytes). Sent once
 * when a split or interval ends, numbered from 1. Elapsed time and distance are the running
 * counters at that moment; the split time is in 0.1 s.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts;
 * checked on a real PM5 capture (ErgometerJS row100meter.ts: 25.0 s / 100 m).
 */
import { defineLayout, type LayoutValue } from './layout.ts';

const FIELDS = [
  { name: 'elapsedS', offset: 0, size: 3, divisor: 100 },
  { name: 'distanceM', offset: 3, size: 3, divisor: 10 },
  { name: 'intervalTimeS', offset: 6, size: 3, divisor: 10 },
  { name: 'intervalDistanceM', offset: 9, size: 3 },
  { name: 'intervalRestTimeS', offset: 12, size: 2 },
  { name: 'intervalRestDistanceM', offset: 14, size: 2 },
  { name: 'intervalType', offset: 16, size: 1 },
  { name: 'intervalNumber', offset: 17, size: 1 },
] as const;

const layout = defineLayout('PM5 split/interval data (0x0037)', FIELDS);

export type SplitInterval = LayoutValue<typeof FIELDS>;

export const decodeSplitInterval = (view: DataView): SplitInterval => layout.decode(view);
export const encodeSplitInterval = (value: SplitInterval): Uint8Array => layout.encode(value);
