/**
 * FIT `cadence` for running, GPX TrackPointExtension `cad` and TCX `RunCadence` count strides of
 * one foot per minute; we store steps per minute (both feet), so foot sports are doubled. Other
 * sports' cadence (strokes, pedal revolutions) is stored as written.
 */
const FOOT_SPORTS = new Set(['running', 'walking', 'hiking']);

export function cadenceScale(sport: string): number {
  return FOOT_SPORTS.has(sport) ? 2 : 1;
}
