/**
 * Aerobic decoupling (Pa:HR for pace, Pw:HR for power): how much output per heartbeat fell from a
 * reference window to the rest of a steady effort, in Friel's sign — positive means efficiency fell
 * (TrainingPeaks help 204071724; GoldenCheetah `AerobicDecoupling.cpp`):
 *   decoupling % = 100 · (EF₁ − EF₂) / EF₁,   EF = mean output / mean heart rate
 *
 * Windows (SCIENCE.md §2.10 and §6 rec. 4): the warm-up is left out, and the reference is the first
 * hour after it or the first half of what remains, whichever is shorter — intervals.icu's window
 * ("the first hour (after warmup) or the first half whichever is smaller", forum thread 734). The
 * comparison window is everything after the reference. Time is the athlete's moving time with
 * heart rate: samples weigh their moving seconds, stops and dropouts weigh nothing.
 *
 * Decoupling means something only for a steady aerobic effort, so it is withheld (null, with a
 * reason) when:
 * - there is no heart rate or no output;
 * - less than WARM_UP_S + MIN_ANALYSED_S of usable time (10 + 20 minutes) was recorded;
 * - the effort was not steady: the coefficient of variation of the one-minute mean outputs after
 *   the warm-up is above MAX_STEADY_CV (15 %). Averaging per minute first keeps GPS and
 *   stroke-to-stroke jitter out; repeats (e.g. 3 min hard / 2 min easy) swing the minute means by
 *   25 % and more, a steady run on grade-adjusted pace by a few per cent. The thresholds are ours:
 *   the sources ask for "steady" efforts without a number.
 */
export const WARM_UP_S = 600;
export const MIN_ANALYSED_S = 1200;
export const MAX_REFERENCE_S = 3600;
export const MAX_STEADY_CV = 0.15;
const BLOCK_S = 60;

export type DecouplingReason = 'no-heart-rate' | 'too-short' | 'not-steady';

export type Decoupling = {
  pct: number | null;
  /** Why `pct` is null, for a person; null when it was computed. */
  reason: { type: DecouplingReason; message: string } | null;
  /** Moving seconds in the reference and comparison windows (0 when not computed). */
  referenceS: number;
  comparisonS: number;
  /** Coefficient of variation of the one-minute mean outputs after the warm-up (null if unknown). */
  outputCv: number | null;
};

export function decouplingPct(ef1: number, ef2: number): number | null {
  return ef1 > 0 && Number.isFinite(ef2) ? (100 * (ef1 - ef2)) / ef1 : null;
}

type Window = { s: number; out: number; hr: number };

function withheld(type: DecouplingReason, message: string, outputCv: number | null): Decoupling {
  return { pct: null, reason: { type, message }, referenceS: 0, comparisonS: 0, outputCv };
}

const usable = (out: number, hr: number, w: number) => hr > 0 && Number.isFinite(out) && w > 0;

/**
 * Decoupling over samples: `output` (grade-adjusted speed, or watts) and heart rate, each sample
 * weighted by its moving seconds `intervalsS`.
 */
export function aerobicDecoupling(
  output: ArrayLike<number>,
  heartRateBpm: ArrayLike<number>,
  intervalsS: ArrayLike<number>,
): Decoupling {
  let totalS = 0;
  for (let i = 0; i < intervalsS.length; i++) {
    if (usable(output[i]!, heartRateBpm[i]!, intervalsS[i]!)) totalS += intervalsS[i]!;
  }
  if (totalS === 0) {
    return withheld(
      'no-heart-rate',
      'Decoupling needs heart rate together with pace or power.',
      null,
    );
  }
  const analysedS = totalS - WARM_UP_S;
  if (analysedS < MIN_ANALYSED_S) {
    return withheld(
      'too-short',
      `Decoupling needs at least ${(WARM_UP_S + MIN_ANALYSED_S) / 60} minutes of steady effort with heart rate, warm-up included.`,
      null,
    );
  }
  const referenceEndS = WARM_UP_S + Math.min(MAX_REFERENCE_S, analysedS / 2);
  const reference: Window = { s: 0, out: 0, hr: 0 };
  const comparison: Window = { s: 0, out: 0, hr: 0 };
  let blockS = 0;
  let blockOut = 0;
  let blocks = 0;
  let blockMeanSum = 0;
  let blockMeanSquares = 0;
  let clockS = 0;
  for (let i = 0; i < intervalsS.length; i++) {
    const out = output[i]!;
    const hr = heartRateBpm[i]!;
    const w = intervalsS[i]!;
    if (!usable(out, hr, w)) continue;
    const atS = clockS;
    clockS += w;
    if (atS < WARM_UP_S) continue;
    const window = atS < referenceEndS ? reference : comparison;
    window.s += w;
    window.out += out * w;
    window.hr += hr * w;
    blockS += w;
    blockOut += out * w;
    if (blockS >= BLOCK_S) {
      const mean = blockOut / blockS;
      blocks += 1;
      blockMeanSum += mean;
      blockMeanSquares += mean * mean;
      blockS = 0;
      blockOut = 0;
    }
  }
  const blockMean = blockMeanSum / blocks;
  const variance = Math.max(0, blockMeanSquares / blocks - blockMean * blockMean);
  const outputCv = blockMean > 0 ? Math.sqrt(variance) / blockMean : null;
  if (outputCv === null || outputCv > MAX_STEADY_CV) {
    return withheld(
      'not-steady',
      'Decoupling is only meaningful for a steady effort; this one varied too much (intervals or stops).',
      outputCv,
    );
  }
  return {
    pct: decouplingPct(reference.out / reference.hr, comparison.out / comparison.hr),
    reason: null,
    referenceS: reference.s,
    comparisonS: comparison.s,
    outputCv,
  };
}
