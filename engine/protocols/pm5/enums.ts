/**
 * PM5 enumerations carried in the rowing-service records.
 *
 * Source: Concept2 "PM CSAFE Communication Definition" rev 0.27 (2023-08-08) as transcribed in
 * Open Rowing Monitor csafe-service/CsafeCommandsMapping.js; ErgometerJS ble/typedefinitions.ts
 * agrees. Workout type 13 appears in a real 2016 trace while the rower is in the menus; its
 * meaning is unconfirmed, so it is only named "unknown".
 */

export const WORKOUT_TYPE = {
  justRowNoSplits: 0,
  justRowSplits: 1,
  fixedDistanceNoSplits: 2,
  fixedDistanceSplits: 3,
  fixedTimeNoSplits: 4,
  fixedTimeSplits: 5,
  fixedTimeInterval: 6,
  fixedDistanceInterval: 7,
  variableInterval: 8,
  variableUndefinedRestInterval: 9,
  fixedCalorieSplits: 10,
  fixedWattMinuteSplits: 11,
  fixedCaloriesInterval: 12,
} as const;

export const INTERVAL_TYPE = {
  time: 0,
  distance: 1,
  rest: 2,
  timeRestUndefined: 3,
  distanceRestUndefined: 4,
  restUndefined: 5,
  calorie: 6,
  calorieRestUndefined: 7,
  wattMinute: 8,
  wattMinuteRestUndefined: 9,
  none: 255,
} as const;

export const WORKOUT_STATE = {
  waitToBegin: 0,
  workoutRow: 1,
  countdownPause: 2,
  intervalRest: 3,
  intervalWorkTime: 4,
  intervalWorkDistance: 5,
  intervalRestEndToWorkTime: 6,
  intervalRestEndToWorkDistance: 7,
  intervalWorkTimeToRest: 8,
  intervalWorkDistanceToRest: 9,
  workoutEnd: 10,
  terminate: 11,
  workoutLogged: 12,
  rearm: 13,
} as const;

export const ROWING_STATE = { inactive: 0, active: 1 } as const;

export const STROKE_STATE = {
  waitingForWheelToReachMinSpeed: 0,
  waitingForWheelToAccelerate: 1,
  driving: 2,
  dwellingAfterDrive: 3,
  recovery: 4,
} as const;

/**
 * Workout duration type: what the workout duration counts. Watt-minutes are 0x60 in ErgometerJS
 * and 0xC0 in Open Rowing Monitor; both are accepted when naming.
 */
export const DURATION_TYPE = {
  time: 0x00,
  calories: 0x40,
  wattMinutes: 0x60,
  distance: 0x80,
} as const;

/** Sample rate characteristic 0x0034: the period of the time-driven records (default 500 ms). */
export const SAMPLE_RATE_PERIOD_MS: Record<number, number> = { 0: 1000, 1: 500, 2: 250, 3: 100 };

function nameOf(table: Record<string, number>, value: number): string {
  const entry = Object.entries(table).find(([, v]) => v === value);
  return entry ? entry[0] : `unknown (${value})`;
}

export const workoutTypeName = (v: number): string => nameOf(WORKOUT_TYPE, v);
export const intervalTypeName = (v: number): string => nameOf(INTERVAL_TYPE, v);
export const workoutStateName = (v: number): string => nameOf(WORKOUT_STATE, v);
export const strokeStateName = (v: number): string => nameOf(STROKE_STATE, v);
export const rowingStateName = (v: number): string => nameOf(ROWING_STATE, v);
export const durationTypeName = (v: number): string =>
  v === 0xc0 ? 'wattMinutes' : nameOf(DURATION_TYPE, v);

/** The unit a workout duration is counted in, for a duration type. */
export function durationUnit(durationType: number): 's' | 'm' | 'cal' | 'watt-min' {
  if (durationType === DURATION_TYPE.distance) return 'm';
  if (durationType === DURATION_TYPE.calories) return 'cal';
  if (durationType === DURATION_TYPE.wattMinutes || durationType === 0xc0) return 'watt-min';
  return 's';
}

/** Time durations travel in 0.01 s; the other types in whole units. */
export function durationFromRaw(durationType: number, raw: number): number {
  return durationUnit(durationType) === 's' ? raw / 100 : raw;
}

export function rawFromDuration(durationType: number, value: number): number {
  return durationUnit(durationType) === 's' ? Math.round(value * 100) : Math.round(value);
}
