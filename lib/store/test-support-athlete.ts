import type * as Y from 'yjs';
import { engineApi } from '@/lib/worker/engine-api';
import { tinyGpx } from '@/lib/worker/tiny-gpx';
import { readActivities } from './activities-doc';
import { activitiesDocName, journalDocName, planDocName, profileDocName } from './doc-names';
import { acquireDoc, releaseDoc } from './doc-registry';
import { readJournalDays, setJournalField } from './journal-doc';
import { readPlan, writeNewPlan } from './plan-doc';
import { addPlanToList, readPlanList, readProfile, setProfileField } from './profile-doc';
import { saveActivity } from './save-activity';
import { writesSettled } from './storage-problems';

/** Opens a stored document, lets `visit` read or edit it, waits for the writes, and closes it. */
export async function withDoc<T>(name: string, visit: (doc: Y.Doc) => T): Promise<T> {
  const open = acquireDoc(name);
  try {
    const result = visit(await open.ready);
    await writesSettled();
    return result;
  } finally {
    releaseDoc(name);
  }
}

/** Imports a small real GPX run (with its original file) for the athlete; returns its id. */
export async function importRun(
  athleteId: string,
  startIso: string,
  seconds = 120,
): Promise<string> {
  const bytes = new TextEncoder().encode(tinyGpx(seconds, 3, startIso));
  const result = engineApi.importFile(bytes, `run-${startIso.slice(0, 10)}.gpx`, {});
  if (!result.ok) throw new Error(result.error.message);
  const [leg] = result.activities;
  await saveActivity(athleteId, leg!.summary, leg!.columns, { original: result.original });
  return leg!.summary.id;
}

/** Files a one-workout plan as the plan screen does: the plan first, then its list entry. */
export async function addPlan(athleteId: string, planId: string, title: string): Promise<void> {
  const meta = {
    title,
    sport: 'run' as const,
    goal: '10k',
    raceDate: null,
    createdAt: '2026-11-01T08:00:00Z',
  };
  const workout = {
    id: '2026-11-03-run-easy',
    date: '2026-11-03',
    sport: 'run' as const,
    type: 'easy' as const,
    title: 'Easy run',
    description: 'Relaxed.',
    durationMin: 40,
    steps: [],
    plannedLoad: 35,
    key: false,
    locked: false,
  };
  await withDoc(planDocName(athleteId, planId), (doc) => writeNewPlan(doc, meta, [], [workout]));
  await withDoc(profileDocName(athleteId), (doc) =>
    addPlanToList(doc, { id: planId, title, createdAt: meta.createdAt }),
  );
}

export async function setName(athleteId: string, name: string): Promise<void> {
  await withDoc(profileDocName(athleteId), (doc) => setProfileField(doc, 'name', name));
}

export async function logSleep(athleteId: string, date: string, hours: number): Promise<void> {
  await withDoc(journalDocName(athleteId), (doc) =>
    setJournalField(doc, date, 'sleepHours', hours),
  );
}

/** What the athlete would see: activities, plans (with their workouts), journal and profile. */
export async function athleteView(athleteId: string) {
  const profile = await withDoc(profileDocName(athleteId), (doc) => ({
    profile: readProfile(doc),
    plans: readPlanList(doc),
  }));
  const plans = [];
  for (const entry of profile.plans) {
    const plan = await withDoc(planDocName(athleteId, entry.id), readPlan);
    plans.push({ id: entry.id, title: plan.meta.title, workouts: plan.workouts.map((w) => w.id) });
  }
  const activities = await withDoc(activitiesDocName(athleteId), readActivities);
  const journal = await withDoc(journalDocName(athleteId), readJournalDays);
  return {
    name: profile.profile.name,
    plans,
    activities: activities.map((a) => ({
      id: a.id,
      startTime: a.startTime,
      distanceM: a.distanceM,
    })),
    journal: Object.fromEntries([...journal].map(([date, day]) => [date, day.sleepHours])),
  };
}
