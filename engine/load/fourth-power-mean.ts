/**
 * The normalizing mean behind Coggan's Normalized Power (GoldenCheetah `Coggan.cpp` "IsoPower"):
 * a 30 s rolling average of a 1 Hz series, raised to the 4th power, averaged, 4th root taken.
 * It weighs hard stretches the way the body does, so an interval session scores above its plain
 * average. Series shorter than the window fall back to the plain mean.
 */
export const NORMALIZING_WINDOW_S = 30;

export function fourthPowerMean(
  valuesPerSecond: ArrayLike<number>,
  windowS = NORMALIZING_WINDOW_S,
): number {
  const n = valuesPerSecond.length;
  if (n === 0) return 0;
  let windowSum = 0;
  if (n < windowS) {
    for (let i = 0; i < n; i++) windowSum += valuesPerSecond[i]!;
    return windowSum / n;
  }
  let fourthSum = 0;
  for (let i = 0; i < n; i++) {
    windowSum += valuesPerSecond[i]!;
    if (i >= windowS) windowSum -= valuesPerSecond[i - windowS]!;
    if (i >= windowS - 1) {
      // Squaring twice: `** 4` goes through Math.pow, several times slower in this per-second loop.
      const squared = (windowSum / windowS) ** 2;
      fourthSum += squared * squared;
    }
  }
  return (fourthSum / (n - windowS + 1)) ** 0.25;
}
