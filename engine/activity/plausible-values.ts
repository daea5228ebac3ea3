/**
 * Physical limits for samples. A value beyond them is a device or export bug (a placeholder, a
 * wrong scale, a GPS jump), never a performance, so it is left out and counted.
 *
 * Speed limits per sport, with margin over the fastest humans:
 * - running 12.5 m/s: Bolt's fastest 20 m split in the 2009 Berlin 100 m final was ≈ 12.3 m/s
 *   (IAAF biomechanics report, Berlin 2009);
 * - swimming 3 m/s: the long-course 50 m freestyle world record (20.91 s, 2009) averages 2.39 m/s;
 * - rowing 8 m/s: the men's eight 2000 m world best (5:18.68, 2017) averages 6.28 m/s;
 * - walking and hiking 5 m/s: elite race walkers average ≈ 4.3 m/s over 20 km;
 * - cycling 35 m/s: descents on road bikes reach ≈ 30 m/s;
 * - anything else 100 m/s, which only catches scale errors.
 * Heart rate: below 25 bpm or above 250 bpm is not a human heart in exercise (the lowest resting
 * rates recorded in athletes are in the high 20s); devices write 0, 1 or 255 as "no reading".
 */
const SPEED_LIMITS_MPS: Record<string, number> = {
  running: 12.5,
  transition: 12.5,
  swimming: 3,
  rowing: 8,
  walking: 5,
  hiking: 5,
  cycling: 35,
};
const OTHER_SPEED_LIMIT_MPS = 100;

export const MIN_HEART_RATE_BPM = 25;
export const MAX_HEART_RATE_BPM = 250;

export function maxSpeedMps(sport: string): number {
  return SPEED_LIMITS_MPS[sport] ?? OTHER_SPEED_LIMIT_MPS;
}

/** Heart-rate samples outside the human range become NaN; returns how many. */
export function dropPlaceholderHeartRate(heartRateBpm: Float32Array): number {
  let dropped = 0;
  for (let i = 0; i < heartRateBpm.length; i++) {
    const hr = heartRateBpm[i]!;
    if (hr < MIN_HEART_RATE_BPM || hr > MAX_HEART_RATE_BPM) {
      heartRateBpm[i] = NaN;
      dropped++;
    }
  }
  return dropped;
}

/**
 * Speed samples above the sport's limit become NaN. When most of the present samples are beyond
 * it the whole column is a wrong scale and is dropped. Returns how many were left out.
 */
export function dropImplausibleSpeed(speedMps: Float32Array, limitMps: number): number {
  let present = 0;
  let dropped = 0;
  for (let i = 0; i < speedMps.length; i++) {
    const v = speedMps[i]!;
    if (Number.isNaN(v)) continue;
    present++;
    if (v > limitMps || v < 0) {
      speedMps[i] = NaN;
      dropped++;
    }
  }
  if (dropped * 2 > present) speedMps.fill(NaN);
  return dropped * 2 > present ? present : dropped;
}
