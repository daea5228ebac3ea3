/**
 * Swim training stress (sTSS), TrainingPeaks' swim form of TSS ("Calculating Swim Training Stress
 * Score", TrainingPeaks help; Skiba, "The Triathlete's Guide to Training with Power", on drag in
 * water rising with the cube of speed):
 *   NSS = distance / moving time,   IF = NSS / FTSS,   sTSS = hours · IF³ · 100
 * where FTSS is the functional threshold swim speed (the athlete's threshold pace per 100 m, e.g.
 * critical swim speed from a 400 m and a 200 m time trial). The cube, not TSS's square, reflects
 * that the cost of swimming faster grows with the cube of speed.
 */
export function swimStressScore(
  distanceM: number,
  movingS: number,
  thresholdPaceS100m: number,
): number | null {
  if (!(distanceM > 0) || !(movingS > 0) || !(thresholdPaceS100m > 0)) return null;
  const normalizedSpeed = distanceM / movingS;
  const thresholdSpeed = 100 / thresholdPaceS100m;
  return (movingS / 3600) * (normalizedSpeed / thresholdSpeed) ** 3 * 100;
}
