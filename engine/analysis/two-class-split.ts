/**
 * The threshold that best splits weighted values into a low and a high class: Otsu's method
 * (Otsu 1979, "A threshold selection method from gray-level histograms", IEEE SMC 9(1):62–66)
 * on the sorted values instead of a histogram, maximising the between-class variance
 * w_low · w_high · (mean_high − mean_low)². Used to tell work from rest by speed or power.
 */
export type TwoClassSplit = {
  /** Values at or above this are the high class. */
  threshold: number;
  lowMean: number;
  highMean: number;
  /** Weight (seconds) in each class. */
  lowWeight: number;
  highWeight: number;
};

export function twoClassSplit(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
): TwoClassSplit | null {
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (weights[i]! > 0 && Number.isFinite(values[i]!)) order.push(i);
  }
  if (order.length < 2) return null;
  order.sort((a, b) => values[a]! - values[b]!);
  let totalW = 0;
  let totalSum = 0;
  for (const i of order) {
    totalW += weights[i]!;
    totalSum += weights[i]! * values[i]!;
  }
  let lowW = 0;
  let lowSum = 0;
  let best: TwoClassSplit | null = null;
  let bestScore = -1;
  for (let k = 0; k < order.length - 1; k++) {
    const i = order[k]!;
    lowW += weights[i]!;
    lowSum += weights[i]! * values[i]!;
    const next = values[order[k + 1]!]!;
    // Only split between different values, so equal values never fall in both classes.
    if (next === values[i]!) continue;
    const highW = totalW - lowW;
    const lowMean = lowSum / lowW;
    const highMean = (totalSum - lowSum) / highW;
    const score = lowW * highW * (highMean - lowMean) ** 2;
    if (score > bestScore) {
      bestScore = score;
      best = {
        threshold: (values[i]! + next) / 2,
        lowMean,
        highMean,
        lowWeight: lowW,
        highWeight: highW,
      };
    }
  }
  return best;
}
