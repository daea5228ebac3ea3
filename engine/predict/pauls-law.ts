/**
 * Paul's law for rowing: the 500 m split slows by about 5 seconds for each doubling of distance.
 *
 * Source: Freddy Paul's rule as published by Concept2 ("Paul's Law", concept2.com training pages) and
 * quoted in the issue: split2 = split1 + 5 · log2(D2 / D1).
 * Worked example (applying the rule): a 2 k at 1:45.0 /500 m predicts a 6 k at 1:45 + 5·log2(3) = 1:52.9 /500 m.
 */
export const PAUL_SECONDS_PER_DOUBLING = 5;

export function paulsSplit(
  knownDistanceM: number,
  knownSplitS500m: number,
  distanceM: number,
): number {
  if (!(knownDistanceM > 0) || !(knownSplitS500m > 0) || !(distanceM > 0)) {
    throw new RangeError('Distances and split must be positive.');
  }
  return knownSplitS500m + PAUL_SECONDS_PER_DOUBLING * Math.log2(distanceM / knownDistanceM);
}

export function paulsTime(
  knownDistanceM: number,
  knownSplitS500m: number,
  distanceM: number,
): number {
  return (paulsSplit(knownDistanceM, knownSplitS500m, distanceM) * distanceM) / 500;
}

/** The distance (m) Paul's law says fits in a fixed time, e.g. a 30-minute test, by bisection. */
export function paulsDistanceForTime(
  knownDistanceM: number,
  knownSplitS500m: number,
  timeS: number,
): number {
  let shortM = 1;
  let longM = (timeS / (knownSplitS500m / 2)) * 500;
  for (let i = 0; i < 80; i++) {
    const midM = (shortM + longM) / 2;
    if (paulsTime(knownDistanceM, knownSplitS500m, midM) < timeS) shortM = midM;
    else longM = midM;
  }
  return (shortM + longM) / 2;
}
