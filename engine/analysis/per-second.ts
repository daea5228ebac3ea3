/**
 * A 1 Hz series over recorded time: each sample's value repeated for its interval's recorded
 * seconds (fractions carried over), missing values as 0. Rolling 30 s means (normalized power and
 * graded pace) are defined on such a series; paused time is left out, not filled with zeros.
 */
export function perSecond(values: ArrayLike<number>, intervalsS: ArrayLike<number>): Float64Array {
  let totalS = 0;
  for (let i = 0; i < intervalsS.length; i++) totalS += intervalsS[i]!;
  const series = new Float64Array(Math.floor(totalS + 1e-9));
  let carried = 0;
  let at = 0;
  for (let i = 0; i < values.length && at < series.length; i++) {
    carried += intervalsS[i]!;
    const value = Number.isNaN(values[i]!) ? 0 : values[i]!;
    while (carried >= 1 - 1e-9 && at < series.length) {
      series[at++] = value;
      carried -= 1;
    }
  }
  return series;
}
