import {
  firstAtOrAfter,
  segmentStats,
  type SegmentSource,
  type SegmentStats,
} from './segment-stats.ts';
import { twoClassSplit } from './two-class-split.ts';

/**
 * Work and rest in an interval session, the way intervals.icu and TrainingPeaks show it: the
 * file's own laps when they mark the reps (a watch workout, laps pressed at each rep), else reps
 * found in the speed or power stream. Auto-laps (every 1 km, every 5 min) say nothing about the
 * reps, so they are never read as intervals.
 */
export type SegmentKind = 'warmup' | 'work' | 'rest' | 'cooldown';

export type IntervalSegment = SegmentStats & {
  kind: SegmentKind;
  /** 1-based number of the rep, for work segments. */
  rep: number | null;
};

export type WorkSummary = {
  reps: number;
  distanceM: number;
  movingS: number;
  avgSpeedMps: number | null;
  avgHr: number | null;
  avgPowerW: number | null;
};

export type IntervalAnalysis = {
  /** `laps`: the file's laps, classified; `stream`: found in the samples. */
  source: 'laps' | 'stream';
  segments: IntervalSegment[];
  work: WorkSummary;
};

export type LapBounds = { startOffsetS: number; elapsedS: number; distanceM: number | null };

export type IntervalInput = SegmentSource & {
  /** Speed (grade-adjusted for runs) or power: what tells work from rest. */
  output: ArrayLike<number>;
  laps: readonly LapBounds[];
  /** The activity's elapsed end, seconds. */
  endS: number;
};

/** Work must be at least this much faster (or stronger) than rest to call a session intervals. */
const MIN_LAP_CONTRAST = 1.15;
const MIN_STREAM_CONTRAST = 1.3;
/** Rolling window that smooths GPS noise before the stream is split, seconds either side. */
const SMOOTH_HALF_S = 7;
/** Shorter stretches are noise, not reps or rests (strides and 200 m reps last 30 s or more). */
const MIN_WORK_S = 20;
const MIN_REST_S = 10;
/** A "rep" covering most of the session is a steady effort with an easy start or end. */
const MAX_WORK_FRACTION = 0.75;

/** Laps of (nearly) equal distance or duration, apart from the last: a device's auto-lap. */
export function isAutoLap(laps: readonly LapBounds[]): boolean {
  if (laps.length < 3) return false;
  const full = laps.slice(0, -1);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const durations = full.map((l) => l.elapsedS);
  const d = median(durations);
  if (durations.every((x) => Math.abs(x - d) <= Math.max(1.5, 0.01 * d))) return true;
  const distances = full.map((l) => l.distanceM);
  if (distances.some((x) => x === null)) return false;
  const m = median(distances as number[]);
  return m > 0 && distances.every((x) => Math.abs(x! - m) <= Math.max(10, 0.03 * m));
}

/** Kinds by position: slow before the first rep is warm-up, after the last cool-down. */
function kindsFrom(high: boolean[]): SegmentKind[] {
  const first = high.indexOf(true);
  const last = high.lastIndexOf(true);
  return high.map((h, i) => (h ? 'work' : i < first ? 'warmup' : i > last ? 'cooldown' : 'rest'));
}

function summarise(segments: IntervalSegment[]): WorkSummary {
  const work = segments.filter((s) => s.kind === 'work');
  const distanceM = work.reduce((s, w) => s + w.distanceM, 0);
  const movingS = work.reduce((s, w) => s + w.movingS, 0);
  const weighted = (pick: (s: SegmentStats) => number | null) => {
    let w = 0;
    let sum = 0;
    for (const s of work) {
      const v = pick(s);
      if (v !== null && s.elapsedS > 0) {
        w += s.elapsedS;
        sum += v * s.elapsedS;
      }
    }
    return w > 0 ? sum / w : null;
  };
  return {
    reps: work.length,
    distanceM,
    movingS,
    avgSpeedMps: distanceM > 0 && movingS > 0 ? distanceM / movingS : null,
    avgHr: weighted((s) => s.avgHr),
    avgPowerW: weighted((s) => s.avgPowerW),
  };
}

function build(
  input: IntervalInput,
  bounds: Array<{ startS: number; endS: number; high: boolean }>,
  source: IntervalAnalysis['source'],
): IntervalAnalysis {
  const kinds = kindsFrom(bounds.map((b) => b.high));
  let rep = 0;
  const segments = bounds.map((b, i): IntervalSegment => {
    const kind = kinds[i]!;
    return {
      ...segmentStats(input, b.startS, b.endS),
      kind,
      rep: kind === 'work' ? ++rep : null,
    };
  });
  return { source, segments, work: summarise(segments) };
}

