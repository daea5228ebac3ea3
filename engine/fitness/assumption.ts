/**
 * A value the engine used because the athlete had not given it: a default (threshold pace 5:00 /km)
 * or an estimate (the current long run). Every output that leans on one lists it, so the athlete
 * can see what the figures rest on and correct it.
 */
export type Assumption = {
  /** The input it stands in for, e.g. `thresholdPaceSPerKm`, `currentLongMin`. */
  field: string;
  /** The value used, in the unit the field's name says; null when the input is simply missing. */
  value: number | string | null;
  /** One plain sentence for the athlete: what was assumed and how to change it. */
  text: string;
};
