import { allocate, COLUMNS } from './stream-builder.ts';
import type { ActivityStreams } from './types.ts';

/**
 * Real devices stamp some samples wrongly: a GPS week rollover or an unset clock puts a handful of
 * records years ahead (an Edge 500 file: 14 records two years in the future), a clock correction
 * sends a few back in time, and an unset clock writes 1989 or 1901. Each such sample is dropped on
 * its own and counted; the rest of the recording is always kept.
 */
export type TimelineRepair = {
  streams: ActivityStreams;
  /** Samples dated outside [minS, maxS] (before 1990, or after "now"). */
  outOfRange: number;
  /** Samples far from the bulk of the recording (separated by more than a week). */
  detached: number;
  /** Samples earlier than the ones around them. */
  outOfOrder: number;
};

/** A gap this long between samples splits the recording into clusters; only the largest stays. */
export const DETACHED_GAP_S = 7 * 24 * 3600;

function largestCluster(times: Float64Array): { fromS: number; toS: number } {
  const sorted = times.slice().sort();
  let best = { fromS: sorted[0]!, toS: sorted[0]!, count: 0 };
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i]! - sorted[i - 1]! > DETACHED_GAP_S) {
      if (i - start > best.count)
        best = { fromS: sorted[start]!, toS: sorted[i - 1]!, count: i - start };
      start = i;
    }
  }
  return best;
}

/**
 * Indices of the longest run of rows whose times never go back (patience sorting, O(n log n)):
 * the fewest rows dropped to put the recording in order.
 */
function longestOrderedRun(times: Float64Array, rows: Int32Array): Int32Array {
  const n = rows.length;
  const tails = new Int32Array(n);
  const previous = new Int32Array(n).fill(-1);
  let length = 0;
  for (let k = 0; k < n; k++) {
    const t = times[rows[k]!]!;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[rows[tails[mid]!]!]! <= t) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
    if (lo === length) length++;
  }
  const kept = new Int32Array(length);
  for (let k = tails[length - 1]!, i = length - 1; i >= 0; k = previous[k]!, i--)
    kept[i] = rows[k]!;
  return kept;
}

function isOrdered(times: Float64Array, rows: Int32Array): boolean {
  for (let k = 1; k < rows.length; k++) if (times[rows[k]!]! < times[rows[k - 1]!]!) return false;
  return true;
}

/** The kept rows as new columns; rows at the same time merge, the first value of each field wins. */
function compact(s: ActivityStreams, rows: Int32Array): ActivityStreams {
  const out = allocate(rows.length);
  let length = 0;
  for (const row of rows) {
    const t = s.timeS[row]!;
    const merge = length > 0 && out.timeS[length - 1] === t;
    const at = merge ? length - 1 : length;
    if (!merge) out.timeS[length++] = t;
    for (const name of COLUMNS) {
      if (!merge || Number.isNaN(out[name][at]!)) out[name][at] = s[name][row]!;
    }
  }
  if (length === rows.length) return out;
  const sliced = { timeS: out.timeS.slice(0, length) } as ActivityStreams;
  for (const name of COLUMNS)
    (sliced[name] as Float64Array) = out[name].slice(0, length) as Float64Array;
  return sliced;
}

/** One pass: every sample in range, in order, no repeats, within one cluster. */
function isClean(times: Float64Array, bounds: { minS: number; maxS: number }): boolean {
  const n = times.length;
  if (n === 0) return true;
  if (!(times[0]! >= bounds.minS && times[n - 1]! <= bounds.maxS)) return false;
  if (times[n - 1]! - times[0]! > DETACHED_GAP_S) return false;
  for (let i = 1; i < n; i++) if (!(times[i]! > times[i - 1]!)) return false;
  return true;
}

/** Drops wrongly dated samples one by one and returns the rest in time order. */
export function repairTimeline(
  streams: ActivityStreams,
  bounds: { minS: number; maxS: number },
): TimelineRepair {
  const times = streams.timeS;
  if (isClean(times, bounds)) return { streams, outOfRange: 0, detached: 0, outOfOrder: 0 };
  const inRange: number[] = [];
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t >= bounds.minS && t <= bounds.maxS) inRange.push(i);
  }
  let rows: Int32Array = Int32Array.from(inRange);
  const outOfRange = times.length - rows.length;
  let detached = 0;
  if (rows.length > 0) {
    const cluster = largestCluster(Float64Array.from(rows, (i) => times[i]!));
    const near = rows.filter((i) => times[i]! >= cluster.fromS && times[i]! <= cluster.toS);
    detached = rows.length - near.length;
    rows = near;
  }
  let outOfOrder = 0;
  if (!isOrdered(times, rows)) {
    const ordered = longestOrderedRun(times, rows);
    outOfOrder = rows.length - ordered.length;
    rows = ordered;
  }
  return {
    streams: compact(streams, rows),
    outOfRange,
    detached,
    outOfOrder,
  };
}