/** Mean output of a stretch while moving; null when the athlete stood still throughout. */
function meanOutput(input: IntervalInput, startS: number, endS: number): number | null {
  let w = 0;
  let sum = 0;
  const { timeS } = input.streams;
  const to = firstAtOrAfter(timeS, endS + 1e-6);
  for (let i = firstAtOrAfter(timeS, startS + 1e-6); i < to; i++) {
    const v = input.output[i]!;
    const weight = input.movingS[i]!;
    if (!(weight > 0) || Number.isNaN(v)) continue;
    w += weight;
    sum += v * weight;
  }
  return w > 0 ? sum / w : null;
}

function fromLaps(input: IntervalInput): IntervalAnalysis | null {
  const laps = input.laps;
  if (laps.length < 3 || isAutoLap(laps)) return null;
  const means = laps.map((l) => meanOutput(input, l.startOffsetS, l.startOffsetS + l.elapsedS));
  const values = means.map((m) => m ?? 0);
  // Laps spent standing are rests whatever the split says; they are left out of it, so the split
  // is between easy running and reps, not between standing and moving.
  const split = twoClassSplit(
    values,
    laps.map((l, i) => (means[i] === null ? 0 : l.elapsedS)),
  );
  if (!split || split.lowMean <= 0 || split.highMean / split.lowMean < MIN_LAP_CONTRAST)
    return null;
  const high = values.map((v) => v >= split.threshold);
  if (high.filter(Boolean).length < 2) return null;
  const bounds = laps.map((l, i) => ({
    startS: l.startOffsetS,
    endS: i + 1 < laps.length ? laps[i + 1]!.startOffsetS : Math.max(input.endS, l.startOffsetS),
    high: high[i]!,
  }));
  return build(input, bounds, 'laps');
}

const valueOrZero = (v: number) => (Number.isNaN(v) ? 0 : v);

/** A centred rolling mean over time; samples with no value count as zero output (standing). */
export function smoothOverTime(
  timeS: ArrayLike<number>,
  values: ArrayLike<number>,
  halfS: number,
): Float64Array {
  const n = timeS.length;
  const out = new Float64Array(n);
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const t = timeS[i]!;
    for (; hi < n && timeS[hi]! <= t + halfS; hi++) sum += valueOrZero(values[hi]!);
    for (; timeS[lo]! < t - halfS; lo++) sum -= valueOrZero(values[lo]!);
    out[i] = sum / (hi - lo);
  }
  return out;
}

type Run = { startS: number; endS: number; high: boolean };

function runsOf(timeS: ArrayLike<number>, high: boolean[], startS: number, endS: number): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < high.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.high === high[i]) continue;
    // A run starts halfway between the last sample of the one before and its own first sample.
    const at = i === 0 ? startS : (timeS[i - 1]! + timeS[i]!) / 2;
    if (last) last.endS = at;
    runs.push({ startS: at, endS, high: high[i]! });
  }
  return runs;
}

/** Folds runs too short to be a rep or a rest into their neighbours, shortest first. */
function mergeShort(runs: Run[]): Run[] {
  const list = [...runs];
  for (;;) {
    let shortest = -1;
    for (let i = 0; i < list.length; i++) {
      const r = list[i]!;
      const min = r.high ? MIN_WORK_S : MIN_REST_S;
      if (r.endS - r.startS >= min) continue;
      if (shortest < 0 || r.endS - r.startS < list[shortest]!.endS - list[shortest]!.startS)
        shortest = i;
    }
    if (shortest < 0 || list.length === 1) return list;
    const r = list[shortest]!;
    const before = list[shortest - 1];
    const after = list[shortest + 1];
    const start = before ? before.startS : r.startS;
    const end = after ? after.endS : r.endS;
    const merged = { startS: start, endS: end, high: !r.high };
    list.splice(before ? shortest - 1 : shortest, (before ? 1 : 0) + 1 + (after ? 1 : 0), merged);
  }
}

function fromStream(input: IntervalInput): IntervalAnalysis | null {
  const { timeS } = input.streams;
  if (timeS.length < 10) return null;
  const smooth = smoothOverTime(timeS, input.output, SMOOTH_HALF_S);
  // Weighted by moving time: standing still is rest, and must not be one class on its own.
  const split = twoClassSplit(smooth, input.movingS);
  if (!split || split.lowMean <= 0 || split.highMean / split.lowMean < MIN_STREAM_CONTRAST)
    return null;
  const high = Array.from(smooth, (v) => v >= split.threshold);
  const runs = mergeShort(runsOf(timeS, high, timeS[0]!, input.endS));
  const work = runs.filter((r) => r.high);
  if (work.length < 2) return null;
  const workS = work.reduce((s, r) => s + r.endS - r.startS, 0);
  if (workS > MAX_WORK_FRACTION * (input.endS - timeS[0]!)) return null;
  return build(input, runs, 'stream');
}

/** Work and rest, from the laps when they mark reps, else from the stream; null for steady work. */
export function findIntervals(input: IntervalInput): IntervalAnalysis | null {
  return fromLaps(input) ?? fromStream(input);
}
