/**
 * Cumulative distance as devices write it is not always cumulative: CrewNerd and some watches
 * restart it at every lap, a multisport watch at every leg, and a GPS jump or a wrong scale adds
 * metres nobody covered. This turns a distance column into one that only grows, joining restarts
 * and leaving out steps faster than the sport allows.
 */
export type DistanceRepair = {
  distanceM: Float64Array;
  /** Times the counter fell back to (near) zero and was joined on. */
  restarts: number;
  /** Steps left out as faster than the sport's limit, and the metres they claimed. */
  jumps: number;
  jumpM: number;
  /** True when most of the distance was implausible: the column is then all NaN. */
  discarded: boolean;
};

/** A fall of more than this is a restart; a smaller one is GPS jitter and is held flat. */
const RESTART_FALL_M = 1;
/** Slack on the speed limit for one step: rounding of distance and time in the file. */
const JUMP_SLACK_M = 5;

/**
 * `startS` is when the activity (or leg) began: a first value that could not have been covered
 * since then was carried over from an earlier leg, and the leg starts from zero.
 */
export function joinDistance(
  timeS: Float64Array,
  raw: Float64Array,
  limitMps: number,
  startS: number,
): DistanceRepair {
  const out = new Float64Array(raw.length).fill(NaN);
  let total = NaN;
  let previousRaw = NaN;
  let previousS = NaN;
  let restarts = 0;
  let jumps = 0;
  let jumpM = 0;
  for (let i = 0; i < raw.length; i++) {
    const d = raw[i]!;
    if (Number.isNaN(d)) continue;
    if (Number.isNaN(total)) {
      const sinceStartS = Math.max(timeS[i]! - startS, 1);
      total = d >= 0 && d <= limitMps * sinceStartS + JUMP_SLACK_M ? d : 0;
      previousRaw = d;
      previousS = timeS[i]!;
      out[i] = total;
      continue;
    }
    let step = d - previousRaw;
    let counterAt = d;
    if (step < -RESTART_FALL_M) {
      restarts++;
      step = d;
    } else if (step < 0) {
      step = 0;
      counterAt = previousRaw;
    }
    const dt = timeS[i]! - previousS;
    if (step > limitMps * Math.max(dt, 1) + JUMP_SLACK_M) {
      jumps++;
      jumpM += step;
      step = 0;
    }
    total += step;
    out[i] = total;
    previousRaw = counterAt;
    previousS = timeS[i]!;
  }
  const discarded = jumpM > total;
  if (discarded) out.fill(NaN);
  return { distanceM: out, restarts, jumps, jumpM, discarded };
}
