import * as Y from 'yjs';
import type { AthleteInput } from '@/engine/activity/athlete';
import { readActivitiesInSlices, type ActivityEntry } from './activities-doc';
import { withCurrentLoads, athleteKey } from './activity-load';
import { athleteFromProfile } from './athlete-input';
import { acquireDoc, releaseDoc, type OpenDoc } from './doc-registry';
import { profileDocName } from './doc-names';
import { indexFor } from './index-db';
import { activityRows, dailyLoads, type DayRow } from './index-rows';
import { localDate } from '@/engine/activity/local-date';
import { deviceTimeZone } from './device-clock';
import { readProfile } from './profile-doc';
import { reportStorageProblem } from './storage-problems';

/** Fitness, fatigue, form and load ratio per day, from the engine (null when it cannot say). */
export type FitnessFor = (
  loads: { date: string; load: number }[],
) => Promise<Omit<DayRow, 'load'>[] | null>;

// Long enough that a batch import rebuilds a few times, not once per file.
const REBUILD_DELAY_MS = 400;
const BUILT_KEY = 'built-from';

/**
 * What the derived rows depend on: the activities document's state, the athlete's settings that
 * loads depend on, where their fitness series starts, the time zone and today's date (rest days are filled up to today).
 */
function buildStamp(activities: Y.Doc, profile: Y.Doc, timeZone: string, today: string): string {
  const vector = Y.encodeStateVector(activities).join(',');
  const p = readProfile(profile);
  const fitnessStart = `${p.fitnessStart}|${p.fitnessStartCtl}|${p.fitnessStartAtl}`;
  return `${vector}|${athleteKey(athleteFromProfile(p))}|${fitnessStart}|${timeZone}|${today}`;
}

async function loadsInSlices(entries: ActivityEntry[], input: AthleteInput, size = 250) {
  const out: ActivityEntry[] = [];
  for (let i = 0; i < entries.length; i += size) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    out.push(...withCurrentLoads(entries.slice(i, i + size), input));
  }
  return out;
}

/**
 * Recomputes the index rows from the documents and replaces the derived tables with them. Loads
 * are recomputed for the athlete's current thresholds, so the fitness series follows a change of
 * settings. Nothing happens when nothing the rows depend on has changed since the last build.
 */
export async function rebuildIndex(
  athleteId: string,
  activities: OpenDoc,
  profile: OpenDoc,
  fitnessFor: FitnessFor,
) {
  const timeZone = deviceTimeZone();
  const today = localDate(new Date().toISOString(), timeZone);
  const index = indexFor(athleteId);
  const stamp = buildStamp(activities.doc, profile.doc, timeZone, today);
  const unchanged = (await index.meta.get(BUILT_KEY))?.value === stamp;
  const input = athleteFromProfile(readProfile(profile.doc));
  // Read (and validate, and load) in slices even when nothing changed: views that read the whole
  // history later (insights, plan adaptation) then find it checked and never block the page.
  const entries = await loadsInSlices(await readActivitiesInSlices(activities.doc), input);
  if (unchanged) return;
  const rows = activityRows(entries, timeZone);
  const loads = dailyLoads(rows, today);
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
  const ids = new Set(rows.map((r) => r.id));
  await index.transaction(
    'rw',
    [index.activities, index.days, index.streams, index.meta],
    async () => {
      await index.activities.clear();
      await index.activities.bulkPut(rows);
      await index.days.clear();
      await index.days.bulkPut(days);
      await index.streams.filter((s) => !ids.has(s.id)).delete();
      // Only a complete build is remembered: one without fitness figures is redone next time.
      if (fitness) await index.meta.put({ key: BUILT_KEY, value: stamp });
    },
  );
}

/**
 * Keeps the index current: rebuilds it now and shortly after every change to the activities or
 * to the athlete's profile (thresholds change loads).
 */
export function keepIndexCurrent(
  athleteId: string,
  activities: OpenDoc,
  fitnessFor: FitnessFor,
): () => void {
  const profileName = profileDocName(athleteId);
  const profile = acquireDoc(profileName);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      running = running
        .then(() => profile.ready)
        .then(() =>
          stopped ? undefined : rebuildIndex(athleteId, activities, profile, fitnessFor),
        )
        .catch((error: unknown) => reportStorageProblem(`index of ${athleteId}`, error));
    }, REBUILD_DELAY_MS);
  };
  const unsubscribeActivities = activities.subscribe(schedule);
  const unsubscribeProfile = profile.subscribe(schedule);
  schedule();
  return () => {
    stopped = true;
    unsubscribeActivities();
    unsubscribeProfile();
    if (timer !== null) clearTimeout(timer);
    releaseDoc(profileName);
  };
}
