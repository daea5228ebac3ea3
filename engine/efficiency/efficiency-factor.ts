/**
 * Efficiency factor: output per heartbeat (TrainingPeaks help 204071724; GoldenCheetah
 * `Coggan.cpp`). For running the output is grade-adjusted speed in metres per minute, so the unit
 * is (m/min)/bpm; for rowing it is watts, (W)/bpm. SCIENCE.md §2.9: 5:00/km at 145 bpm is 1.379.
 */
export function efficiencyFactor(meanOutput: number, meanHeartRateBpm: number): number | null {
  return meanHeartRateBpm > 0 && Number.isFinite(meanOutput) ? meanOutput / meanHeartRateBpm : null;
}
