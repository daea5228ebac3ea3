import type { LapMesg, SessionMesg } from '@garmin/fitsdk';
import type { DeviceTotals } from '../../activity/types.ts';

const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The device's totals for a leg, from its session message (FIT Profile, "session"). */
export function sessionTotals(session: SessionMesg): DeviceTotals {
  return {
    elapsedS: num(session.totalElapsedTime),
    timerS: num(session.totalTimerTime),
    distanceM: num(session.totalDistance),
    avgHr: num(session.avgHeartRate),
    maxHr: num(session.maxHeartRate),
    caloriesKcal: num(session.totalCalories),
    avgPowerW: num(session.avgPower),
    ascentM: num(session.totalAscent),
  };
}

/** Without a session (a file cut off before the device wrote it), the laps summed. */
export function lapTotals(laps: LapMesg[]): DeviceTotals | null {
  if (laps.length === 0) return null;
  const sum = (pick: (lap: LapMesg) => unknown) => {
    const values = laps.map((lap) => num(pick(lap)));
    return values.some((v) => v === null) ? null : values.reduce((a, b) => a! + b!, 0);
  };
  const maxHr = laps.map((lap) => num(lap.maxHeartRate)).filter((v) => v !== null);
  return {
    elapsedS: sum((lap) => lap.totalElapsedTime),
    timerS: sum((lap) => lap.totalTimerTime),
    distanceM: sum((lap) => lap.totalDistance),
    avgHr: null,
    maxHr: maxHr.length > 0 ? Math.max(...maxHr) : null,
    caloriesKcal: sum((lap) => lap.totalCalories),
    avgPowerW: null,
    ascentM: sum((lap) => lap.totalAscent),
  };
}
