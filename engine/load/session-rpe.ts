/**
 * Session RPE load (Foster et al. 2001, "A new approach to monitoring exercise training",
 * J Strength Cond Res 15(1):109–115): the athlete's rating of the whole session on the CR-10
 * scale times its duration in minutes, in arbitrary units (30 min at RPE 6 = 180).
 *
 * To sit in one fitness series with TSS-like loads it is scaled by TSS's own anchor, one hour at
 * threshold = 100: threshold effort is what one can hold for about an hour, which the CR-10 scale
 * calls "very hard", 7. So an hour at RPE 7 (420 units) counts 100; the scale stays linear in
 * RPE, as Foster's is. This is our convention, stated wherever the figure is shown.
 */
export const SESSION_RPE_PER_TSS = 420 / 100;

export function sessionRpe(durationS: number, rpe: number): number {
  return (durationS / 60) * rpe;
}

export function sessionRpeLoad(durationS: number, rpe: number): number {
  return sessionRpe(durationS, rpe) / SESSION_RPE_PER_TSS;
}
