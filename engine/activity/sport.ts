/**
 * The one sport vocabulary. Every importer (FIT, GPX, TCX), the recorder, the CLI and the app
 * name sports as FIT's `sport` enum spells them in snake case ("running", "cycling", "rowing",
 * "swimming", "transition", "walking", "hiking", …; FIT profile, Profile.xlsx "sport"), and ask
 * this module what a sport counts as for training.
 */

/** Free-text labels of GPX <type>, TCX Sport="" and app exports, mapped onto FIT sport names. */
const LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^(run|running|trail[ _]?running|treadmill[ _]?running|treadmill)$/i, 'running'],
  [/^(row|rowing|indoor[ _]?rowing|erg|ergometer|sculling|sweep)$/i, 'rowing'],
  [
    /^(bike|biking|cycling|ride|road[ _]?biking|mountain[ _]?biking|indoor[ _]?cycling)$/i,
    'cycling',
  ],
  [/^(walk|walking)$/i, 'walking'],
  [/^(hike|hiking)$/i, 'hiking'],
  [
    /^(swim|swimming|pool[ _]?swim(ming)?|lap[ _]?swimming|open[ _]?water([ _]?swimming)?)$/i,
    'swimming',
  ],
  [/^(transition|t1|t2)$/i, 'transition'],
];

/** A free-text sport label as a FIT sport name; "generic" when nothing matches. */
export function sportFromLabel(label: string | undefined): string {
  const trimmed = label?.trim() ?? '';
  return LABELS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? 'generic';
}

/**
 * FIT files name some sports through the sub-sport: Garmin's indoor rower records
 * `fitness_equipment` / `indoor_rowing`, a pool swim `swimming` / `lap_swimming`. The sport is
 * what the athlete did, so those become "rowing"; the sub-sport is kept as written.
 */
export function canonicalSport(sport: string, subSport: string | null): string {
  if (subSport === 'indoor_rowing') return 'rowing';
  if (subSport === 'lap_swimming' || subSport === 'open_water') return 'swimming';
  if (subSport === 'treadmill' && sport === 'fitness_equipment') return 'running';
  return sport;
}

/** What an activity counts as for plans, compliance and insights. */
export type TrainingSport = 'run' | 'row' | 'other';

/**
 * Runs are runs on any surface; walks and hikes are not runs (they train, but a plan's run is not
 * replaced by a hike), and every other sport is "other".
 */
export function trainingSport(sport: string): TrainingSport {
  if (sport === 'running' || sport === 'trail_running' || sport === 'treadmill') return 'run';
  if (sport === 'rowing' || sport === 'indoor_rowing') return 'row';
  return 'other';
}
