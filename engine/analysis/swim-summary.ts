import type { Activity } from '../activity/types.ts';

/** Pool and open-water figures, as swimmers read them: pace per 100 m, strokes, SWOLF. */
export type SwimSummary = {
  /** Null for open water. */
  poolLengthM: number | null;
  activeLengths: number;
  /** Time resting at the wall (idle lengths). */
  restS: number;
  strokes: number | null;
  /** Moving time per 100 m (rests left out, as watches show swim pace). */
  paceS100m: number | null;
  /**
   * SWOLF ("swim golf"): seconds plus strokes per active length, averaged; lower is more
   * efficient. Only for pool swims with stroke counts.
   */
  swolf: number | null;
};

export function swimSummary(activity: Activity, distanceM: number, movingS: number): SwimSummary {
  const lengths = activity.swim?.lengths ?? [];
  const active = lengths.filter((l) => l.active);
  const counted = active.filter((l) => l.strokes !== null);
  const strokes = counted.length > 0 ? counted.reduce((s, l) => s + l.strokes!, 0) : null;
  return {
    poolLengthM: activity.swim?.poolLengthM ?? null,
    activeLengths: active.length,
    restS: lengths.filter((l) => !l.active).reduce((s, l) => s + l.elapsedS, 0),
    strokes,
    paceS100m: distanceM > 0 && movingS > 0 ? (movingS / distanceM) * 100 : null,
    swolf:
      counted.length > 0
        ? counted.reduce((s, l) => s + l.elapsedS + l.strokes!, 0) / counted.length
        : null,
  };
}
