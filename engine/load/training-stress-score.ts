/**
 * Training stress from a normalized output against the athlete's threshold output:
 *   IF = normalized / threshold,   TSS = hours · IF² · 100
 * Coggan's TSS (GoldenCheetah `Coggan.cpp` BikeStress; Friel, joefrielsblog.com "Oops! What is
 * TSS?"). The same form gives rTSS when both outputs are speeds (normalized graded pace over
 * threshold pace, TrainingPeaks help 204071724) and power TSS for the erg (NP over rowing FTP).
 */
export function intensityFactor(normalized: number, threshold: number): number {
  return threshold > 0 ? normalized / threshold : 0;
}

export function trainingStressScore(
  normalized: number,
  threshold: number,
  durationS: number,
): number {
  return (durationS / 3600) * intensityFactor(normalized, threshold) ** 2 * 100;
}
