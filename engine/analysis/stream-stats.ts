/** Small reductions over sample columns, each sample weighted by its recorded seconds. */

/** Time-weighted mean of the values that are present (and positive, when `positiveOnly`). */
export function weightedMean(
  values: ArrayLike<number>,
  intervalsS: ArrayLike<number>,
  positiveOnly = false,
): number | null {
  let sum = 0;
  let seconds = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const w = intervalsS[i]!;
    if (!(w > 0) || Number.isNaN(v) || (positiveOnly && !(v > 0))) continue;
    sum += v * w;
    seconds += w;
  }
  return seconds > 0 ? sum / seconds : null;
}

export function maxOf(values: ArrayLike<number>): number | null {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max === -Infinity ? null : max;
}

export function hasAny(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) return true;
  return false;
}

export function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

/** The last value present in a cumulative column (distance), or null. */
export function lastPresent(values: ArrayLike<number>): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (!Number.isNaN(values[i]!)) return values[i]!;
  return null;
}
