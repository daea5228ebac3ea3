/**
 * Banister's training impulse, integrated per heart-rate sample:
 *   TRIMP = Σ t[min] · HRR · a · e^(b · HRR),   HRR = (HR − HRrest) / (HRmax − HRrest)
 * Morton, Fitz-Clarke & Banister (1990), "Modeling human performance in running",
 * J Appl Physiol 69(3):1171–1177: men a = 0.64, b = 1.92; women a = 0.86, b = 1.67.
 * GoldenCheetah and Elevate keep a = 0.64 for women; we default to the paper's 0.86 and let the
 * athlete choose (SCIENCE.md §2.1). Integrating per sample rather than on the average heart rate
 * (as GoldenCheetah does) keeps intervals from being under-counted.
 */
export type TrimpCoefficients = { a: number; b: number };

export const TRIMP_MALE: TrimpCoefficients = { a: 0.64, b: 1.92 };
export const TRIMP_FEMALE_B = 1.67;
export const TRIMP_FEMALE_A_MORTON = 0.86;
export const TRIMP_FEMALE_A_GOLDENCHEETAH = 0.64;

export type HeartRateRange = { restHr: number; maxHr: number };

/** Fraction of heart-rate reserve; below resting counts as zero (as Runalyze clamps it). */
export function heartRateReserveFraction(hr: number, range: HeartRateRange): number {
  return Math.max(0, (hr - range.restHr) / (range.maxHr - range.restHr));
}

/** TRIMP accrued per minute at a heart rate. */
export function trimpPerMinute(hr: number, range: HeartRateRange, k: TrimpCoefficients): number {
  const hrr = heartRateReserveFraction(hr, range);
  return hrr * k.a * Math.exp(k.b * hrr);
}

/**
 * TRIMP over samples: each sample's heart rate counts for its interval's recorded seconds
 * (`intervalsS[i]`, pauses already removed). Samples without heart rate add nothing.
 */
export function banisterTrimp(
  heartRateBpm: ArrayLike<number>,
  intervalsS: ArrayLike<number>,
  range: HeartRateRange,
  k: TrimpCoefficients,
): number {
  let total = 0;
  for (let i = 0; i < heartRateBpm.length; i++) {
    const hr = heartRateBpm[i]!;
    const seconds = intervalsS[i]!;
    if (hr > 0 && seconds > 0) total += (seconds / 60) * trimpPerMinute(hr, range, k);
  }
  return total;
}
