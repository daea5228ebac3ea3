/**
 * PM5 Additional Workout Summary, characteristic 0x003A (multiplexed id 0x3A), sent with 0x0039.
 * Direct 19 bytes; the multiplexed form (18 bytes) drops the split/interval type, shifting the
 * later fields by −1. The split/interval size is in metres or seconds, per the workout.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts;
 * checked on a real PM5 capture (ErgometerJS row100meter.ts).
 */
import { defineLayout, type LayoutValue } from './layout.ts';
import type { Pm5Form } from './form.ts';
import { logDateFromRaw, logTimeFromRaw, rawFromLogDate, rawFromLogTime } from './log-date.ts';

const DIRECT = [
  { name: 'logDate', offset: 0, size: 2 },
  { name: 'logTime', offset: 2, size: 2 },
  { name: 'splitIntervalType', offset: 4, size: 1 },
  { name: 'splitIntervalSize', offset: 5, size: 2 },
  { name: 'splitIntervalCount', offset: 7, size: 1 },
  { name: 'totalCaloriesKcal', offset: 8, size: 2 },
  { name: 'powerW', offset: 10, size: 2 },
  { name: 'totalRestDistanceM', offset: 12, size: 3 },
  { name: 'intervalRestTimeS', offset: 15, size: 2 },
  { name: 'averageCaloriesPerHour', offset: 17, size: 2 },
] as const;

const MUX = [
  { name: 'logDate', offset: 0, size: 2 },
  { name: 'logTime', offset: 2, size: 2 },
  { name: 'splitIntervalType', absent: true },
  { name: 'splitIntervalSize', offset: 4, size: 2 },
  { name: 'splitIntervalCount', offset: 6, size: 1 },
  { name: 'totalCaloriesKcal', offset: 7, size: 2 },
  { name: 'powerW', offset: 9, size: 2 },
  { name: 'totalRestDistanceM', offset: 11, size: 3 },
  { name: 'intervalRestTimeS', offset: 14, size: 2 },
  { name: 'averageCaloriesPerHour', offset: 16, size: 2 },
] as const;

const direct = defineLayout('PM5 additional workout summary (0x003A)', DIRECT);
const mux = defineLayout('PM5 additional workout summary (0x0080 id 0x3A)', MUX);

type Raw = LayoutValue<typeof MUX>;

export type AdditionalWorkoutSummary = Omit<Raw, 'logDate' | 'logTime'> & {
  logDate: string;
  logTime: string;
};

export function decodeAdditionalWorkoutSummary(
  view: DataView,
  form: Pm5Form = 'direct',
): AdditionalWorkoutSummary {
  const raw: Raw = form === 'mux' ? mux.decode(view) : direct.decode(view);
  return { ...raw, logDate: logDateFromRaw(raw.logDate), logTime: logTimeFromRaw(raw.logTime) };
}

export function encodeAdditionalWorkoutSummary(
  value: AdditionalWorkoutSummary,
  form: Pm5Form = 'direct',
): Uint8Array {
  const raw = {
    ...value,
    logDate: rawFromLogDate(value.logDate),
    logTime: rawFromLogTime(value.logTime),
  };
  return form === 'mux'
    ? mux.encode(raw)
    : direct.encode({ ...raw, splitIntervalType: raw.splitIntervalType ?? 0 });
}
