/**
 * PM5 Additional Workout Summary 2: multiplexed only (0x0080 id 0x3C, 10 bytes), sent with the
 * other end-of-workout records 0x0039 / 0x003A / 0x003F. It has no characteristic of its own.
 * Average pace is in 0.1 s / 500 m, as in 0x0039.
 * Byte 6 is "Game Identifier / Workout Verified": we read the game id from the low nibble and the
 * verification from the high nibble, which fits Open Rowing Monitor's encoder and the example in
 * its source comment (0x10: verified, no game); the split is unconfirmed.
 * Source: PM5 Bluetooth Smart Interface Definition rev 1.30 via ErgometerJS typedefinitions.ts
 * (PM_Mux_Extra_Workout_Summary2_BLE_Payload) and Open Rowing Monitor
 * AdditionalWorkoutSummary2Characteristic.js, whose comment gives the example frame
 * `0333 1212 4808 10 0000 00`.
 */
import { defineLayout, type LayoutValue } from './layout.ts';
import { logDateFromRaw, logTimeFromRaw, rawFromLogDate, rawFromLogTime } from './log-date.ts';

const FIELDS = [
  { name: 'logDate', offset: 0, size: 2 },
  { name: 'logTime', offset: 2, size: 2 },
  { name: 'averagePaceS500m', offset: 4, size: 2, divisor: 10 },
  { name: 'gameIdAndVerification', offset: 6, size: 1 },
  { name: 'gameScore', offset: 7, size: 2 },
  { name: 'ergMachineType', offset: 9, size: 1 },
] as const;

const layout = defineLayout('PM5 additional workout summary 2 (0x0080 id 0x3C)', FIELDS);

type Raw = LayoutValue<typeof FIELDS>;

export type AdditionalWorkoutSummary2 = Omit<
  Raw,
  'logDate' | 'logTime' | 'gameIdAndVerification'
> & {
  logDate: string;
  logTime: string;
  gameId: number;
  workoutVerification: number;
};

export function decodeAdditionalWorkoutSummary2(view: DataView): AdditionalWorkoutSummary2 {
  const raw = layout.decode(view);
  return {
    logDate: logDateFromRaw(raw.logDate),
    logTime: logTimeFromRaw(raw.logTime),
    averagePaceS500m: raw.averagePaceS500m,
    gameId: raw.gameIdAndVerification & 0x0f,
    workoutVerification: raw.gameIdAndVerification >> 4,
    gameScore: raw.gameScore,
    ergMachineType: raw.ergMachineType,
  };
}

export function encodeAdditionalWorkoutSummary2(value: AdditionalWorkoutSummary2): Uint8Array {
  const { gameId, workoutVerification, ...rest } = value;
  if (![gameId, workoutVerification].every((n) => Number.isInteger(n) && n >= 0 && n <= 15)) {
    throw new RangeError(
      `PM5 game id ${gameId} and workout verification ${workoutVerification} must each be 0–15.`,
    );
  }
  return layout.encode({
    ...rest,
    logDate: rawFromLogDate(value.logDate),
    logTime: rawFromLogTime(value.logTime),
    gameIdAndVerification: (workoutVerification << 4) | gameId,
  });
}
