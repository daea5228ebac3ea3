/**
 * PM5 End of Workout Summary, characteristic 0x0039 (multiplexed id 0x39). Sent when the workout
 * ends, and again after a minute of rest with the recovery heart rate filled in (Open Rowing
 * Monitor WorkoutSummaryCharacteristic.js). Direct 20 bytes; the multiplexed form (18 bytes) drops
 * the average pace (0.1 s / 500 m).
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts;
 * checked on a real PM5 capture (ErgometerJS row100meter.ts).
 */
import { defineLayout, type LayoutValue } from './layout.ts';
import type { Pm5Form } from './form.ts';
import { logDateFromRaw, logTimeFromRaw, rawFromLogDate, rawFromLogTime } from './log-date.ts';

const COMMON = [
  { name: 'logDate', offset: 0, size: 2 },
  { name: 'logTime', offset: 2, size: 2 },
  { name: 'elapsedS', offset: 4, size: 3, divisor: 100 },
  { name: 'distanceM', offset: 7, size: 3, divisor: 10 },
  { name: 'averageStrokeRateSpm', offset: 10, size: 1 },
  { name: 'endingHeartRateBpm', offset: 11, size: 1 },
  { name: 'averageHeartRateBpm', offset: 12, size: 1 },
  { name: 'minHeartRateBpm', offset: 13, size: 1 },
  { name: 'maxHeartRateBpm', offset: 14, size: 1 },
  { name: 'averageDragFactor', offset: 15, size: 1 },
  { name: 'recoveryHeartRateBpm', offset: 16, size: 1 },
  { name: 'workoutType', offset: 17, size: 1 },
] as const;

const DIRECT = [...COMMON, { name: 'averagePaceS500m', offset: 18, size: 2, divisor: 10 }] as const;
const MUX = [...COMMON, { name: 'averagePaceS500m', absent: true }] as const;

const direct = defineLayout('PM5 end of workout summary (0x0039)', DIRECT);
const mux = defineLayout('PM5 end of workout summary (0x0080 id 0x39)', MUX);

type Raw = LayoutValue<typeof MUX>;

/** `logDate` "YYYY-MM-DD" and `logTime` "HH:MM" as the PM stamped them; heart rates 0 = no belt. */
export type WorkoutSummary = Omit<Raw, 'logDate' | 'logTime'> & {
  logDate: string;
  logTime: string;
};

export function decodeWorkoutSummary(view: DataView, form: Pm5Form = 'direct'): WorkoutSummary {
  const raw: Raw = form === 'mux' ? mux.decode(view) : direct.decode(view);
  return { ...raw, logDate: logDateFromRaw(raw.logDate), logTime: logTimeFromRaw(raw.logTime) };
}

export function encodeWorkoutSummary(value: WorkoutSummary, form: Pm5Form = 'direct'): Uint8Array {
  const raw = {
    ...value,
    logDate: rawFromLogDate(value.logDate),
    logTime: rawFromLogTime(value.logTime),
  };
  return form === 'mux'
    ? mux.encode(raw)
    : direct.encode({ ...raw, averagePaceS500m: raw.averagePaceS500m ?? 0 });
}
