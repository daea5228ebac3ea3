/**
 * Fewer points for a line than the pixels it is drawn on can show. Largest-Triangle-Three-Buckets
 * (Steinarsson 2013, "Downsampling Time Series for Visual Representation", MSc thesis, University
 * of Iceland, ch. 4): the first and last points are kept, the rest split into buckets, and from
 * each bucket the point forming the largest triangle with the point kept before and the mean of
 * the next bucket — so peaks, dips and fast reps survive. Missing values (NaN) break the line;
 * each unbroken run is downsampled on its own so a gap never becomes a slope.
 */

/** Indices `from` to `to` (exclusive) of an unbroken run, downsampled to at most `budget` points. */
function lttbRun(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  from: number,
  to: number,
  budget: number,
  out: number[],
): void {
  const n = to - from;
  if (n <= budget || budget < 3) {
    for (let i = from; i < to; i++) out.push(i);
    return;
  }
  const every = (n - 2) / (budget - 2);
  let a = from;
  out.push(a);
  for (let b = 0; b < budget - 2; b++) {
    const start = from + 1 + Math.floor(b * every);
    const end = from + 1 + Math.floor((b + 1) * every);
    const nextStart = end;
    const nextEnd = Math.min(to, from + 1 + Math.floor((b + 2) * every));
    let avgX = 0;
    let avgY = 0;
    const count = Math.max(1, nextEnd - nextStart);
    for (let i = nextStart; i < Math.max(nextEnd, nextStart + 1) && i < to; i++) {
      avgX += x[i]!;
      avgY += y[i]!;
    }
    avgX /= count;
    avgY /= count;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((x[a]! - avgX) * (y[i]! - y[a]!) - (x[a]! - x[i]!) * (avgY - y[a]!));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push(best);
    a = best;
  }
  out.push(to - 1);
}

/**
 * The indices to draw of points `from`..`to` (exclusive): LTTB within each run of present values,
 * about `budget` points in all, shared out by run length. NaN indices are kept as line breaks.
 */
export function lttbIndices(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  budget: number,
  from = 0,
  to = x.length,
): number[] {
  const total = to - from;
  const out: number[] = [];
  if (total <= 0) return out;
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    const present = i < to && Number.isFinite(y[i]!);
    if (present && runStart < 0) runStart = i;
    if (!present && runStart >= 0) {
      const share = Math.max(3, Math.round((budget * (i - runStart)) / total));
      lttbRun(x, y, runStart, i, share, out);
      runStart = -1;
    }
    // One break marker per gap, so the line lifts the pen there.
    if (!present && i < to && out.length > 0 && out[out.length - 1] !== -1) out.push(-1);
  }
  return out;
}
