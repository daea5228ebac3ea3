/**
 * Splits at every `splitM` metres (km, mile, 500 m). A split's time is read where the distance
 * stream crosses each boundary, interpolated linearly between the two samples either side, so
 * splits do not jump by a sample interval. The last, shorter split is kept with its own distance.
 */
export type Split = {
  index: number;
  distanceM: number;
  elapsedS: number;
  /** Time within the split counted by the intervals given (moving time for an activity's splits). */
  movingS: number;
  avgHr: number | null;
};

type Accumulator = { activeS: number; hrS: number; hrSum: number };

function close(index: number, distanceM: number, elapsedS: number, acc: Accumulator): Split {
  return {
    index,
    distanceM,
    elapsedS,
    movingS: acc.activeS,
    avgHr: acc.hrS > 0 ? acc.hrSum / acc.hrS : null,
  };
}

export function splitsByDistance(
  timeS: ArrayLike<number>,
  distanceM: ArrayLike<number>,
  heartRateBpm: ArrayLike<number>,
  intervalsS: ArrayLike<number>,
  splitM: number,
): Split[] {
  const splits: Split[] = [];
  let acc: Accumulator = { activeS: 0, hrS: 0, hrSum: 0 };
  let splitStartS = timeS[0] ?? 0;
  let boundary = splitM;
  let lastD = NaN;
  let lastT = splitStartS;
  let startD = NaN;
  for (let i = 0; i < timeS.length; i++) {
    const d = distanceM[i]!;
    const t = timeS[i]!;
    const w = intervalsS[i]!;
    if (Number.isNaN(d)) continue;
    if (Number.isNaN(startD)) {
      startD = d;
      lastD = d;
      lastT = t;
      continue;
    }
    const covered = d - startD;
    while (covered >= boundary) {
      const prevCovered = lastD - startD;
      const fraction =
        covered > prevCovered ? (boundary - prevCovered) / (covered - prevCovered) : 1;
      const crossS = lastT + fraction * (t - lastT);
      const share = w * fraction;
      const piece = { activeS: acc.activeS + share, hrS: acc.hrS, hrSum: acc.hrSum };
      if (heartRateBpm[i]! > 0) {
        piece.hrS += share;
        piece.hrSum += heartRateBpm[i]! * share;
      }
      splits.push(close(splits.length + 1, splitM, crossS - splitStartS, piece));
      acc = {
        activeS: -share,
        hrS: heartRateBpm[i]! > 0 ? -share : 0,
        hrSum: heartRateBpm[i]! > 0 ? -heartRateBpm[i]! * share : 0,
      };
      splitStartS = crossS;
      boundary += splitM;
    }
    acc.activeS += w;
    if (heartRateBpm[i]! > 0) {
      acc.hrS += w;
      acc.hrSum += heartRateBpm[i]! * w;
    }
    lastD = d;
    lastT = t;
  }
  const rest = lastD - startD - (boundary - splitM);
  if (rest > 1e-6) splits.push(close(splits.length + 1, rest, lastT - splitStartS, acc));
  return splits;
}
