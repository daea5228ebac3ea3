import { localDate } from '@/engine/activity/local-date';
import { trainingSport, type TrainingSport } from '@/engine/activity/sport';
import { matchActivities, type DoneActivity } from '@/engine/plan/match-activities';
import { addDays } from '@/engine/plan/calendar-date';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { StoredWorkout } from '@/lib/store/workout-schema';

/** A finished activity as the plan reads it: the engine's fields plus which activity it is. */
export type PlanDone = DoneActivity & { activityId: string; distanceM: number };

/** Rowing machines and rowing apps, named in a file's device or source. */
const ROWING_DEVICE = /concept ?2|\bpm[345]\b|ergdata|rowerg|erg\b|rowing|crewnerd|painsled/i;

/**
 * What an activity counts as for a plan. Files that name no sport ("generic", "Other") or only
 * a machine ("fitness_equipment") are rows when their sub-sport or the device that wrote them
 * says rowing: older imports of Concept2 and rowing-app files stored them that way.
 */
export function planSport(
  entry: Pick<ActivityEntry, 'sport' | 'subSport' | 'device' | 'source'>,
): TrainingSport {
  const sport = trainingSport(entry.sport);
  if (sport !== 'other') return sport;
  if (!['generic', 'other', 'fitness_equipment', 'training'].includes(entry.sport)) return sport;
  if (entry.subSport === 'indoor_rowing') return 'row';
  return ROWING_DEVICE.test(`${entry.device ?? ''} ${entry.source}`) ? 'row' : 'other';
}

export function planDoneActivities(activities: ActivityEntry[], timeZone: string): PlanDone[] {
  return activities.map((a) => ({
    activityId: a.id,
    date: localDate(a.startTime, timeZone),
    sport: planSport(a),
    durationMin: a.movingS / 60,
    distanceM: a.distanceM,
    load: a.load.value,
  }));
}

/**
 * The activity that did this workout, by the engine's pairing (same sport, same day first, then a
 * day either side) among the workouts around it; activities already linked to another workout
 * are not offered again.
 */
export function matchingActivity(
  workout: StoredWorkout,
  workouts: readonly StoredWorkout[],
  done: readonly PlanDone[],
): PlanDone | null {
  const from = addDays(workout.date, -7);
  const to = addDays(workout.date, 7);
  const linked = new Set(
    workouts.filter((w) => w.id !== workout.id && w.activityId).map((w) => w.activityId),
  );
  const near = workouts.filter(
    (w) => w.date >= from && w.date <= to && (w.id === workout.id || !w.activityId),
  );
  const candidates = done.filter(
    (a) => a.date >= from && a.date <= to && !linked.has(a.activityId),
  );
  const index = matchActivities(near, candidates).get(workout.id);
  return index === undefined ? null : candidates[index]!;
}
