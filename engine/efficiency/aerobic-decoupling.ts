/**
 * Aerobic decoupling (Pa:HR for pace, Pw:HR for power): the efficiency factor of the first half
 * against the second half of the recorded time, in Friel's sign — positive means efficiency fell
 * (TrainingPeaks help 204071724; GoldenCheetah `AerobicDecoupling.cpp`, which also splits at the
 * midpoint and uses only samples with heart rate):
 *   decoupling % = 100 · (EF₁ − EF₂) / EF₁,   EF = mean output / mean heart rate
 */
export function decouplingPct(ef1: number, ef2: number): number | null {
  return ef1 > 0 && Number.isFinite(ef2) ? (100 * (ef1 - ef2)) / ef1 : null;
}

type Half = { s: number; out: number; hr: number };

/**
 * Decoupling over samples: `output` (speed or watts) and heart rate, each sample weighted by its
 * recorded seconds. Null when either half has no usable samples.
 */
export function aerobicDecoupling(
  output: ArrayLike<number>,
  heartRateBpm: ArrayLike<number>,
  intervalsS: ArrayLike<number>,
): number | null {
  let totalS = 0;
  for (let i = 0; i < intervalsS.length; i++) {
    if (heartRateBpm[i]! > 0 && Number.isFinite(output[i]!)) totalS += intervalsS[i]!;
  }
  const halves: [Half, Half] = [
    { s: 0, out: 0, hr: 0 },
    { s: 0, out: 0, hr: 0 },
  ];
  let elapsedS = 0;
  for (let i = 0; i < intervalsS.length; i++) {
    const hr = heartRateBpm[i]!;
    const out = output[i]!;
    const w = intervalsS[i]!;
    if (!(hr > 0) || !Number.isFinite(out) || !(w > 0)) continue;
    const half = halves[elapsedS < totalS / 2 ? 0 : 1];
    half.s += w;
    half.out += out * w;
    half.hr += hr * w;
    elapsedS += w;
  }
  if (halves[0].s === 0 || halves[1].s === 0) return null;
  return decouplingPct(halves[0].out / halves[0].hr, halves[1].out / halves[1].hr);
}
