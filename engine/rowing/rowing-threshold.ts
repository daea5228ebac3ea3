import { paulsDistanceForTime, paulsSplit } from '../predict/pauls-law.ts';
import { wattsFromSplit } from './concept2.ts';

/**
 * A rowing threshold (≈ one-hour) power from a 2k time, by Paul's law (engine/predict/pauls-law.ts):
 * the distance that fits in an hour at the law's split for that distance, then its split in watts by
 * Concept2's formula.
 */
const THRESHOLD_DURATION_S = 3600;

export function oneHourSplitFrom2k(time2kS: number): number {
  if (!(time2kS > 0)) throw new RangeError('A 2k time must be a positive number of seconds.');
  const split2k = time2kS / 4;
  const oneHourM = paulsDistanceForTime(2000, split2k, THRESHOLD_DURATION_S);
  return paulsSplit(2000, split2k, oneHourM);
}

export function rowingFtpFrom2k(time2kS: number): number {
  return wattsFromSplit(oneHourSplitFrom2k(time2kS));
}
