import { readActivities } from './activities-doc';
import type { OpenDoc } from './doc-registry';
import { indexFor } from './index-db';
import { activityRows, dailyLoads, type DayRow } from './index-rows';
import { localDate } from '@/engine/activity/local-date';
import { deviceTimeZone } from './device-clock';
import { reportStorageProblem } from './storage-problems';

/** Fitness, fatigue, form and load ratio per day, from the engine (null when it cannot say). */
export type FitnessFor = (
  loads: { date: string; load: number }[],
) => Promise<Omit<DayRow, 'load'>[] | null>;

// Long enough that a batch import rebuilds a few times, not once per file.
const REBUILD_DELAY_MS = 400;

/** Recomputes the index rows from the documents and replaces the derived tables with them. */
export async function rebuildIndex(athleteId: string, activities: OpenDoc, fitnessFor: FitnessFor) {
  const timeZone = deviceTimeZone();
  const rows = activityRows(readActivities(activities.doc), timeZone);
  const loads = dailyLoads(rows, localDate(new Date().toISOString(), timeZone));
  const fitness = await fitnessFor(loads);
  const fitnessByDate = new Map((fitness ?? []).map((day) => [day.date, day]));
  const days: DayRow[] = loads.map(({ date, load }) => {
    const day = fitnessByDate.get(date);
    return {
      date,
      load,
      ctl: day?.ctl ?? null,
      atl: day?.atl ?? null,
      tsb: day?.tsb ?? null,
      acwr: day?.acwr ?? null,
    };
  });
  const index = indexFor(athleteId);
  const ids = new Set(rows.map((r) => r.id));
  await index.transaction('rw', [index.activities, index.days, index.streams], async () => {
    await index.activities.clear();
    await index.activities.bulkPut(rows);
    await index.days.clear();
    await index.days.bulkPut(days);
    await index.streams.filter((s) => !ids.has(s.id)).delete();
  });
}

/**
 * Keeps the index current: rebuilds it now and shortly after every change to the activities, and
 * after every `alsoOn` signal (such as a new starting point for fitness), one rebuild at a time.
 */
export function keepIndexCurrent(
  athleteId: string,
  activities: OpenDoc,
  fitnessFor: FitnessFor,
  alsoOn: ((listener: () => void) => () => void) | null = null,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      running = running
        .then(() => rebuildIndex(athleteId, activities, fitnessFor))
        .catch((error: unknown) => reportStorageProblem(`index of ${athleteId}`, error));
    }, REBUILD_DELAY_MS);
  };
  const unsubscribe = activities.subscribe(schedule);
  const unsubscribeAlso = alsoOn?.(schedule);
  schedule();
  return () => {
    unsubscribe();
    unsubscribeAlso?.();
    if (timer !== null) clearTimeout(timer);
  };
}
