/** Axis arithmetic for the SVG charts: linear scales, tick steps people read, robust domains. */

export type Domain = [number, number];

/** A value's position in pixels between `from` and `to` (either may be the larger). */
export function scale(domain: Domain, from: number, to: number): (v: number) => number {
  const [d0, d1] = domain;
  const k = d1 === d0 ? 0 : (to - from) / (d1 - d0);
  return (v) => from + (v - d0) * k;
}

/** Ticks at a step from `steps` that gives about `count` of them inside the domain. */
export function ticksFrom(domain: Domain, count: number, steps: readonly number[]): number[] {
  const [lo, hi] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const span = hi - lo;
  if (!(span > 0) || count < 1) return [lo];
  const wanted = span / count;
  const step = steps.find((s) => s >= wanted) ?? steps[steps.length - 1]!;
  const ticks: number[] = [];
  // `|| 0` turns the -0 that ceil gives just below zero into the 0 a label reads.
  for (let t = Math.ceil(lo / step - 1e-9) * step || 0; t <= hi + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/** 1, 2, 5 × 10ⁿ: steps for counts (bpm, watts, metres). */
export function niceSteps(): number[] {
  const steps: number[] = [];
  for (let p = -2; p <= 6; p++) for (const m of [1, 2, 5]) steps.push(m * 10 ** p);
  return steps;
}

/** Steps a clock reads well: seconds to hours (elapsed time, pace). */
export const CLOCK_STEPS = [
  1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600,
] as const;

/** The value below which `fraction` of the weight lies (weights default to 1). */
export function quantile(
  values: ArrayLike<number>,
  fraction: number,
  keep: (v: number) => boolean = Number.isFinite,
): number | null {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (keep(values[i]!)) kept.push(values[i]!);
  if (kept.length === 0) return null;
  kept.sort((a, b) => a - b);
  return kept[Math.min(kept.length - 1, Math.max(0, Math.floor(fraction * kept.length)))]!;
}

/** Rolling median of 5 samples: single-sample spikes (a GPS jump) vanish, 20 s reps do not. */
export function rollingMedian5(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  const window: number[] = [];
  for (let i = 0; i < values.length; i++) {
    window.length = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(values.length - 1, i + 2); j++) {
      if (Number.isFinite(values[j]!)) window.push(values[j]!);
    }
    window.sort((a, b) => a - b);
    out[i] = window.length > 0 ? window[window.length >> 1]! : NaN;
  }
  return out;
}

/** Index of the first value ≥ `v` in ascending `xs`. */
export function lowerBound(xs: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
