import { wattsFromSplit } from './concept2.ts';

/**
 * A rowing threshold (≈ one-hour) power from a 2k time, by "Paul's Law" (c2forum viewtopic
 * t=5717): each doubling of distance adds about 5 s per 500 m to the split,
 *   split(d) = split2k + 5 · log2(d / 2000).
 * The one-hour distance depends on its own split, so we iterate to the fixed point (it converges
 * in a few steps), then convert the split to watts with Concept2's formula.
 */
const PAULS_LAW_S_PER_DOUBLING = 5;
const THRESHOLD_DURATION_S = 3600;

export function oneHourSplitFrom2k(time2kS: number): number {
  if (!(time2kS > 0)) throw new RangeError('A 2k time must be a positive number of seconds.');
  const split2k = time2kS / 4;
  let split = split2k;
  for (let i = 0; i < 50; i++) {
    const distanceM = (THRESHOLD_DURATION_S / split) * 500;
    const next = split2k + PAULS_LAW_S_PER_DOUBLING * Math.log2(distanceM / 2000);
    if (Math.abs(next - split) < 1e-9) break;
    split = next;
  }
  return split;
}

export function rowingFtpFrom2k(time2kS: number): number {
  return wattsFromSplit(oneHourSplitFrom2k(time2kS));
}
