/**
 * Grade (rise over run) at each sample, from altitude over at least GRADE_BASE_M of distance
 * centred on the sample. A short base would turn a metre of altitude noise over a 3 m step into a
 * 30 % slope; 20 m keeps GAP steady without hiding real hills. No altitude or no distance: 0.
 */
export const GRADE_BASE_M = 20;

export function gradeStream(
  distanceM: ArrayLike<number>,
  altitudeM: ArrayLike<number>,
): Float64Array {
  const n = distanceM.length;
  const grade = new Float64Array(n);
  let back = 0;
  let ahead = 0;
  for (let i = 0; i < n; i++) {
    const here = distanceM[i]!;
    if (Number.isNaN(here) || Number.isNaN(altitudeM[i]!)) continue;
    if (back > i) back = i;
    while (back < i && here - distanceM[back + 1]! >= GRADE_BASE_M / 2) back++;
    if (ahead < i) ahead = i;
    while (ahead < n - 1 && distanceM[ahead]! - here < GRADE_BASE_M / 2) ahead++;
    const run = distanceM[ahead]! - distanceM[back]!;
    const rise = altitudeM[ahead]! - altitudeM[back]!;
    if (run >= GRADE_BASE_M / 2 && Number.isFinite(rise)) grade[i] = rise / run;
  }
  return grade;
}
